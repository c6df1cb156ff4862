"""Login, token refresh, logout and the per-request token check.

Tokens are opaque random strings stored as digests in ``auth_sessions``; every
request looks its token up, so revocation works at once on every server process.
Failed logins are counted on the user row (not in memory) and, past a few free
attempts, impose an exponentially growing wait.
"""

from __future__ import annotations

import uuid
from collections import namedtuple
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from protocol.messages import LoginRequest, PasswordChange, TokenPair
from server.bulk import execute_raw, is_postgresql, psycopg_sql
from server.config import Settings
from server.directory import replace_password, totp_required_roles
from server.errors import (
    AuthenticationError,
    DeviceRevokedError,
    ThrottledError,
    TokenExpiredError,
)
from server.models import AuthSession, Device, Territory, User, aware, utcnow
from server.security import new_token, token_digest, totp_step, verify_password
from server.validation import canonical_uuid


def _bad_credentials() -> AuthenticationError:
    return AuthenticationError(translatable("errors", "wrong username or password"))


def _device_revoked() -> DeviceRevokedError:
    return DeviceRevokedError(
        translatable("errors", "this device was revoked: its local data must be wiped")
    )


def _check_throttle(user: User, now: datetime) -> None:
    if user.locked_until is not None and aware(user.locked_until) > now:
        wait = int((aware(user.locked_until) - now).total_seconds()) + 1
        raise ThrottledError(
            translatable("errors", "too many failed logins: try again in {seconds} seconds"),
            retry_after=wait,
            seconds=wait,
        )


def _record_failure(user: User, settings: Settings, now: datetime) -> None:
    user.failed_logins += 1
    over = user.failed_logins - settings.free_login_failures
    if over >= 0:
        delay = min(2**over, settings.max_login_delay_seconds)
        user.locked_until = now + timedelta(seconds=delay)


def accept_code(user: User, code: str) -> bool:
    """Whether ``code`` is good and unused; a good one uses up its time step."""
    step = totp_step(user.totp_secret or "", code)
    if step is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    return True


def code_was_used(user: User, code: str) -> bool:
    step = totp_step(user.totp_secret or "", code)
    return step is not None and user.totp_last_step is not None and step <= user.totp_last_step


def verify_credentials(session: Session, request: LoginRequest, settings: Settings) -> User:
    """The user for these credentials; counts failures. Commit even when it raises."""
    now = utcnow()
    user = session.scalar(select(User).where(User.username == request.username).with_for_update())
    if user is None:
        verify_password(None, request.password)  # same cost as a real check
        raise _bad_credentials()
    _check_throttle(user, now)
    if not user.active or not verify_password(user.password_hash, request.password):
        _record_failure(user, settings, now)
        raise _bad_credentials()
    if user.totp_enabled:
        if not request.totp_code:
            raise AuthenticationError(
                translatable("errors", "enter the code from your authenticator app"),
                field="totp_code",
            )
        if not accept_code(user, request.totp_code):
            _record_failure(user, settings, now)
            if code_was_used(user, request.totp_code):
                raise AuthenticationError(
                    translatable(
                        "errors", "that authenticator code was already used: wait for the next one"
                    ),
                    field="totp_code",
                )
            raise AuthenticationError(
                translatable("errors", "the authenticator code is wrong"), field="totp_code"
            )
    user.failed_logins = 0
    user.locked_until = None
    return user


def reauthenticate(
    session: Session, caller: Caller, password: str, settings: Settings, *, field: str
) -> User:
    """The caller's user row (locked), if ``password`` is theirs. Commit even when it raises.

    A stolen token must not become a way to guess the password, so a wrong password
    is counted and throttled exactly like a failed login.
    """
    now = utcnow()
    user = session.scalar(select(User).where(User.id == caller.user.id).with_for_update())
    _check_throttle(user, now)
    if not verify_password(user.password_hash, password):
        _record_failure(user, settings, now)
        raise ValidationError(translatable("errors", "the current password is wrong"), field=field)
    return user


def change_password(
    session: Session, caller: Caller, change: PasswordChange, settings: Settings
) -> None:
    """The caller's new password; their other sessions end. Commit even when it raises."""
    user = reauthenticate(
        session, caller, change.current_password, settings, field="current_password"
    )
    replace_password(
        session, user, change.new_password, field="new_password", keep_session=caller.session_id
    )


def open_session(
    session: Session, user: User, request: LoginRequest, settings: Settings
) -> TokenPair:
    """Register the device on first login and hand out a token pair bound to it."""
    # One device, one id: a revoked device must not come back as "ABC..." or "abc...".
    device_id = canonical_uuid(request.device_id, field="device_id")
    device = session.get(Device, device_id)
    if device is None:
        device = Device(id=device_id, user_id=user.id, name=request.device_name)
        session.add(device)
    elif device.user_id != user.id:
        raise AuthenticationError(
            translatable("errors", "this device is registered to another user")
        )
    elif device.revoked_at is not None:
        raise _device_revoked()
    device.last_seen_at = utcnow()
    enrolment_only = not user.totp_enabled and user.role in totp_required_roles(session)
    session.flush()
    return _issue(session, user, device.id, settings, enrolment_only=enrolment_only)


def _issue(
    session: Session, user: User, device_id: str, settings: Settings, *, enrolment_only: bool
) -> TokenPair:
    access, refresh, now = new_token(), new_token(), utcnow()
    session.add(
        AuthSession(
            id=str(uuid.uuid4()),
            user_id=user.id,
            device_id=device_id,
            access_digest=token_digest(access),
            access_expires_at=now + timedelta(seconds=settings.access_token_seconds),
            refresh_digest=token_digest(refresh),
            refresh_expires_at=now + timedelta(seconds=settings.refresh_token_seconds),
            enrolment_only=enrolment_only,
        )
    )
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        access_expires_in=settings.access_token_seconds,
        user_id=user.id,
        role=user.role,
        device_id=device_id,
        totp_enrolment_required=enrolment_only,
    )


def refresh(session: Session, refresh_token: str, settings: Settings) -> TokenPair:
    """Rotate: the old pair stops working, a new pair bound to the same device starts."""
    auth = session.scalar(
        select(AuthSession)
        .where(AuthSession.refresh_digest == token_digest(refresh_token))
        .with_for_update()
    )
    ended = AuthenticationError(translatable("errors", "the session has ended: log in again"))
    if auth is None:
        raise ended
    device = session.get(Device, auth.device_id)
    if device is None or device.revoked_at is not None:
        raise _device_revoked()
    if auth.revoked_at is not None or aware(auth.refresh_expires_at) <= utcnow():
        raise ended
    user = session.get(User, auth.user_id)
    if user is None or not user.active:
        raise AuthenticationError(translatable("errors", "the session has ended: log in again"))
    auth.revoked_at = utcnow()
    return _issue(session, user, device.id, settings, enrolment_only=auth.enrolment_only)


@dataclass(frozen=True)
class Principal:
    """The caller's user, as the token check read it: plain values, no ORM object."""

    id: str
    username: str
    role: str
    team_id: str | None


@dataclass(frozen=True)
class Caller:
    user: Principal
    session_id: str
    device_id: str
    enrolment_only: bool
    # The territories a rep is assigned, read by the same statement (None: not a rep).
    rep_territories: frozenset[str] | None = None


_sessions, _devices, _users = AuthSession.__table__, Device.__table__, User.__table__
_territories = Territory.__table__
# The whole token check in one Core statement: the session, its device, its user
# and, for a rep, the territories they are assigned (one row each, or one row of
# NULL). Core rows instead of three ORM objects per request: the ORM's loading was
# most of the check's cost (profiled).
_TOKEN_CHECK = (
    select(
        _sessions.c.id,
        _sessions.c.device_id,
        _sessions.c.revoked_at,
        _sessions.c.access_expires_at,
        _sessions.c.enrolment_only,
        _devices.c.revoked_at.label("device_revoked_at"),
        _users.c.id.label("user_id"),
        _users.c.username,
        _users.c.role,
        _users.c.team_id,
        _users.c.active,
        _territories.c.id.label("territory_id"),
    )
    .join(_devices, _devices.c.id == _sessions.c.device_id)
    .join(_users, _users.c.id == _sessions.c.user_id)
    .outerjoin(_territories, _territories.c.rep_id == _users.c.id)
    .where(_sessions.c.access_digest == bindparam("digest"))
)
# On PostgreSQL the same statement goes through psycopg directly (see ``psycopg_sql``).
_TOKEN_CHECK_SQL = psycopg_sql(_TOKEN_CHECK)
_TokenRow = namedtuple("_TokenRow", _TOKEN_CHECK.selected_columns.keys())


def _token_rows(session: Session, digest: str) -> Sequence[Any]:
    """The token check's rows, each with the select's column names as attributes."""
    if is_postgresql(session):
        return [
            _TokenRow._make(row)
            for row in execute_raw(session, _TOKEN_CHECK_SQL, {"digest": digest})
        ]
    return session.connection().execute(_TOKEN_CHECK, {"digest": digest}).all()


def authenticate(session: Session, access_token: str | None) -> Caller:
    if not access_token:
        raise AuthenticationError(translatable("errors", "log in first"))
    rows = _token_rows(session, token_digest(access_token))
    if not rows:
        raise AuthenticationError(translatable("errors", "the access token is not valid"))
    row = rows[0]
    if row.device_revoked_at is not None:
        raise _device_revoked()
    if row.revoked_at is not None:
        raise AuthenticationError(translatable("errors", "the session was closed: log in again"))
    if aware(row.access_expires_at) <= utcnow():
        raise TokenExpiredError(translatable("errors", "the access token expired: refresh it"))
    if not row.active:
        raise AuthenticationError(translatable("errors", "the account is disabled"))
    rep = row.role not in ("admin", "manager")
    return Caller(
        user=Principal(id=row.user_id, username=row.username, role=row.role, team_id=row.team_id),
        session_id=row.id,
        device_id=row.device_id,
        enrolment_only=row.enrolment_only,
        rep_territories=frozenset(r.territory_id for r in rows if r.territory_id is not None)
        if rep
        else None,
    )


def logout(session: Session, caller: Caller) -> None:
    auth = session.get(AuthSession, caller.session_id)
    if auth is not None:
        auth.revoked_at = utcnow()
