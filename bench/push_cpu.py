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
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["FIELDSALES_ARGON2_PROFILE"] = "test"

from push_fixture import bench_schema, new_contacts, rep_with_account  # noqa: E402

from server import apply, feed, push  # noqa: E402
from server.db import transaction  # noqa: E402

SCHEMA = f"fs_push_cpu_{os.getpid()}"
STAGES = [
    (push, "_claim", "claim the key (digest)"),
    (push, "batch_passes", "validate"),
    (push, "check_change", "validate (one by one, after a refusal)"),
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
    engine, sessions, viewer, account_id = rep_with_account(url)
    requests = [new_contacts(account_id, batch) for _ in range(pushes)]
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
    with bench_schema(SCHEMA) as url:
        measure(url, args.pushes, args.batch, stages=args.stages)


if __name__ == "__main__":
    main()
