"""After the server was restored from a backup, the desktop says so after its sync.

The operator ran ``fieldsales-server after-restore`` (a new feed epoch) on the real
server; the next sync of the desktop resets (sends back what the server lost) and
the status bar tells the user in one line, in her language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from server.epoch import replace_epoch
from tests.sync.test_desktop_sync import _connect_through_settings, unlocked  # noqa: F401
from tests.views.conftest import make_controller, preferences, translations_cache  # noqa: F401

NOTICE = "The server was restored from a backup; this laptop sent back what it had lost."
NOTICE_AR = "استُعيد الخادم من نسخة احتياطية؛ وقد أعاد هذا الحاسوب إرسال ما فقده الخادم."


def _sync_by_hand(controller, qtbot) -> None:
    provider = controller.sync
    before = provider.state().last_sync
    qtbot.mouseClick(controller.main_window.status.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: provider.state().last_sync != before and not provider.state().syncing,
        timeout=30_000,
    )


def test_the_status_bar_tells_of_a_reset_after_a_restore(
    unlocked,  # noqa: F811 - the imported fixture
    sync_world,
    qtbot,
) -> None:
    controller = unlocked
    _connect_through_settings(controller, sync_world, qtbot)
    status = controller.main_window.status
    _sync_by_hand(controller, qtbot)
    assert status.notice_label.isHidden(), "an ordinary sync has nothing to tell"

    with sync_world.server_session() as session:
        replace_epoch(session)  # the operator's after-restore step
    _sync_by_hand(controller, qtbot)
    assert status.notice_label.text() == NOTICE
    assert not status.notice_label.isHidden()
    assert controller.sync.state().error is None

    controller.languages.apply("ar")  # in her language, the next time it happens
    with sync_world.server_session() as session:
        replace_epoch(session)
    _sync_by_hand(controller, qtbot)
    assert status.notice_label.text() == NOTICE_AR
