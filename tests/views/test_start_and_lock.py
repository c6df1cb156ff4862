"""First run, unlock, idle lock: the security path a rep meets every day."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from app.errors import WorkspaceError
from app.workspace import Workspace

PASSPHRASE = "correct horse battery"  # the one tests/views/conftest.py uses


def test_first_run_wizard_creates_workspace_and_opens_main_window(
    make_controller, tmp_path, preferences, qtbot
):
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    assert wizard is not None and wizard.isVisible()
    page = wizard.passphrase_page
    page.passphrase.setText(PASSPHRASE)
    page.confirmation.setText(PASSPHRASE + "x")
    wizard.next()
    assert wizard.currentPage() is page, "mismatched confirmation must keep the user here"
    assert not page.confirmation_error.isHidden()
    assert not Workspace.exists(tmp_path / "ws")

    page.confirmation.setText(PASSPHRASE)
    wizard.next()
    server = wizard.server_page
    assert wizard.currentPage() is server

    server.connect_server.setChecked(True)
    server.server_url.setText("http://sync.example.com")
    server.username.setText("anna")
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert not server.url_error.isHidden(), "plain http to a remote host is refused"
    assert "http" in server.url_error.text()

    server.server_url.setText("https://sync.example.com/")
    server.password.setText("not stored anywhere")
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)

    assert Workspace.exists(tmp_path / "ws")
    assert preferences.server_url == "https://sync.example.com"
    assert preferences.username == "anna"
    assert not preferences.work_offline
    settings_file = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert "not stored anywhere" not in settings_file
    # The workspace opens with the passphrase chosen in the wizard.
    Workspace.open(tmp_path / "ws", PASSPHRASE).close()


def _wizard_at_server_page(make_controller):
    """A started controller whose wizard has a passphrase chosen and shows the server page."""
    controller = make_controller()
    controller.start()
    wizard = controller.wizard
    wizard.passphrase_page.passphrase.setText(PASSPHRASE)
    wizard.passphrase_page.confirmation.setText(PASSPHRASE)
    wizard.next()
    return controller, wizard


def test_wizard_offline_choice_needs_no_server(make_controller, preferences, qtbot):
    controller, wizard = _wizard_at_server_page(make_controller)
    wizard.server_page.offline.setChecked(True)
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert preferences.work_offline
    assert controller.main_window.status.connection_label.text().startswith("Offline")


def test_wrong_passphrase_shows_message_next_to_field_then_right_one_unlocks(
    make_controller, existing_workspace, qtbot
):
    controller = make_controller()
    controller.start()
    screen = controller.unlock_screen
    assert screen is not None and controller.wizard is None
    screen.passphrase.setText("not the passphrase")
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.error.isHidden(), timeout=10_000)
    assert "Wrong passphrase" in screen.error.text()
    assert controller.main_window is None and controller.workspace is None

    screen.passphrase.setText(PASSPHRASE)
    screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert controller.main_window.isVisible()
    assert controller.unlock_screen is None


def test_idle_lock_closes_workspace_and_asks_again(unlocked, qtbot):
    controller = unlocked
    workspace = controller.workspace
    with workspace.session() as session:
        assert session.execute(text("SELECT count(*) FROM account")).scalar_one() == 0
    controller.idle.set_timeout_ms(50)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.unlock_screen is not None, timeout=5_000)
    assert controller.workspace is None
    assert controller.main_window is None
    with pytest.raises(WorkspaceError):
        workspace.session()  # the closed workspace has dropped its key
    assert "locked itself" in controller.unlock_screen.note.text()

    controller.idle.set_timeout_ms(60_000)  # or it locks again 50 ms after unlocking
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)


def test_user_input_postpones_idle_lock(unlocked, qtbot):
    controller = unlocked
    controller.idle.set_timeout_ms(60_000)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.idle.remaining_ms() < 59_700, timeout=5_000)
    # The key opens another page, which may take a while on a busy machine: judge the
    # countdown against the time the key press itself took, not a fixed margin.
    started = time.monotonic()
    qtbot.keyClick(controller.main_window.navigation, Qt.Key.Key_Down)
    took_ms = (time.monotonic() - started) * 1000
    assert controller.idle.remaining_ms() >= 60_000 - took_ms - 50, (
        "a key press restarts the countdown"
    )
    assert controller.workspace is not None


def test_default_idle_lock_is_ten_minutes(make_controller):
    controller = make_controller()
    assert controller.idle.timeout_ms() == 10 * 60_000


def test_window_geometry_is_remembered_across_locks(unlocked, preferences, qtbot):
    controller = unlocked
    # Within the 800×600 offscreen screen, above the window's minimum (form errors keep
    # their line, so pages are taller than they were).
    controller.main_window.resize(700, 580)
    controller.lock()
    assert preferences.geometry("main") is not None
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert controller.main_window.size().width() == 700
    assert controller.main_window.size().height() == 580


def test_shortcuts_reach_the_new_document_screens(unlocked, qtbot):
    window = unlocked.main_window
    assert window.new_quote_action.shortcut().toString() == "Ctrl+Shift+Q"
    window.new_visit_action.trigger()
    assert window.current_key() == "visits"
    window.search_action.trigger()
    assert window.current_key() == "accounts"
    assert (
        window.page("accounts").search_field.hasFocus()
        or window.focusWidget() is window.page("accounts").search_field
    )


def test_lock_waits_for_background_work_on_the_workspace(unlocked, qtbot):
    import threading

    from app.views.shared.workers import start_job

    controller = unlocked
    release = threading.Event()
    finished = []
    start_job(lambda progress: release.wait(10), on_finished=lambda: finished.append(1))
    controller.lock()
    assert controller.workspace is not None, "an import still running must not lose its database"
    release.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=5_000)
    qtbot.waitUntil(lambda: controller.workspace is None, timeout=5_000)
    assert controller.unlock_screen is not None


def test_change_passphrase_from_settings(unlocked, qtbot):
    controller = unlocked
    page = controller.main_window.show_page("settings")
    dialog = page.change_passphrase()
    dialog.current.setText("not it at all")
    dialog.new.setText("a brand new passphrase")
    dialog.confirmation.setText("a brand new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.current_error.isHidden(), timeout=10_000)

    dialog.current.setText(PASSPHRASE)
    dialog.confirmation.setText("something else")
    dialog.submit()
    assert not dialog.confirmation_error.isHidden()

    dialog.confirmation.setText("a brand new passphrase")
    dialog.submit()
    qtbot.waitUntil(lambda: page.passphrase_note.text() != "", timeout=10_000)
    controller.lock()  # may wait a moment for the passphrase job to wind down
    qtbot.waitUntil(lambda: controller.unlock_screen is not None, timeout=10_000)
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not controller.unlock_screen.error.isHidden(), timeout=10_000)
    controller.unlock_screen.passphrase.setText("a brand new passphrase")
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)


def test_wizard_takes_plain_http_to_a_remote_host_only_when_ticked_and_remembers_it(
    make_controller, preferences, qtbot
):
    controller, wizard = _wizard_at_server_page(make_controller)
    server = wizard.server_page
    server.connect_server.setChecked(True)
    server.server_url.setText("http://10.0.0.5:8765")
    server.username.setText("anna")
    wizard.button(wizard.WizardButton.FinishButton).click()
    assert not server.url_error.isHidden()
    assert controller.main_window is None

    server.allow_insecure.setChecked(True)
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    assert preferences.server_url == "http://10.0.0.5:8765"
    assert preferences.allow_insecure_http

    # Settings shows the allowance; untick it and the same address is refused there too.
    page = controller.main_window.show_page("settings")
    assert page.allow_insecure.isChecked()
    page.allow_insecure.setChecked(False)
    page.save()
    assert not page.url_error.isHidden()
    assert preferences.allow_insecure_http, "a refused save changes nothing"


def test_a_broken_installer_preset_is_explained_in_a_dialog(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from app.errors import ValidationError
    from app.views.app_main import startup_error_box
    from app.views.settings.preferences import Preferences

    preset = tmp_path / "preset.json"
    preset.write_text('{"server_url": "http://sync.example.com"}', encoding="utf-8")
    monkeypatch.setenv("FIELDSALES_PRESET", str(preset))
    with pytest.raises(ValidationError) as caught:
        Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    box = startup_error_box(caught.value)
    assert box.text() == "Fieldsales cannot start."
    assert "http://sync.example.com" in box.informativeText()
    assert "Plain http is not encrypted" in box.informativeText()


def test_unlocking_expires_quotes_and_renews_contracts_the_calendar_has_passed(
    make_controller, existing_workspace, qtbot
):
    from datetime import date, timedelta

    from app.models import Contract, Quote
    from app.services.accounts import create_account
    from app.services.contracts import activate_contract, create_contract
    from app.services.quotes import add_quote_line, create_quote, send_quote

    today = date.today()
    with Workspace.open(existing_workspace, PASSPHRASE) as workspace:
        with workspace.transaction() as session:
            account = create_account(session, account_number="A-1", name="Acme")
            quote = create_quote(
                session,
                account=account,
                device_prefix=workspace.device_prefix,
                issue_date=today - timedelta(days=40),
                valid_until=today - timedelta(days=10),
            )
            add_quote_line(session, quote, description="Service", quantity=1, unit_price=100)
            send_quote(session, quote)
            contract = create_contract(
                session,
                account=account,
                device_prefix=workspace.device_prefix,
                title="Yearly service",
                start_date=today - timedelta(days=400),
                end_date=today - timedelta(days=36),
                auto_renew=True,
            )
            activate_contract(session, contract)

    controller = make_controller()
    controller.start()
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    with controller.workspace.session() as session:
        assert session.query(Quote).one().status == "expired"
        renewed = session.query(Contract).one()
        assert renewed.status == "active" and renewed.end_date >= today
