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
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.i18n import LANGUAGE_NAMES, calendars_for_language
from app.views.shared.widgets import FieldError, PageTitle


def calendar_label(name: str) -> str:
    return {
        "gregorian": QCoreApplication.translate("SettingsPage", "Gregorian"),
        "jalali": QCoreApplication.translate("SettingsPage", "Jalali (Solar Hijri)"),
        "islamic-civil": QCoreApplication.translate("SettingsPage", "Islamic civil (Hijri)"),
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
            self.tr("Your password is asked for when you sync; it is never stored on disk.")
        )
        note.setWordWrap(True)
        form.addRow("", note)

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
