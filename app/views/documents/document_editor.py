"""The quote and order editor: lines, live totals and taxes, status actions.

Every change runs one service call in its own transaction; a refused change
(bad quantity, forbidden status change, credit limit) rolls back, shows its
message next to what caused it, and the screen is redrawn from the database,
so what the user sees is always what is stored.

The parts live beside it: the header fields (``document_header``), the line grid
(``line_grid``), the totals and credit line (``document_totals``) and the action
buttons (``document_actions``); this module lays them out and runs the changes.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from app.errors import FieldsalesError
from app.models import Order, Quote
from app.views.accounts.account_form import parse_decimal
from app.views.documents.document_actions import action_texts, allowed_actions, status_step
from app.views.documents.document_header import DocumentHeader
from app.views.documents.document_totals import TotalsPanel
from app.views.documents.line_grid import EDITABLE_COLUMNS, LineGrid
from app.views.products.product_picker import ProductPicker
from app.views.shared.bidi import fill, plain
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.widgets import FieldError


class DocumentEditor(QWidget):
    """Edits one quote (``kind="quote"``) or one order (``kind="order"``)."""

    back_requested = Signal()
    navigate = Signal(str, str)
    changed = Signal()
    draft_action = Signal(str)  # "delete" or "duplicate": the page owns the list they change

    def __init__(self, ctx: AppContext, *, kind: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.kind = kind
        self.model = Quote if kind == "quote" else Order
        self.document_id: str | None = None
        self._filling = False
        self.back_button = QPushButton(
            self.tr("← All quotes") if kind == "quote" else self.tr("← All orders")
        )
        self.back_button.clicked.connect(self.back_requested)
        self.header = DocumentHeader(
            kind=kind,
            formatter=ctx.formatter,
            on_dates=self._dates_changed,
            on_details=self._details_changed,
        )
        header = self.header
        self.title, self.account_label, self.status_label = (
            header.title,
            header.account_label,
            header.status_label,
        )
        self.first_date, self.second_date, self.date_error = (
            header.first_date,
            header.second_date,
            header.date_error,
        )
        self.contact, self.notes, self.terms = header.contact, header.notes, header.terms
        self.references, self.details_error = header.references, header.details_error

        self.lines = LineGrid()
        self.lines.itemChanged.connect(self._cell_edited)
        self.line_error = FieldError()
        self.line_error.setObjectName("lineError")
        self.add_line_button = QPushButton(self.tr("Add product…"))
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)

        self.totals = TotalsPanel()
        self.subtotal, self.taxes = self.totals.subtotal, self.totals.taxes
        self.grand_total, self.credit_warning = self.totals.grand_total, self.totals.credit_warning

        self.action_error = FieldError()
        self.action_error.setObjectName("actionError")
        self.actions: dict[str, QPushButton] = {}
        action_row = QHBoxLayout()
        for name, text in action_texts(kind).items():
            button = QPushButton(text)
            button.setObjectName(f"action_{name}")
            button.clicked.connect(lambda _=False, n=name: self.run_action(n))
            self.actions[name] = button
            if name == "duplicate":  # housekeeping sits apart from the status steps
                action_row.addStretch(1)
            action_row.addWidget(button)
        if "duplicate" not in self.actions:
            action_row.insertStretch(action_row.count() - 1, 1)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        head = QHBoxLayout()
        head.addLayout(header.heading, 1)
        head.addLayout(header.dates)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        left_foot = QVBoxLayout()
        left_foot.addLayout(header.details)
        left_foot.addWidget(self.credit_warning)
        foot = QHBoxLayout()
        foot.addLayout(left_foot, 1)
        foot.addSpacing(24)
        foot.addLayout(self.totals.form)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addLayout(line_buttons)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.line_error)
        layout.addLayout(foot)
        layout.addLayout(action_row)
        layout.addWidget(self.action_error)

    # -- loading -----------------------------------------------------------------
    def load(self, document_id: str) -> None:
        self.document_id = document_id
        self.line_error.clear()
        self.action_error.clear()
        self.date_error.clear()
        self.refresh()

    def refresh(self) -> None:
        if self.document_id is None:
            return
        from app.services.credit import credit_status

        fmt = self.ctx.formatter
        with self.ctx.session() as session:
            doc = session.get(self.model, self.document_id)
            if doc is None:
                return
            totals = self._totals(doc)
            self._filling = True
            try:
                editable = doc.status == "draft"
                self.header.show(doc, fmt, editable=editable)
                self.lines.show_lines(doc, totals, fmt, editable=editable)
                self.add_line_button.setEnabled(editable)
                self.remove_line_button.setEnabled(editable)
                self.totals.show_totals(totals, doc.currency, fmt)
                credit = credit_status(
                    session, doc.account, excluding=doc if self.kind == "order" else None
                )
                self.totals.show_credit(credit, totals.grand_total, doc.currency, doc.status, fmt)
                for name, allowed in allowed_actions(doc, self.kind).items():
                    self.actions[name].setEnabled(allowed)
            finally:
                self._filling = False

    def _totals(self, doc):
        if self.kind == "quote":
            from app.services.quotes import quote_totals

            return quote_totals(doc)
        from app.services.orders import order_totals

        return order_totals(doc)

    # -- changes -----------------------------------------------------------------
    def _apply(self, change: Callable, *, error_label: FieldError) -> object | None:
        """Run ``change(session, document)`` in one transaction; show a refusal."""
        error_label.clear()
        result = None
        try:
            with self.ctx.transaction() as session:
                doc = session.get(self.model, self.document_id)
                result = change(session, doc)
        except FieldsalesError as error:
            error_label.show_error(error_text(error))
            result = None
        self.refresh()
        self.changed.emit()
        return result

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in EDITABLE_COLUMNS:
            return
        field = EDITABLE_COLUMNS[item.column()]
        line_id = item.data(Qt.ItemDataRole.UserRole)
        row = item.row() + 1
        text = item.text()

        def change(session, doc):
            value = parse_decimal(text, field=field)  # a bad number is refused in the grid
            line = next(line for line in doc.lines if line.id == line_id)
            update = self._service("update_line")
            return update(session, line, **{field: value})

        self._apply(change, error_label=self.line_error)
        if not self.line_error.isHidden():
            self.line_error.setText(fill(self.tr("Line %1: %2"), str(row), self.line_error.text()))

    def add_line(self) -> None:
        picker = ProductPicker(self.ctx, self)
        picker.accepted.connect(
            lambda: self.add_product(picker.product_id(), picker.chosen_quantity())
        )
        picker.open()

    def add_product(
        self, product_id: str, quantity: Decimal, *, discount: Decimal | None = None
    ) -> None:
        from app.models import Product

        def change(session, doc):
            product = session.get(Product, product_id)
            add = self._service("add_line")
            return add(session, doc, product=product, quantity=quantity, discount_percent=discount)

        self._apply(change, error_label=self.line_error)

    def remove_line(self) -> None:
        line_id = self.lines.current_line_id()
        if line_id is None:
            return

        def change(session, doc):
            line = next(line for line in doc.lines if line.id == line_id)
            self._service("remove_line")(session, line)

        self._apply(change, error_label=self.line_error)

    def set_line_value(self, row: int, field: str, text: str) -> None:
        """Type into a line's cell as a user would (keyboard and tests)."""
        self.lines.type_value(row, field, text)

    def _dates_changed(self) -> None:
        if self._filling or self.document_id is None:
            return
        values = self.header.date_values()
        self._apply(
            lambda session, doc: self._service("update")(session, doc, **values),
            error_label=self.date_error,
        )

    def _details_changed(self) -> None:
        if self._filling or self.document_id is None:
            return
        contact_id = self.contact.currentData()
        notes = self.notes.text().strip() or None
        terms = self.terms.text().strip() or None
        references = self.header.reference_values()

        def change(session, doc):
            from app.models import Contact

            values = {"contact": session.get(Contact, contact_id) if contact_id else None}
            values["notes"] = notes
            if self.kind == "quote":
                values["terms"] = terms
            values.update(references)
            current = (doc.contact_id, doc.notes, getattr(doc, "terms", None))
            stored = {name: getattr(doc, name) for name in references}
            if current == (contact_id, notes, values.get("terms")) and stored == references:
                return None  # nothing changed: no write, no sync traffic
            return self._service("update")(session, doc, **values)

        self._apply(change, error_label=self.details_error)

    def _service(self, name: str):
        from app.services import orders, quotes

        if self.kind == "quote":
            return {
                "add_line": quotes.add_quote_line,
                "update_line": quotes.update_quote_line,
                "remove_line": quotes.remove_quote_line,
                "update": quotes.update_quote,
            }[name]
        return {
            "add_line": orders.add_order_line,
            "update_line": orders.update_order_line,
            "remove_line": orders.remove_order_line,
            "update": orders.update_order,
        }[name]

    # -- status actions ------------------------------------------------------------
    def run_action(self, name: str):
        if name == "pdf":
            self.produce_pdf()
            return None
        if name in ("delete", "duplicate"):
            self.draft_action.emit(name)
            return None
        if name == "cancel":
            return self.confirm_cancel()
        result = self._apply(status_step(name, self.ctx), error_label=self.action_error)
        if name == "convert" and isinstance(result, str):
            self.navigate.emit("orders", result)
        return None

    def confirm_cancel(self):
        """Cancelling an order cannot be taken back: ask, naming the order."""
        from app.services.orders import cancel_order
        from app.views.shared.confirm import ask_to_confirm

        self.confirmation = ask_to_confirm(
            self,
            title=self.tr("Cancel order"),
            question=fill(
                self.tr("Cancel order %1? A cancelled order cannot be reopened."),
                plain(self.title.text()),
            ),
            confirm_text=self.tr("Cancel the order"),
            keep_text=self.tr("Keep the order"),
            on_confirm=lambda: self._apply(cancel_order, error_label=self.action_error),
        )
        return self.confirmation

    def produce_pdf(self, target=None):
        from app.views.documents.pdf_export import export_document_pdf

        return export_document_pdf(
            self,
            self.ctx,
            kind=self.kind,
            document_id=self.document_id,
            target=target,
            open_when_done=target is None,
        )
