"""Pull: the changes a user may see since their cursor, page by page.

The cursor is opaque to the client and signed by the server. It holds the feed
position ``s`` and the territories ``t`` the client already has. When the user's
territories change (a territory moved to or from them), the next pull:

* lists the records of territories they lost in ``drop`` (delete locally, no push);
* replays the whole history of each territory they gained, from 0 up to ``s``
  (the catch-up ``c``), before moving on; replaying a territory's own entries,
  including the ``drop`` entries of accounts that left it, rebuilds its state exactly.

It also holds the feed's epoch ``e`` (``server.epoch``). A cursor of another epoch,
or one ahead of the feed (a restored database that kept its epoch), answers 409
``reset_required``: the client must reset (docs/sync.md, "Client reset").
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass, field
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from protocol.messages import DroppedRecord, PullResponse
from server.epoch import horizon_and_epoch
from server.errors import ResetRequiredError
from server.feed_read import Entry, read_territory, read_visible
from server.models import Record, ServerSetting, Territory
from server.scope import Viewer

ALL = "*"


@dataclass
class CursorState:
    user_id: str
    seq: int = 0
    territories: set[str] | str = field(default_factory=set)  # or ALL
    catch_up: dict[str, int] = field(default_factory=dict)
    epoch: str | None = None  # None: a cursor from before epochs


# The cursor secret is written once, by the first migration: read it once per engine
# (per database), not on every pull.
_secrets: WeakKeyDictionary[Engine, bytes] = WeakKeyDictionary()


def _secret(session: Session) -> bytes:
    engine = session.get_bind()
    secret = _secrets.get(engine) if isinstance(engine, Engine) else None
    if secret is None:
        secret = session.get(ServerSetting, "cursor_secret").value.encode()
        if isinstance(engine, Engine):
            _secrets[engine] = secret
    return secret


def encode_cursor(session: Session, state: CursorState) -> str:
    territories = state.territories if state.territories == ALL else sorted(state.territories)
    body = json.dumps(
        {
            "u": state.user_id,
            "s": state.seq,
            "t": territories,
            "c": state.catch_up,
            "e": state.epoch,
        },
        separators=(",", ":"),
    ).encode()
    mac = hmac.new(_secret(session), body, hashlib.sha256).digest()[:16]
    return base64.urlsafe_b64encode(mac + body).decode().rstrip("=")


def decode_cursor(session: Session, cursor: str, user_id: str) -> CursorState:
    invalid = ValidationError(
        translatable("errors", "cursor is not one this server gave you; pull without one"),
        field="cursor",
    )
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        mac, body = raw[:16], raw[16:]
        expected = hmac.new(_secret(session), body, hashlib.sha256).digest()[:16]
        if not hmac.compare_digest(mac, expected):
            raise invalid
        data = json.loads(body)
        state = CursorState(
            user_id=data["u"],
            seq=int(data["s"]),
            territories=data["t"] if data["t"] == ALL else set(data["t"]),
            catch_up={str(k): int(v) for k, v in data["c"].items()},
            epoch=str(data["e"]) if data.get("e") is not None else None,
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise invalid from None
    if state.user_id != user_id:
        raise invalid
    return state


# Strings of our own feed rows, JSON-quoted by the C encoder's fast path.
_quote = json.JSONEncoder().encode


@dataclass
class Page:
    entries: list[Entry]
    drop: list[DroppedRecord]
    cursor: str
    more: bool

    def to_json(self) -> bytes:
        """The page as ``PullResponse`` JSON, the entries spliced in as they were read."""
        drop = json.dumps([{"entity": d.entity, "id": d.id} for d in self.drop])
        return b"".join(
            (
                b'{"changes":[',
                b",".join([entry for _, entry in self.entries]),
                f'],"drop":{drop},"cursor":{_quote(self.cursor)},"more":'.encode(),
                b"true}" if self.more else b"false}",
            )
        )


def _drops(session: Session, territories: set[str]) -> list[DroppedRecord]:
    if not territories:
        return []
    rows = session.execute(
        select(Record.entity, Record.id)
        .where(Record.territory_id.in_(sorted(territories)))
        .order_by(Record.entity, Record.id)
    )
    return [DroppedRecord(entity=entity, id=record_id) for entity, record_id in rows]


def pull(session: Session, viewer: Viewer, cursor: str | None, *, limit: int) -> PullResponse:
    return PullResponse.model_validate_json(pull_json(session, viewer, cursor, limit=limit))


def pull_json(session: Session, viewer: Viewer, cursor: str | None, *, limit: int) -> bytes:
    """``pull``'s answer as JSON text, the stored documents spliced in unparsed."""
    return _page(session, viewer, cursor, limit=limit).to_json()


def _check_epoch(state: CursorState, *, epoch: str, horizon: int) -> None:
    """Refuse a cursor from another epoch of the feed, or one ahead of it."""
    if state.epoch is not None and state.epoch != epoch:
        raise ResetRequiredError(
            translatable(
                "errors",
                "the server was restored from a backup since your last sync: "
                "send your data again and pull from the start",
            ),
            epoch=epoch,
            feed_behind=False,
        )
    if state.seq > horizon:
        # Only a database that went back in time can be behind a cursor it signed.
        raise ResetRequiredError(
            translatable(
                "errors",
                "the server's data is older than your last sync (restored from a backup): "
                "send your data again and pull from the start",
            ),
            epoch=epoch,
            feed_behind=True,
        )


def _page(session: Session, viewer: Viewer, cursor: str | None, *, limit: int) -> Page:
    # Read first: everything up to the horizon is visible below.
    horizon, epoch = horizon_and_epoch(session)
    current: set[str] | str = ALL if viewer.territories is None else set(viewer.territories)
    if cursor:
        state = decode_cursor(session, cursor, viewer.user_id)
        _check_epoch(state, epoch=epoch, horizon=horizon)
    else:
        state = CursorState(user_id=viewer.user_id, territories=current)
    state.epoch = epoch

    drop: list[DroppedRecord] = []
    if state.territories == ALL and current != ALL:
        # An admin became a rep or manager: drop all territories now out of reach.
        every = set(session.scalars(select(Territory.id)))
        state.territories = every
    if current == ALL and state.territories != ALL:
        # Became an admin: simplest correct answer is to replay everything.
        state = CursorState(user_id=viewer.user_id, territories=ALL, epoch=epoch)
    if current != ALL:
        had = state.territories | set(state.catch_up)
        removed = had - current
        drop = _drops(session, removed)
        state.territories -= removed
        for territory in removed:
            state.catch_up.pop(territory, None)
        for territory in current - had:
            state.catch_up[territory] = 0

    if state.catch_up:
        territory = min(state.catch_up)
        rows = read_territory(
            session,
            territory_id=territory,
            after=state.catch_up[territory],
            upto=state.seq,
            limit=limit,
        )
        if len(rows) < limit:
            del state.catch_up[territory]
            state.territories.add(territory)
        else:
            state.catch_up[territory] = rows[-1][0]
        return Page(entries=rows, drop=drop, cursor=encode_cursor(session, state), more=True)

    rows = read_visible(
        session,
        territories=None if state.territories == ALL else frozenset(state.territories),
        user_id=viewer.user_id,
        after=state.seq,
        upto=horizon,
        limit=limit + 1,
    )
    more = len(rows) > limit
    if more:
        rows = rows[:limit]
        state.seq = rows[-1][0]
    else:
        state.seq = max(state.seq, horizon)
    return Page(entries=rows, drop=drop, cursor=encode_cursor(session, state), more=more)
