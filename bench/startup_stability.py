"""Start the desktop app many times, offscreen, through a session of page switches.

    python bench/startup_stability.py [--runs 100] [--accounts 200] [--keep DIR]

Issue 12 saw two of five scripted start-ups die ("Aborted", nothing on stderr).
This builds one demo workspace, then starts a fresh process per run that goes
the way a rep does: unlock screen, passphrase, main window, every page in turn,
an account's 360° view, a quote, back to the list, then quits. Each process logs
into its own folder (``FIELDSALES_LOG_DIR``), so a crash leaves its faulthandler
report there; the summary lists exit codes, the tail of stderr and those reports.
Not part of ``make test``: a hundred starts take minutes.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSPHRASE = "stability passphrase"
CHILD_TIMEOUT_S = 300  # generous: on a loaded machine a start and session take a minute


def build_workspace(data_dir: Path, accounts: int) -> None:
    from app.services.demo import fill_demo
    from app.workspace import KdfParams, Workspace

    with (
        Workspace.create(data_dir, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace,
        workspace.transaction() as session,
    ):
        fill_demo(session, accounts=accounts, device_prefix=workspace.device_prefix, user="anna")


def child(data_dir: Path, settings_file: Path) -> int:
    """One start-up and session, as the real entry point does it (crash log first)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from app.models import Account, Quote
    from app.preset import Preset
    from app.views.app_main import (
        DesktopController,
        create_application,
        finish_desktop_process,
        prepare_desktop_process,
    )
    from app.views.screenshots import settle, wait_for
    from app.views.settings.preferences import Preferences

    prepare_desktop_process()
    app = create_application([sys.argv[0]])
    preferences = Preferences(
        QSettings(str(settings_file), QSettings.Format.IniFormat), preset=Preset()
    )
    controller = DesktopController(app, data_dir=data_dir, preferences=preferences)
    controller.start()
    settle()
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    wait_for(lambda: controller.main_window is not None, timeout=60)
    window = controller.main_window
    for _round in range(2):
        for spec in window.specs:
            window.show_page(spec.key)
            settle()
    with window.ctx.session() as session:
        account_id = session.scalars(select(Account.id).limit(1)).first()
        quote_id = session.scalars(select(Quote.id).limit(1)).first()
    if account_id:
        window.open_record("accounts", account_id)
        settle()
    if quote_id:
        window.open_record("quotes", quote_id)
        settle()
    window.show_page("today")
    settle()
    controller.shutdown()
    settle()
    QApplication.processEvents()
    finish_desktop_process(app)  # as run_desktop ends
    return 0


def run_child(data_dir: Path, settings: Path, env: dict[str, str]) -> tuple[int, str]:
    """One start-up; a hung one gets SIGABRT, so faulthandler writes where it hung."""
    child_process = subprocess.Popen(
        [sys.executable, __file__, "--child", str(data_dir), str(settings)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _out, stderr = child_process.communicate(timeout=CHILD_TIMEOUT_S)
        return child_process.returncode, stderr
    except subprocess.TimeoutExpired:
        child_process.send_signal(signal.SIGABRT)
        try:
            _out, stderr = child_process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            child_process.kill()
            _out, stderr = child_process.communicate()
        return -999, f"hung for {CHILD_TIMEOUT_S} s, aborted to see where\n{stderr}"


def main() -> int:
    from app.crash_log import crash_reports

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--accounts", type=int, default=200)
    parser.add_argument("--keep", type=Path, help="keep the workspace and logs here")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)

    root = args.keep or Path(tempfile.mkdtemp(prefix="fieldsales-stability-"))
    data_dir = root / "workspace"
    if not data_dir.exists():
        build_workspace(data_dir, args.accounts)
    outcomes: Counter[int] = Counter()
    failures: list[str] = []
    durations: list[float] = []
    for run in range(args.runs):
        log_dir = root / "logs" / f"run{run:03d}"
        env = {**os.environ, "FIELDSALES_LOG_DIR": str(log_dir), "QT_QPA_PLATFORM": "offscreen"}
        started = time.perf_counter()
        code, stderr = run_child(data_dir, root / "s.ini", env)
        durations.append(time.perf_counter() - started)
        outcomes[code] += 1
        reports = crash_reports(log_dir)
        if code != 0 or reports:
            detail = "\n".join(p.read_text(errors="replace")[-3000:] for p in reports)
            failures.append(f"run {run}: exit {code}\n{stderr[-2000:]}\n{detail}")
        print(f"run {run:3d}: exit {code} in {durations[-1]:.1f} s", flush=True)
    print(f"\n{args.runs} start-ups: exit codes {dict(outcomes)}")
    print(f"median {sorted(durations)[len(durations) // 2]:.1f} s per start and session")
    for failure in failures:
        print("-" * 60 + "\n" + failure)
    print(f"workspace and logs: {root}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
