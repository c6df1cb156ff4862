"""Users, teams, territories and devices: what an admin (or the CLI) manages.

A territory also exists as a synced ``territory`` catalog record with the same id,
so clients can show its name; creating one writes that record through the feed.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, ValidationError, translatable
from protocol.messages import MIN_PASSWORD_LENGTH
from server.feed import FeedWriter
from server.models import AuthSession, Device, Record, ServerSetting, Team, Territory, User, utcnow
from server.security import hash_password

ROLES = ("rep", "manager", "admin")


def _new_id() -> str:
    return str(uuid.uuid4())


def user_by_name(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFoundError(
            translatable("errors", "no user named {name}"), field="username", name=username
        )
    return user


def team_by_name(session: Session, name: str) -> Team:
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None:
        raise NotFoundError(translatable("errors", "no team named {name}"), field="team", name=name)
    return team


def territory_by_name_or_id(session: Session, name: str) -> Territory:
    territory = session.scalar(select(Territory).where(Territory.name == name))
    if territory is None:
        territory = session.get(Territory, name)
    if territory is None:
        raise NotFoundError(
            translatable("errors", "no territory named {name}"), field="territory", name=name
        )
    return territory


def create_team(session: Session, *, name: str, manager: str | None = None) -> Team:
    if not name.strip():
        raise ValidationError(translatable("errors", "a team needs a name"), field="name")
    if session.scalar(select(Team).where(Team.name == name)) is not None:
        raise StateError(
            translatable("errors", "team {name} already exists"), field="name", name=name
        )
    team = Team(id=_new_id(), name=name)
    if manager:
        boss = user_by_name(session, manager)
        if boss.role != "manager":
            raise ValidationError(
                translatable("errors", "{name} is not a manager"), field="manager", name=manager
            )
        team.manager_id = boss.id
    session.add(team)
    session.flush()
    if manager and boss.team_id is None:
        boss.team_id = team.id
    return team


def check_new_password(password: str, *, field: str = "password") -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translatable("errors", "the password needs at least {count} characters"),
            field=field,
            count=MIN_PASSWORD_LENGTH,
        )


def create_user(
    session: Session,
    *,
    username: str,
    password: str,
    role: str,
    team: str | None = None,
    territories: list[str] | None = None,
) -> User:
    if role not in ROLES:
        raise ValidationError(
            translatable("errors", "role must be rep, manager or admin"), field="role"
        )
    if not username.strip() or len(username) > 150:
        raise ValidationError(translatable("errors", "a username is required"), field="username")
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise StateError(
            translatable("errors", "user {name} already exists"), field="username", name=username
        )
    check_new_password(password)
    user = User(
        id=_new_id(),
        username=username,
        password_hash=hash_password(password),
        role=role,
        team_id=team_by_name(session, team).id if team else None,
        active=True,
        totp_enabled=False,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    for name in territories or []:
        assign_territory(session, territory=name, username=username)
    return user


def create_territory(session: Session, *, name: str, team: str | None = None) -> Territory:
    if not name.strip() or len(name) > 200:
        raise ValidationError(translatable("errors", "a territory needs a name"), field="name")
    if session.scalar(select(Territory).where(Territory.name == name)) is not None:
        raise StateError(
            translatable("errors", "territory {name} already exists"), field="name", name=name
        )
    territory = Territory(
        id=_new_id(), name=name, team_id=team_by_name(session, team).id if team else None
    )
    session.add(territory)
    record = Record(
        entity="territory",
        id=territory.id,
        doc={"name": name},
        versions={"name": 1},
        row_version=1,
        deleted=False,
        updated_by="server",
    )
    session.add(record)
    feed = FeedWriter()
    feed.add_record(record, kind="upsert", fields={"name": name})
    feed.flush(session)
    return territory


def assign_territory(session: Session, *, territory: str, username: str) -> Territory:
    """Move a territory to a rep; both reps' next pulls move its records (see pull.py)."""
    target = territory_by_name_or_id(session, territory)
    user = user_by_name(session, username)
    if user.role != "rep":
        raise ValidationError(
            translatable("errors", "territories are assigned to reps; {name} is a {role}"),
            field="username",
            name=username,
            role=user.role,
        )
    target.rep_id = user.id
    if target.team_id is None and user.team_id is not None:
        target.team_id = user.team_id
    return target


def devices_of(session: Session, username: str) -> list[Device]:
    user = user_by_name(session, username)
    return list(
        session.scalars(select(Device).where(Device.user_id == user.id).order_by(Device.created_at))
    )


def no_device(device_id: str) -> NotFoundError:
    return NotFoundError(translatable("errors", "no device {id}"), field="device_id", id=device_id)


def device_by_id(session: Session, device_id: str) -> Device:
    """The device, whichever way its UUID is spelled (devices are stored canonical)."""
    try:
        canonical = str(uuid.UUID(device_id))
    except ValueError:
        raise no_device(device_id) from None
    device = session.get(Device, canonical)
    if device is None:
        raise no_device(device_id)
    return device


def revoke_device(session: Session, device_id: str) -> Device:
    """The device's tokens stop working and its next request is told to wipe."""
    device = device_by_id(session, device_id)
    device_id = device.id
    now = utcnow()
    device.revoked_at = device.revoked_at or now
    for auth in session.scalars(select(AuthSession).where(AuthSession.device_id == device_id)):
        auth.revoked_at = auth.revoked_at or now
    return device


def deactivate_user(session: Session, username: str) -> User:
    """Someone left: no more logins, and every device of theirs is told to wipe."""
    user = user_by_name(session, username)
    user.active = False
    for device in session.scalars(select(Device).where(Device.user_id == user.id)):
        revoke_device(session, device.id)
    return user


TOTP_ROLES_KEY = "totp_required_roles"


def totp_required_roles(session: Session) -> set[str]:
    setting = session.get(ServerSetting, TOTP_ROLES_KEY)
    return set(filter(None, setting.value.split(","))) if setting else set()


def require_totp(session: Session, roles: set[str]) -> None:
    if roles - {"manager", "admin"}:
        raise ValidationError(
            translatable("errors", "a second factor can be required of managers and admins"),
            field="roles",
        )
    setting = session.get(ServerSetting, TOTP_ROLES_KEY)
    value = ",".join(sorted(roles))
    if setting is None:
        session.add(ServerSetting(key=TOTP_ROLES_KEY, value=value))
    else:
        setting.value = value


def end_sessions(session: Session, user: User, *, keep: str | None = None) -> None:
    """Revoke the user's tokens (all but session ``keep``): their devices sign in again.

    Unlike ``revoke_device`` the devices stay registered and keep their data.
    """
    now = utcnow()
    query = select(AuthSession).where(
        AuthSession.user_id == user.id,
        AuthSession.revoked_at.is_(None),
        AuthSession.id != (keep or ""),
    )
    for auth in session.scalars(query):
        auth.revoked_at = now


def replace_password(
    session: Session,
    user: User,
    password: str,
    *,
    field: str = "password",
    keep_session: str | None = None,
) -> None:
    """Hash in ``password``, lift any login lock-out and end the user's other sessions."""
    check_new_password(password, field=field)
    user.password_hash = hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    end_sessions(session, user, keep=keep_session)


def set_password(session: Session, username: str, password: str) -> User:
    """An admin sets a new password (the user forgot theirs); every login must use it."""
    user = user_by_name(session, username)
    replace_password(session, user, password)
    return user


def reset_totp(session: Session, username: str) -> User:
    """Turn off the user's second factor (a lost phone); they enrol again at next login."""
    user = user_by_name(session, username)
    user.totp_enabled = False
    user.totp_secret = None
    end_sessions(session, user)
    return user


def _names(session: Session, model: type[User] | type[Team]) -> dict[str, str]:
    column = User.username if model is User else Team.name
    return {row_id: name for row_id, name in session.execute(select(model.id, column))}


def all_users(session: Session) -> list[tuple[User, str | None, list[str]]]:
    """(user, team name, territory names) for every user, by username."""
    teams = _names(session, Team)
    territories: dict[str, list[str]] = {}
    for territory in session.scalars(select(Territory).order_by(Territory.name)):
        if territory.rep_id:
            territories.setdefault(territory.rep_id, []).append(territory.name)
    return [
        (user, teams.get(user.team_id or ""), territories.get(user.id, []))
        for user in session.scalars(select(User).order_by(User.username))
    ]


def all_teams(session: Session) -> list[tuple[Team, str | None]]:
    """(team, manager's username) for every team, by name."""
    usernames = _names(session, User)
    return [
        (team, usernames.get(team.manager_id or ""))
        for team in session.scalars(select(Team).order_by(Team.name))
    ]


def all_territories(session: Session) -> list[tuple[Territory, str | None, str | None]]:
    """(territory, team name, rep's username) for every territory, by name."""
    usernames, teams = _names(session, User), _names(session, Team)
    return [
        (territory, teams.get(territory.team_id or ""), usernames.get(territory.rep_id or ""))
        for territory in session.scalars(select(Territory).order_by(Territory.name))
    ]
