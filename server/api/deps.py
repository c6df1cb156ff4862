"""Request dependencies: the database, and who is calling."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from app.errors import translatable
from server.auth import Caller, authenticate
from server.config import Settings
from server.db import transaction
from server.errors import ForbiddenError
from server.scope import Viewer, viewer_for

bearer = HTTPBearer(auto_error=False, description="access token from /api/v1/auth/login")


def sessions(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


def read_sessions(request: Request) -> sessionmaker[Session]:
    """Sessions for requests that only read (see ``make_read_sessionmaker``)."""
    return request.app.state.read_sessions


def settings(request: Request) -> Settings:
    return request.app.state.settings


@dataclass(frozen=True)
class Context:
    caller: Caller
    viewer: Viewer


# The bearer token as a route parameter, for routes that check it themselves.
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


def _context(request: Request, credentials: Credentials, *, allow_enrolment_only: bool) -> Context:
    with transaction(read_sessions(request)) as session:
        return context_in(session, request, credentials, allow_enrolment_only=allow_enrolment_only)


def context_in(
    session: Session,
    request: Request,
    credentials: HTTPAuthorizationCredentials | None,
    *,
    allow_enrolment_only: bool = False,
) -> Context:
    """``Ctx`` checked on ``session``, from the thread the route already runs in.

    The sync routes (push and pull) call it themselves: a ``Ctx`` dependency costs
    each request a second hop to the thread pool and back, and a pull a second
    connection checkout, which together were a tenth of a worker's CPU (profiled).
    """
    caller = authenticate(session, credentials.credentials if credentials else None)
    viewer = viewer_for(session, caller.user)
    request.scope.setdefault("state", {})["user_id"] = caller.user.id
    if caller.enrolment_only and not allow_enrolment_only:
        raise ForbiddenError(
            translatable("errors", "set up two-factor sign-in first (/api/v1/auth/totp/enrol)")
        )
    return Context(caller=caller, viewer=viewer)


def context(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Context:
    return _context(request, credentials, allow_enrolment_only=False)


def enrolment_context(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Context:
    return _context(request, credentials, allow_enrolment_only=True)


def admin_context(ctx: Annotated[Context, Depends(context)]) -> Context:
    if not ctx.viewer.is_admin:
        raise ForbiddenError(translatable("errors", "only an admin may do this"))
    return ctx


Ctx = Annotated[Context, Depends(context)]
AdminCtx = Annotated[Context, Depends(admin_context)]
EnrolCtx = Annotated[Context, Depends(enrolment_context)]
