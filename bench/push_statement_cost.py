"""PostgreSQL's CPU per statement of a push, in process (no HTTP, no other clients).

    FIELDSALES_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test \\
        python bench/push_statement_cost.py [--pushes 200] [--batch 250]

Runs ``push_json`` for new contacts of one rep against a fresh schema and reads the
backend's CPU from ``/proc/<pid>/schedstat`` (nanoseconds) around every statement
the push sends, raw or through SQLAlchemy; the statements of the final pipeline are
sent one by one so that each gets its own figure. Prints µs of PostgreSQL CPU per
row pushed, per statement, and this process's CPU per row. It answers "where does
PostgreSQL's time go" (docs/scaling.md); the pipeline's round trips, which this
splits, are not what it measures.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import event, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["FIELDSALES_ARGON2_PROFILE"] = "test"

from protocol.messages import PushRequest  # noqa: E402
from server import bulk, feed, push  # noqa: E402
from server.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from server.directory import create_territory, create_user  # noqa: E402
from server.migrate import upgrade  # noqa: E402
from server.models import Territory, User  # noqa: E402
from server.scope import viewer_for  # noqa: E402

SCHEMA = f"fs_push_cost_{os.getpid()}"


def backend_ns(pid: int) -> int:
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


def label(statement: str) -> str:
    return " ".join(statement.split()[:5])[:70]


def measure(url: str, pushes: int, batch: int) -> None:
    upgrade(url)
    engine = make_engine(url, pool_size=1)
    sessions = make_sessionmaker(engine)
    with transaction(sessions) as session:
        create_territory(session, name="T0")
        create_user(session, username="rep0", password="x" * 12, role="rep", territories=["T0"])
    with transaction(sessions) as session:
        user = session.scalars(select(User).where(User.username == "rep0")).one()
        territory = session.scalars(select(Territory.id)).one()
        viewer = viewer_for(session, user, [territory])
        account_id = str(uuid.uuid4())
        first = {"entity": "account", "id": account_id}
        first["fields"] = {"name": "Bench", "territory_id": territory}
        body = {"idempotency_key": str(uuid.uuid4()), "changes": [first]}
        push.push_json(session, viewer, PushRequest.model_validate(body), commit=True)

    spent: collections.Counter[str] = collections.Counter()
    pid = 0
    raw = bulk.execute_raw

    def timed_raw(session, statement, values, *, commit=False):  # noqa: ANN001, ANN202
        started = backend_ns(pid)
        rows = raw(session, statement, values, commit=commit)
        spent[label(statement)] += backend_ns(pid) - started
        return rows

    def timed_pipeline(session, statements, *, commit=False):  # noqa: ANN001, ANN202
        rows = []
        for statement, values in statements:
            rows = timed_raw(session, statement, values)
        if commit:
            started = backend_ns(pid)
            session.connection().connection.driver_connection.commit()
            spent["COMMIT"] += backend_ns(pid) - started
        return rows

    push.execute_raw = timed_raw
    feed.execute_pipeline = timed_pipeline

    @event.listens_for(engine, "before_cursor_execute")
    def _before(connection, *_args) -> None:  # noqa: ANN001
        connection.info["started"] = backend_ns(pid)

    @event.listens_for(engine, "after_cursor_execute")
    def _after(connection, _cursor, statement, *_args) -> None:  # noqa: ANN001
        spent["orm: " + label(statement)] += backend_ns(pid) - connection.info["started"]

    total_backend = 0
    client = 0.0
    change = {"account_id": account_id, "last_name": "Lee", "phone": "+1 555"}
    for _ in range(pushes):
        changes = [
            {"entity": "contact", "id": str(uuid.uuid4()), "fields": change} for _ in range(batch)
        ]
        request = PushRequest.model_validate(
            {"idempotency_key": str(uuid.uuid4()), "changes": changes}
        )
        with transaction(sessions) as session:
            pid = session.connection().connection.driver_connection.info.backend_pid
            started, cpu = backend_ns(pid), time.process_time()
            push.push_json(session, viewer, request, commit=True)
            total_backend += backend_ns(pid) - started
            client += time.process_time() - cpu
    engine.dispose()
    rows = pushes * batch
    print(f"{pushes} pushes of {batch} new contacts, load average {os.getloadavg()[0]:.2f}")
    print(
        f"PostgreSQL {total_backend / 1e3 / rows:.1f} us per row; this process {client * 1e6 / rows:.1f}"
    )
    for name, nanoseconds in spent.most_common():
        print(f"  {nanoseconds / 1e3 / rows:7.2f} us per row  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pushes", type=int, default=200)
    parser.add_argument("--batch", type=int, default=250)
    args = parser.parse_args()
    base_url = os.environ.get("FIELDSALES_BENCH_POSTGRES_URL")
    if not base_url:
        raise SystemExit("set FIELDSALES_BENCH_POSTGRES_URL")
    with psycopg.connect(base_url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {SCHEMA}")
    try:
        measure(f"{base_url}?options=-csearch_path%3D{SCHEMA}", args.pushes, args.batch)
    finally:
        with psycopg.connect(base_url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


if __name__ == "__main__":
    main()
