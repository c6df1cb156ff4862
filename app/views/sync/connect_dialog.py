"""Connect to server: address, username, password, and a second factor when asked.

Signing in runs off the GUI thread (it is a network round trip and an Argon2
check on the server). The password is handed to the engine and dropped; only the
token pair the server returns is kept, inside the encrypted workspace. When the
server asks for a code, the code field appears; when it requires a second factor
this account has not set up, the dialog shows the secret for an authenticator
app and asks for its first code.

Closing the dialog (Cancel, Esc, the window's close button) while it signs in
cancels the sign-in, as locking or closing the app does (the provider's
``stop``): a wait to retry an unreachable server ends at once, no further
attempt is made and nothing is stored; a request already on the wire is not cut
short, and its answer is then dropped with the job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldsalesError
from app.sync.errors import EnrolmentRequiredError, SecondFactorRequiredError
from app.views.shared.formatting import error_text
from app.views.shared.widgets import FieldError, keep_error_lines
from app.views.shared.workers import Job, Progress
from app.views.sync.workspace_sync import WorkspaceSyncProvider, cancelled_as_job_cancel


class ConnectDialog(QDialog):
    connected = Signal()

    def __init__(
        self,
        provider: WorkspaceSyncProvider,
        *,
        server_url: str = "",
        username: str = "",
        allow_insecure_http: bool = False,
        server_fixed: bool = False,
        username_fixed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider = provider
        self.setWindowTitle(self.tr("Connect to server"))
        self._job: Job | None = None
        self._enrolling = False

        self.server_url = QLineEdit(server_url)
        self.server_url.setObjectName("serverUrl")
        self.server_url.setPlaceholderText("https://sync.example.com")
        self.server_url.setReadOnly(server_fixed)
        if server_fixed:
            self.server_url.setToolTip(self.tr("Set by your company's installation"))
        self.allow_insecure = QCheckBox(self.tr("Allow an unencrypted (http) connection"))
        self.allow_insecure.setChecked(allow_insecure_http)
        self.allow_insecure.setEnabled(not server_fixed)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setReadOnly(username_fixed)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.totp = QLineEdit()
        self.totp.setObjectName("totp")
        self.totp.setMaxLength(8)
        self.totp.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.enrolment = QLabel()
        self.enrolment.setObjectName("enrolment")
        self.enrolment.setWordWrap(True)
        self.enrolment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors = {
            name: FieldError()
            for name in ("server_url", "username", "password", "totp_code", "general")
        }

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow("", self.errors["server_url"])
        form.addRow("", self.allow_insecure)
        form.addRow(self.tr("User name"), self.username)
        form.addRow("", self.errors["username"])
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.errors["password"])
        form.addRow("", self.enrolment)
        self.totp_label = QLabel(self.tr("Code from your authenticator app"))
        form.addRow(self.totp_label, self.totp)
        form.addRow("", self.errors["totp_code"])
        self._show_totp(False)
        self.enrolment.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.connect_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(self.tr("Connect"))
        self.connect_button.setObjectName("connect")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors["general"])
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        keep_error_lines(self)
        self.setMinimumWidth(560)
        (self.password if server_url and username else self.server_url).setFocus()

    def _show_totp(self, visible: bool) -> None:
        self.totp_label.setVisible(visible)
        self.totp.setVisible(visible)

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()

    def _set_busy(self, busy: bool) -> None:
        self.connect_button.setEnabled(not busy)
        self.busy.setText(self.tr("Connecting…") if busy else "")

    def submit(self) -> None:
        if self._job is not None:
            return
        self._clear_errors()
        values: dict[str, Any] = {
            "server_url": self.server_url.text().strip(),
            "username": self.username.text().strip(),
            "password": self.password.text(),
            "totp_code": self.totp.text().strip() or None,
            "allow_insecure_http": self.allow_insecure.isChecked(),
        }
        if not values["password"]:
            self.errors["password"].show_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        enrolling = self._enrolling
        make_engine = self.provider.engine

        def work(progress: Progress) -> str:
            # The job's event: closing the dialog or the app stops the retries at once.
            engine = make_engine(cancel=progress.cancel_event)
            with cancelled_as_job_cancel():
                if enrolling:
                    code = values["totp_code"] or ""
                    engine.confirm_second_factor(code, password=values["password"])
                    values["totp_code"] = None  # sign in again, now with the factor on
                    return "confirmed"
                engine.connect(**values)
                return "connected"

        self._start(work, on_success=self._done)

    def _start(self, work: Callable[[Progress], Any], *, on_success: Callable[[Any], None]) -> None:
        self._set_busy(True)
        self._job = self.provider.start_network_job(
            work, on_success=on_success, on_failure=self._failed, on_cancelled=self._cancelled
        )

    def reject(self) -> None:
        """Closed while signing in: the sign-in stops too (see the module's docstring)."""
        if self._job is not None:
            self._job.cancel()
        super().reject()

    def _cancelled(self) -> None:
        self._job = None
        self._set_busy(False)

    def _done(self, outcome: str) -> None:
        self._job = None
        self._set_busy(False)
        if outcome == "confirmed":
            self._enrolling = False
            self.enrolment.hide()
            self.totp.clear()
            self.errors["general"].show_error(
                self.tr("Two-step sign-in is on. Enter a new code to connect.")
            )
            self._show_totp(True)
            self.totp.setFocus()
            return
        self.password.clear()
        self.connected.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._job = None
        self._set_busy(False)
        if isinstance(error, SecondFactorRequiredError):
            self._show_totp(True)
            self.errors["totp_code"].show_error(error_text(error))
            self.totp.setFocus()
            return
        if isinstance(error, EnrolmentRequiredError):
            self._start_enrolment(error)
            return
        text = error_text(error) if isinstance(error, FieldsalesError) else str(error)
        field = getattr(error, "field", None)
        target = self.errors.get(field or "general", self.errors["general"])
        target.show_error(text)

    def _start_enrolment(self, error: EnrolmentRequiredError) -> None:
        make_engine = self.provider.engine
        password = self.password.text()

        def work(progress: Progress) -> dict[str, Any]:
            engine = make_engine(cancel=progress.cancel_event)
            with cancelled_as_job_cancel():
                return engine.enrol_second_factor(password=password)

        def shown(enrolment: dict[str, Any]) -> None:
            self._job = None
            self._set_busy(False)
            self._enrolling = True
            self.enrolment.setText(
                error_text(error)
                + "\n\n"
                + self.tr("Add this key to your authenticator app, then enter the code it shows:")
                + "\n"
                + str(enrolment.get("secret", ""))
            )
            self.enrolment.setToolTip(str(enrolment.get("provisioning_uri", "")))
            self.enrolment.show()
            self._show_totp(True)
            self.totp.setFocus()

        self._start(work, on_success=shown)
