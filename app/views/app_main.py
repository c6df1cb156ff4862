"""Desktop start-up: first-run wizard or unlock, the main window, idle lock.

:class:`DesktopController` owns the one open workspace. Opening or creating it
costs an Argon2id derivation (about half a second), so it runs on the thread
pool while the screen shows a busy bar. Locking closes the main window, closes
the workspace (which drops the key) and shows the unlock screen again.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import FieldsalesError, WrongPassphraseError
from app.preset import APP_NAME
from app.resources import resource_path
from app.views.settings.idle_lock import IdleMonitor
from app.views.settings.preferences import Preferences
from app.views.settings.setup_wizard import SetupChoices, SetupWizard
from app.views.settings.unlock import UnlockScreen
from app.views.shared.context import AppContext, current_username
from app.views.shared.formatting import Formatter, error_text
from app.views.shared.i18n import LanguageManager
from app.views.shared.workers import jobs_running, start_job
from app.views.sync.sync_status import OfflineSyncProvider, SyncStatusProvider

log = logging.getLogger(__name__)

LOCK_RETRY_MS = 1000
ICON_PATH = resource_path("icons", "fieldsales.svg")


class DesktopController(QObject):
    """Moves between the wizard, the unlock screen and the main window."""

    unlocked = Signal()
    locked = Signal()

    def __init__(
        self,
        app: QApplication,
        *,
        data_dir: Path,
        preferences: Preferences | None = None,
        kdf: Any = None,
        sync_provider: SyncStatusProvider | None = None,
        translations_cache: Path | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = Path(data_dir)
        self.preferences = preferences or Preferences()
        self.kdf = kdf
        self.sync = sync_provider or OfflineSyncProvider(self)
        self.languages = LanguageManager(app, cache_dir=translations_cache)
        self.languages.apply(self.preferences.language, self.preferences.calendar)
        self.idle = IdleMonitor(timeout_ms=self.preferences.idle_lock_minutes * 60_000)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.workspace = None
        self.main_window = None
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: SetupWizard | None = None
        self._job = None

    # -- start ---------------------------------------------------------------
    def start(self) -> None:
        from app.workspace import Workspace

        if Workspace.exists(self.data_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        self._close_wizard()
        self.wizard = SetupWizard(
            language=self.languages.language,
            server_url=self.preferences.server_url,
            allow_insecure_http=self.preferences.allow_insecure_http,
            locked=self.preferences.preset.locked,
        )
        self.wizard.completed.connect(self.create_workspace)
        self.wizard.language_changed.connect(self._wizard_language)
        self.wizard.rejected.connect(self.app.quit)
        self.wizard.show()

    def _wizard_language(self, language: str) -> None:
        self.preferences.language = language
        self.languages.apply(language, self.preferences.calendar)
        self.show_wizard()

    def _close_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.rejected.disconnect(self.app.quit)
            self.wizard.close()
            self.wizard.deleteLater()
            self.wizard = None

    def create_workspace(self, choices: SetupChoices) -> None:
        from app.workspace import Workspace

        self.preferences.work_offline = choices.offline
        self.preferences.server_url = choices.server_url
        self.preferences.allow_insecure_http = choices.allow_insecure_http
        self.preferences.username = choices.username
        self.preferences.sync()
        self._close_wizard()
        self.show_unlock()
        assert self.unlock_screen is not None
        self.unlock_screen.note.setText(self.tr("Creating your encrypted workspace…"))
        self.unlock_screen.set_busy(True)
        passphrase, data_dir, kdf = choices.passphrase, self.data_dir, self.kdf

        def work(progress) -> Any:
            kwargs = {"kdf": kdf} if kdf is not None else {}
            return Workspace.create(data_dir, passphrase, **kwargs)

        self._job = start_job(work, on_success=self._opened, on_failure=self._open_failed)

    # -- unlock and lock -----------------------------------------------------
    def show_unlock(self, *, locked_by_idle: bool = False) -> None:
        if self.unlock_screen is not None:
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
        self.unlock_screen = UnlockScreen(
            data_dir_text=str(self.data_dir), locked_by_idle=locked_by_idle
        )
        self.unlock_screen.unlock_requested.connect(self.unlock)
        self.unlock_screen.show()
        self.unlock_screen.passphrase.setFocus()

    def unlock(self, passphrase: str) -> None:
        from app.workspace import Workspace

        data_dir = self.data_dir

        def open_and_tidy(progress):
            workspace = Workspace.open(data_dir, passphrase)
            tidy_up(workspace)
            return workspace

        self._job = start_job(
            open_and_tidy,
            on_success=self._opened,
            on_failure=self._open_failed,
        )

    def _open_failed(self, error: BaseException) -> None:
        if self.unlock_screen is None:
            return
        if isinstance(error, WrongPassphraseError):
            text = self.tr("Wrong passphrase. Check Caps Lock and the keyboard language.")
        elif isinstance(error, FieldsalesError):
            text = error_text(error)
        else:
            text = self.tr("The workspace could not be opened: %1").replace("%1", str(error))
        self.unlock_screen.show_error(text)

    def _opened(self, workspace) -> None:
        self.workspace = workspace
        if self.unlock_screen is not None:
            self.unlock_screen.clear_passphrase()
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
            self.unlock_screen = None
        self.show_main_window()
        self.idle.start()
        self.unlocked.emit()

    def show_main_window(self) -> None:
        from app.views.main_window import MainWindow

        ctx = AppContext(
            workspace=self.workspace,
            formatter=Formatter(language=self.languages.language, calendar=self.languages.calendar),
            preferences=self.preferences,
            sync=self.sync,
            username=current_username(self.preferences),
        )
        window = MainWindow(ctx)
        window.lock_requested.connect(self.lock)
        window.closing.connect(self._main_window_closed)
        window.settings_changed.connect(self.apply_settings)
        if geometry := self.preferences.geometry("main"):
            window.restoreGeometry(geometry)
        window.show()
        self.main_window = window

    def _discard_main_window(self) -> None:
        window, self.main_window = self.main_window, None
        if window is None:
            return
        self.preferences.set_geometry("main", window.saveGeometry())
        window.closing.disconnect(self._main_window_closed)
        window.close()
        window.deleteLater()

    def _main_window_closed(self) -> None:
        self.main_window = None
        self.close_workspace()
        self.app.quit()

    def lock(self) -> None:
        """Close every window with data in it, close the workspace, ask again."""
        if self.workspace is None:
            return
        if jobs_running():
            # An import or PDF is still using the workspace: closing it now would
            # break that work half-way. Try again in a moment.
            QTimer.singleShot(LOCK_RETRY_MS, self.lock)
            return
        self.idle.stop()
        self._close_data_windows()
        self.close_workspace()
        self.show_unlock(locked_by_idle=True)
        self.locked.emit()

    def _close_data_windows(self) -> None:
        """The main window and every dialog it opened, while the workspace is still open
        (closing a dialog may refresh the page beneath it)."""
        self._discard_main_window()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget not in (self.unlock_screen, self.wizard):
                widget.close()

    def close_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        if workspace is not None:
            workspace.close()

    # -- settings ------------------------------------------------------------
    def apply_settings(self) -> None:
        """Language, calendar or idle time changed: rebuild the window in place."""
        self.idle.set_timeout_ms(self.preferences.idle_lock_minutes * 60_000)
        self.languages.apply(self.preferences.language, self.preferences.calendar)
        if self.main_window is not None:
            self.preferences.set_geometry("main", self.main_window.saveGeometry())
            self._discard_main_window()
            self.show_main_window()
            self.main_window.show_page("settings")

    def shutdown(self) -> None:
        """Close windows and the workspace (tests and application exit)."""
        self.idle.stop()
        self.app.removeEventFilter(self.idle)
        self._close_data_windows()
        self._close_wizard()
        if self.unlock_screen is not None:
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
            self.unlock_screen = None
        self.close_workspace()

    def visible_window(self) -> QWidget | None:
        return self.main_window or self.unlock_screen or self.wizard


def tidy_up(workspace) -> None:
    """Expire and renew what the calendar says (quotes, contracts) since the last opening."""
    from app.services.housekeeping import run_housekeeping

    try:
        with workspace.transaction() as session:
            run_housekeeping(session, today=date.today())
    except Exception:  # noqa: BLE001 - never keep a rep out of their workspace over this
        log.exception("date-driven housekeeping failed; it runs again at the next unlock")


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON_PATH)))
    return app


def startup_error_box(error: FieldsalesError) -> QMessageBox:
    """A dialog telling the user why Fieldsales cannot start."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        APP_NAME,
        QCoreApplication.translate("AppMain", "Fieldsales cannot start."),
    )
    box.setInformativeText(error_text(error))
    return box


def run_desktop(*, data_dir: Path) -> int:
    """Entry point for ``fieldsales`` with no command: runs until the window closes."""
    app = create_application()
    try:
        preferences = Preferences(QSettings())
    except FieldsalesError as error:
        # A broken installer preset: launched from an icon, nobody reads a terminal.
        startup_error_box(error).exec()
        return 1
    controller = DesktopController(app, data_dir=data_dir, preferences=preferences)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        preferences.sync()
