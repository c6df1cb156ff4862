"""This process's CPU per pushed row in ``push_json``, and per stage, in process.

    FIELDSALES_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test \\
        python bench/push_cpu.py [--pushes 100] [--batch 250] [--stages]

Pushes batches of new contacts under one account of one rep (the 200-client
bench's push) against a fresh schema and prints the thread CPU of ``push_json``
per row, the figure the workers' share of a push follows without HTTP, pulls or
the other clients. ``--stages`` also times its stages (the timers add their own
cost, about 2 µs per row, to the total). The cyclic collector is frozen after
setup, as the server does.
"""

from __future__ import annotations

import argparse
import collections
import functools
import gc
import os
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["FIELDSALES_ARGON2_PROFILE"] = "test"

from protocol.messages import PushRequest  # noqa: E402
from server import apply, feed, push  # noqa: E402
from server.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from server.directory import create_territory, create_user  # noqa: E402
from server.migrate import upgrade  # noqa: E402
from server.models import Territory, User  # noqa: E402
from server.scope import viewer_for  # noqa: E402

SCHEMA = f"fs_push_cpu_{os.getpid()}"
STAGES = [
    (push, "_claim", "claim the key (digest)"),
    (push, "check_change", "validate"),
    (push, "lock_records", "lock"),
    (apply.BatchApplier, "apply", "apply"),
    (apply.BatchApplier, "finish", "finish (references)"),
    (apply.BatchApplier, "created_rows", "new rows"),
    (push, "insert_statement", "new rows' JSON"),
    (push, "_answer_json", "answer"),
    (feed, "rows_json", "feed entries' JSON"),
    (feed, "execute_pipeline", "pipeline (psycopg)"),
]


def time_stages(spent: collections.Counter[str]) -> None:
    for owner, name, label in STAGES:
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args: Any, _original=original, _label=label, **kwargs: Any) -> Any:  # noqa: ANN401
            started = time.thread_time()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] += time.thread_time() - started

        setattr(owner, name, timed)


def measure(url: str, pushes: int, batch: int, *, stages: bool) -> None:
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
    fields = {"account_id": account_id, "last_name": "Lee", "phone": "+1 555"}
    requests = [
        PushRequest.model_validate(
            {
                "idempotency_key": str(uuid.uuid4()),
                "changes": [
                    {"entity": "contact", "id": str(uuid.uuid4()), "fields": fields}
                    for _ in range(batch)
                ],
            }
        )
        for _ in range(pushes)
    ]
    spent: collections.Counter[str] = collections.Counter()
    if stages:
        time_stages(spent)
    gc.collect()
    gc.freeze()
    total = 0.0
    for request in requests:
        with transaction(sessions) as session:
            session.connection()
            started = time.thread_time()
            push.push_json(session, viewer, request, commit=True)
            total += time.thread_time() - started
    engine.dispose()
    rows = pushes * batch
    print(f"{pushes} pushes of {batch} new contacts, load average {os.getloadavg()[0]:.2f}")
    print(f"push_json: {total * 1e6 / rows:.2f} us of this thread's CPU per row")
    for label, seconds in spent.most_common():
        print(f"  {seconds * 1e6 / rows:6.2f} us per row  {label}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pushes", type=int, default=100)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--stages", action="store_true", help="time each stage too")
    args = parser.parse_args()
    base_url = os.environ.get("FIELDSALES_BENCH_POSTGRES_URL")
    if not base_url:
        raise SystemExit("set FIELDSALES_BENCH_POSTGRES_URL")
    with psycopg.connect(base_url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {SCHEMA}")
    try:
        url = f"{base_url}?options=-csearch_path%3D{SCHEMA}"
        measure(url, args.pushes, args.batch, stages=args.stages)
    finally:
        with psycopg.connect(base_url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


if __name__ == "__main__":
    main()
