"""Desktop benchmark: start-up and type-to-filter over a 100k-account workspace.

    python bench/desktop_bench.py [--accounts 100000] [--keep DIR]

Builds (once per run, in a temporary folder) an encrypted workspace with N
accounts and one contact each, then measures, offscreen:

* start-up: unlock (one real Argon2id derivation) → main window → Accounts page
  showing its first rows;
* each keystroke of a search typed into the Accounts page (the filter the page
  runs once typing pauses, plus the matching count);
* peak resident memory of the process.

Targets from the issue: start-up < 2 s, each keystroke < 100 ms, memory < 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from faker import Faker  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from app.models import Account, Contact  # noqa: E402
from app.preset import Preset  # noqa: E402

PASSPHRASE = "benchmark passphrase"
QUERIES = ("ha", "har", "harb", "harbo", "dub", "dubai", "m", "mo", "moh", "moha")
BATCH = 5000


def build_workspace(data_dir: Path, accounts: int) -> float:
    from app.workspace import Workspace

    fake = Faker(["en_US", "ar_AA", "ru_RU"])
    Faker.seed(7)
    random.seed(7)
    cities = [fake.city() for _ in range(400)] + ["Dubai", "Harbour City", "Muscat"]
    started = time.perf_counter()
    now = datetime.now(UTC)
    with Workspace.create(data_dir, PASSPHRASE) as workspace:
        for start in range(0, accounts, BATCH):
            rows, contacts = [], []
            for number in range(start, min(start + BATCH, accounts)):
                account_id = str(uuid.uuid4())
                rows.append(
                    {
                        "id": account_id,
                        "account_number": f"C-{number:07d}",
                        "name": fake.company(),
                        "type": random.choice(("lead", "prospect", "customer")),
                        "status": "active",
                        "tags": random.sample(["retail", "hotel", "hospital", "vip", "export"], 2),
                        "billing_city": random.choice(cities),
                        "billing_country": random.choice(("AE", "IR", "RU", "OM")),
                        "phone": fake.phone_number()[:40],
                        "credit_limit": random.randrange(0, 500_000),
                        "open_balance": 0,
                        "currency": "AED",
                        "created_at": now,
                        "updated_at": now,
                        "deleted": False,
                        "row_version": 1,
                    }
                )
                contacts.append(
                    {
                        "id": str(uuid.uuid4()),
                        "account_id": account_id,
                        "first_name": fake.first_name(),
                        "last_name": fake.last_name(),
                        "marketing_consent": False,
                        "created_at": now,
                        "updated_at": now,
                        "deleted": False,
                        "row_version": 1,
                    }
                )
            with workspace.transaction() as session:
                session.execute(insert(Account), rows)
                session.execute(insert(Contact), contacts)
    return time.perf_counter() - started


def measure(data_dir: Path) -> dict[str, object]:
    from app.views.app_main import DesktopController, create_application
    from app.views.settings.preferences import Preferences

    app = create_application([sys.argv[0]])
    settings_dir = tempfile.mkdtemp()
    preferences = Preferences(
        QSettings(str(Path(settings_dir) / "bench.ini"), QSettings.Format.IniFormat),
        preset=Preset(),
    )
    controller = DesktopController(app, data_dir=data_dir, preferences=preferences)

    started = time.perf_counter()
    controller.start()
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    while controller.main_window is None:
        app.processEvents()
        time.sleep(0.001)
    window = controller.main_window
    unlocked = time.perf_counter() - started
    page = window.show_page("accounts")
    app.processEvents()
    startup = time.perf_counter() - started
    assert page.model.rowCount() > 0, "the accounts list is empty"

    keystrokes = []
    for query in QUERIES:
        page.search_field.blockSignals(True)  # time the filter itself, not the typing pause
        page.search_field.setText(query)
        page.search_field.blockSignals(False)
        began = time.perf_counter()
        page.apply_filter()
        app.processEvents()
        keystrokes.append((query, time.perf_counter() - began, page.model.matching_count()))

    page.search_field.setText("")
    page.apply_filter()
    app.processEvents()
    began = time.perf_counter()
    page.table.sortByColumn(2, page.table.horizontalHeader().sortIndicatorOrder())  # city
    app.processEvents()
    sort_time = time.perf_counter() - began

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    steady_mb = current_rss_mb()
    controller.shutdown()
    QApplication.processEvents()
    return {
        "startup": startup,
        "unlocked": unlocked,
        "keystrokes": keystrokes,
        "sort": sort_time,
        "memory_mb": peak_kib / 1024,
        "steady_mb": steady_mb,
    }


def current_rss_mb() -> float:
    """Resident memory now (Linux); the peak also holds Argon2id's 128 MiB scratch."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse or keep the workspace in this folder")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure:
        result = measure(args.measure)
        sys.stdout.write("RESULT " + json.dumps(result) + "\n")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.keep or Path(tmp) / "workspace"
        if (data_dir / "workspace.key").exists():
            print(f"reusing the workspace in {data_dir}")
        else:
            seconds = build_workspace(data_dir, args.accounts)
            print(f"built {args.accounts:,} accounts with contacts in {seconds:.1f} s")
        # A fresh process, so start-up and peak memory are the app's alone, not the builder's.
        child = subprocess.run(
            [sys.executable, __file__, "--measure", str(data_dir)],
            capture_output=True,
            text=True,
            check=True,
        )
        line = next(x for x in child.stdout.splitlines() if x.startswith("RESULT "))
        result = json.loads(line.removeprefix("RESULT "))

    rows = [
        ("start-up: unlock and main window (Today)", result["unlocked"] * 1000, 2000, "ms"),
        ("start-up to a usable Accounts page", result["startup"] * 1000, 2000, "ms"),
    ]
    for query, seconds, matches in result["keystrokes"]:
        rows.append((f"filter '{query}' ({matches:,} matches)", seconds * 1000, 100, "ms"))
    rows.append(("sort all accounts by city", result["sort"] * 1000, 100, "ms"))
    rows.append(("memory after start-up and filtering", result["steady_mb"], 400, "MB"))
    rows.append(("peak memory (incl. Argon2id 128 MiB scratch)", result["memory_mb"], 400, "MB"))
    print(f"\n{'measure':44} {'ours':>10} {'limit':>10}  ok")
    for name, value, limit, unit in rows:
        print(
            f"{name:44} {value:8.1f}{unit:>2} {limit:8d}{unit:>2}  {'yes' if value <= limit else 'NO'}"
        )
    return 0 if all(value <= limit for _n, value, limit, _u in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
