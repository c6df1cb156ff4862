"""Choose an account by typing part of its name, number or city."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.accounts.account_list_model import AccountListModel
from app.views.shared.context import AppContext
from app.views.shared.search_keys import SearchKeys
from app.views.shared.widgets import FieldError, keep_error_lines


class AccountChooser(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose an account"))
        self._model = AccountListModel(ctx.session, ctx.formatter, self)
        self.search = QLineEdit()
        self.search.setObjectName("accountSearch")
        self.search.setPlaceholderText(self.tr("Type a name, number or city"))
        self.results = QListWidget()
        self.error = FieldError()
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(120)
        timer.timeout.connect(self._refresh)
        self._pending = timer
        self.search.textChanged.connect(timer.start)
        self.results.itemActivated.connect(lambda _item: self.accept())
        SearchKeys(self.search, self.results, self.accept, catch_up=self._catch_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        keep_error_lines(self)
        self.resize(480, 420)
        self._refresh()

    def _catch_up(self) -> None:
        if self._pending.isActive():
            self._pending.stop()
            self._refresh()

    def _refresh(self) -> None:
        self._model.set_filter(self.search.text())
        self.results.clear()
        for row in range(min(self._model.rowCount(), 50)):
            name = self._model.index(row, 1).data()
            number = self._model.index(row, 0).data()
            city = self._model.index(row, 2).data()
            item = QListWidgetItem(" · ".join(p for p in (name, number, city) if p))
            item.setData(Qt.ItemDataRole.UserRole, self._model.account_id(row))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def choose(self, text: str) -> None:
        self.search.setText(text)
        self._refresh()

    def account_id(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def accept(self) -> None:
        if self.account_id() is None:
            self.error.show_error(self.tr("Choose an account from the list."))
            return
        super().accept()
