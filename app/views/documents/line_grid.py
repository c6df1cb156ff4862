"""The lines of a quote or order as an editable grid: quantity and discount typed in place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.views.shared.bidi import isolated
from app.views.shared.formatting import Formatter

QTY, DISCOUNT = 2, 4
EDITABLE_COLUMNS = {QTY: "quantity", DISCOUNT: "discount_percent"}


class LineGrid(QTableWidget):
    """One row per line; the line's id rides in each cell's UserRole."""

    def __init__(self) -> None:
        super().__init__(0, 7)
        self.setObjectName("documentLines")
        # Translated in the editor's context, where the catalogue has always kept them.
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("DocumentEditor", "Product"),
                QCoreApplication.translate("DocumentEditor", "Description"),
                QCoreApplication.translate("DocumentEditor", "Quantity"),
                QCoreApplication.translate("DocumentEditor", "Unit price"),
                QCoreApplication.translate("DocumentEditor", "Discount %"),
                QCoreApplication.translate("DocumentEditor", "Tax %"),
                QCoreApplication.translate("DocumentEditor", "Line total"),
            ]
        )
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in range(QTY, self.columnCount()):
            # A large line total must never be cut: figures take their content's width.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_lines(self, doc, totals, fmt: Formatter, *, editable: bool) -> None:
        """Fill the grid from ``doc``'s lines and their computed ``totals``."""
        self.setRowCount(len(doc.lines))
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
                item = QTableWidgetItem(text if column in EDITABLE_COLUMNS else isolated(text))
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if editable and column in EDITABLE_COLUMNS:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if column >= QTY:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
        self.resizeColumnToContents(0)

    def current_line_id(self) -> str | None:
        item = self.item(self.currentRow(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def type_value(self, row: int, field: str, text: str) -> None:
        """Type into a line's cell as a user would (keyboard and tests)."""
        column = next(c for c, f in EDITABLE_COLUMNS.items() if f == field)
        self.item(row, column).setText(text)
