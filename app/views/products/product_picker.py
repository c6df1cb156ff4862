"""Pick a product by typing part of its name or SKU, and a quantity."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import or_, select

from app.models import Product
from app.views.shared.bidi import isolated
from app.views.shared.context import AppContext
from app.views.shared.widgets import FieldError

RESULT_LIMIT = 50


def search_products(session, text: str, *, limit: int = RESULT_LIMIT) -> list[Product]:
    query = select(Product).where(Product.deleted.is_(False), Product.active.is_(True))
    if text.strip():
        pattern = f"%{text.strip()}%"
        query = query.where(or_(Product.name.ilike(pattern), Product.sku.ilike(pattern)))
    return list(session.scalars(query.order_by(Product.name).limit(limit)))


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
        self.quantity = QDoubleSpinBox()
        self.quantity.setObjectName("quantity")
        self.quantity.setDecimals(2)
        self.quantity.setRange(0, 1_000_000)
        self.quantity.setValue(1)
        self.error = FieldError()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(self._timer.start)
        self.results.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Quantity"), self.quantity)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 480)
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

    def select_sku(self, sku: str) -> None:
        """Used by keyboard users and tests: search for a SKU and select it."""
        self.search.setText(sku)
        self._refresh()

    def product_id(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def chosen_quantity(self) -> Decimal:
        return Decimal(str(round(self.quantity.value(), 2)))

    def accept(self) -> None:
        if self.product_id() is None:
            self.error.show_error(self.tr("Choose a product from the list."))
            return
        super().accept()
