"""First run: choose the workspace passphrase, then a server or working offline."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import ValidationError
from app.sync.server_url import validate_server_url
from app.views.settings.passphrase import check_new_passphrase, passphrase_strength
from app.views.shared.formatting import error_text
from app.views.shared.i18n import LANGUAGE_NAMES
from app.views.shared.widgets import FieldError, keep_error_lines


@dataclass(frozen=True)
class SetupChoices:
    passphrase: str
    offline: bool
    server_url: str = ""
    allow_insecure_http: bool = False
    username: str = ""
    # Kept in memory only, for the sync client's first sign-in; never written to disk.
    password: str = ""
    totp_code: str = ""


class PassphrasePage(QWizardPage):
    language_changed = Signal(str)

    def __init__(self, language: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Protect your workspace"))
        self.setSubTitle(
            self.tr(
                "Everything is stored encrypted on this computer. Choose a passphrase: "
                "without it nobody, not even support, can open your data."
            )
        )
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(language))
        self.language.currentIndexChanged.connect(
            lambda: self.language_changed.emit(self.language.currentData())
        )
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("confirmation")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.passphrase_error = FieldError()
        self.confirmation_error = FieldError()
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.strength)
        form.addRow("", self.passphrase_error)
        form.addRow(self.tr("Repeat passphrase"), self.confirmation)
        form.addRow("", self.confirmation_error)
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength("")
        keep_error_lines(self)  # the wizard's Next sits below

    def _show_strength(self, text: str) -> None:
        hints = [
            self.tr("Too short: at least 8 characters"),
            self.tr("Strength: weak. A longer phrase is safer."),
            self.tr("Strength: fair"),
            self.tr("Strength: strong"),
        ]
        colours = ["#b3261e", "#b3261e", "#8a6d00", "#1b6e20"]
        score = passphrase_strength(text)
        self.strength.setVisible(bool(text))  # no red warning before the user types
        self.strength.setText(hints[score])
        self.strength.setStyleSheet(f"color: {colours[score]};")

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.passphrase_error.clear()
        self.confirmation_error.clear()
        try:
            check_new_passphrase(self.passphrase.text(), self.confirmation.text())
        except ValidationError as error:
            target = (
                self.confirmation_error if error.field == "confirmation" else self.passphrase_error
            )
            target.show_error(error_text(error))
            return False
        return True


class ServerPage(QWizardPage):
    def __init__(self, server_url: str, *, allow_insecure_http: bool = False) -> None:
        super().__init__()
        self.setTitle(self.tr("Sync with your company"))
        self.setSubTitle(
            self.tr("You can work offline now and connect to a server later in Settings.")
        )
        self.offline = QRadioButton(self.tr("Work offline for now"))
        self.offline.setObjectName("offline")
        self.connect_server = QRadioButton(self.tr("Connect to a server"))
        self.connect_server.setObjectName("connectServer")
        group = QButtonGroup(self)
        group.addButton(self.offline)
        group.addButton(self.connect_server)
        self.server_url = QLineEdit(server_url)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://sync.example.com")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp = QLineEdit()
        self.totp.setObjectName("totp")
        self.totp.setPlaceholderText(self.tr("Only if your account uses one"))
        self.allow_insecure = QCheckBox(self.tr("Allow an unencrypted (http) connection"))
        self.allow_insecure.setChecked(allow_insecure_http)
        self.url_error = FieldError()
        self.username_error = FieldError()
        self.details = QWidget()
        form = QFormLayout(self.details)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow("", self.url_error)
        form.addRow("", self.allow_insecure)
        form.addRow(self.tr("User name"), self.username)
        form.addRow("", self.username_error)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("One-time code"), self.totp)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offline)
        layout.addWidget(self.connect_server)
        layout.addWidget(self.details)
        self.connect_server.toggled.connect(self.details.setEnabled)
        (self.connect_server if server_url else self.offline).setChecked(True)
        self.details.setEnabled(self.connect_server.isChecked())
        keep_error_lines(self)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        self.url_error.clear()
        self.username_error.clear()
        if self.offline.isChecked():
            return True
        ok = True
        try:
            self.server_url.setText(
                validate_server_url(
                    self.server_url.text(), allow_insecure=self.allow_insecure.isChecked()
                )
            )
        except ValidationError as error:
            self.url_error.show_error(error_text(error))
            ok = False
        if not self.username.text().strip():
            self.username_error.show_error(self.tr("Enter your user name."))
            ok = False
        return ok


class SetupWizard(QWizard):
    """Emits ``completed`` with the choices; the caller creates the workspace."""

    completed = Signal(object)  # SetupChoices
    language_changed = Signal(str)

    def __init__(
        self,
        *,
        language: str = "en",
        server_url: str = "",
        allow_insecure_http: bool = False,
        locked: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Set up Fieldsales"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.passphrase_page = PassphrasePage(language)
        self.server_page = ServerPage(server_url, allow_insecure_http=allow_insecure_http)
        self.passphrase_page.language_changed.connect(self.language_changed)
        # What the installer's preset locks is shown greyed, not offered.
        self.passphrase_page.language.setEnabled("language" not in locked)
        self.server_page.server_url.setEnabled("server_url" not in locked)
        self.server_page.allow_insecure.setEnabled("allow_insecure_http" not in locked)
        self.addPage(self.passphrase_page)
        self.addPage(self.server_page)
        self.setMinimumSize(560, 440)

    def accept(self) -> None:
        # QWizard validates the last page only inside done(); the choices must be
        # read after that validation has normalised them, so validate first.
        if not self.validateCurrentPage():
            return
        page = self.server_page
        offline = page.offline.isChecked()
        choices = SetupChoices(
            passphrase=self.passphrase_page.passphrase.text(),
            offline=offline,
            server_url="" if offline else page.server_url.text(),
            allow_insecure_http=not offline and page.allow_insecure.isChecked(),
            username="" if offline else page.username.text().strip(),
            password="" if offline else page.password.text(),
            totp_code="" if offline else page.totp.text().strip(),
        )
        for field in (
            self.passphrase_page.passphrase,
            self.passphrase_page.confirmation,
            page.password,
        ):
            field.clear()
        super().accept()
        self.completed.emit(choices)
