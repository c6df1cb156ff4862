"""The feed's epoch: a random id that changes when the database goes back in time.

A restored backup forgets everything written after it, yet laptops that synced
since hold cursors past its feed and field versions it never handed out; the
numbers it hands out next would mean other changes. So cursors, and ``GET /me``,
carry the epoch, and a new one is drawn

* by ``fieldsales-server after-restore`` (docs/deploy-server.md, "After a restore");
* by the server itself when a pull brings a cursor ahead of its feed, which only
  a database that went back in time can receive (the operator forgot that step).

A client that sees another epoch than the one it synced with resets: it sends
again what the server lost and reads the feed again (docs/sync.md, "Client reset").
The row is created on first use, so a database from before epochs needs no migration.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from server.errors import ResetRequiredError
from server.models import FeedSequencer, ServerSetting

__all__ = [
    "EPOCH_KEY",
    "ResetRequiredError",
    "current_epoch",
    "horizon_and_epoch",
    "replace_epoch",
]

EPOCH_KEY = "feed_epoch"


def _new_value() -> str:
    return secrets.token_hex(8)


def current_epoch(session: Session) -> str:
    """The epoch now, created if this database has none yet."""
    value = session.scalar(select(ServerSetting.value).where(ServerSetting.key == EPOCH_KEY))
    if value is not None:
        return value
    # Two first requests may race: the loser's insert does nothing, both read the winner's.
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(ServerSetting)
        .values(key=EPOCH_KEY, value=_new_value())
        .on_conflict_do_nothing(index_elements=["key"])
    )
    return session.scalar(select(ServerSetting.value).where(ServerSetting.key == EPOCH_KEY))


def horizon_and_epoch(session: Session) -> tuple[int, str]:
    """The feed's committed horizon and its epoch, read in one round trip (every pull)."""
    epoch = select(ServerSetting.value).where(ServerSetting.key == EPOCH_KEY).scalar_subquery()
    horizon, value = session.execute(
        select(FeedSequencer.last_seq, epoch).where(FeedSequencer.id == 1)
    ).one()
    return horizon, value if value is not None else current_epoch(session)


def replace_epoch(session: Session, *, expected: str | None = None) -> str:
    """Draw a new epoch; with ``expected``, only if the epoch is still that one.

    ``expected`` keeps two workers that noticed the same cursor-ahead at once from
    drawing two epochs (each would make every laptop reset once more).
    """
    old = current_epoch(session)
    if expected is not None and old != expected:
        return old
    new = _new_value()
    session.execute(
        update(ServerSetting)
        .where(ServerSetting.key == EPOCH_KEY, ServerSetting.value == old)
        .values(value=new)
    )
    return current_epoch(session)
