"""CSV import and demo data run off the GUI thread; a bad file changes nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Account
from app.views.shared.bidi import plain

HEADER = "account_number,name,type,territory,phone,email,city,country,credit_limit,currency\n"


def account_count(workspace) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(Account))


def test_import_accounts_csv_in_the_background(unlocked, tmp_path, qtbot):
    page = unlocked.main_window.show_page("accounts")
    good = tmp_path / "accounts.csv"
    good.write_text(
        HEADER
        + "A-1,Gulf Marine,customer,,+971 4 1,ops@gulf.example,Dubai,AE,5000,AED\n"
        + "A-2,Kazan Motors,prospect,,+7 843 1,info@kazan.example,Kazan,RU,0,RUB\n",
        encoding="utf-8",
    )
    page.import_file(good)
    qtbot.waitUntil(lambda: page.job_message.text() != "", timeout=20_000)
    assert "2 new" in plain(page.job_message.text())
    assert page.model.rowCount() == 2
    assert account_count(unlocked.workspace) == 2


def test_bad_csv_is_refused_and_nothing_is_written(unlocked, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    page = unlocked.main_window.show_page("accounts")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "A-1,Gulf Marine,customer,,,,Dubai,AE,5000,AED\n"
        + "A-2,,prospect,,,,Kazan,RU,-5,XXX\n",
        encoding="utf-8",
    )
    page.import_file(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "bad.csv" in shown[0] and "3" in shown[0]  # names the file and the bad line
    assert account_count(unlocked.workspace) == 0


def test_demo_data_fills_an_empty_workspace_with_progress(unlocked, qtbot):
    page = unlocked.main_window.show_page("accounts")
    assert page.demo_button.isVisibleTo(page)
    page.fill_demo(accounts=30)
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=30_000)
    assert account_count(unlocked.workspace) == 30
    assert not page.demo_button.isVisibleTo(page)


def test_cancelled_demo_fill_writes_nothing(unlocked, qtbot):
    page = unlocked.main_window.show_page("accounts")
    from app.views.shared.long_jobs import fill_demo_data

    done, cancelled = [], []
    job = fill_demo_data(
        page, page.ctx, accounts=400, on_done=done.append, on_cancelled=lambda: cancelled.append(1)
    )
    job.cancel()  # at the latest, the first progress report stops the work
    qtbot.waitUntil(lambda: bool(cancelled), timeout=30_000)
    assert not done
    assert account_count(unlocked.workspace) == 0
