"""Real widgets, offscreen, over real encrypted workspaces with cheap key derivation."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.preset import Preset
from app.views.settings.preferences import Preferences

PASSPHRASE = "correct horse battery"


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture(scope="session")
def translations_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("qm")


@pytest.fixture
def preferences(tmp_path) -> Preferences:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Preferences(settings, preset=Preset())


@pytest.fixture
def make_controller(qapp, tmp_path, preferences, translations_cache):
    """Builds a DesktopController over ``tmp_path/ws``; closes what it opened afterwards."""
    from app.views.app_main import DesktopController
    from app.workspace import KdfParams

    controllers = []

    def make(**kwargs):
        controller = DesktopController(
            qapp,
            data_dir=tmp_path / "ws",
            preferences=preferences,
            kdf=KdfParams.for_tests(),
            translations_cache=translations_cache,
            **kwargs,
        )
        controllers.append(controller)
        return controller

    yield make
    for controller in controllers:
        controller.shutdown()
        controller.languages.apply("en")  # translators live on the shared QApplication
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def existing_workspace(tmp_path):
    """A closed workspace in ``tmp_path/ws`` with PASSPHRASE."""
    from app.workspace import KdfParams, Workspace

    Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    return tmp_path / "ws"


@pytest.fixture
def unlocked(make_controller, existing_workspace, qtbot):
    """A controller with the main window open on an empty workspace."""
    controller = make_controller()
    controller.start()
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    return controller


@pytest.fixture(params=["en", "ar"])
def desk(request, make_controller, existing_workspace, preferences, qtbot):
    """The main window open in English, then in Arabic (right to left)."""
    preferences.language = request.param
    controller = make_controller()
    controller.start()
    controller.unlock_screen.passphrase.setText(PASSPHRASE)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    return controller
