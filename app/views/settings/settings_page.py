"""Settings: language, calendar, idle lock and the sync server."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from app.preset import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from app.sync.server_url import validate_server_url
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.i18n import LANGUAGE_NAMES, calendars_for_language
from app.views.shared.widgets import FieldError, PageTitle


def calendar_label(name: str) -> str:
    return {
        "gregorian": QCoreApplication.translate("SettingsPage", "Gregorian"),
        "jalali": QCoreApplication.translate("SettingsPage", "Jalali (Solar Hijri)"),
        "islamic-civil": QCoreApplication.translate("SettingsPage", "Islamic civil (Hijri)"),
        "islamic-umalqura": QCoreApplication.translate("SettingsPage", "Umm al-Qura (Hijri)"),
    }[name]


class SettingsPage(QWidget):
    settings_changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        prefs = ctx.preferences
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(prefs.language))
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self.language.currentIndexChanged.connect(self._fill_calendars)
        self._fill_calendars()
        index = self.calendar.findData(prefs.calendar)
        self.calendar.setCurrentIndex(max(index, 0))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setValue(prefs.idle_lock_minutes)
        self.idle_minutes.setSuffix(" " + self.tr("min"))

        appearance = QGroupBox(self.tr("Language and region"))
        form = QFormLayout(appearance)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Calendar"), self.calendar)
        security = QGroupBox(self.tr("Security"))
        form = QFormLayout(security)
        form.addRow(self.tr("Lock after inactivity"), self.idle_minutes)
        self.passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.passphrase_note = QLabel()
        form.addRow("", self.passphrase_button)
        form.addRow("", self.passphrase_note)

        self.server_url = QLineEdit(prefs.server_url)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://sync.example.com")
        self.username = QLineEdit(prefs.username)
        self.allow_insecure = QCheckBox(self.tr("Allow an unencrypted (http) connection"))
        self.allow_insecure.setChecked(prefs.allow_insecure_http)
        self.url_error = FieldError()
        server = QGroupBox(self.tr("Sync server"))
        form = QFormLayout(server)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow("", self.url_error)
        form.addRow("", self.allow_insecure)
        form.addRow(self.tr("User name"), self.username)
        note = QLabel(
            self.tr("Your password is asked for when you connect; it is never stored on disk.")
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.connection = QLabel()
        self.connection.setObjectName("connectionState")
        self.connection.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect to server…"))
        self.connect_button.setObjectName("connectServer")
        self.connect_button.clicked.connect(self.open_connect_dialog)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("signOut")
        self.sign_out_button.clicked.connect(self.sign_out)
        connect_row = QHBoxLayout()
        connect_row.addWidget(self.connect_button)
        connect_row.addWidget(self.sign_out_button)
        connect_row.addStretch(1)
        form.addRow(self.tr("Connection"), self.connection)
        form.addRow("", connect_row)
        self.show_connection()

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.saved = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved, 1)
        buttons.addWidget(self.save_button)
        column = QWidget()
        column.setMaximumWidth(680)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        for box in (appearance, security, server):
            inner.addWidget(box)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Settings")))
        layout.addWidget(column)
        layout.addStretch(1)
        self.locked_note = QLabel(
            self.tr(
                "Greyed settings are set by your company's installation and cannot be changed here."
            )
        )
        self.locked_note.setObjectName("lockedNote")
        self.locked_note.setWordWrap(True)
        inner.insertWidget(0, self.locked_note)
        self._grey_out_locked_settings()

    def _grey_out_locked_settings(self) -> None:
        widgets = {
            "language": self.language,
            "calendar": self.calendar,
            "idle_lock_minutes": self.idle_minutes,
            "server_url": self.server_url,
            "allow_insecure_http": self.allow_insecure,
        }
        locked = [name for name in widgets if self.ctx.preferences.is_locked(name)]
        for name in locked:
            widgets[name].setEnabled(False)
            widgets[name].setToolTip(self.tr("Set by your company's installation"))
        self.locked_note.setVisible(bool(locked))

    def show_connection(self) -> None:
        engine = getattr(self.ctx.sync, "engine", None)
        status = engine().status() if engine else None
        if status is None or not status.connected:
            self.connection.setText(self.tr("Not connected: this workspace works on its own."))
            self.connect_button.setText(self.tr("Connect to server…"))
        elif not status.signed_in:
            self.connection.setText(
                fill(self.tr("Signed out of %1; sign in to sync."), status.server_url or "")
            )
            self.connect_button.setText(self.tr("Sign in…"))
        else:
            self.connection.setText(
                fill(
                    self.tr("Connected to %1 as %2."),
                    status.server_url or "",
                    status.username or "",
                )
            )
            self.connect_button.setText(self.tr("Sign in again…"))
        self.connect_button.setEnabled(engine is not None)
        self.sign_out_button.setVisible(bool(status and status.signed_in))
        # A workspace syncs with one account for good: show it, and do not offer to edit it.
        bound = bool(status and status.connected)
        if bound:
            self.server_url.setText(status.server_url or "")
            self.username.setText(status.username or "")
        for field in (self.server_url, self.username):
            field.setReadOnly(bound)
        self.allow_insecure.setEnabled(not bound)

    def open_connect_dialog(self):
        from app.views.sync.connect_dialog import ConnectDialog

        provider = self.ctx.sync
        if not hasattr(provider, "engine"):
            return None
        status = provider.engine().status()
        preset_url = self.ctx.preferences.preset.server_url
        dialog = ConnectDialog(
            provider,
            server_url=status.server_url or preset_url or self.server_url.text().strip(),
            username=status.username or self.username.text().strip(),
            allow_insecure_http=self.allow_insecure.isChecked(),
            server_fixed=bool(preset_url) or status.connected,
            username_fixed=status.connected,
            parent=self,
        )

        def connected() -> None:
            self.show_connection()
            provider.refresh()
            provider.sync_now()

        dialog.connected.connect(connected)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Tell the server (off the GUI thread, it may be unreachable) and forget the tokens."""
        from app.views.shared.workers import start_job

        provider = self.ctx.sync
        if not hasattr(provider, "engine"):
            return
        engine = provider.engine()

        def signed_out(_result: object) -> None:
            provider.refresh()
            self.show_connection()

        self.sign_out_button.setEnabled(False)
        self._sign_out_job = start_job(
            lambda _progress: engine.disconnect(),
            on_success=signed_out,
            on_finished=lambda: self.sign_out_button.setEnabled(True),
        )

    def change_passphrase(self):
        from app.views.settings.change_passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.ctx, self)
        dialog.changed.connect(lambda: self.passphrase_note.setText(self.tr("Passphrase changed.")))
        dialog.open()
        return dialog

    def _fill_calendars(self) -> None:
        current = self.calendar.currentData()
        self.calendar.clear()
        for name in calendars_for_language(self.language.currentData()):
            self.calendar.addItem(calendar_label(name), name)
        index = self.calendar.findData(current)
        self.calendar.setCurrentIndex(max(index, 0))

    def save(self) -> bool:
        self.url_error.clear()
        url = self.server_url.text().strip()
        if url:
            try:
                url = validate_server_url(url, allow_insecure=self.allow_insecure.isChecked())
            except ValidationError as error:
                self.url_error.show_error(error_text(error))
                return False
        prefs = self.ctx.preferences
        prefs.server_url = url
        prefs.allow_insecure_http = self.allow_insecure.isChecked()
        prefs.username = self.username.text().strip()
        prefs.work_offline = not url
        prefs.idle_lock_minutes = self.idle_minutes.value()
        prefs.language = self.language.currentData()
        prefs.calendar = self.calendar.currentData()
        prefs.sync()
        self.saved.setText(self.tr("Saved."))
        self.settings_changed.emit()
        return True
