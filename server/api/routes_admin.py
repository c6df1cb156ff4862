"""What an admin manages over the API (the CLI offers the same for operators)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from protocol.messages import MIN_PASSWORD_LENGTH
from server import directory, reporting_catalog
from server.api.deps import AdminCtx, sessions
from server.api.params import TerritoryKey, Username
from server.api.strict_json import STRICT
from server.db import transaction
from server.models import Team, Territory, User

router = APIRouter(prefix="/api/v1/admin", tags=["admin"], **STRICT)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewUser(_Body):
    username: str = Field(min_length=1, max_length=150)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)
    role: str = Field(pattern="^(rep|manager|admin)$")
    team: str | None = Field(default=None, max_length=200)


class UserInfo(_Body):
    user_id: str
    username: str
    role: str
    team_id: str | None
    active: bool


class NewPassword(_Body):
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)


class NewTeam(_Body):
    name: str = Field(min_length=1, max_length=200)
    manager: str | None = Field(default=None, max_length=150)


class NewTerritory(_Body):
    name: str = Field(min_length=1, max_length=200)
    team: str | None = Field(default=None, max_length=200)


class Assignment(_Body):
    username: str = Field(min_length=1, max_length=150)


class NamedItem(_Body):
    id: str
    name: str
    team_id: str | None = None
    rep_id: str | None = None


class TotpPolicy(_Body):
    roles: list[str] = Field(max_length=2)


def _user_info(user: User) -> UserInfo:
    return UserInfo(
        user_id=user.id,
        username=user.username,
        role=user.role,
        team_id=user.team_id,
        active=user.active,
    )


@router.get("/users", response_model=list[UserInfo])
def list_users(ctx: AdminCtx, request: Request) -> list[UserInfo]:
    with transaction(sessions(request)) as session:
        return [_user_info(u) for u in session.scalars(select(User).order_by(User.username))]


@router.post("/users", response_model=UserInfo, status_code=201)
def create_user(body: NewUser, ctx: AdminCtx, request: Request) -> UserInfo:
    with transaction(sessions(request)) as session:
        user = directory.create_user(
            session, username=body.username, password=body.password, role=body.role, team=body.team
        )
        return _user_info(user)


@router.post("/users/{username}/deactivate", response_model=UserInfo)
def deactivate_user(username: Username, ctx: AdminCtx, request: Request) -> UserInfo:
    """Block the user's logins; every device of theirs is told to wipe."""
    with transaction(sessions(request)) as session:
        return _user_info(directory.deactivate_user(session, username))


@router.post("/users/{username}/password", response_model=UserInfo)
def set_password(
    username: Username, body: NewPassword, ctx: AdminCtx, request: Request
) -> UserInfo:
    """Set a new password for a user who forgot theirs; their devices sign in again."""
    with transaction(sessions(request)) as session:
        return _user_info(directory.set_password(session, username, body.password))


@router.post("/users/{username}/reset-totp", response_model=UserInfo)
def reset_totp(username: Username, ctx: AdminCtx, request: Request) -> UserInfo:
    """Turn off a user's second factor (a lost phone); they enrol again at next login."""
    with transaction(sessions(request)) as session:
        return _user_info(directory.reset_totp(session, username))


@router.post("/teams", response_model=NamedItem, status_code=201)
def create_team(body: NewTeam, ctx: AdminCtx, request: Request) -> NamedItem:
    with transaction(sessions(request)) as session:
        team: Team = directory.create_team(session, name=body.name, manager=body.manager)
        return NamedItem(id=team.id, name=team.name)


def _territory(territory: Territory) -> NamedItem:
    return NamedItem(
        id=territory.id, name=territory.name, team_id=territory.team_id, rep_id=territory.rep_id
    )


@router.get("/territories", response_model=list[NamedItem])
def list_territories(ctx: AdminCtx, request: Request) -> list[NamedItem]:
    with transaction(sessions(request)) as session:
        return [_territory(t) for t in session.scalars(select(Territory).order_by(Territory.name))]


@router.post("/territories", response_model=NamedItem, status_code=201)
def create_territory(body: NewTerritory, ctx: AdminCtx, request: Request) -> NamedItem:
    with transaction(sessions(request)) as session:
        return _territory(directory.create_territory(session, name=body.name, team=body.team))


@router.post("/territories/{territory_id}/assign", response_model=NamedItem)
def assign(
    territory_id: TerritoryKey, body: Assignment, ctx: AdminCtx, request: Request
) -> NamedItem:
    """Move a territory to another rep: their next pulls move its records."""
    with transaction(sessions(request)) as session:
        return _territory(
            directory.assign_territory(session, territory=territory_id, username=body.username)
        )


@router.put("/settings/totp-required", response_model=TotpPolicy)
def set_totp_policy(body: TotpPolicy, ctx: AdminCtx, request: Request) -> TotpPolicy:
    """Require a second factor of these roles (managers, admins) at their next login."""
    with transaction(sessions(request)) as session:
        directory.require_totp(session, set(body.roles))
        return TotpPolicy(roles=sorted(set(body.roles)))


class ExchangeRateBody(_Body):
    from_currency: str = Field(min_length=3, max_length=3)
    to_currency: str = Field(min_length=3, max_length=3)
    rate: str = Field(min_length=1, max_length=40, description="1 from = rate to, exact decimal")
    valid_from: str = Field(min_length=10, max_length=10, description="YYYY-MM-DD")


class ExchangeRateInfo(ExchangeRateBody):
    id: str


class CadenceBody(_Body):
    segment: str = Field(min_length=1, max_length=60)
    days: int = Field(ge=1, le=reporting_catalog.MAX_CADENCE_DAYS)


class CadenceInfo(CadenceBody):
    id: str


@router.get("/exchange-rates", response_model=list[ExchangeRateInfo])
def list_exchange_rates(ctx: AdminCtx, request: Request) -> list[ExchangeRateInfo]:
    with transaction(sessions(request)) as session:
        return [ExchangeRateInfo(**vars(r)) for r in reporting_catalog.exchange_rates(session)]


@router.post("/exchange-rates", response_model=ExchangeRateInfo, status_code=201)
def set_exchange_rate(body: ExchangeRateBody, ctx: AdminCtx, request: Request) -> ExchangeRateInfo:
    """Set the rate of a pair from a day on (again for the same day: a correction)."""
    with transaction(sessions(request)) as session:
        row = reporting_catalog.set_exchange_rate(session, **body.model_dump())
        return ExchangeRateInfo(**vars(row))


@router.get("/visit-cadences", response_model=list[CadenceInfo])
def list_visit_cadences(ctx: AdminCtx, request: Request) -> list[CadenceInfo]:
    with transaction(sessions(request)) as session:
        return [CadenceInfo(**vars(c)) for c in reporting_catalog.visit_cadences(session)]


@router.put("/visit-cadences", response_model=CadenceInfo)
def set_visit_cadence(body: CadenceBody, ctx: AdminCtx, request: Request) -> CadenceInfo:
    """How many days may pass between two visits to an account of a segment."""
    with transaction(sessions(request)) as session:
        return CadenceInfo(
            **vars(reporting_catalog.set_visit_cadence(session, **body.model_dump()))
        )
