"""The server connection this workspace keeps: address, device, tokens, cursor.

All of it lives in the encrypted workspace database (``workspace_setting``), never
in a plain settings file: a token pair is as good as the password until it
expires. Each refreshed token pair is committed on its own the moment the server
hands it over, before it is used, so a crash at any point never leaves the
workspace with a refresh token the server already retired; a sign-in's first
pair is committed with the connection it belongs to, so a sign-in stopped
half-way leaves neither.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.sync.tokens import TokenPair
from app.workspace.local_settings import WorkspaceSetting, get_setting, set_setting

PREFIX = "sync."
SERVER_URL = PREFIX + "server_url"
ALLOW_INSECURE_HTTP = PREFIX + "allow_insecure_http"
DEVICE_ID = PREFIX + "device_id"
ACCESS_TOKEN = PREFIX + "access_token"
REFRESH_TOKEN = PREFIX + "refresh_token"
USER_ID = PREFIX + "user_id"
USERNAME = PREFIX + "username"
ROLE = PREFIX + "role"
CURSOR = PREFIX + "cursor"
LAST_SYNC = PREFIX + "last_sync"
FIRST_SYNC_DONE = PREFIX + "first_sync_done"
MY_TERRITORIES = PREFIX + "my_territories"  # JSON list of the ids the server says are mine
# JSON list of the territories whose teams this user manages: the reports they review.
REVIEWED_TERRITORIES = PREFIX + "reviewed_territories"
EPOCH = PREFIX + "epoch"  # the server feed's epoch this workspace last synced with


@dataclass(frozen=True)
class ServerConnection:
    server_url: str
    device_id: str
    username: str
    user_id: str
    role: str
    allow_insecure_http: bool
    tokens: TokenPair | None

    @property
    def signed_in(self) -> bool:
        return self.tokens is not None


def device_id(session: Session) -> str:
    """This installation's device id, made once (the server registers it at sign-in)."""
    existing = get_setting(session, DEVICE_ID)
    if existing:
        return existing
    value = str(uuid.uuid4())
    set_setting(session, DEVICE_ID, value)
    return value


CONNECTION_KEYS = (
    SERVER_URL,
    ACCESS_TOKEN,
    REFRESH_TOKEN,
    DEVICE_ID,
    USERNAME,
    USER_ID,
    ROLE,
    ALLOW_INSECURE_HTTP,
)


def load_connection(session: Session) -> ServerConnection | None:
    # One query for all of it: every sync and every status refresh reads it, and
    # eight separate reads were a tenth of a short sync's client time.
    rows = session.execute(
        select(WorkspaceSetting.key, WorkspaceSetting.value).where(
            WorkspaceSetting.key.in_(CONNECTION_KEYS)
        )
    )
    settings: dict[str, str] = {key: value for key, value in rows}
    url = settings.get(SERVER_URL)
    if not url:
        return None
    access, refresh = settings.get(ACCESS_TOKEN), settings.get(REFRESH_TOKEN)
    return ServerConnection(
        server_url=url,
        device_id=settings.get(DEVICE_ID) or "",
        username=settings.get(USERNAME) or "",
        user_id=settings.get(USER_ID) or "",
        role=settings.get(ROLE) or "rep",
        allow_insecure_http=settings.get(ALLOW_INSECURE_HTTP) == "1",
        tokens=TokenPair(access, refresh) if access and refresh else None,
    )


def save_connection(
    session: Session,
    *,
    server_url: str,
    username: str,
    user_id: str,
    role: str,
    allow_insecure_http: bool,
) -> None:
    set_setting(session, SERVER_URL, server_url)
    set_setting(session, USERNAME, username)
    set_setting(session, USER_ID, user_id)
    set_setting(session, ROLE, role)
    set_setting(session, ALLOW_INSECURE_HTTP, "1" if allow_insecure_http else "0")


def save_role(session: Session, role: str) -> None:
    set_setting(session, ROLE, role)


def save_tokens(session: Session, tokens: TokenPair | None) -> None:
    if tokens is None:
        session.execute(
            delete(WorkspaceSetting).where(WorkspaceSetting.key.in_([ACCESS_TOKEN, REFRESH_TOKEN]))
        )
        return
    set_setting(session, ACCESS_TOKEN, tokens.access_token)
    set_setting(session, REFRESH_TOKEN, tokens.refresh_token)


def cursor(session: Session) -> str | None:
    return get_setting(session, CURSOR)


def save_cursor(session: Session, value: str) -> None:
    set_setting(session, CURSOR, value)


def forget_cursor(session: Session) -> None:
    """The next pull starts from the beginning of the feed (a client reset)."""
    session.execute(delete(WorkspaceSetting).where(WorkspaceSetting.key == CURSOR))


def epoch(session: Session) -> str | None:
    return get_setting(session, EPOCH)


def save_epoch(session: Session, value: str) -> None:
    set_setting(session, EPOCH, value)


def last_sync(session: Session) -> datetime | None:
    text = get_setting(session, LAST_SYNC)
    return datetime.fromisoformat(text) if text else None


def mark_synced(session: Session, when: datetime | None = None) -> None:
    set_setting(session, LAST_SYNC, (when or datetime.now(UTC)).isoformat())


def first_sync_done(session: Session) -> bool:
    return get_setting(session, FIRST_SYNC_DONE) == "1"


def mark_first_sync_done(session: Session) -> None:
    set_setting(session, FIRST_SYNC_DONE, "1")


def my_territories(session: Session) -> list[str] | None:
    """The territories the server assigns to this user (None: not known yet)."""
    text = get_setting(session, MY_TERRITORIES)
    return json.loads(text) if text else None


def save_my_territories(session: Session, territory_ids: list[str]) -> None:
    set_setting(session, MY_TERRITORIES, json.dumps(sorted(territory_ids)))


def reviewed_territories(session: Session) -> list[str] | None:
    """Territories of the teams this user manages (None: the server never said)."""
    text = get_setting(session, REVIEWED_TERRITORIES)
    return json.loads(text) if text else None


def save_reviewed_territories(session: Session, territory_ids: list[str]) -> None:
    set_setting(session, REVIEWED_TERRITORIES, json.dumps(sorted(territory_ids)))
