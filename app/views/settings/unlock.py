"""The unlock screen shown at start and after an idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.views.shared.widgets import FieldError, PageTitle, keep_error_lines


class UnlockScreen(QWidget):
    """Emits ``unlock_requested`` with the passphrase; the caller opens the workspace."""

    unlock_requested = Signal(str)

    def __init__(self, *, data_dir_text: str, locked_by_idle: bool = False) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Fieldsales: unlock"))
        title = PageTitle(self.tr("Unlock your workspace"))
        if locked_by_idle:
            note = self.tr("Fieldsales locked itself after a period without use.")
        else:
            note = self.tr("Enter your passphrase to open your data.")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.location = QLabel(data_dir_text)
        self.location.setStyleSheet("color: #666;")
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self._submit)
        self.error = FieldError()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QWidget()
        box.setFixedWidth(440)  # centred; wide enough that the note does not wrap into a sliver
        inner = QVBoxLayout(box)
        for widget in (title, self.note, self.location):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        keep_error_lines(self)  # Unlock sits below the error, clicked again after a typo
        self.setMinimumSize(520, 360)

    def _submit(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_error(self.tr("Enter your passphrase."))
            return
        self.error.clear()
        self.set_busy(True)
        self.unlock_requested.emit(passphrase)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.error.show_error(text)

    def clear_passphrase(self) -> None:
        self.passphrase.clear()
