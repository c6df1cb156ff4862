"""A manager's desktop against a real server: the Team section appears at sign-in,
the rep's photo comes on demand, and a report sent back by keyboard reaches the rep."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.models import VisitReport
from app.workspace import KdfParams, Workspace
from tests.server.server_helpers import PASSWORD
from tests.sync.test_report_review import PHOTO, _anna_reports_a_visit
from tests.views.conftest import make_controller, preferences, translations_cache  # noqa: F401

PASSPHRASE = "correct horse battery"


@pytest.fixture
def unlocked(make_controller, tmp_path, qtbot):  # noqa: F811 - the imported fixture
    Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    controller = make_controller()
    controller.start()
    controller.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=60_000)
    return controller


def _synced(controller, qtbot) -> None:
    provider = controller.sync
    qtbot.waitUntil(
        lambda: provider.state().last_sync is not None and not provider.state().syncing,
        timeout=60_000,
    )


def test_the_manager_reviews_in_the_desktop_and_the_rep_gets_the_comment(
    unlocked, sync_world, laptops, qtbot
) -> None:
    anna = laptops("anna")
    anna.connect(sync_world, "anna")
    anna.sync()
    visit_id, report_id = _anna_reports_a_visit(anna)
    assert anna.sync().converged

    controller = unlocked
    window = controller.main_window
    assert window.page_hidden("team")  # not signed in yet: no Team section
    dialog = window.show_page("settings").open_connect_dialog()
    dialog.server_url.setText(sync_world.url)
    dialog.username.setText("boss")
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60_000)
    _synced(controller, qtbot)
    assert not window.page_hidden("team")

    inbox = window.show_page("team").reviews
    assert [(row.visit_id, row.rep, row.attachments) for row in inbox.rows] == [
        (visit_id, "anna", 1)
    ]
    view = inbox.report
    assert "Nordic Pumps" in view.heading.text() and "Olga Ivanova" in view.visit_info.text()
    assert "Send pump quote" in view.follow_up.text()

    # The photo's bytes went missing here: opening it fetches them from the server.
    store = controller.workspace.attachments
    attachment_id = view.detail.attachments[0].id
    store.path_for(attachment_id).unlink()
    inbox.refresh()
    qtbot.waitUntil(lambda: not view.preview_image.isHidden(), timeout=60_000)
    assert view.preview_image.pixmap().width() == 160
    assert view.preview_note.text() == ""
    assert store.has_bytes(attachment_id)
    assert PHOTO[:64] not in store.path_for(attachment_id).read_bytes()  # encrypted at rest

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.comment.setFocus()
    view.comment.insertPlainText("Which pumps, and how many?")
    sequence = QKeySequence("Alt+B")[0]
    qtbot.keyClick(view.comment, sequence.key(), sequence.keyboardModifiers())
    assert inbox.rows == []  # nothing else awaits review
    provider = controller.sync
    before = provider.state().last_sync
    provider.sync_now()
    qtbot.waitUntil(
        lambda: provider.state().last_sync != before and not provider.state().syncing,
        timeout=60_000,
    )
    assert provider.state().pending_changes == 0

    anna.sync()
    with anna.workspace.session() as session:
        report = session.get(VisitReport, report_id)
        assert (report.review_state, report.review_comment, report.reviewed_by) == (
            "changes_requested",
            "Which pumps, and how many?",
            "boss",
        )
