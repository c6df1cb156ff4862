"""File → Export to CSV: the chosen records reach a spreadsheet-ready file, off the GUI thread."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QLabel

from app.models import Account
from app.services.accounts import create_account
from app.services.bulk import bulk_insert
from app.views.shared.bidi import plain
from app.views.shared.workers import jobs_running


def test_exporting_accounts_from_the_file_menu(unlocked, tmp_path, qtbot):
    controller = unlocked
    with controller.workspace.transaction() as session:
        create_account(session, account_number="ACC-1", name="شركة الخليج", phone="+971 4 555")
        create_account(session, account_number="ACC-2", name="Волга")
    window = controller.main_window
    dialog = window.export_csv()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "not encrypted" in shown  # said before anyone picks a folder
    dialog.kind.setCurrentIndex(dialog.kind.findData("accounts"))
    assert dialog.suggested_path().name.startswith("accounts-")
    target = tmp_path / "accounts.csv"
    dialog.export_to(target)
    qtbot.waitUntil(lambda: target.exists() and not dialog.isVisible(), timeout=10_000)

    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the byte-order mark for Arabic
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert [row["name"] for row in rows] == ["شركة الخليج", "Волга"]
    assert rows[0]["phone"] == "'+971 4 555"  # never run as a formula
    assert "Exported 2 rows to" in plain(window.status.currentMessage())
    assert not list(tmp_path.glob("*.partial"))


def test_a_cancelled_export_leaves_no_file(unlocked, tmp_path, qtbot):
    controller = unlocked
    # Enough rows that the export is still running when cancelled; written in one
    # statement (2,500 calls of the service took half a minute).
    rows = [{"account_number": f"ACC-{n}", "name": f"Account {n}"} for n in range(2500)]
    with controller.workspace.transaction() as session:
        bulk_insert(session, Account.__table__, rows)
    dialog = controller.main_window.export_csv()
    target = tmp_path / "accounts.csv"
    job = dialog.export_to(target)
    job.cancel()
    qtbot.waitUntil(lambda: not jobs_running(), timeout=10_000)
    assert not target.exists()
    assert not list(tmp_path.glob("*.partial"))
