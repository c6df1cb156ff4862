"""The second factor (TOTP): enrolment behind the password, each code accepted once.

A stolen access token must not be enough to enrol the thief's phone (which would lock
the owner out), so enrolling and confirming ask for the current password again,
counted and throttled like a login. A code is accepted once: after a code of time
step N was used, codes of step N and earlier are refused, so a code seen over a
shoulder or in a log cannot be replayed within its 30 seconds.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from protocol.messages import TotpEnrolment
from server.auth import Caller, accept_code, reauthenticate
from server.config import Settings
from server.models import AuthSession
from server.security import new_totp_secret, totp_uri


def enrol(session: Session, caller: Caller, password: str, settings: Settings) -> TotpEnrolment:
    """A new secret for the caller's authenticator app. Commit even when it raises."""
    user = reauthenticate(session, caller, password, settings, field="password")
    if user.totp_enabled:
        raise ValidationError(
            translatable(
                "errors", "two-factor sign-in is already on; an admin resets a lost phone"
            ),
            field="password",
        )
    user.totp_secret = new_totp_secret()
    user.totp_last_step = None
    return TotpEnrolment(
        secret=user.totp_secret, provisioning_uri=totp_uri(user.totp_secret, user.username)
    )


def confirm(session: Session, caller: Caller, code: str, password: str, settings: Settings) -> None:
    """Turn the second factor on with a first code from the app. Commit even when it raises."""
    user = reauthenticate(session, caller, password, settings, field="password")
    if user.totp_enabled:
        raise ValidationError(translatable("errors", "two-factor sign-in is already on"))
    if not user.totp_secret or not accept_code(user, code):
        raise ValidationError(
            translatable("errors", "the authenticator code is wrong"), field="code"
        )
    user.totp_enabled = True
    current = session.get(AuthSession, caller.session_id)
    current.enrolment_only = False
