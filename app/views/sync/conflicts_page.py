"""Sync conflicts: empty until the sync client lands and reports some."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.views.shared.context import AppContext
from app.views.shared.widgets import EmptyState, PageTitle


class ConflictsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Conflicts")))
        self.empty = EmptyState(
            self.tr(
                "No conflicts. When the same record is changed here and on the server, "
                "the differences will be listed here for you to choose."
            )
        )
        layout.addWidget(self.empty, 1)
