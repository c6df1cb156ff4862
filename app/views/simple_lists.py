"""Contacts and Contracts: searchable lists that lead to the account."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy import or_, select

from app.models import Account, Contact, Contract
from app.views.context import AppContext
from app.views.formatting import left_to_right
from app.views.labels import status_label
from app.views.widgets import PageTitle, RecordTable

LIST_LIMIT = 500


class _SearchList(QWidget):
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
                [(row.id, cells(row, name)) for row, name in rows], right_aligned=right_aligned
            )
        self.note.setText(
            # An explicit context: self.tr here would look up the subclass's name.
            QCoreApplication.translate("SearchList", "Showing up to %1").replace(
                "%1", str(LIST_LIMIT)
            )
            if len(rows) >= LIST_LIMIT
            else ""
        )

    def _open(self) -> None:
        record_id = self.table.current_id()
        if record_id and (account_id := self._account_of.get(record_id)):
            self.navigate.emit("accounts", account_id)


class ContactsPage(_SearchList):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._build(
            self.tr("Contacts"),
            [
                self.tr("Full name"),
                self.tr("Account"),
                self.tr("Job title"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ],
            self.tr("Search name, account, phone or e-mail (Ctrl+F)"),
        )

    def refresh(self) -> None:
        self._fill(
            Contact,
            order_by=(Contact.last_name, Contact.first_name),
            searched=(Contact.last_name, Contact.first_name, Contact.email, Contact.phone),
            cells=lambda c, name: [
                c.full_name,
                name,
                c.title or "",
                left_to_right(c.phone),
                left_to_right(c.email),
            ],
        )


class ContractsPage(_SearchList):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._build(
            self.tr("Contracts"),
            [
                self.tr("Number"),
                self.tr("Title"),
                self.tr("Account"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Value"),
                self.tr("Status"),
            ],
            self.tr("Search number, title or account (Ctrl+F)"),
        )

    def refresh(self) -> None:
        fmt = self.ctx.formatter
        self._fill(
            Contract,
            order_by=(Contract.end_date,),
            searched=(Contract.number, Contract.title),
            cells=lambda c, name: [
                c.number,
                c.title,
                name,
                fmt.date(c.start_date),
                fmt.date(c.end_date),
                fmt.money(c.value, c.currency),
                status_label(c.status),
            ],
            right_aligned={5},
        )

    def open_record(self, record_id: str) -> None:
        self.refresh()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(0x0100) == record_id:
                self.table.selectRow(row)
                break
