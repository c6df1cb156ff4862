"""Placeholder while the page is built."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.views.context import AppContext
from app.views.widgets import EmptyState


class ContactsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        QVBoxLayout(self).addWidget(EmptyState(self.tr("Coming soon")))


class ContractsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        QVBoxLayout(self).addWidget(EmptyState(self.tr("Coming soon")))
