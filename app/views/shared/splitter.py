"""A side-by-side splitter whose right-hand pane keeps its right edge right to left."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class SideBySide(QSplitter):
    """A horizontal :class:`QSplitter` that fits its panes in right-to-left screens too.

    Right to left, QSplitter mirrors each pane with ``QRect.moveRight(width - left)``,
    one pixel past the last column it owns: every pane sits a pixel to the right and
    the one at the right end loses its last column, a table's frame (the Pipeline
    page's stage table in Arabic had no right edge). A one-pixel right margin, only
    right to left, gives the panes the width Qt lays them out in; the spare column
    is at the far left, where nothing is drawn.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._fit_direction()

    def changeEvent(self, event: QEvent) -> None:
        # Sent on a language switch and when the splitter joins a right-to-left page.
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._fit_direction()
        super().changeEvent(event)

    def _fit_direction(self) -> None:
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setContentsMargins(0, 0, 1 if right_to_left else 0, 0)
