"""A searchable list of records that lead to their account (Contacts, Contracts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import or_, select

from app.models import Account, Contact, Contract
from app.views.shared.bidi import fill
from app.views.shared.search_keys import SearchKeys
from app.views.shared.widgets import PageTitle, RecordTable

LIST_LIMIT = 500


class SearchList(QWidget):
    """Title, search field and table; subclasses fill ``rows(text)``."""

    navigate = Signal(str, str)

    def _build(self, title: str, headers: list[str], placeholder: str) -> None:
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(placeholder)
        self.search_field.textChanged.connect(self.refresh)
        self.note = QLabel()
        self.note.setStyleSheet("color: #666;")
        self.table = RecordTable(headers)
        self.table.itemActivated.connect(lambda _item: self._open())
        SearchKeys(self.search_field, self.table, self._open)
        top = QHBoxLayout()
        top.addWidget(PageTitle(title))
        top.addStretch(1)
        top.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addWidget(self.table, 1)
        self._account_of: dict[str, str] = {}

    def _fill(
        self,
        model: type[Contact] | type[Contract],
        *,
        order_by: tuple,
        searched: tuple,
        cells: Callable[[Any, str], list[str]],
        right_aligned: set[int] = frozenset(),
        fit: set[int] = frozenset(),
    ) -> None:
        """Show up to LIST_LIMIT live rows of ``model`` with their account's name,
        filtered by the search text over ``searched`` columns and the account name."""
        query = (
            select(model, Account.name)
            .join(Account, Account.id == model.account_id)
            .where(model.deleted.is_(False))
            .order_by(*order_by)
            .limit(LIST_LIMIT)
        )
        if text := self.search_field.text().strip():
            pattern = f"%{text}%"
            query = query.where(
                or_(*(column.ilike(pattern) for column in (*searched, Account.name)))
            )
        with self.ctx.session() as session:
            rows = session.execute(query).all()
            self._account_of = {row.id: row.account_id for row, _name in rows}
            self.table.set_rows(
                [(row.id, cells(row, name)) for row, name in rows],
                right_aligned=right_aligned,
                fit=fit,
            )
        self.note.setText(
            # An explicit context: self.tr here would look up the subclass's name.
            fill(
                QCoreApplication.translate("SearchList", "Showing up to %1"),
                self.ctx.formatter.number(LIST_LIMIT),
            )
            if len(rows) >= LIST_LIMIT
            else ""
        )

    def _open(self) -> None:
        record_id = self.table.current_id()
        if record_id and (account_id := self._account_of.get(record_id)):
            self.navigate.emit("accounts", account_id)
