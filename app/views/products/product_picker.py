"""Pick a product by typing part of its name or SKU, and a quantity."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.errors import FieldsalesError
from app.models import Product
from app.services.text_folding import matches
from app.views.shared.bidi import isolated
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.search_keys import SearchKeys
from app.views.shared.widgets import FieldError, clear_when_edited, keep_error_lines, with_error

RESULT_LIMIT = 50


def search_products(session, text: str, *, limit: int = RESULT_LIMIT) -> list[Product]:
    """Active products whose name or SKU holds every typed word, folded alike
    (:mod:`app.services.text_folding`: "3x2.5" finds "3×2.5"), by name."""
    live = (Product.deleted.is_(False), Product.active.is_(True))
    if not text.strip():
        query = select(Product).where(*live).order_by(Product.name).limit(limit)
        return list(session.scalars(query))
    # Folding happens in Python: SQL's LIKE knows neither "×" = "x" nor full-width
    # forms. Reading three short columns of a catalogue is quick at thousands of rows.
    candidates = session.execute(
        select(Product.id, Product.name, Product.sku).where(*live).order_by(Product.name)
    )
    ids = [row.id for row in candidates if matches(text, row.name, row.sku)][:limit]
    if not ids:
        return []
    found = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    return [found[i] for i in ids]


class ProductPicker(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add a product"))
        self.search = QLineEdit()
        self.search.setObjectName("productSearch")
        self.search.setPlaceholderText(self.tr("Type a name or SKU"))
        self.results = QListWidget()
        self.results.setObjectName("productResults")
        self.no_match = QLabel(self.tr("No product matches."))
        self.no_match.setObjectName("noMatch")
        self.no_match.setStyleSheet("color: #666;")
        self.no_match.hide()
        # Text, not a spin box: a spin box silently caps what is typed; this one says
        # what the range is (the same range the line grid and the services apply).
        self.quantity = QLineEdit(ctx.formatter.number(1))
        self.quantity.setObjectName("quantity")
        self.quantity_error = FieldError()
        self.error = FieldError()
        clear_when_edited(self.quantity, self.quantity_error)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._refresh)
        self._pending = self._timer
        self.search.textChanged.connect(self._timer.start)
        self.results.itemActivated.connect(lambda _item: self.accept())
        SearchKeys(self.search, self.results, self.accept, catch_up=self._catch_up)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), with_error(self.quantity, self.quantity_error))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        keep_error_lines(self)
        self.resize(520, 480)
        self._refresh()

    def _catch_up(self) -> None:
        if self._pending.isActive():
            self._pending.stop()
            self._refresh()

    def _refresh(self) -> None:
        self.results.clear()
        with self.ctx.session() as session:
            for product in search_products(session, self.search.text()):
                item = QListWidgetItem(f"{isolated(product.name)}  ·  {isolated(product.sku)}")
                item.setData(Qt.ItemDataRole.UserRole, product.id)
                self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.no_match.setVisible(self.results.count() == 0 and bool(self.search.text().strip()))

    def select_sku(self, sku: str) -> None:
        """Used by keyboard users and tests: search for a SKU and select it."""
        self.search.setText(sku)
        self._timer.stop()
        self._refresh()

    def product_id(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def chosen_quantity(self) -> Decimal:
        """The typed quantity, checked against the one range (raises ValidationError)."""
        from app.models.validation import require_positive_quantity
        from app.views.accounts.account_form import parse_decimal

        return require_positive_quantity(parse_decimal(self.quantity.text(), field="quantity"))

    def accept(self) -> None:
        ok = True
        if self.product_id() is None:
            self.error.show_error(self.tr("Choose a product from the list."))
            ok = False
        try:
            self.chosen_quantity()
        except FieldsalesError as error:
            self.quantity_error.show_error(error_text(error))
            ok = False
        if ok:
            super().accept()
