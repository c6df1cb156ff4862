"""Password hashing, opaque tokens and TOTP, all from well-kept libraries."""

from __future__ import annotations

import hashlib
import os
import secrets
import time

import argon2.profiles
import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2-cffi's defaults are Argon2id with the RFC 9106 low-memory profile. The test
# suite creates hundreds of users, so it may ask for the library's own test profile.
if os.environ.get("FIELDSALES_ARGON2_PROFILE") == "test":
    _hasher = PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)
else:
    _hasher = PasswordHasher()
# Verified against when the username is unknown, so timing does not reveal which names exist.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Tokens are stored only as digests: a database leak does not leak sessions."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_totp_secret() -> str:
    return pyotp.random_base32()


def totp_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name="Fieldsales")


def totp_step(secret: str, code: str) -> int | None:
    """The time step whose code ``code`` is, or None if it matches none.

    One step of clock drift either way, as authenticator apps expect. Knowing the
    step lets the caller refuse a code used before (RFC 6238, section 5.2).
    """
    totp = pyotp.TOTP(secret)
    now = totp.timecode(time.time())
    code = code.strip()
    for step in (now, now - 1, now + 1):
        if pyotp.utils.strings_equal(code, totp.generate_otp(step)):
            return step
    return None
