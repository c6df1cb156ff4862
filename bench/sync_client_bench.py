"""The sync client: a territory's first sync, and small syncs after it, beside their limits.

    python bench/sync_client_bench.py [--accounts 20000] [--page-size N] [--profile]

A server on PostgreSQL (FIELDSALES_BENCH_POSTGRES_URL, default the local ``test``
database, in a schema of its own that is dropped afterwards) holds one territory
with N accounts, 2N contacts, 5N visits each with its report and N orders (280k
records by default), written through the server's own push code so the feed is
the real one. A client process (the real ``SyncEngine``, the real transport, a
real server process on loopback) connects an empty encrypted workspace as the
territory's rep and runs:

* the first sync, timed, while a thread samples the process's RSS;
* an incremental sync that pulls 10 records another user added on the server;
* an incremental sync that pushes 10 changes typed here.

The limit beside each is measured in the same run: the same feed rows read from
PostgreSQL with psycopg and written straight into a fresh encrypted workspace
(each record's row and its versions, with the same schema, indexes and search
triggers), in transactions as large as a pull page. Targets (issue 10): first
sync at least 20,000 records/s and within 3x the limit; client memory under
300 MB during it; an incremental sync of 10 changes under 300 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

os.environ.setdefault("FIELDSALES_ARGON2_PROFILE", "test")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSWORD = "bench password 1"
PASSPHRASE = "bench passphrase"
BATCH = 1000
RECORDS_PER_S = 20_000
LIMIT_FACTOR = 3.0
MEMORY_MB = 300.0
INCREMENTAL_MS = 300.0
CHANGES = 10


# -- the server's data -----------------------------------------------------------------


def territory_changes(territory: str, accounts: int) -> list[Any]:
    from protocol.messages import Change

    start = datetime(2026, 1, 5, 8, tzinfo=UTC)
    cities = ("Berlin", "Hamburg", "Dubai", "Köln", "Riyadh", "Kazan")
    changes: list[Change] = []
    for number in range(accounts):
        account = str(uuid.uuid4())
        changes.append(
            Change(
                entity="account",
                id=account,
                fields={
                    "account_number": f"A-{number:06d}",
                    "name": f"Kunde {number} Handel GmbH",
                    "territory_id": territory,
                    "billing_street": f"Hauptstraße {number % 200}",
                    "billing_city": cities[number % len(cities)],
                    "billing_country": "DE",
                    "phone": f"+49 30 {number:07d}",
                    "type": "customer",
                    "currency": "EUR",
                    "credit_limit": "25000.00",
                    "tags": ["key-account"] if number % 7 == 0 else [],
                },
            )
        )
        contacts = [str(uuid.uuid4()) for _ in range(2)]
        for index, contact in enumerate(contacts):
            changes.append(
                Change(
                    entity="contact",
                    id=contact,
                    fields={
                        "account_id": account,
                        "first_name": ("Anna", "Omar")[index],
                        "last_name": f"Person {number}",
                        "email": f"p{number}.{index}@example.com",
                        "phone": f"+49 171 {number:07d}",
                    },
                )
            )
        for index in range(5):
            visit = str(uuid.uuid4())
            planned = start + timedelta(days=(number + index * 37) % 300, hours=index)
            changes.append(
                Change(
                    entity="visit",
                    id=visit,
                    fields={
                        "account_id": account,
                        "contact_ids": [contacts[index % 2]],
                        "planned_start": planned.isoformat(),
                        "planned_end": (planned + timedelta(hours=1)).isoformat(),
                        "status": "completed",
                        "checked_in_at": planned.isoformat(),
                        "checked_out_at": (planned + timedelta(minutes=50)).isoformat(),
                        "purpose": "Quarterly review of the range and next season's order",
                    },
                )
            )
            changes.append(
                Change(
                    entity="visit_report",
                    id=str(uuid.uuid4()),
                    fields={
                        "visit_id": visit,
                        "summary": "Met the buyer; shelf space agreed, new line listed in "
                        "two stores, price list for next quarter discussed.",
                        "outcome": "positive",
                        "next_steps": "Send the quote by Friday.",
                        "submitted": False,
                    },
                )
            )
        changes.append(
            Change(
                entity="order",
                id=str(uuid.uuid4()),
                fields={
                    "number": f"O-{number:07d}",
                    "account_id": account,
                    "contact_id": contacts[0],
                    "currency": "EUR",
                    "order_date": (start + timedelta(days=number % 300)).date().isoformat(),
                    "status": "draft",
                    "notes": "Delivery to the back entrance",
                },
            )
        )
    return changes


def seed(url: str, accounts: int) -> tuple[int, str]:
    """The server's schema, users and territory data; the record count and territory id."""
    from protocol.messages import PushRequest
    from server.db import make_engine, make_sessionmaker, transaction
    from server.directory import create_territory, create_user
    from server.migrate import upgrade
    from server.models import User
    from server.push import push
    from server.scope import viewer_for

    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with transaction(sessions) as session:
        admin = create_user(session, username="admin", password=PASSWORD, role="admin")
        territory = create_territory(session, name="North").id
        create_user(session, username="anna", password=PASSWORD, role="rep", territories=["North"])
        admin_id = admin.id
    changes = territory_changes(territory, accounts)
    for start in range(0, len(changes), BATCH):
        with transaction(sessions) as session:
            viewer = viewer_for(session, session.get(User, admin_id))
            push(
                session,
                viewer,
                PushRequest(
                    idempotency_key=str(uuid.uuid4()), changes=changes[start : start + BATCH]
                ),
            )
    engine.dispose()
    return len(changes), territory


# -- the client (a process of its own, so its memory is its own) ---------------------


class PeakRss:
    """Samples this process's resident set every few milliseconds."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @staticmethod
    def current_kb() -> int:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, self.current_kb())
            self._stop.wait(0.02)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak_kb = max(self.peak_kb, self.current_kb())


def admin_creates(server: str, account_ids: list[str]) -> None:
    """Another user (the admin) adds a contact to each of these accounts on the server."""
    import httpx

    login = httpx.post(
        f"{server}/api/v1/auth/login",
        json={"username": "admin", "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    login.raise_for_status()
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    answer = httpx.post(
        f"{server}/api/v1/sync/push",
        json={
            "idempotency_key": str(uuid.uuid4()),
            "changes": [
                {
                    "entity": "contact",
                    "id": str(uuid.uuid4()),
                    "fields": {"account_id": account, "last_name": f"New {number}"},
                }
                for number, account in enumerate(account_ids)
            ],
        },
        headers=headers,
    )
    answer.raise_for_status()


@contextmanager
def _profiled(path: str | None) -> Iterator[None]:
    """pyinstrument's text report of the block into ``path`` (nothing when None)."""
    if not path:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        Path(path).write_text(profiler.output_text(unicode=True, color=False))


def run_client(server: str, page_size: int | None, profile: str | None) -> dict[str, Any]:
    from sqlalchemy import select

    from app.models import Account
    from app.sync.engine import SyncEngine
    from app.workspace import KdfParams, Workspace

    folder = Path(tempfile.mkdtemp(prefix="fs-client-bench-"))
    workspace = Workspace.create(folder / "ws", PASSPHRASE, kdf=KdfParams.for_tests())
    options = {} if page_size is None else {"page_size": page_size}
    engine = SyncEngine(workspace, **options)
    engine.connect(server_url=server, username="anna", password=PASSWORD, allow_insecure_http=True)
    rss_before = PeakRss.current_kb()
    with _profiled(profile), PeakRss() as memory:
        began = time.perf_counter()
        first = engine.sync()
        first_seconds = time.perf_counter() - began
    with workspace.session() as session:
        ids = list(session.scalars(select(Account.id).order_by(Account.id).limit(2 * CHANGES)))
    admin_creates(server, ids[:CHANGES])
    began = time.perf_counter()
    with _profiled(profile and f"{profile}.pull"):
        pulled = engine.sync()
    pull_seconds = time.perf_counter() - began
    with workspace.transaction() as session:
        for number, account in enumerate(
            session.scalars(select(Account).where(Account.id.in_(ids[CHANGES:])))
        ):
            account.notes = f"Visited again, note {number} ({uuid.uuid4().hex[:8]})"
    began = time.perf_counter()
    with _profiled(profile and f"{profile}.push"):
        pushed = engine.sync()
    push_seconds = time.perf_counter() - began
    workspace.close()
    shutil.rmtree(folder, ignore_errors=True)  # a few hundred MB per run
    return {
        "first_seconds": first_seconds,
        "first_pulled": first.pulled,
        "first_pending": first.pending,
        "rss_before_mb": rss_before / 1024,
        "rss_peak_mb": memory.peak_kb / 1024,
        "pull_ms": pull_seconds * 1000,
        "pull_pulled": pulled.pulled,
        "push_ms": push_seconds * 1000,
        "push_pushed": pushed.pushed,
    }


# -- the limit: the same rows straight from PostgreSQL into SQLCipher ---------------


def direct_limit(url: str, territory: str, *, page: int, last: int | None = None) -> float:
    """Seconds to read the territory's feed rows with psycopg and store them directly.

    ``last`` reads only the newest ``last`` entries (the incremental case).
    """
    import psycopg

    from app.workspace import KdfParams, Workspace

    folder = Path(tempfile.mkdtemp(prefix="fs-limit-bench-"))
    workspace = Workspace.create(folder / "ws", PASSPHRASE, kdf=KdfParams.for_tests())
    columns: dict[str, list[str]] = {}
    blank: dict[str, dict[str, Any]] = {}  # what an absent NOT NULL field is stored as
    with workspace.engine.connect() as connection:
        for entity in _entities():
            info = connection.exec_driver_sql(f'PRAGMA table_info("{entity}")').all()
            columns[entity] = [row[1] for row in info]
            blank[entity] = _blanks(entity, connection.dialect)
    raw = workspace.engine.raw_connection()
    database = raw.driver_connection
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    began = time.perf_counter()
    query = (
        "SELECT entity, record_id, fields::text, versions::text FROM change_log "
        "WHERE territory_id = %s ORDER BY seq"
    )
    if last is not None:
        query = (
            "SELECT * FROM (SELECT entity, record_id, fields::text, versions::text, seq "
            "FROM change_log WHERE territory_id = %s ORDER BY seq DESC LIMIT "
            f"{int(last)}) newest ORDER BY seq"
        )
    with psycopg.connect(_plain_url(url)) as pg, pg.cursor(name="feed") as cursor:
        cursor.itersize = page
        cursor.execute(query, (territory,))
        while rows := cursor.fetchmany(page):
            database.execute("PRAGMA foreign_keys = OFF")  # as the client applies pages
            database.execute("BEGIN")
            database.execute("INSERT INTO sync_applying (token) VALUES (1)")
            grouped: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
            versions = []
            for entity, record_id, fields_text, versions_text, *_ in rows:
                fields = json.loads(fields_text)
                names = columns[entity]
                defaults = blank[entity]
                grouped[entity].append(
                    tuple(
                        record_id
                        if name == "id"
                        else now
                        if name in ("created_at", "updated_at")
                        else 0
                        if name == "deleted"
                        else 1
                        if name == "row_version"
                        else _stored(fields.get(name, defaults.get(name)))
                        for name in names
                    )
                )
                versions.append((entity, record_id, versions_text))
            for entity, values in grouped.items():
                names = columns[entity]
                database.executemany(
                    f'INSERT OR REPLACE INTO "{entity}" ({", ".join(f"{n!r}" for n in names)}) '
                    f"VALUES ({', '.join('?' for _ in names)})",
                    values,
                )
            database.executemany(
                "INSERT OR REPLACE INTO sync_record (entity, record_id, versions) VALUES (?, ?, ?)",
                versions,
            )
            database.execute("DELETE FROM sync_applying")
            database.execute("COMMIT")
    seconds = time.perf_counter() - began
    raw.close()
    workspace.close()
    shutil.rmtree(folder, ignore_errors=True)
    return seconds


def _blanks(entity: str, dialect: Any) -> dict[str, Any]:
    from app.models import SYNCED_MODELS
    from app.sync.columns import ColumnPlan
    from protocol.entities import ENTITY_FIELDS

    plan = ColumnPlan(
        SYNCED_MODELS[entity].__table__, ENTITY_FIELDS[entity], dialect, datetime.now(UTC)
    )
    return {name: column.if_null for name, column in plan.columns.items()}


def _stored(value: Any) -> Any:
    return json.dumps(value) if isinstance(value, list | dict) else value


def _entities() -> list[str]:
    from protocol.entities import ENTITY_FIELDS

    return list(ENTITY_FIELDS)


def _plain_url(url: str) -> str:
    # psycopg takes the schema in the same ``options`` query parameter.
    return url.replace("postgresql+psycopg://", "postgresql://")


# -- the run -----------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--page-size", type=int, default=None, help="the client's default")
    parser.add_argument("--profile", metavar="FILE", help="pyinstrument text of the first sync")
    parser.add_argument("--keep-schema", metavar="NAME", help="reuse (seed once) and keep it")
    parser.add_argument("--client", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.client:
        print(json.dumps(run_client(args.client, args.page_size, args.profile)))
        return 0

    from tests.server.conftest import drop_schema, postgres_schema_url
    from tests.server.server_helpers import live_server

    base = os.environ.get(
        "FIELDSALES_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
    )
    schema = args.keep_schema or f"fs_client_bench_{os.getpid()}"
    if args.keep_schema:
        separator = "&" if "?" in base else "?"
        url = f"{base}{separator}options={quote(f'-csearch_path={schema}')}"
        _ensure_schema(base, schema)
    else:
        url = postgres_schema_url(base, schema)
    try:
        records, territory = _seeded(url, args.accounts, reuse=bool(args.keep_schema))
        load_before = os.getloadavg()[0]
        with live_server(url, FIELDSALES_ARGON2_PROFILE="test") as server:
            command = [sys.executable, __file__, "--client", server]
            if args.page_size:
                command += ["--page-size", str(args.page_size)]
            if args.profile:
                command += ["--profile", args.profile]
            output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
            client = json.loads(output.stdout.strip().splitlines()[-1])
            print(f"client: {json.dumps(client)}", flush=True)
        limit_first = direct_limit(url, territory, page=args.page_size or _default_page())
        limit_small = direct_limit(url, territory, page=CHANGES, last=CHANGES)
        load_after = os.getloadavg()[0]
    finally:
        if not args.keep_schema:
            drop_schema(base, schema)
    return report(client, records, limit_first, limit_small, load_before, load_after)


def _ensure_schema(base: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')


def _default_page() -> int:
    from app.sync.engine import PAGE_SIZE

    return PAGE_SIZE


def _seeded(url: str, accounts: int, *, reuse: bool) -> tuple[int, str]:
    import psycopg

    if reuse:
        try:
            with psycopg.connect(_plain_url(url)) as pg:
                count, territory = pg.execute(
                    "SELECT count(*), min(territory_id) FROM records WHERE territory_id IS NOT NULL"
                ).fetchone()
            if count:
                print(f"reusing {count:,} seeded records")
                return count, territory
        except psycopg.Error:
            pass
    began = time.perf_counter()
    records, territory = seed(url, accounts)
    print(
        f"seeded {records:,} records through the server's push in "
        f"{time.perf_counter() - began:.0f} s"
    )
    return records, territory


def report(
    client: dict[str, Any],
    records: int,
    limit_first: float,
    limit_small: float,
    load_before: float,
    load_after: float,
) -> int:
    first = client["first_seconds"]
    rate = client["first_pulled"] / first
    rows = [
        ("first sync, records/s", rate, RECORDS_PER_S, rate >= RECORDS_PER_S, ">="),
        (
            "first sync, s (limit: psycopg -> SQLCipher x3)",
            first,
            limit_first * LIMIT_FACTOR,
            first <= limit_first * LIMIT_FACTOR,
            "<=",
        ),
        (
            "client peak RSS during it, MB",
            client["rss_peak_mb"],
            MEMORY_MB,
            client["rss_peak_mb"] < MEMORY_MB,
            "<",
        ),
        (
            f"incremental sync pulling {CHANGES} changes, ms",
            client["pull_ms"],
            INCREMENTAL_MS,
            client["pull_ms"] < INCREMENTAL_MS,
            "<",
        ),
        (
            f"incremental sync pushing {CHANGES} changes, ms",
            client["push_ms"],
            INCREMENTAL_MS,
            client["push_ms"] < INCREMENTAL_MS,
            "<",
        ),
    ]
    print(
        f"\nfirst sync: {client['first_pulled']:,} of {records:,} records pulled in {first:.1f} s; "
        f"the limit (psycopg -> SQLCipher directly) {limit_first:.1f} s "
        f"= {records / limit_first:,.0f} records/s"
    )
    print(
        f"incremental: pulled {client['pull_pulled']}, pushed {client['push_pushed']}; the "
        f"limit for {CHANGES} rows directly {limit_small * 1000:.1f} ms"
    )
    print(
        f"client RSS {client['rss_before_mb']:.0f} MB before the sync; load average (1 min) "
        f"{load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} cores shared "
        "with other work (server, PostgreSQL and client on the same machine)\n"
    )
    print(f"{'measure':50} {'ours':>10} {'limit':>12}  verdict")
    for name, ours, limit, met, sign in rows:
        print(f"{name:50} {ours:10,.1f} {sign:>2} {limit:9,.1f}  {'met' if met else 'MISSED'}")
    complete = client["first_pulled"] >= records and client["first_pending"] == 0
    if not complete:
        print("the first sync did not bring every record: the figures mean nothing")
    return 0 if complete and all(row[3] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
