"""Down and Enter in a search box: Down moves into the results, Enter opens one.

Installed on every search field whose results sit beside it, so a rep can type,
press Enter and be there, or press Down and walk the list, without the mouse.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def first_selectable(view: QAbstractItemView) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.flags() & Qt.ItemFlag.ItemIsSelectable:
            return index
    return QModelIndex()


class SearchKeys(QObject):
    """``open_current`` opens the view's current row; ``catch_up`` runs a pending filter."""

    def __init__(
        self,
        field: QLineEdit,
        view: QAbstractItemView,
        open_current: Callable[[], object],
        *,
        catch_up: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(field)
        self.field = field
        self.view = view
        self.open_current = open_current
        self.catch_up = catch_up
        field.installEventFilter(self)
        # New text, new results: Enter then means the first of them, not an old pick.
        field.textChanged.connect(lambda _text: view.setCurrentIndex(QModelIndex()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is not self.field or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() not in (Qt.Key.Key_Down, *ENTER_KEYS):
            return False
        if self.catch_up is not None:  # typed faster than the filter's pause
            self.catch_up()
        if event.key() == Qt.Key.Key_Down:
            return self._choose_first(focus=True)
        if event.key() in ENTER_KEYS:
            if not self._choose_first(focus=False):
                return False
            self.open_current()
            return True
        return False

    def _choose_first(self, *, focus: bool) -> bool:
        """Make sure a row is current (the first one unless the user picked one)."""
        current = self.view.currentIndex()
        if not current.isValid() or not current.flags() & Qt.ItemFlag.ItemIsSelectable:
            current = first_selectable(self.view)
            if not current.isValid():
                return False
            self.view.setCurrentIndex(current)
        if focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
