"""Contracts: every contract, searchable, leading to its account."""

from __future__ import annotations

from app.models import Contract
from app.views.shared.context import AppContext
from app.views.shared.labels import status_label
from app.views.shared.search_list import SearchList


class ContractsPage(SearchList):
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
            fit={3, 4},
        )

    def open_record(self, record_id: str) -> None:
        self.refresh()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(0x0100) == record_id:
                self.table.selectRow(row)
                break
