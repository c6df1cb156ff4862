"""Quotes and Orders: a list of the documents, and the editor for one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from app.errors import FieldsalesError
from app.models import Account, Order, Quote
from app.views.accounts.account_chooser import AccountChooser
from app.views.documents.document_editor import DocumentEditor
from app.views.documents.draft_actions import (
    confirm_delete,
    discard_abandoned,
    duplicate_current,
)
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.labels import status_label
from app.views.shared.search_keys import SearchKeys
from app.views.shared.undo_bar import UndoBar
from app.views.shared.widgets import FieldError, PageTitle, RecordTable

LIST_LIMIT = 500


class DocumentsPage(QWidget):
    """One class for both lists; ``kind`` is "quote" or "order"."""

    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext, *, kind: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.kind = kind
        self.model = Quote if kind == "quote" else Order
        quote = kind == "quote"
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search number or account (Ctrl+F)"))
        self.search_field.textChanged.connect(self.refresh)
        self.new_button = QPushButton(self.tr("New quote…") if quote else self.tr("New order…"))
        self.new_button.clicked.connect(self.create_new)
        self.error = FieldError()
        self.table = RecordTable(
            [
                self.tr("Number"),
                self.tr("Account"),
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Total"),
            ]
        )
        self.table.setObjectName("documentList")
        self.table.itemActivated.connect(lambda _item: self._open_current())
        SearchKeys(self.search_field, self.table, self._open_current)
        self.editor = DocumentEditor(ctx, kind=kind)
        self.editor.back_requested.connect(self.show_list)
        self.editor.navigate.connect(self.navigate)
        self.editor.changed.connect(self._list_stale)
        self.editor.draft_action.connect(self._draft_action)
        self.undo_bar = UndoBar()
        self._fresh_id: str | None = None  # made by "New", not yet given anything

        list_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Quotes") if quote else self.tr("Orders")))
        top.addStretch(1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(list_page)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addWidget(self.error)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.editor)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _list_stale(self) -> None:
        if self.stack.currentIndex() == 0:
            self.refresh()

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.editor:
            self.editor.refresh()
            return
        from app.services.orders import order_totals
        from app.services.quotes import quote_totals

        totals = quote_totals if self.kind == "quote" else order_totals
        model = self.model
        date_column = model.issue_date if self.kind == "quote" else model.order_date
        fmt = self.ctx.formatter
        query = (
            select(model)
            .join(Account, Account.id == model.account_id)
            .where(model.deleted.is_(False))
            .order_by(date_column.desc(), model.number.desc())
            .limit(LIST_LIMIT)
        )
        if text := self.search_field.text().strip():
            pattern = f"%{text}%"
            query = query.where(or_(model.number.ilike(pattern), Account.name.ilike(pattern)))
        with self.ctx.session() as session:
            rows = []
            for doc in session.scalars(query):
                day = doc.issue_date if self.kind == "quote" else doc.order_date
                rows.append(
                    (
                        doc.id,
                        [
                            doc.number,
                            doc.account.name,
                            fmt.date(day),
                            status_label(doc.status),
                            fmt.money(totals(doc).grand_total, doc.currency),
                        ],
                    )
                )
        self.table.set_rows(rows, right_aligned={4}, fit={2})

    def _open_current(self) -> None:
        if record_id := self.table.current_id():
            self.open_record(record_id)

    def open_record(self, record_id: str) -> None:
        if record_id.startswith("new:"):
            self.create_for_account(record_id.removeprefix("new:"))
            return
        if record_id != self._fresh_id:
            discard_abandoned(self)
        self.editor.load(record_id)
        self.stack.setCurrentWidget(self.editor)

    def show_list(self) -> None:
        discard_abandoned(self)
        self.stack.setCurrentIndex(0)
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        discard_abandoned(self)  # another page, a lock, the window closing
        super().hideEvent(event)

    def _draft_action(self, name: str) -> None:
        if name == "duplicate":
            duplicate_current(self)
        else:
            self.confirmation = confirm_delete(self)

    def create_new(self) -> None:
        chooser = AccountChooser(self.ctx, self)
        chooser.accepted.connect(lambda: self.create_for_account(chooser.account_id()))
        chooser.open()

    def create_for_account(self, account_id: str) -> str | None:
        from app.services.orders import create_order
        from app.services.quotes import create_quote

        self.error.clear()
        prefix = self.ctx.workspace.device_prefix
        try:
            with self.ctx.transaction() as session:
                account = session.get(Account, account_id)
                if self.kind == "quote":
                    doc = create_quote(
                        session, account=account, device_prefix=prefix, issue_date=date.today()
                    )
                else:
                    doc = create_order(
                        session, account=account, device_prefix=prefix, order_date=date.today()
                    )
                doc_id = doc.id
        except FieldsalesError as error:
            self.error.show_error(error_text(error))
            return None
        discard_abandoned(self)
        self.open_record(doc_id)
        self._fresh_id = doc_id
        return doc_id


def QuotesPage(ctx: AppContext) -> DocumentsPage:  # noqa: N802 - a page factory
    return DocumentsPage(ctx, kind="quote")


def OrdersPage(ctx: AppContext) -> DocumentsPage:  # noqa: N802 - a page factory
    return DocumentsPage(ctx, kind="order")
