"""Engines and sessions for PostgreSQL (production) and SQLite (embedded default).

SQLite follows the same contract as PostgreSQL by being a single writer: every
transaction starts with BEGIN IMMEDIATE, so commits are serialised exactly as the
feed sequencer serialises them on PostgreSQL (see docs/sync.md).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.orm import Session, sessionmaker

# A pooled PostgreSQL connection idle longer than this is pinged before it is used.
PING_AFTER_IDLE_SECONDS = 5.0


def make_engine(
    url: str, *, pool_size: int = 10, ping_after_idle: float = PING_AFTER_IDLE_SECONDS
) -> Engine:
    """``hide_parameters``: an error's text never carries the statement's values
    (customer fields, attempted usernames), wherever it ends up."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": 60, "check_same_thread": False},
            hide_parameters=True,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
            # Let SQLAlchemy, not pysqlite, decide when transactions begin.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=60000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection) -> None:  # noqa: ANN001
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size, hide_parameters=True)
    _ping_when_idle(engine, ping_after_idle)
    return engine


def _ping_when_idle(engine: Engine, idle_seconds: float) -> None:
    """Check a connection that sat in the pool a while; a dead one is replaced.

    ``pool_pre_ping`` pinged on every checkout: a round trip and a tenth of an
    empty pull's CPU (profiled), to find what only happens while a connection
    waits (PostgreSQL restarted, a backend killed, a firewall's idle timeout).
    A connection in steady use is not pinged. One that was killed while
    checked in for less than ``idle_seconds`` fails its request once, and
    SQLAlchemy then replaces every connection of the pool (tests/server/test_db_pool.py).
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection, record) -> None:  # noqa: ANN001
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy) -> None:  # noqa: ANN001
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < idle_seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            # The pool discards this connection and checks out another.
            raise exc.DisconnectionError() from error


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def make_read_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions for work that only reads (the token check, pulls).

    On PostgreSQL their statements run in autocommit. Under READ COMMITTED every
    statement takes its own snapshot anyway, so wrapping reads in a transaction
    bought nothing but a BEGIN and a COMMIT: two round trips per request. SQLite
    keeps ordinary transactions.
    """
    if engine.dialect.name == "postgresql":
        engine = engine.execution_options(isolation_level="AUTOCOMMIT")
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any exception."""
    with factory() as session, session.begin():
        yield session
