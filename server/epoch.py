"""The feed's epoch: a random id that changes when the database goes back in time.

A restored backup forgets everything written after it, yet laptops that synced
since hold cursors past its feed and field versions it never handed out; the
numbers it hands out next would mean other changes. So cursors, and ``GET /me``,
carry the epoch, and a new one is drawn

* by ``fieldsales-server after-restore`` (docs/deploy-server.md, "After a restore");
* by the server itself when a pull brings a cursor ahead of its feed, which only
  a database that went back in time can receive (the operator forgot that step);
* by ``migrate`` (and so by ``serve``) on PostgreSQL when the database is not the
  one it last ran on (``anchor_epoch``): ``pg_restore`` into a new database, or
  another cluster, gives it another identity. Moving a database counts too; that
  costs every laptop one full read of the feed, and loses nothing.

A client that sees another epoch than the one it synced with resets: it sends
again what the server lost and reads the feed again (docs/sync.md, "Client reset").
The row is created on first use, so a database from before epochs needs no migration.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select, text, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from server.bulk import execute_raw, is_postgresql
from server.errors import ResetRequiredError
from server.models import FeedSequencer, ServerSetting

__all__ = [
    "EPOCH_KEY",
    "anchor_epoch",
    "ResetRequiredError",
    "current_epoch",
    "horizon_and_epoch",
    "replace_epoch",
]

EPOCH_KEY = "feed_epoch"
ANCHOR_KEY = "feed_epoch_anchor"  # the PostgreSQL database the epoch was last seen in


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


_HORIZON_AND_EPOCH = select(
    FeedSequencer.last_seq,
    select(ServerSetting.value).where(ServerSetting.key == EPOCH_KEY).scalar_subquery(),
).where(FeedSequencer.id == 1)
# Every pull reads it: on PostgreSQL through psycopg directly (see ``psycopg_sql``).
_HORIZON_AND_EPOCH_SQL = str(
    _HORIZON_AND_EPOCH.compile(dialect=psycopg_dialect(), compile_kwargs={"literal_binds": True})
)


def horizon_and_epoch(session: Session) -> tuple[int, str]:
    """The feed's committed horizon and its epoch, read in one round trip (every pull)."""
    if is_postgresql(session):
        (horizon, value), *_ = execute_raw(session, _HORIZON_AND_EPOCH_SQL, [])
    else:
        horizon, value = session.execute(_HORIZON_AND_EPOCH).one()
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


def _database_identity(session: Session) -> str | None:
    """Which PostgreSQL database this is: its cluster's system id and its own oid.

    Both change when a dump is restored into a new database, or into another
    cluster (a new cluster's first database often gets the same oid as the
    original's, so the oid alone would not do). SQLite has nothing alike.
    """
    if session.get_bind().dialect.name != "postgresql":
        return None
    try:
        with session.begin_nested():  # a refusal must not end the caller's transaction
            row = session.execute(
                text(
                    "SELECT (SELECT system_identifier FROM pg_control_system()), "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())"
                )
            ).one()
    except DBAPIError:
        # A hosted PostgreSQL may not let us read it: after-restore and cursors still tell.
        return None
    return f"{row[0]}:{row[1]}"


def anchor_epoch(session: Session) -> bool:
    """Draw a new epoch if this database is a copy of the one it last served; True if so."""
    identity = _database_identity(session)
    if identity is None:
        return False
    known = session.scalar(select(ServerSetting.value).where(ServerSetting.key == ANCHOR_KEY))
    if known == identity:
        return False
    moved = known is not None
    if moved:
        replace_epoch(session)
        session.execute(
            update(ServerSetting).where(ServerSetting.key == ANCHOR_KEY).values(value=identity)
        )
    else:
        current_epoch(session)
        session.execute(
            pg_insert(ServerSetting)
            .values(key=ANCHOR_KEY, value=identity)
            .on_conflict_do_nothing(index_elements=["key"])
        )
    return moved
