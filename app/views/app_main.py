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

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QThreadPool,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.crash_log import install_crash_log, write_to_crash_log
from app.errors import FieldsalesError, WrongPassphraseError
from app.preset import APP_NAME
from app.resources import resource_path
from app.views.settings.idle_lock import IdleMonitor
from app.views.settings.preferences import Preferences
from app.views.settings.setup_wizard import SetupChoices, SetupWizard
from app.views.settings.unlock import UnlockScreen
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext, current_username
from app.views.shared.formatting import Formatter, error_text
from app.views.shared.i18n import LanguageManager
from app.views.shared.workers import jobs_running, start_job
from app.views.sync.sync_status import OfflineSyncProvider, SyncStatusProvider

log = logging.getLogger(__name__)

LOCK_RETRY_MS = 1000
SHUTDOWN_WAIT_MS = 15_000
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
        # A provider handed in (tests) is used as is; otherwise each opened workspace
        # gets its own WorkspaceSyncProvider, and none is there while locked.
        self._injected_sync = sync_provider
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
        self._first_sign_in = None

    # -- start ---------------------------------------------------------------
    def start(self) -> None:
        from app.workspace import Workspace
        from app.workspace.wipe import clear_wipe_note, wipe_note

        if Workspace.exists(self.data_dir):
            self.show_unlock()
            return
        self.show_wizard()
        if (reason := wipe_note(self.data_dir)) is not None:
            self._tell_wiped(reason)
            clear_wipe_note(self.data_dir)

    def _tell_wiped(self, reason: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("This laptop's workspace was erased."),
            parent=self.wizard,
        )
        box.setInformativeText(
            QCoreApplication.translate("errors", reason)
            + "\n\n"
            + self.tr(
                "Set up a new workspace; your data comes back from the server at the first sync."
            )
        )
        box.setObjectName("wipedMessage")
        box.open()
        self.wiped_message = box

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
        # The wizard's password (memory only) signs in once the workspace is open.
        self._first_sign_in = None if choices.offline or not choices.server_url else choices

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
            text = fill(self.tr("The workspace could not be opened: %1"), str(error))
        self.unlock_screen.show_error(text)

    def _opened(self, workspace) -> None:
        self.workspace = workspace
        self._start_sync()
        QTimer.singleShot(0, self._sign_in_from_wizard)
        if self.unlock_screen is not None:
            self.unlock_screen.clear_passphrase()
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
            self.unlock_screen = None
        self.show_main_window()
        self.idle.start()
        self.unlocked.emit()

    def _start_sync(self) -> None:
        if self._injected_sync is not None:
            return
        from app.sync.network import network_from_preset
        from app.views.sync.workspace_sync import WorkspaceSyncProvider

        provider = WorkspaceSyncProvider(
            self.workspace, network=network_from_preset(self.preferences.preset), parent=self
        )
        provider.sign_in_needed.connect(self.ask_to_sign_in)
        provider.enrolment_needed.connect(self.ask_to_sign_in)
        provider.wiped.connect(self._workspace_wiped)
        provider.synced.connect(self._synced)
        self.sync = provider
        QTimer.singleShot(0, provider.sync_now)

    def _stop_sync(self) -> None:
        if self._injected_sync is not None:
            return
        provider = self.sync
        if hasattr(provider, "stop"):
            provider.stop()
        if not getattr(provider, "running", lambda: False)():
            self.sync = OfflineSyncProvider(self)
            provider.deleteLater()

    def ask_to_sign_in(self, reason: str = "") -> None:
        """The server's session ended (or was never opened): the connect dialog, filled in."""
        from app.views.sync.connect_dialog import ConnectDialog

        if self.main_window is None or not hasattr(self.sync, "engine"):
            return
        status = self.sync.engine().status()
        preset_url = self.preferences.preset.server_url
        dialog = ConnectDialog(
            self.sync,
            server_url=status.server_url or preset_url or self.preferences.server_url,
            username=status.username or self.preferences.username,
            allow_insecure_http=self.preferences.allow_insecure_http,
            server_fixed=bool(preset_url) or status.connected,
            username_fixed=status.connected,
            parent=self.main_window,
        )
        if reason:
            dialog.errors["general"].show_error(reason)
        dialog.connected.connect(self.sync.sync_now)
        dialog.open()
        self.connect_dialog = dialog
        return dialog

    def _sign_in_from_wizard(self) -> None:
        choices, self._first_sign_in = self._first_sign_in, None
        if choices is None or not hasattr(self.sync, "engine"):
            return
        provider = self.sync
        values = {
            "server_url": choices.server_url,
            "username": choices.username,
            "password": choices.password,
            "totp_code": choices.totp_code or None,
            "allow_insecure_http": choices.allow_insecure_http,
        }

        def failed(error: BaseException) -> None:
            text = error_text(error) if isinstance(error, FieldsalesError) else str(error)
            self.ask_to_sign_in(text)

        def sign_in(progress) -> Any:
            from app.views.sync.workspace_sync import cancelled_as_job_cancel

            # The job's event: closing or locking the app stops the retries at once.
            engine = provider.engine(cancel=progress.cancel_event)
            with cancelled_as_job_cancel():
                return engine.connect(**values)

        self._job = start_job(
            sign_in,
            on_success=lambda _answer: self.sync.sync_now(),
            on_failure=failed,
        )

    def _synced(self, _report: object) -> None:
        if self.main_window is not None:
            self.main_window.refresh_current_page()

    def _workspace_wiped(self, reason: str) -> None:
        self.idle.stop()
        self.workspace = None  # the engine closed and erased it
        self._close_data_windows()
        self.sync = OfflineSyncProvider(self)
        self.show_wizard()
        self._tell_wiped(reason)

    def show_main_window(self) -> None:
        from app.views.main_window import MainWindow

        ctx = AppContext(
            workspace=self.workspace,
            formatter=Formatter(
                language=self.languages.language,
                calendar=self.languages.calendar,
                calendar_name=self.languages.calendar_name,
            ),
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
            # An import, a PDF or a sync is still using the workspace: closing it now
            # would break that work half-way. A sync stops at its next page or retry;
            # try again.
            self._stop_network_jobs()
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
        self._stop_sync()
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
        # A sync or sign-in still running would write into a closed workspace: ask it
        # to stop (a wait between retries ends at once), and give it the time of one
        # request to finish what it is doing.
        self._stop_network_jobs()
        QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)
        QCoreApplication.sendPostedEvents()  # deliver the finished jobs' callbacks
        self._close_data_windows()
        self._close_wizard()
        if self.unlock_screen is not None:
            self.unlock_screen.close()
            self.unlock_screen.deleteLater()
            self.unlock_screen = None
        self.close_workspace()

    def _stop_network_jobs(self) -> None:
        """Cancel the running sync and the wizard's sign-in (they talk to the server)."""
        if hasattr(self.sync, "stop"):
            self.sync.stop()
        if self._job is not None:
            self._job.cancel()  # the sign-in; an open or create job never looks

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


GUI_SWITCH_INTERVAL_S = 0.001


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    # The sync and the accounts list's queries run on threads beside the GUI thread.
    # Python hands the interpreter lock to a waiting thread only every switch
    # interval, and the GUI thread waits for it again after each SQLite call: the
    # default 5 ms made a keystroke or a repaint queue behind a sync page.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
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


def _qt_message(mode: QtMsgType, context: Any, message: str) -> None:
    """Qt's messages as Qt would print them, and the serious ones in the crash report
    too (a fatal one is followed by an abort, so it is the report's first line)."""
    sys.stderr.write(message + "\n")
    if mode in (QtMsgType.QtFatalMsg, QtMsgType.QtCriticalMsg):
        write_to_crash_log(f"Qt: {message}")


def prepare_desktop_process() -> Path:
    """Before any window: a crash from here on leaves a report in the log folder."""
    path = install_crash_log()
    qInstallMessageHandler(_qt_message)
    return path


def finish_desktop_process(app: QApplication) -> None:
    """Tear Qt down while Python is still whole, in an order we choose.

    Left to the interpreter's exit, the QApplication is destroyed while Python
    finalises, in no set order with the Python objects that wrap Qt ones, and with
    threads still up: the thread pool's, and QtDBus's and GLib's, which the network
    watch (``QNetworkInformation``) starts. A Qt message then calls our Python
    handler inside a half-finalised interpreter, and faulthandler is already off,
    so the process can die with "Aborted", nothing on stderr and no report, the
    way issue 12's scripted start-ups did. So: let the last jobs finish, deliver
    what they posted, hand Qt's messages back to Qt's own handler (it writes to
    stderr without Python), and destroy the application now.
    """
    pool = QThreadPool.globalInstance()
    pool.waitForDone(SHUTDOWN_WAIT_MS)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    pool.waitForDone(SHUTDOWN_WAIT_MS)  # a job the delivered events started
    qInstallMessageHandler(None)
    app.shutdown()


def run_desktop(*, data_dir: Path) -> int:
    """Entry point for ``fieldsales`` with no command: runs until the window closes."""
    prepare_desktop_process()
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
        finish_desktop_process(app)
