"""The workspace key file: a random data key, stored only wrapped by the passphrase.

Key hierarchy::

    passphrase --Argon2id(salt, params)--> key-encryption key (KEK, 256 bit)
    KEK --AES-GCM--> wraps the data key (256 bit, random, made once per workspace)
    data key --> SQLCipher raw key (database) and, through HKDF, the attachment key

Changing the passphrase re-wraps the data key; no data is re-encrypted. The file is
replaced atomically (write a temporary file, fsync, rename, fsync the folder), so a
crash leaves either the old or the new file in place, never a half-written one.

The Argon2id parameters live in the file so they can be raised later without
breaking existing workspaces. The file holds no customer data; it is JSON so an
operator can see what it is.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import CorruptWorkspaceError, WrongPassphraseError, translatable

KEY_FILE_FORMAT = 1
_WRAP_AAD = b"fieldsales-workspace-key-v1"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default costs about 0.4 s on this project's 2-core CI machine."""

    memory_kib: int = 262_144  # 256 MiB: expensive for GPUs, harmless for a laptop
    iterations: int = 3
    lanes: int = 4

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters so a test suite can create hundreds of workspaces."""
        return cls(memory_kib=8_192, iterations=1, lanes=1)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def wrap_data_key(data_key: bytes, passphrase: str, params: KdfParams) -> dict:
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = derive_kek(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, _WRAP_AAD)
    return {
        "format": KEY_FILE_FORMAT,
        "kdf": {"name": "argon2id", "salt": _b64(salt), **asdict(params)},
        "wrapped_key": {"cipher": "aes-256-gcm", "nonce": _b64(nonce), "data": _b64(wrapped)},
    }


def read_key_file(path: Path) -> dict:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
        if content.get("format") != KEY_FILE_FORMAT or content["kdf"]["name"] != "argon2id":
            raise ValueError("unknown format")
        return content
    except FileNotFoundError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise CorruptWorkspaceError(
            translatable("errors", "The workspace key file {path} is damaged or unreadable"),
            path=str(path),
        ) from error


def unwrap_data_key(content: dict, passphrase: str, *, path: Path) -> bytes:
    try:
        kdf = content["kdf"]
        params = KdfParams(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
        salt = _unb64(kdf["salt"])
        nonce = _unb64(content["wrapped_key"]["nonce"])
        wrapped = _unb64(content["wrapped_key"]["data"])
    except (KeyError, TypeError, ValueError) as error:
        raise CorruptWorkspaceError(
            translatable("errors", "The workspace key file {path} is damaged or unreadable"),
            path=str(path),
        ) from error
    kek = derive_kek(passphrase, salt, params)
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, _WRAP_AAD)
    except InvalidTag:
        raise WrongPassphraseError(
            translatable("errors", "Wrong passphrase for this workspace")
        ) from None


def write_key_file_atomically(path: Path, content: dict) -> None:
    temporary = path.with_name(path.name + ".tmp")
    data = json.dumps(content, indent=2).encode("utf-8")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_directory(path.parent)


def _fsync_directory(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open folders; its rename is durable enough
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
