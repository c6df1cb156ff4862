"""Sync server benchmark: N simulated clients pushing and pulling against PostgreSQL.

    FIELDSALES_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test \\
        python bench/server_sync_bench.py [--seconds 30] [--clients 1,10,50,200] [--think 8]

Each client is a rep with their own territory and account. In a loop it pushes a
batch of new contacts, then pulls its feed. An admin observer pulls everything
continuously to measure how long a committed push takes to become visible to
another client. Beside it, the same rows written straight to PostgreSQL with
psycopg (one batch per transaction) give the limit on this machine, in the same run.
Users get argon2-cffi's cheapest profile here: logins are not what is measured.

Batch size: a rep's laptop pushes the changes it holds in batches; a morning's
offline work (visits, reports, order lines) is a few hundred rows, so the default
is 250 rows per push, inside the 100-500 a real client sends (--batch 100 shows the
per-request overhead at its worst). Each client waits --think seconds (default 8)
between rounds and starts at a random moment within the first wait, as a fleet of
laptops does, instead of all 200 pushing in the same millisecond; 200 clients then
offer up to 200 x 250 / 8 = 6,250 rows/s. --think 0 is a closed loop: every
client sends again the moment it is answered, which measures the most the server
moves, and its latency is queueing by construction (docs/scaling.md).
The last lines judge the largest client count against the targets.

CPU: over each round the bench reads from /proc the user + system time of the
server's workers, of the PostgreSQL backends serving them (found by the
application_name it gives the server's connections) and of itself, and prints
milliseconds per 1,000 row changes and the server/PostgreSQL ratio (target: at
most 1.0), beside the same for psycopg alone. Then a pull-heavy round
(--pull-clients reps, each with --pull-rows entries in the feed, all making their
first sync at once in --page pages; bench/pull_round.py) prints rows/s served and
CPU per 1,000 rows served beside the same rows read with psycopg by the server's
query. --pull-clients 0 skips it.
The load generator shares the machine's cores with the server and PostgreSQL, so
it is kept lean: during the measured round each client has one raw keep-alive
connection (bench/lean_http.py), sends bodies written from a template and parses
only the answers it reads a value from (httpx, used for logins and set-up, cost
78 ms of CPU per 1,000 row changes; this costs about a third of that). Its CPU is
printed beside the server's. Each run has its own schema and port, dropped after.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import sys
import time
import uuid
from pathlib import Path

import httpx
import psycopg
from pydantic_core import from_json

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ["FIELDSALES_ARGON2_PROFILE"] = "test"

import pull_round  # noqa: E402
from lean_http import LeanConnection, bearer  # noqa: E402
from proc_cpu import CpuMeter, children, cpu_seconds  # noqa: E402

from server.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from server.directory import create_territory, create_user  # noqa: E402
from server.migrate import upgrade  # noqa: E402

PASSWORD = "benchmark password"
# Each run has its own schema and connection name, so two runs at once (on a
# shared machine) neither drop each other's data nor count each other's backends.
SCHEMA = f"fs_bench_{os.getpid()}"
# The server's connections carry this name, so its PostgreSQL backends can be found.
APPLICATION_NAME = f"fs_bench_server_{os.getpid()}"
# How long the observer waits when it has seen everything (see ``observe``).
OBSERVER_WAIT = 0.1


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


def drop_schema(base_url: str) -> None:
    """Drop this run's schema (call it in a ``finally``)."""
    with psycopg.connect(base_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare(base_url: str, clients: int) -> str:
    with psycopg.connect(base_url, autocommit=True) as connection:
        connection.execute(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE")
        connection.execute(f"CREATE SCHEMA {SCHEMA}")
    url = (
        f"{base_url}{'&' if '?' in base_url else '?'}options=-csearch_path%3D{SCHEMA}"
        f"&application_name={APPLICATION_NAME}"
    )
    upgrade(url)
    engine = make_engine(url)
    with transaction(make_sessionmaker(engine)) as session:
        create_user(session, username="observer", password=PASSWORD, role="admin")
        for index in range(clients):
            create_territory(session, name=f"T{index}")
            create_user(
                session,
                username=f"rep{index}",
                password=PASSWORD,
                role="rep",
                territories=[f"T{index}"],
            )
    engine.dispose()
    return url


def start_server(url: str, port: int, workers: int):
    import subprocess

    env = {**os.environ, "FIELDSALES_DATABASE_URL": url}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "server.asgi:app",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
            "--timeout-keep-alive",
            "30",
            "--no-access-log",
        ],
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


async def login(http: httpx.AsyncClient, username: str) -> dict[str, str]:
    response = await http.post(
        "/api/v1/auth/login",
        json={"username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def per_thousand(cpu: dict[str, float], rows: int) -> dict[str, float]:
    """CPU milliseconds per 1,000 rows, per group."""
    return {name: seconds * 1000 / max(rows, 1) * 1000 for name, seconds in cpu.items()}


def meter_for(server: int, watcher: psycopg.Connection) -> CpuMeter:
    """Server workers (and their supervisor), their PostgreSQL backends, this process."""

    def backends() -> list[int]:
        query = "SELECT pid FROM pg_stat_activity WHERE application_name = %s"
        return [pid for (pid,) in watcher.execute(query, (APPLICATION_NAME,))]

    return CpuMeter(
        {
            "server": lambda: [server, *children(server)],
            "postgres": backends,
            "load": lambda: [os.getpid()],
        }
    )


async def run_round(
    base: str, clients: int, seconds: float, batch: int, think: float, meter: CpuMeter
) -> dict[str, float]:
    limits = httpx.Limits(max_connections=clients + 2, max_keepalive_connections=clients + 2)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        headers = [await login(http, f"rep{i}") for i in range(clients)]
        observer = await login(http, "observer")
        tokens = [h["Authorization"].removeprefix("Bearer ") for h in headers]
        observer_token = observer["Authorization"].removeprefix("Bearer ")
        me = [(await http.get("/api/v1/me", headers=h)).json() for h in headers]
        accounts = []
        for h, info in zip(headers, me, strict=True):
            account_id = str(uuid.uuid4())
            body = {
                "idempotency_key": str(uuid.uuid4()),
                "changes": [
                    {
                        "entity": "account",
                        "id": account_id,
                        "fields": {"name": "Bench", "territory_id": info["territories"][0]},
                    }
                ],
            }
            (await http.post("/api/v1/sync/push", json=body, headers=h)).raise_for_status()
            accounts.append(account_id)

        acked: dict[str, float] = {}
        # Rows the observer saw before their pusher had read its answer: visible at
        # once. Without this they stayed in ``acked`` and were reported unseen.
        seen_early: set[str] = set()
        seen_delay: list[float] = []
        latencies: list[float] = []
        errors = 0
        retries = 0
        rows = 0
        stop = time.monotonic() + seconds

        # The observer starts at the current end of the feed.
        cursor = None
        while True:
            page = (
                await http.get(
                    "/api/v1/sync/pull",
                    params={"cursor": cursor} if cursor else {},
                    headers=observer,
                )
            ).json()
            cursor = page["cursor"]
            if not page["more"]:
                break

    # From here on the load generator is lean (bench/lean_http.py): one raw
    # keep-alive connection per client, request bodies written from a template, and
    # answers parsed by pydantic-core only where a value is needed.
    host, port = base.removeprefix("http://").split(":")

    async def client(index: int) -> None:
        nonlocal errors, rows, retries
        connection = LeanConnection(host, int(port))
        auth = bearer(tokens[index])
        change = (
            '{"entity":"contact","id":"%s","fields":{"account_id":"'
            + accounts[index]
            + '","last_name":"Lee","phone":"+1 555"}}'
        )
        pull_target = "/api/v1/sync/pull"
        if think:
            await asyncio.sleep(random.uniform(0, think))
        while time.monotonic() < stop:
            ids = [str(uuid.uuid4()) for _ in range(batch)]
            body = (
                f'{{"idempotency_key":"{uuid.uuid4()}","changes":['
                + ",".join([change % i for i in ids])
                + "]}"
            ).encode()
            started = time.monotonic()
            try:
                status, _ = await connection.request(
                    "POST", "/api/v1/sync/push", headers=auth, body=body
                )
            except (OSError, asyncio.IncompleteReadError):
                # What the real client does: send the same batch (same key) again.
                retries += 1
                status, _ = await connection.request(
                    "POST", "/api/v1/sync/push", headers=auth, body=body
                )
            done = time.monotonic()
            latencies.append(done - started)
            if status != 200:
                errors += 1
                continue
            rows += batch
            for i in ids:
                if i in seen_early:
                    seen_early.discard(i)
                    seen_delay.append(0.0)
                else:
                    acked[i] = done
            started = time.monotonic()
            try:
                status, answer = await connection.request("GET", pull_target, headers=auth)
            except (OSError, asyncio.IncompleteReadError):
                retries += 1
                status, answer = await connection.request("GET", pull_target, headers=auth)
            latencies.append(time.monotonic() - started)
            if status != 200:
                errors += 1
                continue
            pull_target = "/api/v1/sync/pull?cursor=" + from_json(answer)["cursor"]
            if think:
                await asyncio.sleep(think)
        await connection.close()

    async def observe() -> None:
        nonlocal cursor, errors
        connection = LeanConnection(host, int(port))
        auth = bearer(observer_token)
        while time.monotonic() < stop + 2:
            status, answer = await connection.request(
                "GET", f"/api/v1/sync/pull?limit=5000&cursor={cursor}", headers=auth
            )
            now = time.monotonic()
            if status != 200:
                errors += 1
                continue
            page = from_json(answer)
            cursor = page["cursor"]
            for change in page["changes"]:
                if change["id"] in acked:
                    seen_delay.append(max(0.0, now - acked.pop(change["id"])))
                else:
                    seen_early.add(change["id"])
            if not page["more"]:
                # Caught up: look again in 0.1 s (its resolution, against a 1 s target).
                # Every 20 ms, as before, its empty pulls alone cost the workers about
                # as much CPU as a fifth of the pushes' rows (docs/scaling.md).
                await asyncio.sleep(OBSERVER_WAIT)
        await connection.close()

    started = time.monotonic()
    meter.start()
    await asyncio.gather(observe(), *(client(i) for i in range(clients)))
    cpu = per_thousand(meter.stop(), rows)
    elapsed = min(time.monotonic() - started, seconds)
    return {
        "cpu": cpu,
        "clients": clients,
        "rows_per_s": rows / elapsed,
        "p50_ms": percentile(latencies, 50) * 1000,
        "p99_ms": percentile(latencies, 99) * 1000,
        "visible_p99_ms": percentile(seen_delay, 99) * 1000,
        "unseen": len(acked),
        "errors": errors,
        "retries": retries,
    }


def direct_limit(base_url: str, seconds: float, batch: int) -> tuple[float, dict[str, float]]:
    """The same contact rows (record + feed entry) written straight with psycopg.

    Returns rows/s and CPU ms per 1,000 rows of its PostgreSQL backend and of this
    process (the psycopg client).
    """
    with psycopg.connect(base_url) as connection:
        connection.execute(
            "CREATE TEMP TABLE bench_records (entity text, id text, doc jsonb, versions jsonb, row_version int, PRIMARY KEY (entity, id))"
        )
        connection.execute(
            "CREATE TEMP TABLE bench_log (seq bigserial PRIMARY KEY, entity text, record_id text, fields jsonb)"
        )
        backend = connection.execute("SELECT pg_backend_pid()").fetchone()[0]
        connection.commit()
        rows = 0
        stop = time.monotonic() + seconds
        started = time.monotonic()
        cpu_before = {"postgres": cpu_seconds(backend), "client": cpu_seconds(os.getpid())}
        while time.monotonic() < stop:
            items = [
                (
                    str(uuid.uuid4()),
                    json.dumps({"account_id": "a", "last_name": "Lee", "phone": "+1 555"}),
                )
                for _ in range(batch)
            ]
            with connection.cursor() as cursor:
                cursor.executemany(
                    "INSERT INTO bench_records VALUES ('contact', %s, %s, '{}', 1)", items
                )
                cursor.executemany(
                    "INSERT INTO bench_log (entity, record_id, fields) VALUES ('contact', %s, %s)",
                    items,
                )
            connection.commit()
            rows += batch
        elapsed = time.monotonic() - started
        cpu = {
            "postgres": cpu_seconds(backend) - cpu_before["postgres"],
            "client": cpu_seconds(os.getpid()) - cpu_before["client"],
        }
        return rows / elapsed, per_thousand(cpu, rows)


TARGETS = (
    ("no errors", "errors", lambda value: value == 0, "0"),
    ("row changes/s", "rows_per_s", lambda value: value >= 5000, ">= 5,000"),
    ("p99 request latency ms", "p99_ms", lambda value: value < 500, "< 500"),
    ("p99 write-to-visible ms", "visible_p99_ms", lambda value: value < 1000, "< 1,000"),
)


def verdict(result: dict[str, float]) -> list[str]:
    """The issue's targets, judged on one round (meant for 200 clients)."""
    lines = [f"targets at {result['clients']} clients (the issue's are for 200):"]
    for label, key, passes, limit in TARGETS:
        value = result[key]
        mark = "met" if passes(value) else "MISSED"
        lines.append(f"  {label:<26} {value:>10.1f}  limit {limit:<9} {mark}")
    return lines


def cpu_line(label: str, cpu: dict[str, float], reference: dict[str, float]) -> str:
    ratio = cpu["server"] / max(cpu["postgres"], 1e-9)
    return (
        f"  {label}: server workers {cpu['server']:.1f}, PostgreSQL {cpu['postgres']:.1f}, "
        f"load generator {cpu['load']:.1f}; server/PostgreSQL {ratio:.2f}x "
        f"(target <= 1.00x: {'met' if ratio <= 1.0 else 'MISSED'}); "
        f"psycopg alone: PostgreSQL {reference['postgres']:.1f}, client {reference['client']:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", default="1,10,50,200")
    parser.add_argument("--batch", type=int, default=250, help="rows per push")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--think",
        type=float,
        default=8.0,
        help="seconds each client waits between rounds (0: closed loop, maximum load)",
    )
    parser.add_argument(
        "--pull-clients", type=int, default=200, help="first syncs at once (0: no pull round)"
    )
    parser.add_argument("--pull-rows", type=int, default=5000, help="rows in each first sync")
    parser.add_argument("--page", type=int, default=2000, help="pull page (the client's)")
    parser.add_argument("--port", type=int, default=0, help="server port (0: a free one)")
    args = parser.parse_args()
    base_url = os.environ.get("FIELDSALES_BENCH_POSTGRES_URL") or os.environ.get(
        "FIELDSALES_TEST_POSTGRES_URL"
    )
    if not base_url:
        raise SystemExit(
            "set FIELDSALES_BENCH_POSTGRES_URL (e.g. postgresql://postgres@127.0.0.1:5432/test)"
        )
    counts = [int(c) for c in args.clients.split(",") if c.strip() and int(c)]
    load_before = os.getloadavg()[0]
    try:
        measure_all(args, base_url, counts, load_before)
    finally:
        drop_schema(base_url)


def measure_all(
    args: argparse.Namespace, base_url: str, counts: list[int], load_before: float
) -> None:
    url = prepare(base_url, max(counts, default=1))
    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(url, port, args.workers)
    pulled = None
    try:
        with psycopg.connect(base_url, autocommit=True) as watcher:
            results = [
                asyncio.run(
                    run_round(
                        base,
                        n,
                        args.seconds,
                        args.batch,
                        args.think,
                        meter_for(server.pid, watcher),
                    )
                )
                for n in counts
            ]
            if args.pull_clients:
                pull_round.seed(
                    url, clients=args.pull_clients, rows=args.pull_rows, password=PASSWORD
                )
                pulled = asyncio.run(
                    pull_round.run_pull_round(
                        base,
                        clients=args.pull_clients,
                        page=args.page,
                        login=login,
                        meter=meter_for(server.pid, watcher),
                    )
                )
    finally:
        server.terminate()
        server.wait()
    limit, limit_cpu = direct_limit(base_url, args.seconds, args.batch)
    if pulled is not None:
        read_rows, read_rate, read_cpu = pull_round.direct_reads(
            url, clients=args.pull_clients, page=args.page
        )
    load_after = os.getloadavg()[0]
    print(
        f"\nload average (1 min) {load_before:.2f} before, {load_after:.2f} after; "
        "the load generator (lean: raw keep-alive connections, pre-encoded bodies) "
        "runs on the same cores"
    )
    print(
        f"batch {args.batch} rows, {args.seconds:.0f} s per round, think {args.think} s, {args.workers} server workers, {os.cpu_count()} cores; "
        f"the observer polls every {OBSERVER_WAIT} s once caught up"
    )
    print(
        f"{'clients':>7} {'rows/s':>9} {'psycopg limit':>14} {'p50 ms':>8} {'p99 ms':>8} {'visible p99 ms':>15} {'unseen':>7} {'errors':>7} {'retries':>8}"
    )
    for r in results:
        print(
            f"{r['clients']:>7} {r['rows_per_s']:>9.0f} {limit:>14.0f} {r['p50_ms']:>8.1f} {r['p99_ms']:>8.1f} "
            f"{r['visible_p99_ms']:>15.1f} {r['unseen']:>7} {r['errors']:>7} {r['retries']:>8}"
        )
    print("CPU ms per 1,000 row changes pushed (from /proc, over each round):")
    for r in results:
        print(cpu_line(f"{r['clients']:>3} clients", r["cpu"], limit_cpu))
    if pulled is not None:
        cpu = per_thousand(pulled["cpu_seconds"], pulled["rows"])
        print(
            f"pull round: {pulled['clients']} first syncs of {args.pull_rows} rows at once, "
            f"{args.page}-row pages: {pulled['rows']} rows in {pulled['seconds']:.1f} s, "
            f"{pulled['rows_per_s']:.0f} rows/s served; page p50 {pulled['page_p50_ms']:.0f} ms, "
            f"p99 {pulled['page_p99_ms']:.0f} ms; one client alone {pulled['solo_rows_per_s']:.0f} rows/s "
            f"(needs >= 20,000); psycopg read the same {read_rows} rows at {read_rate:.0f} rows/s"
        )
        print("CPU ms per 1,000 rows pulled:")
        print(cpu_line("pull round", cpu, per_thousand(read_cpu, read_rows)))
    if results:
        for line in verdict(results[-1]):
            print(line)


if __name__ == "__main__":
    main()
