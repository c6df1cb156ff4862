"""After a PDF is written: say where it is, offer to open it or its folder.

The message stays even when the PDF opened, because a rep who has to e-mail the
file needs to know where it went; when nothing on the laptop opens PDFs, it says
so and the folder is the way to the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.shared.bidi import fill, left_to_right


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_folder(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def saved_text(path: Path, *, opened: bool | None) -> str:
    where = fill(QCoreApplication.translate("PdfSaved", "Saved to %1"), left_to_right(str(path)))
    if opened is False:
        return (
            where
            + "\n\n"
            + QCoreApplication.translate(
                "PdfSaved",
                "No program to open PDF files was found on this computer. Open the folder to "
                "send or print the file.",
            )
        )
    return where


class PdfSavedDialog(QDialog):
    """Where the PDF went, and the two ways to it; stays open until Close."""

    def __init__(self, parent: QWidget, path: Path, *, opened: bool | None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("pdfSaved")
        self.setWindowTitle(self.tr("PDF saved"))
        self.message = QLabel(saved_text(path, opened=opened))
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.clicked.connect(lambda: open_folder(self.path))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        (close if opened else self.folder_button).setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def open_pdf(self) -> bool:
        opened = open_file(self.path)
        if not opened:
            self.message.setText(saved_text(self.path, opened=False))
        return opened


def show_pdf_saved(parent: QWidget, path: Path, *, try_open: bool) -> PdfSavedDialog:
    """Open the PDF (when asked) and tell where it is, with Open and Open folder."""
    opened = open_file(path) if try_open else None
    dialog = PdfSavedDialog(parent, path, opened=opened)
    dialog.open()
    parent.pdf_saved_message = dialog
    return dialog
