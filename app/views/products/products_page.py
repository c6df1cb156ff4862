"""Products: the catalogue, with each product's price for a chosen account."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.errors import FieldsalesError
from app.models import Account
from app.views.accounts.account_chooser import AccountChooser
from app.views.products.product_picker import search_products
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.search_keys import SearchKeys
from app.views.shared.widgets import PageTitle, RecordTable

LIST_LIMIT = 300
PRICE_COLUMN = 4


class ProductsPage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.account_id: str | None = None
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search name or SKU (Ctrl+F)"))
        self.search_field.textChanged.connect(self.refresh)
        self.account_label = QLabel(self.tr("Prices for: no account chosen"))
        self.account_label.setObjectName("priceAccount")
        self.choose_button = QPushButton(self.tr("Choose account…"))
        self.choose_button.clicked.connect(self.choose_account)
        self.table = RecordTable(
            [self.tr("SKU"), self.tr("Name"), self.tr("Unit"), self.tr("Tax %"), self.tr("Price")]
        )
        self.table.setObjectName("productTable")
        SearchKeys(self.search_field, self.table, self.table.setFocus)
        self.no_match = QLabel()
        self.no_match.setObjectName("noMatch")
        self.no_match.setStyleSheet("color: #666;")
        self.no_match.hide()
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Products")))
        top.addStretch(1)
        top.addWidget(self.account_label)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addWidget(self.no_match)
        layout.addWidget(self.table, 1)

    def open_record(self, product_id: str) -> None:
        """Global search opens a product here: the list shows it, selected."""
        from app.models import Product

        with self.ctx.session() as session:
            product = session.get(Product, product_id)
            sku = product.sku if product else ""
        self.search_field.setText(sku)
        self.refresh()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == product_id:
                self.table.selectRow(row)
                self.table.setFocus()
                break

    def choose_account(self) -> None:
        chooser = AccountChooser(self.ctx, self)
        chooser.accepted.connect(lambda: self.set_account(chooser.account_id()))
        chooser.open()

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self.refresh()

    def refresh(self) -> None:
        from app.services.pricing import price_for

        fmt = self.ctx.formatter
        today = date.today()
        with self.ctx.session() as session:
            account = session.get(Account, self.account_id) if self.account_id else None
            self.account_label.setText(
                fill(self.tr("Prices for: %1"), account.name)
                if account
                else self.tr("Prices for: no account chosen")
            )
            rows = []
            for product in search_products(session, self.search_field.text(), limit=LIST_LIMIT):
                price = ""
                if account is not None:
                    try:
                        found = price_for(session, account=account, product=product, on=today)
                        price = fmt.money(found.unit_price, found.currency)
                    except FieldsalesError:
                        price = self.tr("no price")
                rows.append(
                    (
                        product.id,
                        [
                            product.sku,
                            product.name,
                            product.unit,
                            fmt.number(product.tax_rate),
                            price,
                        ],
                    )
                )
        self.table.set_rows(rows, right_aligned={3, 4})
        # The price column only when it has something to show (an account is chosen).
        self.table.setColumnHidden(
            PRICE_COLUMN, not any(cells[PRICE_COLUMN] for _id, cells in rows)
        )
        text = self.search_field.text().strip()
        self.no_match.setText(fill(self.tr("No product matches “%1”."), text) if text else "")
        self.no_match.setVisible(bool(text) and not rows)
