"""Convergence soak: thousands of seeded programs of three laptops against a real server.

    python bench/sync_soak.py [--cases 10000] [--jobs 2] [--seed 0] [--steps 8-30]
                              [--postgres URL] [--cases-per-server 150] [--minutes M]

Each case is one seeded random program (``tests/sync/convergence.py``): a fresh
team on a real server process (SQLite by default, PostgreSQL with ``--postgres``),
a rep's two laptops and their manager's, real SQLCipher workspaces, creates,
edits, deletes and account moves made offline (accounts and contacts; from seed
``QUOTES_FROM`` also draft quotes with their lines), syncs in random order through a
loopback proxy that drops requests before and after the server commits, cuts
responses in half and sends requests twice, and syncs killed half-way. Every
laptop then syncs twice on a quiet line and the case is judged.

Prints the cases run and the lost, duplicated, diverged and stuck counts (all must
be 0; the exit status is 1 otherwise, with the seeds that failed, whose programs
replay with ``--seed S --cases 1``), the seed range it covered (every seed from
``--seed`` up to it was run, so the next run starts there and runs on disjoint
ranges add up), how long it ran and the CPU it used (laptops, proxy and server).
Each job runs its own server and proxy; the server is started afresh every
``--cases-per-server`` cases. Files go to /dev/shm when it exists: the soak is
about ordering and faults, not disk speed.

Where a case's CPU goes (about 0.5 s with the server, SQLite; ``time.process_time``
and the server's ``/proc`` times around each phase): two fifths setting up the team
(the server's users and territories, three workspaces copied from one blank and
opened, three sign-ins and first syncs), a quarter the program's own steps, a
third the verdict's six syncs and comparisons. A quiet sync is about 12 ms of
client CPU plus the server's share; each is a handful of loopback requests (me,
push, pull pages). Two things cost CPU without testing anything, and the soak
avoids them: each workspace's engine compiling the same SQL again (they share one
compiled cache) and an 8 MiB Argon2 at each open (the laptops' blank is made at
Argon2's floor). (A third, Alembic parsing every migration script at each open, the
workspace itself now does once per process.) A laptop's first sync pulls the whole catalog
(two territories for every earlier case on that server) in pages of
``FIRST_PAGE_SIZE``; that grows by 0.15 ms of CPU a case, a server restart costs
1.7 s, hence a server every 150 cases. The faults, kills, batch and page sizes of
the program and the verdict are unchanged.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FIELDSALES_ARGON2_PROFILE", "test")

import app.workspace.workspace as workspace_module  # noqa: E402
from app.workspace.database import create_encrypted_engine  # noqa: E402
from server.migrate import upgrade  # noqa: E402
from tests.server.server_helpers import live_server  # noqa: E402
from tests.sync.convergence import (  # noqa: E402
    ServerSide,
    blank_workspace,
    describe_steps,
    random_program,
    run_case,
)
from tests.sync.fault_proxy import FaultProxy  # noqa: E402

COUNTS = ("lost", "duplicated", "diverged", "stuck")
# From this seed on, programs also create, edit and delete draft quotes with lines
# (a delete cascades to the lines, an account move carries them); seeds below it
# draw the accounts-and-contacts programs the earlier soak runs were.
QUOTES_FROM = 2_000_000

_first_engine: list[Engine] = []


def _engine_sharing_compiled_sql(path: Path, key: bytes) -> Engine:
    """The workspace's own engine (its pool, pragmas and key), compiling SQL only once.

    SQLAlchemy caches compiled statements per engine and dialect, and each laptop
    and restart opens a new engine: three laptops a case compiled some 100 statements,
    a tenth of a case. The SQL a dialect compiles is the same text for every SQLCipher
    file, so the soak's workspaces share the first one's dialect and cache."""
    engine = create_encrypted_engine(path, key)
    if not _first_engine:
        _first_engine.append(engine)
        return engine
    first = _first_engine[0]
    engine.dialect = first.dialect
    engine.update_execution_options(compiled_cache=first._compiled_cache)
    return engine


workspace_module.create_encrypted_engine = _engine_sharing_compiled_sql


def _scratch() -> Path:
    shm = Path("/dev/shm")
    return Path(tempfile.mkdtemp(prefix="sync-soak-", dir=shm if shm.is_dir() else None))


def _database(root: Path, postgres: str | None) -> tuple[str, str | None]:
    if postgres is None:
        return f"sqlite:///{root / f'server-{uuid.uuid4().hex[:8]}.sqlite3'}", None
    from tests.server.conftest import postgres_schema_url

    schema = f"fs_soak_{uuid.uuid4().hex[:12]}"
    return postgres_schema_url(postgres, schema), schema


def run_job(job: int, seeds: list[int], options: argparse.Namespace) -> dict:
    """Run ``seeds`` in order on this job's own servers: counts, failures, seeds run, CPU."""
    import shutil

    cpu_started = time.process_time()
    root = _scratch()
    totals = dict.fromkeys(COUNTS, 0)
    failures: list[str] = []
    low, high = options.steps
    done: list[int] = []
    try:
        blank = blank_workspace(root / "blank")
        for start in range(0, len(seeds), options.cases_per_server):
            url, schema = _database(root, options.postgres)
            upgrade(url)
            # A loaded machine can take a while to import the server: wait for it.
            with live_server(
                url, start_timeout=300, FIELDSALES_ARGON2_PROFILE="test"
            ) as server_url:
                server = ServerSide(server_url, url)
                with FaultProxy(server_url) as proxy:
                    for seed in seeds[start : start + options.cases_per_server]:
                        if time.time() > options.stop_at:
                            break
                        rng = random.Random(seed)
                        steps = random_program(
                            rng, rng.randint(low, high), quotes=seed >= QUOTES_FROM
                        )
                        verdict = run_case(server, proxy, root / f"case-{seed}", blank, steps)
                        for name, count in verdict.counts().items():
                            totals[name] += count
                        if not verdict.ok:
                            failures.append(
                                f"seed {seed}: {verdict.describe()}\n  steps: "
                                f"{describe_steps(steps)}"
                            )
                            print(
                                f"  job {job}: FAILED {failures[-1]}", file=sys.stderr, flush=True
                            )
                        done.append(seed)
                        if len(done) % 25 == 0:
                            print(
                                f"  job {job}: {len(done)}/{len(seeds)} cases (seed {seed}), "
                                f"{totals}",
                                file=sys.stderr,
                                flush=True,
                            )
                server.close()
            if schema is not None:
                from tests.server.conftest import drop_schema

                drop_schema(options.postgres, schema)
            if time.time() > options.stop_at:
                break
    finally:
        shutil.rmtree(root, ignore_errors=True)
    # The servers this job started have exited and been waited for: their CPU is in
    # RUSAGE_CHILDREN, so the figure is the whole case (laptops, proxy and server).
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu_started + children.ru_utime + children.ru_stime
    return {"seeds": done, "totals": totals, "failures": failures, "cpu": cpu}


def covered(first: int, done: set[int]) -> int:
    """The end of the unbroken seed range from ``first``: every seed below it was run.

    Jobs take every n-th seed, so a run stopped by ``--minutes`` may leave a few
    seeds above that end run and some not; the next run starts at the end."""
    end = first
    while end in done:
        end += 1
    return end


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help="first seed; cases use seed..seed+N-1")
    parser.add_argument("--steps", default="8-30", help="program length range, e.g. 8-30")
    parser.add_argument("--postgres", default=None, help="run the servers on this PostgreSQL")
    parser.add_argument("--cases-per-server", type=int, default=150)
    parser.add_argument(
        "--minutes", type=float, default=None, help="start no new case after this long"
    )
    options = parser.parse_args(argv)
    options.stop_at = time.time() + options.minutes * 60 if options.minutes else float("inf")
    low, _, high = options.steps.partition("-")
    options.steps = (int(low), int(high or low))
    seeds = list(range(options.seed, options.seed + options.cases))
    started = time.monotonic()
    totals = dict.fromkeys(COUNTS, 0)
    failures: list[str] = []
    done: set[int] = set()
    cpu = 0.0
    crashed = 0
    backend = "PostgreSQL" if options.postgres else "SQLite"
    print(
        f"sync soak: seeds {seeds[0]}..{seeds[-1]}, {options.jobs} jobs, server on {backend}",
        flush=True,
    )
    with ProcessPoolExecutor(max_workers=options.jobs) as pool:
        futures = [
            pool.submit(run_job, job, seeds[job :: options.jobs], options)
            for job in range(options.jobs)
        ]
        for job, future in enumerate(futures):
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - the harness failed, not the sync
                print(f"job {job} stopped: {type(error).__name__}: {error}", file=sys.stderr)
                crashed += 1
                continue
            done.update(result["seeds"])
            failures += result["failures"]
            cpu += result["cpu"]
            for name in COUNTS:
                totals[name] += result["totals"][name]
    elapsed = time.monotonic() - started
    cases = len(done)
    end = covered(options.seed, done)
    for failure in failures[:20]:
        print(failure)
    print(f"cases       {cases}")
    for name in COUNTS:
        print(f"{name:<11} {totals[name]}")
    print(f"failed      {len(failures)} cases")
    if crashed:
        print(f"jobs lost   {crashed} (the harness, e.g. a server that would not start)")
    if end > options.seed:
        print(f"seeds       {options.seed}..{end - 1}, every one run (next run: --seed {end})")
    if cases > end - options.seed:
        print(f"            and {cases - (end - options.seed)} above {end - 1}, not in that range")
    print(f"duration    {elapsed:.0f} s ({elapsed / max(cases, 1):.2f} s a case)")
    print(f"cpu         {cpu:.0f} s ({cpu / max(cases, 1):.3f} s a case, server included)")
    print(f"load        {' '.join(f'{load:.1f}' for load in os.getloadavg())} at the end")
    return 1 if failures or crashed else 0


if __name__ == "__main__":
    sys.exit(main())
