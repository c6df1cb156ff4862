"""The desktop stays responsive while a first sync of 200k records runs.

    python bench/desktop_sync_bench.py [--accounts 50000] [--contacts-per 3]

A server on PostgreSQL (FIELDSALES_BENCH_POSTGRES_URL, default the local
``test`` database, in a schema of its own that is dropped afterwards) holds one
territory with N accounts and 3N contacts (200k records by default), written
through the server's own push code so the feed is the real one. A fresh desktop
(offscreen) unlocks an empty workspace, connects, and its background sync pulls
them all, while the benchmark types into the Accounts page's search field every
250 ms, as a user does: the typing pause ends (``filter_as_typed``), the query
runs on the list's own thread and its rows come back to the GUI thread.

Per keystroke it times what the GUI thread spends (wall and CPU time: the issue's
100 ms bound is on this, the window never waits longer) and how long until the
rows are shown. Beside them: the same filter run to completion on the GUI thread
once the sync has finished (the machine's own speed, wall and CPU), and the load
average, since wall times on a shared machine move with it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDSALES_ARGON2_PROFILE", "test")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.preset import MAX_IDLE_MINUTES, Preset  # noqa: E402
from app.workspace import KdfParams, Workspace  # noqa: E402
from protocol.messages import Change, PushRequest  # noqa: E402
from server.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from server.directory import create_territory, create_user  # noqa: E402
from server.migrate import upgrade  # noqa: E402
from server.models import User  # noqa: E402
from server.push import push  # noqa: E402
from server.scope import viewer_for  # noqa: E402
from tests.server.conftest import drop_schema, postgres_schema_url  # noqa: E402
from tests.server.server_helpers import live_server  # noqa: E402

PASSWORD = "bench password 1"
PASSPHRASE = "bench passphrase"
QUERIES = ("a", "ac", "acm", "acme 1", "b", "be", "ber", "nord", "no")
BATCH = 1000
LIMIT_MS = 100.0


def seed(url: str, accounts: int, contacts_per: int) -> int:
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with transaction(sessions) as session:
        admin = create_user(session, username="admin", password=PASSWORD, role="admin")
        territory = create_territory(session, name="North").id
        create_user(session, username="anna", password=PASSWORD, role="rep", territories=["North"])
        admin_id = admin.id
    names = ("Acme", "Bergmann", "Nordlicht", "Harbour", "Dubai Trading", "Berlin Bau")
    changes: list[Change] = []
    for number in range(accounts):
        account_id = str(uuid.uuid4())
        changes.append(
            Change(
                entity="account",
                id=account_id,
                fields={
                    "account_number": f"A-{number:06d}",
                    "name": f"{names[number % len(names)]} {number}",
                    "territory_id": territory,
                    "billing_city": ("Berlin", "Hamburg", "Dubai")[number % 3],
                    "type": "customer",
                    "currency": "EUR",
                },
            )
        )
        for contact in range(contacts_per):
            changes.append(
                Change(
                    entity="contact",
                    id=str(uuid.uuid4()),
                    fields={"account_id": account_id, "last_name": f"Person {number}-{contact}"},
                )
            )
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
    return len(changes)


def set_text(page, query: str) -> None:
    page.search_field.blockSignals(True)  # the keystroke is timed by hand, not by the timer
    page.search_field.setText(query)
    page.search_field.blockSignals(False)


def keystroke(app: QApplication, page, query: str) -> dict[str, float]:
    """One typing pause: the GUI thread's share (wall, CPU), then until the rows are in."""
    shown: list[float] = []
    record = lambda _count: shown.append(time.perf_counter())  # noqa: E731
    page.model.filtered.connect(record)
    set_text(page, query)
    began, cpu = time.perf_counter(), time.thread_time()
    page.filter_as_typed()
    app.processEvents()
    gui_ms = (time.perf_counter() - began) * 1000
    gui_cpu_ms = (time.thread_time() - cpu) * 1000
    deadline = began + 60
    while not shown and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)
    page.model.filtered.disconnect(record)
    rows_ms = ((shown[0] if shown else deadline) - began) * 1000
    return {"gui": gui_ms, "gui_cpu": gui_cpu_ms, "rows": rows_ms}


def filter_now(app: QApplication, page, queries) -> list[tuple[float, float]]:
    """The whole filter on the GUI thread (Enter): (wall ms, CPU ms) each."""
    timings = []
    for query in queries:
        set_text(page, query)
        began, cpu = time.perf_counter(), time.thread_time()
        page.apply_filter()
        app.processEvents()
        timings.append(((time.perf_counter() - began) * 1000, (time.thread_time() - cpu) * 1000))
    return timings


def measure(server_url: str, expected: int) -> dict[str, object]:
    from app.views.app_main import DesktopController, create_application
    from app.views.settings.preferences import Preferences

    app = create_application([sys.argv[0]])
    folder = Path(tempfile.mkdtemp(prefix="fs-desktop-sync-bench-"))
    try:
        return _measure(app, folder, server_url, expected, DesktopController, Preferences)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the workspace: 200k records of it


def _measure(app, folder: Path, server_url: str, expected: int, controller_class, prefs_class):
    Workspace.create(folder / "ws", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    preferences = prefs_class(settings, preset=Preset())
    # The typing here is not user input the idle lock sees: a slow first sync on a
    # loaded machine outlasted the default and locked the workspace before the end.
    preferences.idle_lock_minutes = MAX_IDLE_MINUTES
    controller = controller_class(
        app, data_dir=folder / "ws", preferences=preferences, kdf=KdfParams.for_tests()
    )
    controller.start()
    controller.unlock(PASSPHRASE)
    while controller.main_window is None:
        app.processEvents()
        time.sleep(0.005)
    page = controller.main_window.show_page("accounts")
    controller.sync.engine().connect(server_url=server_url, username="anna", password=PASSWORD)
    controller.sync.refresh()
    started = time.perf_counter()
    controller.sync.sync_now()
    during: list[dict[str, float]] = []
    next_key = time.perf_counter()
    while controller.sync.running() or controller.sync.state().syncing:
        app.processEvents()
        if time.perf_counter() >= next_key:
            during.append(keystroke(app, page, QUERIES[len(during) % len(QUERIES)]))
            next_key = time.perf_counter() + 0.25
        time.sleep(0.005)
    seconds = time.perf_counter() - started
    load_during = os.getloadavg()[0]
    # Each keystroke's figures in one line, not a wall of dicts: the table below sums them.
    gui_ms = " ".join(f"{k['gui']:.0f}" for k in during)
    print(f"keystrokes during the sync ({seconds:.0f} s, load {load_during:.2f}), GUI ms: {gui_ms}")
    error = controller.sync.state().error
    page.model.wait_for_background()
    after = filter_now(app, page, QUERIES * 3)
    with controller.workspace.session() as session:
        from sqlalchemy import func, select

        from app.models import Account, Contact

        stored = session.scalar(select(func.count(Account.id))) + session.scalar(
            select(func.count(Contact.id))
        )
    controller.shutdown()
    # Written now, before the folder is removed: left pending, Qt would write the
    # file again when the settings object goes, recreating the folder.
    settings.sync()
    return {
        "during": during,
        "after": after,
        "seconds": seconds,
        "stored": stored,
        "expected": expected,
        "error": error,
        "load_during": load_during,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=50_000)
    parser.add_argument("--contacts-per", type=int, default=3)
    args = parser.parse_args()
    base = os.environ.get(
        "FIELDSALES_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"
    )
    schema = f"fs_desktop_bench_{os.getpid()}"
    url = postgres_schema_url(base, schema)
    try:
        began = time.perf_counter()
        records = seed(url, args.accounts, args.contacts_per)
        print(
            f"seeded {records:,} records through the server's push in "
            f"{time.perf_counter() - began:.0f} s; load average {os.getloadavg()[0]:.2f}"
        )
        with live_server(
            url, FIELDSALES_ARGON2_PROFILE="test", FIELDSALES_REQUEST_THREADS="4"
        ) as server:
            result = measure(server, records)
    finally:
        drop_schema(base, schema)
    during, after = result["during"], result["after"]
    print(
        f"\nfirst sync: {result['stored']:,} of {result['expected']:,} records in "
        f"{result['seconds']:.1f} s ({result['stored'] / result['seconds']:,.0f} records/s)"
        f"{'; error: ' + result['error'] if result['error'] else ''}"
    )
    print(
        f"{len(during)} keystrokes timed during the sync; load average "
        f"{result['load_during']:.2f} then, {os.getloadavg()[0]:.2f} now\n"
    )

    def column(name: str) -> list[float]:
        return [keystroke[name] for keystroke in during] or [0.0]

    rows = [
        ("GUI thread per keystroke during the sync, worst", max(column("gui")), True),
        (
            "GUI thread per keystroke during the sync, median",
            statistics.median(column("gui")),
            True,
        ),
        ("  its CPU time, worst", max(column("gui_cpu")), True),
        (
            "until the rows are shown, during the sync, median",
            statistics.median(column("rows")),
            False,
        ),
        ("until the rows are shown, during the sync, worst", max(column("rows")), False),
        (
            "whole filter on the GUI thread after the sync, median",
            statistics.median(a[0] for a in after),
            False,
        ),
        ("  its CPU time, median", statistics.median(a[1] for a in after), False),
    ]
    print(f"{'measure':56} {'ours ms':>9} {'limit ms':>9}  ok")
    for name, value, bound in rows:
        verdict = ("yes" if value <= LIMIT_MS else "NO") if bound else "-"
        limit = f"{LIMIT_MS:9.0f}" if bound else f"{'':9}"
        print(f"{name:56} {value:9.1f} {limit}  {verdict}")
    complete = result["stored"] == result["expected"] and not result["error"]
    return 0 if complete and max(column("gui")) <= LIMIT_MS else 1


if __name__ == "__main__":
    sys.exit(main())
