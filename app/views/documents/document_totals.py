"""The totals beside a quote's or order's lines: subtotal, tax per rate, total, and the
customer's available credit, in red when this document would go over it.

Each tax line is one translated sentence, its figures filled in by ``bidi.fill``,
like the PDF's "Tax {rate} on {base}" (``app.reports.catalogue``).

Texts are translated in the editor's context ("DocumentEditor"), where the
catalogue has always kept them.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel

from app.views.shared.bidi import fill, shown
from app.views.shared.formatting import Formatter


class TotalsPanel:
    """The total labels (laid out in :attr:`form`) and the credit line under the details."""

    def __init__(self) -> None:
        self.subtotal = QLabel()
        self.taxes = QLabel()
        self.grand_total = QLabel()
        self.grand_total.setObjectName("grandTotal")
        font = self.grand_total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.grand_total.setFont(font)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("DocumentEditor", "Subtotal"), self.subtotal)
        # Each tax line is one sentence of its own ("Tax 5 % on AED 29,310.00: AED
        # 1,465.50"), across both columns: a "Tax" label beside "%1 on %2: %3" left
        # translators a fragment and Persian readers "% ۵ بر …".
        self.form.addRow(self.taxes)
        self.form.addRow(QCoreApplication.translate("DocumentEditor", "Total"), self.grand_total)
        self.credit_warning = QLabel()
        self.credit_warning.setObjectName("creditWarning")
        self.credit_warning.setWordWrap(True)

    def show_totals(self, totals, currency: str, fmt: Formatter) -> None:
        self.subtotal.setText(shown(fmt.money(totals.subtotal, currency)))
        self.taxes.setText(
            "\n".join(
                fill(
                    QCoreApplication.translate("DocumentEditor", "Tax %1 on %2: %3"),
                    fmt.percent(rate),
                    fmt.money(tax.base, currency),
                    fmt.money(tax.tax, currency),
                )
                for rate, tax in totals.taxes.items()
            )
            or fill(
                QCoreApplication.translate("DocumentEditor", "Tax: %1"),
                fmt.money(Decimal(0), currency),
            )
        )
        self.grand_total.setText(shown(fmt.money(totals.grand_total, currency)))

    def show_credit(
        self, credit, total: Decimal, currency: str, status: str, fmt: Formatter
    ) -> None:
        available = fmt.money(credit.available, credit.currency)
        over = currency == credit.currency and total > credit.available and status == "draft"
        if over:
            self.credit_warning.setText(
                fill(
                    QCoreApplication.translate(
                        "DocumentEditor",
                        "Above the available credit of %1: the order will be refused unless a manager overrides.",
                    ),
                    available,
                )
            )
            self.credit_warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.credit_warning.setText(
                fill(
                    QCoreApplication.translate("DocumentEditor", "Available credit: %1"), available
                )
            )
            self.credit_warning.setStyleSheet("color: #555;")
