"""Today: the visits planned for today, overdue follow-ups, renewals and expiring quotes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.views.context import AppContext
from app.views.widgets import PageTitle


class TodayPage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.date_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Today")))
        layout.addWidget(self.date_label)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.date_label.setText(self.ctx.formatter.long_date(date.today()))
