"""The desktop's sync, driven through real widgets against a real server process."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import Account, Territory
from app.services.accounts import create_account, update_account
from app.sync.connection import DEVICE_ID
from app.views.shared.bidi import plain
from app.workspace import KdfParams, Workspace
from app.workspace.local_settings import get_setting
from tests.server.server_helpers import PASSWORD
from tests.views.conftest import make_controller, preferences, translations_cache  # noqa: F401

PASSPHRASE = "correct horse battery"


@pytest.fixture
def unlocked(make_controller, tmp_path, qtbot):  # noqa: F811 - the imported fixture
    Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    controller = make_controller()
    controller.start()
    controller.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15_000)
    return controller


def _connect_through_settings(controller, sync_world, qtbot) -> None:
    window = controller.main_window
    settings = window.show_page("settings")
    assert "Not connected" in settings.connection.text()
    dialog = settings.open_connect_dialog()
    dialog.server_url.setText(sync_world.url)
    dialog.username.setText("anna")
    dialog.submit()
    assert not dialog.errors["password"].isHidden(), "an empty password is refused at once"
    dialog.password.setText(PASSWORD)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    provider = controller.sync
    qtbot.waitUntil(
        lambda: provider.state().last_sync is not None and not provider.state().syncing,
        timeout=30_000,
    )


def _north(workspace) -> str:
    with workspace.session() as session:
        return session.scalar(select(Territory.id).where(Territory.name == "North"))


def test_connect_sync_and_settle_a_conflict_in_the_desktop(
    unlocked, sync_world, laptops, qtbot
) -> None:
    controller = unlocked
    _connect_through_settings(controller, sync_world, qtbot)
    window = controller.main_window
    assert window.status.connection_label.text() == "Online"
    assert "anna" in window.show_page("settings").connection.text()

    other = laptops("other")
    other.connect(sync_world, "anna")
    other.sync()
    with other.workspace.transaction() as session:
        account = create_account(
            session, account_number="A-7", name="Наука ЗАО", territory_id=_north(other.workspace)
        )
    other.sync()

    provider = controller.sync
    before = provider.state().last_sync
    qtbot.mouseClick(window.status.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: provider.state().last_sync != before and not provider.state().syncing,
        timeout=30_000,
    )
    with controller.workspace.session() as session:
        assert session.get(Account, account.id).name == "Наука ЗАО"

    # The same field changed on both laptops: listed, counted, and settled from the page.
    with other.workspace.transaction() as session:
        update_account(session, session.get(Account, account.id), phone="+7 495 1")
    other.sync()
    with controller.workspace.transaction() as session:
        update_account(session, session.get(Account, account.id), phone="+7 495 2")
    provider.refresh()
    assert provider.state().pending_changes == 1
    assert "Changes waiting: 1" in plain(window.status.pending_label.text())
    before = provider.state().last_sync
    provider.sync_now()
    qtbot.waitUntil(
        lambda: provider.state().last_sync != before and not provider.state().syncing,
        timeout=30_000,
    )
    assert provider.state().open_conflicts == 1
    conflicts_row = next(i for i, s in enumerate(window.specs) if s.key == "conflicts")
    assert window.navigation.item(conflicts_row).text() == "Conflicts (1)"
    page = window.show_page("conflicts")
    page.refresh()
    assert page.table.rowCount() == 1
    cells = [page.table.item(0, column).text() for column in range(6)]
    # Each value is its own directional run (FSI ... PDI), so it reads right in Arabic too.
    assert "\u2068Наука ЗАО\u2069" in cells[1] and "\u2068+7 495 2\u2069" in cells[3]
    assert [plain(cell) for cell in cells[1:5]] == [
        "Account: Наука ЗАО",
        "Phone",
        "+7 495 2",
        "+7 495 1",
    ]
    qtbot.mouseClick(page.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0 and page.empty.isVisible(), timeout=10_000)
    before = provider.state().last_sync
    provider.sync_now()
    qtbot.waitUntil(lambda: provider.state().last_sync != before, timeout=30_000)
    other.sync()
    with other.workspace.session() as session:
        assert session.get(Account, account.id).phone == "+7 495 2"


def test_a_revoked_laptop_is_wiped_and_returns_to_set_up(
    unlocked, sync_world, qtbot, tmp_path
) -> None:
    controller = unlocked
    _connect_through_settings(controller, sync_world, qtbot)
    with controller.workspace.session() as session:
        device = get_setting(session, DEVICE_ID)
    answer = httpx.post(
        f"{sync_world.url}/api/v1/devices/{device}/revoke", headers=sync_world.admin_headers()
    )
    assert answer.status_code == 200, answer.text
    controller.sync.sync_now()
    qtbot.waitUntil(lambda: controller.wizard is not None, timeout=30_000)
    assert controller.main_window is None
    assert not (tmp_path / "ws" / "workspace.key").exists()
    assert not (tmp_path / "ws" / "workspace.db").exists()
    assert "removed from the company" in controller.wiped_message.informativeText()


def test_an_ended_session_asks_for_the_password_again(unlocked, sync_world, qtbot) -> None:
    controller = unlocked
    _connect_through_settings(controller, sync_world, qtbot)
    answer = httpx.post(
        f"{sync_world.url}/api/v1/admin/users/anna/password",
        json={"password": PASSWORD + " new"},
        headers=sync_world.admin_headers(),
    )
    assert answer.status_code == 200, answer.text
    controller.sync.sync_now()
    qtbot.waitUntil(lambda: getattr(controller, "connect_dialog", None) is not None, timeout=30_000)
    dialog = controller.connect_dialog
    assert dialog.server_url.text() == sync_world.url and dialog.username.text() == "anna"
    assert "sign in again" in dialog.errors["general"].text()
    dialog.password.setText(PASSWORD + " new")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: controller.sync.state().error is None, timeout=30_000)


def test_every_synced_entity_and_field_has_a_translated_label(qapp) -> None:
    from app.views.shared.i18n import LanguageManager
    from app.views.sync.field_labels import entity_labels, field_labels
    from protocol.entities import ENTITY_FIELDS

    assert set(entity_labels()) == set(ENTITY_FIELDS)
    assert {name for fields in ENTITY_FIELDS.values() for name in fields} <= set(field_labels())
    languages = LanguageManager(qapp)
    try:
        languages.apply("ar", "gregorian")
        assert field_labels()["phone"] == "الهاتف"
        assert entity_labels()["visit_report"] == "تقرير الزيارة"
    finally:
        languages.apply("en", "gregorian")


def test_a_photo_opened_before_it_arrived_is_fetched_then(sync_world, laptops, qapp) -> None:
    from datetime import UTC, datetime, timedelta

    from app.models import Attachment
    from app.services.visits import plan_visit
    from app.views.sync.workspace_sync import WorkspaceSyncProvider
    from app.workspace.attachments import NotDownloadedError

    first, second = laptops("a"), laptops("b")
    for laptop in (first, second):
        laptop.connect(sync_world, "anna")
        laptop.sync()
    photo = b"\xff\xd8\xff" + b"shelf with our products" * 100
    with first.workspace.transaction() as session:
        account = create_account(session, account_number="A-1", name="Acme")
        start = datetime.now(UTC) + timedelta(days=1)
        visit = plan_visit(
            session, account=account, planned_start=start, planned_end=start + timedelta(hours=1)
        )
        attachment = first.workspace.attachments.add(
            session, owner_entity="visit", owner_id=visit.id, filename="shelf.jpg",
            media_type="image/jpeg", data=photo,
        )  # fmt: skip
    first.sync()
    second.sync()
    second.workspace.attachments.path_for(attachment.id).unlink()  # as if not arrived yet

    provider = WorkspaceSyncProvider(second.workspace, watch_network=False)
    try:
        with second.workspace.session() as session:
            copy = session.get(Attachment, attachment.id)
        assert second.workspace.attachments.read(copy) == photo  # fetched on opening
        second.workspace.attachments.path_for(attachment.id).unlink()
        second.engine.disconnect()  # signed out: it cannot be fetched now, and says so
        provider.refresh()
        with pytest.raises(NotDownloadedError, match="next sync"):
            second.workspace.attachments.read(copy)
    finally:
        provider.stop()


def test_several_refused_changes_are_discarded_together(unlocked, sync_world, qtbot) -> None:
    controller = unlocked
    with controller.workspace.transaction() as session:
        atlantis = Territory(name="Atlantis")
        session.add(atlantis)
        session.flush()
        create_account(session, account_number="A-1", name="Poseidon", territory_id=atlantis.id)
    _connect_through_settings(controller, sync_world, qtbot)
    page = controller.main_window.show_page("conflicts")
    page.refresh()
    assert page.table.rowCount() == 2
    assert page.keep_mine.text() == "Send again" and page.keep_theirs.text() == "Discard"
    page.table.selectAll()
    qtbot.mouseClick(page.keep_theirs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=20_000)
    with controller.workspace.session() as session:
        assert session.scalars(select(Account)).all() == []
