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
from pathlib import Path

from sqlalchemy import event

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["FIELDSALES_ARGON2_PROFILE"] = "test"

from push_fixture import bench_schema, new_contacts, rep_with_account  # noqa: E402

from server import bulk, feed, push  # noqa: E402
from server.db import transaction  # noqa: E402

SCHEMA = f"fs_push_cost_{os.getpid()}"


def backend_ns(pid: int) -> int:
    return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])


def label(statement: str) -> str:
    return " ".join(statement.split()[:5])[:70]


def measure(url: str, pushes: int, batch: int) -> None:
    engine, sessions, viewer, account_id = rep_with_account(url)

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
    for _ in range(pushes):
        request = new_contacts(account_id, batch)
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
    with bench_schema(SCHEMA) as url:
        measure(url, args.pushes, args.batch)


if __name__ == "__main__":
    main()
