"""The quote and order editor: lines, live totals and taxes, status actions.

Every change runs one service call in its own transaction; a refused change
(bad quantity, forbidden status change, credit limit) rolls back, shows its
message next to what caused it, and the screen is redrawn from the database,
so what the user sees is always what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldsalesError, ValidationError
from app.models import Order, Quote
from app.views.accounts.account_form import parse_decimal
from app.views.products.product_picker import ProductPicker
from app.views.shared.bidi import fill, isolated, shown
from app.views.shared.context import AppContext
from app.views.shared.formatting import date_of, error_text, qdate_of, use_date_format
from app.views.shared.labels import status_label
from app.views.shared.widgets import FieldError, PageTitle

QTY, DISCOUNT = 2, 4
EDITABLE_COLUMNS = {QTY: "quantity", DISCOUNT: "discount_percent"}


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
        self.title = PageTitle("")
        self.title.setObjectName("documentTitle")
        self.account_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setObjectName("documentStatus")
        self.first_date = QDateEdit()
        self.first_date.setCalendarPopup(True)
        self.second_date = QDateEdit()
        self.second_date.setCalendarPopup(True)
        for edit in (self.first_date, self.second_date):
            use_date_format(edit, ctx.formatter)
            edit.dateChanged.connect(self._dates_changed)
        self.date_error = FieldError()
        self.contact = QComboBox()
        self.contact.setObjectName("documentContact")
        self.contact.activated.connect(lambda _index: self._details_changed())
        self.notes = QLineEdit()
        self.notes.setObjectName("documentNotes")
        self.notes.setPlaceholderText(self.tr("Notes for the customer"))
        self.notes.editingFinished.connect(self._details_changed)
        self.terms = QLineEdit()
        self.terms.setObjectName("documentTerms")
        self.terms.setPlaceholderText(self.tr("Terms (the company's standard terms if empty)"))
        self.terms.editingFinished.connect(self._details_changed)
        self.references = self._reference_edits()
        self.details_error = FieldError()
        dates = QFormLayout()
        if kind == "quote":
            dates.addRow(self.tr("Issue date"), self.first_date)
            dates.addRow(self.tr("Valid until"), self.second_date)
        else:
            dates.addRow(self.tr("Order date"), self.first_date)
            dates.addRow(self.tr("Requested delivery"), self.second_date)
        dates.addRow("", self.date_error)
        details = QFormLayout()
        details.addRow(self.tr("Contact"), self.contact)
        details.addRow(self.tr("Notes"), self.notes)
        if kind == "quote":
            details.addRow(self.tr("Terms"), self.terms)
        for label, edit in self.references.values():
            details.addRow(label, edit)
        details.addRow("", self.details_error)
        self.lines = QTableWidget(0, 7)
        self.lines.setObjectName("documentLines")
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount %"),
                self.tr("Tax %"),
                self.tr("Line total"),
            ]
        )
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(QTY, self.lines.columnCount()):
            # A large line total must never be cut: figures take their content's width.
            self.lines.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.lines.itemChanged.connect(self._cell_edited)
        self.line_error = FieldError()
        self.line_error.setObjectName("lineError")
        self.add_line_button = QPushButton(self.tr("Add product…"))
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.clicked.connect(self.remove_line)

        self.subtotal = QLabel()
        self.taxes = QLabel()
        self.grand_total = QLabel()
        self.grand_total.setObjectName("grandTotal")
        font = self.grand_total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.grand_total.setFont(font)
        totals = QFormLayout()
        totals.addRow(self.tr("Subtotal"), self.subtotal)
        totals.addRow(self.tr("Tax"), self.taxes)
        totals.addRow(self.tr("Total"), self.grand_total)
        self.credit_warning = QLabel()
        self.credit_warning.setObjectName("creditWarning")
        self.credit_warning.setWordWrap(True)

        self.action_error = FieldError()
        self.action_error.setObjectName("actionError")
        self.actions: dict[str, QPushButton] = {}
        action_row = QHBoxLayout()
        for name, text in self._action_texts().items():
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
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.account_label)
        head_text.addWidget(self.status_label)
        head = QHBoxLayout()
        head.addLayout(head_text, 1)
        head.addLayout(dates)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        left_foot = QVBoxLayout()
        left_foot.addLayout(details)
        left_foot.addWidget(self.credit_warning)
        foot = QHBoxLayout()
        foot.addLayout(left_foot, 1)
        foot.addSpacing(24)
        foot.addLayout(totals)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(head)
        layout.addLayout(line_buttons)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.line_error)
        layout.addLayout(foot)
        layout.addLayout(action_row)
        layout.addWidget(self.action_error)

    def _reference_edits(self) -> dict[str, tuple[str, QLineEdit]]:
        """Field name -> (label, edit) for what a B2B document carries besides its lines."""
        fields = {
            "customer_reference": (
                self.tr("Customer reference"),
                self.tr("The customer's enquiry or purchase order number"),
            ),
            "delivery_terms": (self.tr("Delivery terms"), self.tr("Incoterms, e.g. EXW Dubai")),
        }
        if self.kind == "order":
            fields["payment_terms"] = (
                self.tr("Payment terms"),
                self.tr("The account's payment terms if empty"),
            )
            fields["delivery_address"] = (
                self.tr("Delivery address"),
                self.tr("The account's shipping address if empty"),
            )
        edits = {}
        for name, (label, hint) in fields.items():
            edit = QLineEdit()
            edit.setObjectName(f"document_{name}")
            edit.setPlaceholderText(hint)
            edit.editingFinished.connect(self._details_changed)
            edits[name] = (label, edit)
        return edits

    def _action_texts(self) -> dict[str, str]:
        if self.kind == "quote":
            return {
                "send": self.tr("Mark as sent"),
                "revise": self.tr("Revise"),
                "accept": self.tr("Accepted"),
                "reject": self.tr("Rejected"),
                "convert": self.tr("Convert to order"),
                "pdf": self.tr("Produce PDF…"),
                "duplicate": self.tr("Duplicate"),
                "delete": self.tr("Delete draft…"),
            }
        return {
            "submit": self.tr("Submit order"),
            "cancel": self.tr("Cancel order…"),
            "pdf": self.tr("Produce PDF…"),
            "delete": self.tr("Delete draft…"),
        }

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
                revision = getattr(doc, "revision", 0)
                self.title.setText(
                    fill(self.tr("%1 (rev. %2)"), doc.number, self.ctx.formatter.number(revision))
                    if revision
                    else shown(doc.number)
                )
                self.account_label.setText(shown(doc.account.name))
                self.status_label.setText(shown(status_label(doc.status)))
                editable = doc.status == "draft"
                if self.kind == "quote":
                    first, second = doc.issue_date, doc.valid_until
                else:
                    first, second = doc.order_date, doc.requested_delivery_date
                self.first_date.setDate(qdate_of(first))
                self.second_date.setDate(qdate_of(second or first))
                for edit in (self.first_date, self.second_date):
                    edit.setEnabled(editable)
                self.contact.clear()
                self.contact.addItem(self.tr("(none)"), None)
                for person in doc.account.contacts:
                    if not person.deleted:
                        self.contact.addItem(isolated(person.full_name), person.id)
                self.contact.setCurrentIndex(max(self.contact.findData(doc.contact_id), 0))
                self.notes.setText(doc.notes or "")
                self.terms.setText(getattr(doc, "terms", None) or "")
                for name, (_label, edit) in self.references.items():
                    edit.setText(getattr(doc, name) or "")
                    edit.setEnabled(editable)
                for widget in (self.contact, self.notes, self.terms):
                    widget.setEnabled(editable)
                self.lines.setRowCount(len(doc.lines))
                for row, (line, amounts) in enumerate(zip(doc.lines, totals.lines, strict=True)):
                    cells = [
                        line.product.name if line.product else "",
                        line.description or "",
                        fmt.number(line.quantity),
                        fmt.money(line.unit_price, doc.currency),
                        fmt.number(line.discount_percent),
                        fmt.number(line.tax_rate),
                        fmt.money(amounts.total, doc.currency),
                    ]
                    for column, text in enumerate(cells):
                        # Typed-over cells stay plain so the editor holds what was shown.
                        item = QTableWidgetItem(
                            text if column in EDITABLE_COLUMNS else isolated(text)
                        )
                        item.setData(Qt.ItemDataRole.UserRole, line.id)
                        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                        if editable and column in EDITABLE_COLUMNS:
                            flags |= Qt.ItemFlag.ItemIsEditable
                        item.setFlags(flags)
                        if column >= QTY:
                            item.setTextAlignment(
                                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                            )
                        self.lines.setItem(row, column, item)
                self.lines.resizeColumnToContents(0)
                self.add_line_button.setEnabled(editable)
                self.remove_line_button.setEnabled(editable)
                self.subtotal.setText(shown(fmt.money(totals.subtotal, doc.currency)))
                self.taxes.setText(
                    "\n".join(
                        fill(
                            self.tr("%1 on %2: %3"),
                            fmt.percent(rate),
                            fmt.money(tax.base, doc.currency),
                            fmt.money(tax.tax, doc.currency),
                        )
                        for rate, tax in totals.taxes.items()
                    )
                    or shown(fmt.money(Decimal(0), doc.currency))
                )
                self.grand_total.setText(shown(fmt.money(totals.grand_total, doc.currency)))
                credit = credit_status(
                    session, doc.account, excluding=doc if self.kind == "order" else None
                )
                self._show_credit(credit, totals.grand_total, doc.currency, doc.status)
                self._enable_actions(doc)
            finally:
                self._filling = False

    def _totals(self, doc):
        if self.kind == "quote":
            from app.services.quotes import quote_totals

            return quote_totals(doc)
        from app.services.orders import order_totals

        return order_totals(doc)

    def _show_credit(self, credit, total: Decimal, currency: str, status: str) -> None:
        fmt = self.ctx.formatter
        available = fmt.money(credit.available, credit.currency)
        over = currency == credit.currency and total > credit.available and status == "draft"
        if over:
            self.credit_warning.setText(
                fill(
                    self.tr(
                        "Above the available credit of %1: the order will be refused unless a manager overrides."
                    ),
                    available,
                )
            )
            self.credit_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.credit_warning.setText(fill(self.tr("Available credit: %1"), available))
            self.credit_warning.setStyleSheet("color: #555;")

    def _enable_actions(self, doc) -> None:
        status = doc.status
        if self.kind == "quote":
            allowed = {
                "send": status == "draft",
                "revise": status in ("sent", "rejected", "expired") and doc.order_id is None,
                "accept": status == "sent",
                "reject": status == "sent",
                "convert": status == "accepted" and doc.order_id is None,
                "pdf": True,
                "duplicate": True,
                "delete": status == "draft",
            }
        else:
            allowed = {
                "submit": status == "draft",
                "cancel": status in ("draft", "submitted"),
                "pdf": True,
                "delete": status == "draft",
            }
        for name, button in self.actions.items():
            button.setEnabled(allowed.get(name, False))

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
            try:
                value = parse_decimal(text, field=field)
            except ValidationError:
                raise
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
        item = self.lines.item(self.lines.currentRow(), 0)
        if item is None:
            return
        line_id = item.data(Qt.ItemDataRole.UserRole)

        def change(session, doc):
            line = next(line for line in doc.lines if line.id == line_id)
            self._service("remove_line")(session, line)

        self._apply(change, error_label=self.line_error)

    def set_line_value(self, row: int, field: str, text: str) -> None:
        """Type into a line's cell as a user would (keyboard and tests)."""
        column = next(c for c, f in EDITABLE_COLUMNS.items() if f == field)
        self.lines.item(row, column).setText(text)

    def _dates_changed(self) -> None:
        if self._filling or self.document_id is None:
            return
        first, second = date_of(self.first_date.date()), date_of(self.second_date.date())
        if self.kind == "quote":
            values = {"issue_date": first, "valid_until": second}
        else:
            values = {"order_date": first, "requested_delivery_date": second}
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
        references = {
            name: edit.text().strip() or None for name, (_label, edit) in self.references.items()
        }

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
        from app.services import orders, quotes

        if name == "pdf":
            self.produce_pdf()
            return None
        if name in ("delete", "duplicate"):
            self.draft_action.emit(name)
            return None
        if name == "cancel":
            return self.confirm_cancel()
        today = date.today()
        prefix = self.ctx.workspace.device_prefix
        actions = {
            "send": lambda s, d: quotes.send_quote(s, d),
            "revise": lambda s, d: quotes.revise_quote(s, d),
            "accept": lambda s, d: quotes.accept_quote(s, d, today=today),
            "reject": lambda s, d: quotes.reject_quote(s, d),
            "convert": lambda s, d: (
                quotes.convert_quote_to_order(s, d, device_prefix=prefix, order_date=today).id
            ),
            "submit": lambda s, d: orders.submit_order(s, d, actor=self.ctx.actor),
        }
        result = self._apply(actions[name], error_label=self.action_error)
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
                self.tr("Cancel order %1? A cancelled order cannot be reopened."), self.title.text()
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
