"""A pooled PostgreSQL connection that died while it waited is replaced, not used.

The pool pings only connections idle for a while (server/db.py); these tests
kill the real backends behind pooled connections and check the next use.
"""

from __future__ import annotations

import os
import time
import uuid

import psycopg
import pytest
from sqlalchemy import text

from server.db import make_engine

POSTGRES_URL = os.environ.get("FIELDSALES_TEST_POSTGRES_URL")
pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs PostgreSQL")


def _kill_backends(application_name: str) -> int:
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
            (application_name,),
        ).fetchall()
    return len(rows)


def _engine(idle: float):
    name = f"fs_pool_{uuid.uuid4().hex[:12]}"
    url = f"{POSTGRES_URL}{'&' if '?' in POSTGRES_URL else '?'}application_name={name}"
    return make_engine(url, pool_size=2, ping_after_idle=idle), name


def _backend_pid(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT pg_backend_pid()")).scalar_one()


def test_a_connection_killed_while_idle_is_replaced_before_use() -> None:
    engine, name = _engine(idle=0.2)
    try:
        before = _backend_pid(engine)
        assert _kill_backends(name) == 1
        time.sleep(0.3)
        after = _backend_pid(engine)  # no error: the ping found it dead
        assert after != before
    finally:
        engine.dispose()


def test_a_connection_in_steady_use_is_not_pinged() -> None:
    engine, name = _engine(idle=60)
    try:
        before = _backend_pid(engine)
        assert _kill_backends(name) == 1
        # Not idle long enough to be pinged: this use fails once...
        with pytest.raises(Exception, match="terminat|closed|connection"):
            _backend_pid(engine)
        # ...and the pool then replaces its connections.
        assert _backend_pid(engine) != before
    finally:
        engine.dispose()
