"""The Team section, as a manager works it: filters, keyboard review, photos, in en and ar.

The workspace holds the showcase (anna's day) plus reports of omar and lena in every
review state (``team_showcase``), signed in as manager maria the way a sign-in
leaves it (role kept in the encrypted workspace, no server needed to review).
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Attachment, VisitReport
from app.sync.tables import OutboxEntry
from app.views.shared.bidi import plain
from app.views.team.team_showcase import fill_team_showcase, sign_in_as_manager, sign_out
from app.workspace import KdfParams, Workspace

PASSPHRASE = "correct horse battery"


@pytest.fixture(scope="module")
def team_template(tmp_path_factory):
    from app.views.showcase import fill_showcase

    folder = tmp_path_factory.mktemp("team") / "ws"
    with Workspace.create(folder, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace:
        with workspace.transaction() as session:
            fill_showcase(session, device_prefix=workspace.device_prefix, owner="anna")
            fill_team_showcase(session, workspace.attachments)
            sign_in_as_manager(session)
    return folder


@pytest.fixture
def team_workspace(team_template, tmp_path):
    """A copy of the template in ``tmp_path/ws``, where ``make_controller`` opens it."""
    return Path(shutil.copytree(team_template, tmp_path / "ws"))


def _open(make_controller, preferences, qtbot, language: str):
    preferences.language = language
    preferences.username = "maria"
    controller = make_controller()
    controller.start()
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    return controller, window


def _states(workspace) -> dict[str, tuple[str, str | None]]:
    with workspace.session() as session:
        return {
            report.visit_id: (report.review_state, report.review_comment)
            for report in session.scalars(select(VisitReport))
        }


def _type(widget, text: str) -> None:
    """Key presses carrying each character (QTest cannot map Arabic letters to keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


@pytest.mark.parametrize("language", ["en", "ar"])
def test_inbox_filters_by_rep_state_outcome_account_and_dates(
    team_workspace, make_controller, preferences, qtbot, language
):
    controller, window = _open(make_controller, preferences, qtbot, language)
    assert not window.page_hidden("team")
    inbox = window.show_page("team").reviews
    bar = inbox.filters
    if language == "ar":
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert bar.state.currentText() == "بانتظار المراجعة"
        row = [spec.key for spec in window.specs].index("team")
        assert window.navigation.item(row).text() == "الفريق"
    assert [row.rep for row in inbox.rows] == ["anna", "omar", "lena"]  # newest first
    assert {row.review_state for row in inbox.rows} == {"pending"}
    assert inbox.table.rowCount() == 3
    summary = plain(inbox.pending_summary.text())
    assert "anna 1, lena 1 and omar 1" in summary if language == "en" else "omar 1" in summary
    assert bar.rep.itemText(bar.rep.findData("omar")) == "omar (1)"

    _choose(bar.rep, "omar")
    assert [(row.rep, row.account_name) for row in inbox.rows] == [("omar", "Cedar Hospital")]
    _choose(bar.state, "")  # every state
    assert [row.review_state for row in inbox.rows] == ["pending", "changes_requested"]
    _choose(bar.rep, None)
    assert len(inbox.rows) == 5
    _choose(bar.outcome, "order_placed")
    assert [(row.rep, row.review_state) for row in inbox.rows] == [("lena", "approved")]
    _choose(bar.outcome, None)
    _choose(
        bar.account, next(r.account_id for r in inbox.rows if r.account_name == "Volga Engineering")
    )
    assert [row.review_state for row in inbox.rows] == ["changes_requested"]
    _choose(bar.account, None)
    since = date.today() - timedelta(days=3)
    bar.since.setDate(QDate(since.year, since.month, since.day))
    assert [row.rep for row in inbox.rows] == ["anna", "omar", "lena"]
    bar.until.setDate(QDate(since.year, since.month, since.day).addDays(1))
    assert [row.rep for row in inbox.rows] == ["lena"]
    bar.clear()
    assert [row.rep for row in inbox.rows] == ["anna", "omar", "lena"]
    assert bar.since.text() == bar.since.specialValueText()
    assert inbox.more_note.isHidden()


def test_a_long_inbox_shows_the_newest_and_says_so(
    team_workspace, make_controller, preferences, qtbot, monkeypatch
):
    from app.views.team import review_inbox

    monkeypatch.setattr(review_inbox, "SHOWN_AT_MOST", 2)
    controller, window = _open(make_controller, preferences, qtbot, "en")
    inbox = window.show_page("team").reviews
    assert [row.rep for row in inbox.rows] == ["anna", "omar"]
    assert not inbox.more_note.isHidden()
    _choose(inbox.filters.rep, "lena")
    assert len(inbox.rows) == 1 and inbox.more_note.isHidden()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_review_by_keyboard_next_previous_approve_and_send_back(
    team_workspace, make_controller, preferences, qtbot, language
):
    controller, window = _open(make_controller, preferences, qtbot, language)
    inbox = window.show_page("team").reviews
    first, second, third = (row.visit_id for row in inbox.rows)
    inbox.table.setFocus()
    assert inbox.current_visit_id() == first

    def press(keys: str, widget=None) -> None:
        sequence = QKeySequence(keys)[0]
        qtbot.keyClick(widget or inbox.table, sequence.key(), sequence.keyboardModifiers())

    press("Alt+Down")
    assert inbox.current_visit_id() == second
    assert "Cedar Hospital" in inbox.report.heading.text()
    press("Alt+Down")
    press("Alt+Down")  # stays on the last one
    assert inbox.current_visit_id() == third
    press("Alt+Up")
    press("Alt+Up")
    assert inbox.current_visit_id() == first

    press("Alt+A")
    assert _states(controller.workspace)[first] == ("approved", None)
    assert [row.visit_id for row in inbox.rows] == [second, third]
    assert inbox.current_visit_id() == second  # on to the next report

    press("Alt+B")  # no comment yet: refused, and the comment box takes the keys
    assert not inbox.report.comment_error.isHidden()
    assert inbox.report.comment.hasFocus()
    assert _states(controller.workspace)[second] == ("pending", None)
    comment = "كم مضخة؟" if language == "ar" else "How many pumps, exactly?"
    _type(inbox.report.comment, comment)
    press("Alt+B", inbox.report.comment)
    assert _states(controller.workspace)[second] == ("changes_requested", comment)
    assert [row.visit_id for row in inbox.rows] == [third]
    assert inbox.current_visit_id() == third and inbox.report.comment.toPlainText() == ""

    # Both decisions wait in the outbox, review fields only, for the next sync.
    with controller.workspace.session() as session:
        queued = {
            (entry.record_id, entry.field)
            for entry in session.scalars(
                select(OutboxEntry).where(OutboxEntry.entity == "visit_report")
            )
        }
        reports = {r.visit_id: r.id for r in session.scalars(select(VisitReport))}
    assert {(reports[first], "review_state"), (reports[second], "review_comment")} <= queued

    # A decided report shows its decision and takes no more.
    inbox.filters.set_state("approved")
    inbox.select_row([row.visit_id for row in inbox.rows].index(first))
    assert not inbox.report.approve_button.isEnabled()
    assert inbox.report.comment.isHidden()
    assert not inbox.approve()


def test_photos_open_in_the_report_and_a_missing_one_says_so(
    team_workspace, make_controller, preferences, qtbot, tmp_path
):
    controller, window = _open(make_controller, preferences, qtbot, "en")
    inbox = window.show_page("team").reviews
    inbox.select_row(next(i for i, row in enumerate(inbox.rows) if row.attachments))
    view = inbox.report
    assert view.attachments.count() == 1
    assert "Cedar Hospital" in view.heading.text()
    qtbot.waitUntil(lambda: not view.preview_image.isHidden())
    assert view.preview_image.pixmap().width() > 100
    copy = view.save_copy(tmp_path / "copy.png")
    assert copy.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # Bytes that have not arrived yet: fetched when opened; here the server has nothing.
    store = controller.workspace.attachments
    with controller.workspace.session() as session:
        attachment = session.scalar(select(Attachment).where(Attachment.filename == "shelf.png"))
    store.path_for(attachment.id).unlink()
    asked = []
    store.fetch_missing = lambda wanted: asked.append(wanted.id) or False
    inbox.refresh()
    assert "not downloaded yet" in view.attachments.item(0).text()
    qtbot.waitUntil(lambda: "has not arrived" in view.preview_note.text())
    assert asked and view.preview_image.isHidden()

    view.account_button.click()  # on to the customer's 360° view
    assert window.current_key() == "accounts"
    assert plain(window.page("accounts").detail.title.text()) == "Cedar Hospital"


def test_the_team_section_is_a_managers_only(team_workspace, make_controller, preferences, qtbot):
    with Workspace.open(team_workspace, PASSPHRASE) as workspace:
        with workspace.transaction() as session:
            sign_out(session)
    controller, window = _open(make_controller, preferences, qtbot, "en")
    assert window.page_hidden("team")
    assert not window._go_actions["team"].isVisible()

    from app.sync.connection import save_connection

    with controller.workspace.transaction() as session:
        save_connection(
            session,
            server_url="https://crm.example.com",
            username="anna",
            user_id="u",
            role="rep",
            allow_insecure_http=False,
        )
    window.show_pages_for_user()
    assert window.page_hidden("team")
    with controller.workspace.transaction() as session:
        sign_in_as_manager(session)
    window.ctx.sync.changed.emit(window.ctx.sync.state())  # sync state moved: asked again
    assert not window.page_hidden("team")
    assert window._go_actions["team"].isVisible()

    provider = window.ctx.sync
    controller.lock()  # the window goes; a late word from sync must not reach it
    qtbot.waitUntil(lambda: controller.main_window is None)
    # A lock put off behind a running job happens inside the wait's event loop, and the
    # provider is then deleted with the workspace: nothing is left to speak late.
    if shiboken6.isValid(provider):
        provider.changed.emit(provider.state())
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert not controller.main_window.page_hidden("team")


def test_the_rep_sees_the_decision_and_an_approved_report_is_read_only(
    team_workspace, make_controller, preferences, qtbot
):
    with Workspace.open(team_workspace, PASSPHRASE) as workspace:
        with workspace.transaction() as session:
            sign_out(session)
            approved = session.scalar(
                select(VisitReport).where(VisitReport.review_state == "approved")
            )
            sent_back = session.scalar(
                select(VisitReport).where(VisitReport.review_state == "changes_requested")
            )
            ids = approved.visit_id, sent_back.visit_id
    controller, window = _open(make_controller, preferences, qtbot, "en")
    page = window.show_page("visits")
    from app.views.visits.visit_report import VisitReportForm

    form = VisitReportForm(window.ctx, ids[0], page)
    assert form.review_banner.property("reviewState") == "approved"
    assert "Approved by maria" in plain(form.review_banner.text())
    assert "Well done" in form.review_banner.text()
    assert not form.summary.isEnabled() and not form.submit_button.isEnabled()
    form = VisitReportForm(window.ctx, ids[1], page)
    assert "Which products?" in form.review_banner.text()
    assert form.summary.isEnabled() and form.submit_button.text() == "Resubmit"
    assert json.dumps(form.review_banner.property("reviewState")) == '"changes_requested"'
