"""The pull-heavy round of bench/server_sync_bench.py: many laptops' first sync at once.

Each of N reps has a territory of its own holding R contacts in the feed (written
straight into ``change_log`` with one statement: a pull reads only the feed). Every
client pulls its first sync, page by page with the sync client's page size, all
starting together as on a Monday morning. One client alone first shows what a single
laptop gets (its first sync must run at 20,000 records/s or more). Beside it, the
same rows read with psycopg by the server's own query, in the same run.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

import httpx
import psycopg
from proc_cpu import CpuMeter, cpu_seconds

from server.db import make_engine, make_sessionmaker, transaction
from server.directory import create_territory, create_user
from server.feed_read import visible_statement

PREFIX = "puller"

_SEED = """
WITH s AS (SELECT last_seq FROM feed_sequencer WHERE id = 1),
t AS (SELECT id, md5(id)::uuid::text AS account FROM territories WHERE name LIKE 'P-%%'),
ins AS (
    INSERT INTO change_log (seq, kind, entity, record_id, row_version, fields, versions,
                            territory_id, personal_user_id, committed_at)
    SELECT s.last_seq + row_number() OVER (ORDER BY g, t.id), 'upsert', 'contact',
           gen_random_uuid()::text, 1,
           json_build_object('account_id', t.account, 'first_name', 'Ann',
                             'last_name', 'Lee ' || g, 'phone', '+1 555 0100',
                             'email', 'ann.lee@example.com', 'marketing_consent', true),
           '{"account_id":1,"first_name":1,"last_name":1,"phone":1,"email":1,"marketing_consent":1}'::json,
           t.id, NULL, now()
    FROM s, t, generate_series(1, %s) AS g
    RETURNING seq)
UPDATE feed_sequencer SET last_seq = (SELECT max(seq) FROM ins) WHERE id = 1
"""


def seed(url: str, *, clients: int, rows: int, password: str) -> None:
    """``clients`` reps, each with a territory of ``rows`` contacts in the feed."""
    engine = make_engine(url)
    with transaction(make_sessionmaker(engine)) as session:
        for index in range(clients):
            create_territory(session, name=f"P-{index}")
            create_user(
                session,
                username=f"{PREFIX}{index}",
                password=password,
                role="rep",
                territories=[f"P-{index}"],
            )
    engine.dispose()
    with psycopg.connect(url) as connection:
        connection.execute(_SEED, (rows,))
        connection.execute("ANALYZE change_log")


async def _first_sync(
    http: httpx.AsyncClient, headers: dict[str, str], page: int, latencies: list[float]
) -> int:
    cursor: str | None = None
    received = 0
    while True:
        params: dict[str, Any] = {"limit": page}
        if cursor:
            params["cursor"] = cursor
        started = time.monotonic()
        response = await http.get("/api/v1/sync/pull", params=params, headers=headers)
        latencies.append(time.monotonic() - started)
        response.raise_for_status()
        body = response.json()
        received += len(body["changes"])
        cursor = body["cursor"]
        if not body["more"]:
            return received


async def run_pull_round(
    base: str, *, clients: int, page: int, login, meter: CpuMeter
) -> dict[str, Any]:
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=120) as http:
        headers = [await login(http, f"{PREFIX}{i}") for i in range(clients)]
        alone: list[float] = []
        started = time.monotonic()
        solo_rows = await _first_sync(http, headers[0], page, alone)
        solo_rate = solo_rows / (time.monotonic() - started)

        latencies: list[float] = []
        meter.start()
        started = time.monotonic()
        counts = await asyncio.gather(*(_first_sync(http, h, page, latencies) for h in headers))
        elapsed = time.monotonic() - started
        rows = sum(counts)
        cpu = meter.stop()
    ordered = sorted(latencies)
    return {
        "clients": clients,
        "rows": rows,
        "seconds": elapsed,
        "rows_per_s": rows / elapsed,
        "solo_rows_per_s": solo_rate,
        "page_p50_ms": ordered[len(ordered) // 2] * 1000,
        "page_p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
        "cpu_seconds": cpu,
    }


def direct_reads(url: str, *, clients: int, page: int) -> tuple[int, float, dict[str, float]]:
    """The same rows read by psycopg with the server's query: rows, rows/s, CPU seconds."""
    with psycopg.connect(url, autocommit=True) as connection:
        backend = connection.execute("SELECT pg_backend_pid()").fetchone()[0]
        reps = connection.execute(
            "SELECT u.id, t.id FROM users u JOIN territories t ON t.rep_id = u.id "
            "WHERE u.username LIKE %s ORDER BY u.username",
            (f"{PREFIX}%",),
        ).fetchall()[:clients]
        horizon = connection.execute("SELECT last_seq FROM feed_sequencer").fetchone()[0]
        before = (cpu_seconds(backend), cpu_seconds(os.getpid()))
        started = time.monotonic()
        rows = 0
        for user_id, territory in reps:
            after = 0
            while True:
                # The server's own statement: entries rendered as JSON by PostgreSQL.
                statement, values = visible_statement(
                    frozenset([territory]), user_id, after, horizon, page
                )
                got = connection.cursor(binary=True).execute(statement, values).fetchall()
                rows += len(got)
                if len(got) < page:
                    break
                after = got[-1][0]
        elapsed = time.monotonic() - started
        cpu = {
            "postgres": cpu_seconds(backend) - before[0],
            "client": cpu_seconds(os.getpid()) - before[1],
        }
    return rows, rows / elapsed, cpu
