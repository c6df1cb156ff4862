"""A setting the installer's preset locks is greyed in Settings and never overridden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.preset import Preset
from app.views.settings.preferences import Preferences

LOCKED = Preset(
    language="ru",
    idle_lock_minutes=5,
    server_url="https://sync.example.com",
    locked=frozenset({"language", "idle_lock_minutes", "server_url"}),
)


@pytest.fixture
def preferences(tmp_path) -> Preferences:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    # What the user chose before the company locked these settings.
    settings.setValue("ui/language", "en")
    settings.setValue("security/idle_lock_minutes", 60)
    settings.setValue("sync/server_url", "https://old.example.com")
    return Preferences(settings, preset=LOCKED)


def test_the_preset_value_wins_over_an_earlier_choice(preferences):
    assert preferences.language == "ru"
    assert preferences.idle_lock_minutes == 5
    assert preferences.server_url == "https://sync.example.com"
    preferences.language = "en"
    assert preferences.language == "ru"
    assert preferences.calendar == "gregorian"  # not locked: the user's own


def test_locked_settings_are_greyed_and_saving_keeps_them(unlocked, preferences):
    page = unlocked.main_window.show_page("settings")
    assert not page.language.isEnabled() and page.language.currentData() == "ru"
    assert not page.idle_minutes.isEnabled() and page.idle_minutes.value() == 5
    assert not page.server_url.isEnabled()
    assert page.server_url.text() == "https://sync.example.com"
    assert page.calendar.isEnabled() and page.username.isEnabled()
    assert page.locked_note.isVisibleTo(page)

    page.username.setText("ali")
    assert page.save()
    assert preferences.username == "ali"
    assert preferences.settings.value("ui/language") == "en"  # untouched, and unused
    assert (preferences.language, preferences.idle_lock_minutes) == ("ru", 5)


def test_nothing_locked_shows_no_note(qapp, tmp_path):
    from app.views.settings.settings_page import SettingsPage

    settings = QSettings(str(tmp_path / "free.ini"), QSettings.Format.IniFormat)

    class Context:
        preferences = Preferences(settings, preset=Preset())
        sync = None  # offline: no sync engine

    page = SettingsPage(Context())
    assert page.language.isEnabled() and page.idle_minutes.isEnabled()
    assert not page.locked_note.isVisibleTo(page)


def test_the_first_run_wizard_shows_locked_settings_greyed(make_controller):
    controller = make_controller()
    controller.start()  # no workspace yet: the wizard
    wizard = controller.wizard
    assert not wizard.passphrase_page.language.isEnabled()
    assert wizard.passphrase_page.language.currentData() == "ru"
    assert not wizard.server_page.server_url.isEnabled()
    assert wizard.server_page.server_url.text() == "https://sync.example.com"
