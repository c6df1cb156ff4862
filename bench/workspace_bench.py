"""Encrypted workspace vs plain SQLite on the same schema and the same 100k accounts.

Run: ``.venv/bin/python bench/workspace_bench.py [--accounts 100000]``

Three databases get the same Alembic schema, the same connection settings (WAL,
synchronous=FULL, 64 MiB page cache) and the same rows:

* encrypted: the workspace as a rep has it (SQLCipher, raw key);
* plain: the same SQLite library (the one inside sqlcipher3) with no key, so the
  ratio measures what encryption costs and nothing else;
* stdlib: Python's own sqlite3 module, an older SQLite build, for reference. Each query is timed as the median of several runs after a
warm-up, as a rep types into the search box many times in a row.

Targets (issue 3): encrypted/plain ratio at most 1.3 for every operation; any search
over 100k accounts under 50 ms; opening the workspace (one Argon2id derivation plus
the database) under 1 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine, insert, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

import app.workspace.database as database_module  # noqa: E402
from app.models import Account, Contact, Visit  # noqa: E402
from app.services.search import search_account_ids  # noqa: E402
from app.workspace import Workspace  # noqa: E402
from app.workspace.database import (  # noqa: E402
    create_plain_engine,
)
from app.workspace.migrations import upgrade_to_head  # noqa: E402

PASSPHRASE = "benchmark passphrase"
FIRST = ["Anna", "Omar", "Olga", "Reza", "Lena", "Karim", "Ivan", "Sara", "Yusuf", "Maria"]
LAST = ["Müller", "Haddad", "Petrova", "Karimi", "Schmidt", "Nasser", "Ivanov", "Rahimi"]
WORDS = [
    "Baustoffe",
    "Trading",
    "Logistics",
    "Holding",
    "Supplies",
    "Industrial",
    "Tech",
    "Foods",
    "Medical",
    "Energy",
    "Retail",
    "Partners",
    "الخليج",
    "تجارة",
    "Торг",
    "صنعت",
]
CITIES = ["Köln", "Dubai", "Moscow", "Tehran", "Riyadh", "Berlin", "Kazan", "Shiraz", "Doha"]
TAGS = ["vip", "steel", "export", "key-account", "new", "distributor", "retail", "gov"]


def make_rows(count: int, seed: int = 7) -> tuple[list[dict], list[dict], list[dict]]:
    rng = random.Random(seed)
    accounts, contacts, visits = [], [], []
    start = datetime(2026, 1, 1, 8, tzinfo=UTC)
    for index in range(count):
        account_id = f"00000000-0000-4000-8000-{index:012d}"
        accounts.append(
            {
                "id": account_id,
                "account_number": f"A-{index:07d}",
                "name": f"{rng.choice(LAST)} {rng.choice(WORDS)} {rng.choice(WORDS)} {index}",
                "type": rng.choice(["lead", "prospect", "customer"]),
                "billing_city": rng.choice(CITIES),
                "tags": rng.sample(TAGS, 2),
                "currency": "EUR",
            }
        )
        for number in range(2):
            contacts.append(
                {
                    "id": f"00000000-0000-4000-9000-{index * 2 + number:012d}",
                    "account_id": account_id,
                    "first_name": rng.choice(FIRST),
                    "last_name": rng.choice(LAST),
                }
            )
        planned = start + timedelta(hours=rng.randrange(0, 24 * 300))
        visits.append(
            {
                "id": f"00000000-0000-4000-a000-{index:012d}",
                "account_id": account_id,
                "planned_start": planned,
                "planned_end": planned + timedelta(hours=1),
                "status": "planned",
            }
        )
    return accounts, contacts, visits


def bulk_insert(engine: Engine, rows: tuple[list[dict], list[dict], list[dict]]) -> None:
    accounts, contacts, visits = rows
    with Session(engine) as session, session.begin():
        for model, batch in ((Account, accounts), (Contact, contacts), (Visit, visits)):
            for offset in range(0, len(batch), 5000):
                session.execute(insert(model), batch[offset : offset + 5000])


def median_ms(action: Callable[[], object], repeat: int = 15) -> float:
    action()  # warm the page cache, as a second keystroke would find it
    timings = []
    for _ in range(repeat):
        began = time.perf_counter()
        action()
        timings.append((time.perf_counter() - began) * 1000)
    return statistics.median(timings)


def queries(engine: Engine) -> dict[str, Callable[[], object]]:
    def name_prefix() -> list:
        with Session(engine) as session:
            # A range on the name index: what type-to-filter asks for.
            return session.scalars(
                select(Account.id)
                .where(Account.name >= "Haddad Tr", Account.name < "Haddad Ts")
                .order_by(Account.name)
                .limit(50)
            ).all()

    def full_text() -> list:
        with Session(engine) as session:
            return search_account_ids(session, "dubai vip", limit=50)

    def first_page() -> list:
        with Session(engine) as session:
            return session.execute(
                select(Account.id, Account.name, Account.billing_city, Account.type)
                .where(Account.deleted.is_(False))
                .order_by(Account.name)
                .limit(100)
            ).all()

    return {
        "name-prefix search": name_prefix,
        "full-text search": full_text,
        "first page by name": first_page,
    }


def same_library_plain_engine(path: Path) -> Engine:
    """SQLCipher's SQLite with no key: identical code paths minus the encryption."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlcipher3.connect(str(path), check_same_thread=False),
        poolclass=QueuePool,
    )
    database_module._apply_pragmas_on_connect(engine)
    return engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    args = parser.parse_args()
    rows = make_rows(args.accounts)
    folder = Path(tempfile.mkdtemp(prefix="fieldsales-bench-"))
    try:
        results: dict[str, dict[str, float]] = {}
        workspace = Workspace.create(folder / "encrypted", PASSPHRASE)
        engines = {"encrypted": workspace.engine}
        for label, factory in (
            ("plain", same_library_plain_engine),
            ("stdlib", create_plain_engine),
        ):
            path = folder / f"{label}.db"
            engines[label] = factory(path)
            upgrade_to_head(engines[label], database_path=path, backups_dir=folder / "b")

        for label, engine in engines.items():
            began = time.perf_counter()
            bulk_insert(engine, rows)
            results.setdefault("bulk insert (accounts+contacts+visits)", {})[label] = (
                time.perf_counter() - began
            ) * 1000
            for name, action in queries(engine).items():
                results.setdefault(name, {})[label] = median_ms(action)
            with engine.connect() as connection:
                matches = connection.execute(
                    text("SELECT count(*) FROM account_search WHERE account_search MATCH 'dubai*'")
                ).scalar()
            assert matches, "full-text index is empty"
        workspace.close()
        for label in ("plain", "stdlib"):
            engines[label].dispose()

        began = time.perf_counter()
        reopened = Workspace.open(folder / "encrypted", PASSPHRASE)
        open_ms = (time.perf_counter() - began) * 1000
        reopened.close()
        print_table(args.accounts, results, open_ms)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def print_table(accounts: int, results: dict[str, dict[str, float]], open_ms: float) -> None:
    print(
        f"\nWorkspace benchmark: {accounts:,} accounts, {2 * accounts:,} contacts, "
        f"{accounts:,} visits (medians in ms; ratio = encrypted / plain)\n"
    )
    header = (
        f"| {'operation':<38} | {'encrypted':>9} | {'plain':>8} | {'stdlib':>8} "
        f"| {'ratio':>5} | {'limit':<22} | ok  |"
    )
    print(header)
    print("|" + "|".join("-" * len(cell) for cell in header.split("|")[1:-1]) + "|")
    for name, timing in results.items():
        ratio = timing["encrypted"] / timing["plain"]
        is_search = "search" in name
        limit = "ratio <= 1.3" + (", < 50 ms" if is_search else "")
        ok = ratio <= 1.3 and (not is_search or timing["encrypted"] < 50)
        print(
            f"| {name:<38} | {timing['encrypted']:>9.1f} | {timing['plain']:>8.1f} "
            f"| {timing['stdlib']:>8.1f} | {ratio:>5.2f} | {limit:<22} | {'yes' if ok else 'NO':<3} |"
        )
    print(
        f"| {'open workspace (Argon2id + database)':<38} | {open_ms:>9.1f} | {'-':>8} | {'-':>8} "
        f"| {'-':>5} | {'< 1000 ms':<22} | {'yes' if open_ms < 1000 else 'NO':<3} |"
    )


if __name__ == "__main__":
    main()
