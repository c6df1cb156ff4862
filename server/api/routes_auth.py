"""Health, version handshake, login/refresh/logout, TOTP enrolment, devices."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import APIRouter, Request, Response
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app.errors import FieldsalesError, translatable
from protocol.messages import (
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    DeviceInfo,
    HandshakeRequest,
    HandshakeResponse,
    Health,
    LoginRequest,
    Me,
    PasswordChange,
    RefreshRequest,
    TokenPair,
    TotpConfirm,
    TotpEnrolment,
    TotpEnrolRequest,
)
from server import auth, directory, second_factor
from server.api.deps import Ctx, EnrolCtx, read_sessions, sessions, settings
from server.api.params import DeviceId
from server.api.strict_json import STRICT
from server.config import SERVER_VERSION
from server.db import transaction
from server.epoch import current_epoch
from server.errors import UpgradeRequiredError
from server.feed import committed_horizon
from server.models import Device, Team, User, aware

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/v1", **STRICT)


@router.get(
    "/health",
    response_model=Health,
    response_model_exclude_none=True,
    tags=["meta"],
    responses={503: {"model": Health, "description": "the database cannot be read"}},
)
def health(request: Request, response: Response) -> Health:
    """Whether this worker can serve: it reads the feed's sequencer row, which proves
    both that the database answers and that its schema is migrated."""
    answer = Health(
        server_version=SERVER_VERSION,
        protocol_version=PROTOCOL_VERSION,
        min_protocol_version=MIN_PROTOCOL_VERSION,
    )
    try:
        with transaction(read_sessions(request)) as session:
            committed_horizon(session)
    except SQLAlchemyError as error:
        # The reason goes to the operator's log; the answer names no host or user.
        log.warning("health check: database unavailable: %s", type(error).__name__)
        response.status_code = 503
        answer.status = "unavailable"
        answer.detail = translatable("errors", "the server cannot read its database")
    return answer


@router.post("/handshake", response_model=HandshakeResponse, tags=["meta"])
def handshake(body: HandshakeRequest) -> HandshakeResponse:
    if body.protocol_version < MIN_PROTOCOL_VERSION:
        raise UpgradeRequiredError(
            translatable(
                "errors",
                "this client speaks sync protocol {version}; the server needs {min_version} or newer",
            ),
            min_version=MIN_PROTOCOL_VERSION,
            version=body.protocol_version,
        )
    return HandshakeResponse(
        protocol_version=PROTOCOL_VERSION,
        min_protocol_version=MIN_PROTOCOL_VERSION,
        server_version=SERVER_VERSION,
    )


@contextmanager
def _counting_failures(request: Request) -> Iterator[Session]:
    """A session committed even when a refusal is raised: a failed password check
    must be counted, since that count is what throttles guessing."""
    with sessions(request)() as session:
        try:
            yield session
        except FieldsalesError:
            session.commit()
            raise
        session.commit()


@router.post("/auth/login", response_model=TokenPair, tags=["auth"])
def login(body: LoginRequest, request: Request) -> TokenPair:
    config = settings(request)
    with _counting_failures(request) as session:
        user = auth.verify_credentials(session, body, config)
        pair = auth.open_session(session, user, body, config)
    request.scope.setdefault("state", {})["user_id"] = pair.user_id
    return pair


@router.post("/auth/refresh", response_model=TokenPair, tags=["auth"])
def refresh(body: RefreshRequest, request: Request) -> TokenPair:
    with transaction(sessions(request)) as session:
        return auth.refresh(session, body.refresh_token, settings(request))


@router.post("/auth/logout", status_code=204, tags=["auth"])
def logout(ctx: EnrolCtx, request: Request) -> None:
    with transaction(sessions(request)) as session:
        auth.logout(session, ctx.caller)


@router.post("/auth/password", status_code=204, tags=["auth"])
def change_password(body: PasswordChange, ctx: Ctx, request: Request) -> None:
    """Change your own password; your other devices must sign in again with it."""
    with _counting_failures(request) as session:
        auth.change_password(session, ctx.caller, body, settings(request))


@router.get("/me", response_model=Me, tags=["auth"])
def me(ctx: Ctx, request: Request) -> Me:
    with transaction(sessions(request)) as session:
        user = session.get(User, ctx.caller.user.id)
        team = session.get(Team, user.team_id) if user.team_id else None
        return Me(
            user_id=user.id,
            username=user.username,
            role=user.role,
            team=team.name if team else None,
            territories=sorted(ctx.viewer.territories or []),
            totp_enabled=user.totp_enabled,
            managed_teams=sorted(
                session.scalars(select(Team.name).where(Team.manager_id == user.id))
            ),
            reviewed_territories=sorted(ctx.viewer.reviewed_territories),
            epoch=current_epoch(session),
        )


@router.post("/auth/totp/enrol", response_model=TotpEnrolment, tags=["auth"])
def totp_enrol(body: TotpEnrolRequest, ctx: EnrolCtx, request: Request) -> TotpEnrolment:
    """A secret for an authenticator app; needs the current password (counted as a login)."""
    with _counting_failures(request) as session:
        return second_factor.enrol(session, ctx.caller, body.password, settings(request))


@router.post("/auth/totp/confirm", status_code=204, tags=["auth"])
def totp_confirm(body: TotpConfirm, ctx: EnrolCtx, request: Request) -> None:
    """Turn the second factor on with a first code from the app (and the password)."""
    with _counting_failures(request) as session:
        second_factor.confirm(session, ctx.caller, body.code, body.password, settings(request))


def _device_info(device: Device) -> DeviceInfo:
    return DeviceInfo(
        device_id=device.id,
        name=device.name,
        created_at=aware(device.created_at).isoformat(),
        last_seen_at=aware(device.last_seen_at).isoformat() if device.last_seen_at else None,
        revoked=device.revoked_at is not None,
    )


@router.get("/devices", response_model=list[DeviceInfo], tags=["devices"])
def my_devices(ctx: Ctx, request: Request) -> list[DeviceInfo]:
    with transaction(sessions(request)) as session:
        return [_device_info(d) for d in directory.devices_of(session, ctx.caller.user.username)]


@router.post("/devices/{device_id}/revoke", response_model=DeviceInfo, tags=["devices"])
def revoke(device_id: DeviceId, ctx: Ctx, request: Request) -> DeviceInfo:
    """Revoke one of your devices (an admin: anyone's); its next request is told to wipe."""
    with transaction(sessions(request)) as session:
        device = directory.device_by_id(session, device_id)
        if device.user_id != ctx.caller.user.id and not ctx.viewer.is_admin:
            raise directory.no_device(device_id)
        return _device_info(directory.revoke_device(session, device.id))
