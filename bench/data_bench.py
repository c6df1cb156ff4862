"""Demo generation and CSV import/export at scale.

Run: ``.venv/bin/python bench/data_bench.py [--accounts 100000]``

1. ``fill_demo`` with N accounts into an encrypted workspace (target: under two
   minutes for 100k accounts, issue 3).
2. Export accounts and contacts, then import them into a fresh workspace.
3. The floor for each import, measured in the same run: the same rows inserted
   into another fresh workspace with no parsing, checking or lookups (only
   ``bulk_insert`` and the schema's own triggers). An import may cost at most 3×
   its floor: checking every cell is worth something, re-querying per row is not.

CPU seconds are shown beside wall time because the build machine is shared; on a
busy machine wall time says more about the neighbours than about this code.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.models import Account, Contact  # noqa: E402
from app.models.base import new_id, utc_now  # noqa: E402
from app.services.bulk import bulk_insert  # noqa: E402
from app.services.csv_export import export_csv  # noqa: E402
from app.services.csv_import import import_csv  # noqa: E402
from app.services.demo import fill_demo  # noqa: E402
from app.workspace import KdfParams, Workspace  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def timed(work: Callable[[], object]) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def new_workspace(root: Path, name: str) -> Workspace:
    return Workspace.create(root / name, PASSPHRASE, kdf=KdfParams.for_tests())


def floor_insert(workspace: Workspace, accounts_csv: Path, contacts_csv: Path) -> dict:
    """Insert the exported rows as they are: no checks, no lookups, one dict per row."""
    now = utc_now()
    bookkeeping = {"created_at": now, "updated_at": now, "deleted": False, "row_version": 1}
    with open(accounts_csv, encoding="utf-8", newline="") as stream:
        accounts = [
            {"id": new_id(), **bookkeeping, "account_number": row["account_number"],
             "name": row["name"], "billing_city": row["billing_city"], "tags": [],
             "type": row["type"], "status": row["status"], "currency": row["currency"],
             "credit_limit": row["credit_limit"], "open_balance": row["open_balance"]}
            for row in csv.DictReader(stream)
        ]  # fmt: skip
    ids = {row["account_number"]: row["id"] for row in accounts}
    with open(contacts_csv, encoding="utf-8", newline="") as stream:
        contacts = [
            {"id": new_id(), **bookkeeping, "account_id": ids[row["account_number"]],
             "first_name": row["first_name"], "last_name": row["last_name"],
             "email": row["email"], "marketing_consent": row["marketing_consent"] == "true"}
            for row in csv.DictReader(stream)
        ]  # fmt: skip
    seconds = {}
    for table, rows in ((Account.__table__, accounts), (Contact.__table__, contacts)):
        with workspace.transaction() as session:

            def insert() -> None:
                # As the import does: statistics after a first batch keep the search
                # triggers on the account_id index (see csv_upsert.Upsert.write).
                bulk_insert(session, table, rows[:1000])  # noqa: B023
                session.execute(text(f"ANALYZE {table.name}"))  # noqa: B023
                bulk_insert(session, table, rows[1000:])  # noqa: B023

            _, seconds[table.name], _ = timed(insert)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="fieldsales-data-bench-"))
    rows: list[tuple[str, str, float, float, str]] = []
    try:
        source = new_workspace(root, "source")
        with source.transaction() as session:
            counts, wall, cpu = timed(
                lambda: fill_demo(session, accounts=args.accounts, device_prefix="BENCH")
            )
        total = sum(counts.values())  # type: ignore[union-attr]
        rows.append(
            ("demo", f"{total:,} rows", wall, cpu, f"< 120 s {'ok' if wall < 120 else 'SLOW'}")
        )

        files = {}
        for kind in ("accounts", "contacts"):
            files[kind] = root / f"{kind}.csv"
            with source.session() as session:
                count, wall, cpu = timed(lambda: export_csv(session, kind, files[kind]))  # noqa: B023
            rows.append((f"export {kind}", f"{count:,} rows", wall, cpu, ""))
        source.close()

        floor = floor_insert(new_workspace(root, "floor"), files["accounts"], files["contacts"])
        target = new_workspace(root, "target")
        for kind, table in (("accounts", "account"), ("contacts", "contact")):
            with target.transaction() as session:
                report, wall, cpu = timed(lambda: import_csv(session, kind, files[kind]))  # noqa: B023
            limit = 3 * floor[table]
            verdict = "ok" if wall <= limit else "SLOW"
            rows.append(
                (f"import {kind}", f"{report.created:,} created", wall, cpu,  # type: ignore[union-attr]
                 f"< {limit:.1f} s (3 × floor {floor[table]:.1f} s) {verdict}")
            )  # fmt: skip
        target.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)

    print(f"\n{'step':<18} {'size':>18} {'wall s':>8} {'cpu s':>8}  limit")
    for step, size, wall, cpu, limit in rows:
        print(f"{step:<18} {size:>18} {wall:>8.1f} {cpu:>8.1f}  {limit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
