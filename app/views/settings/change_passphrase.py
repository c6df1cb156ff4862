"""Change the workspace passphrase from Settings.

The workspace re-wraps its data key under the new passphrase (two Argon2id
derivations, about a second), so it runs on the thread pool. The data is not
re-encrypted and the open workspace stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldsalesError, ValidationError, WrongPassphraseError
from app.views.settings.passphrase import check_new_passphrase
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.widgets import FieldError, keep_error_lines
from app.views.shared.workers import start_job


class ChangePassphraseDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = self._password_field("currentPassphrase")
        self.new = self._password_field("newPassphrase")
        self.confirmation = self._password_field("confirmation")
        self.current_error = FieldError()
        self.new_error = FieldError()
        self.confirmation_error = FieldError()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.done_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow("", self.current_error)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.new_error)
        form.addRow(self.tr("Repeat new passphrase"), self.confirmation)
        form.addRow("", self.confirmation_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        keep_error_lines(self)
        self.setMinimumWidth(460)

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def submit(self) -> None:
        from app.workspace import change_passphrase

        for label in (self.current_error, self.new_error, self.confirmation_error):
            label.clear()
        try:
            check_new_passphrase(self.new.text(), self.confirmation.text())
        except ValidationError as error:
            target = self.confirmation_error if error.field == "confirmation" else self.new_error
            target.show_error(error_text(error))
            return
        old, new, data_dir = self.current.text(), self.new.text(), self.ctx.workspace.data_dir
        self._set_busy(True)
        self.job = start_job(
            lambda progress: change_passphrase(data_dir, old, new),
            on_success=self._succeeded,
            on_failure=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def _succeeded(self, _result: object) -> None:
        self._set_busy(False)
        for field in (self.current, self.new, self.confirmation):
            field.clear()
        self.changed.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, WrongPassphraseError):
            self.current_error.show_error(self.tr("This is not the current passphrase."))
        elif isinstance(error, FieldsalesError):
            self.new_error.show_error(error_text(error))
        else:
            self.new_error.show_error(str(error))
