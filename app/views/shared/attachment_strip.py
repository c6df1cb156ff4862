"""Attachments as thumbnails: photos show themselves, other files their type's icon.

Stored files are decrypted only when their bytes are already on this laptop (a
thumbnail never waits for the network); double-clicking a photo opens a preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.views.shared.bidi import isolated

THUMBNAIL = QSize(96, 72)
PREVIEW_MAX = QSize(900, 640)
ENTRY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class StripEntry:
    name: str
    attachment_id: str | None = None  # stored in the workspace
    path: Path | None = None  # chosen from disk, stored when the report is saved
    image: QPixmap | None = None


def pixmap_of(data: bytes) -> QPixmap | None:
    pixmap = QPixmap()
    return pixmap if pixmap.loadFromData(data) and not pixmap.isNull() else None


class AttachmentStrip(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(THUMBNAIL)
        self.setGridSize(QSize(THUMBNAIL.width() + 28, THUMBNAIL.height() + 40))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setMinimumHeight(THUMBNAIL.height() + 48)
        self.setMaximumHeight(THUMBNAIL.height() + 60)
        self.itemActivated.connect(lambda item: self.preview(item))

    def set_entries(self, entries: list[StripEntry]) -> None:
        self.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for entry in entries:
            image = entry.image
            if image is None and entry.path is not None:
                loaded = QPixmap(str(entry.path))
                image = None if loaded.isNull() else loaded
            icon = (
                QIcon(
                    image.scaled(
                        THUMBNAIL,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
                if image
                else file_icon
            )
            # A Latin file name under an Arabic form keeps its own order.
            item = QListWidgetItem(icon, isolated(entry.name))
            item.setToolTip(isolated(entry.name))
            item.setData(ENTRY_ROLE, StripEntry(entry.name, entry.attachment_id, entry.path, image))
            self.addItem(item)

    def current_entry(self) -> StripEntry | None:
        item = self.currentItem()
        return None if item is None else item.data(ENTRY_ROLE)

    def preview(self, item: QListWidgetItem | None = None) -> QDialog | None:
        item = item or self.currentItem()
        entry = None if item is None else item.data(ENTRY_ROLE)
        if entry is None or entry.image is None:
            return None
        dialog = PhotoPreview(entry.name, entry.image, self)
        dialog.open()
        self.preview_dialog = dialog
        return dialog


class PhotoPreview(QDialog):
    def __init__(self, name: str, image: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown = image
        if image.width() > PREVIEW_MAX.width() or image.height() > PREVIEW_MAX.height():
            shown = image.scaled(
                PREVIEW_MAX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setPixmap(shown)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(
            min(shown.width() + 40, PREVIEW_MAX.width() + 40),
            min(shown.height() + 90, PREVIEW_MAX.height() + 90),
        )
