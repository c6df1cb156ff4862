"""The Team section: what a manager does for the team, one tab per job.

Shown in the navigation only when this workspace is signed in with a manager's
account (``MainWindow`` asks :func:`visible_for`). The review of visit reports is
the first tab; the team's dashboards join it as tabs of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from app.services.reviews import is_reviewer
from app.views.shared.context import AppContext
from app.views.shared.widgets import EmptyState, PageTitle
from app.views.team.review_inbox import ReviewInbox


def visible_for(ctx: AppContext) -> bool:
    """Whether the signed-in account is a manager (the server's word, kept at sign-in)."""
    if ctx.workspace is None or ctx.workspace.engine is None:
        return False
    with ctx.session() as session:
        return is_reviewer(session)


class TeamPage(QWidget):
    navigate = Signal(str, str)  # page, record id: the main window opens it

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.reviews = ReviewInbox(ctx)
        self.reviews.report.open_account.connect(
            lambda account_id: self.navigate.emit("accounts", account_id)
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teamTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # one tab needs no tab bar
        self.tabs.addTab(self.reviews, self.tr("Visit reports"))
        self.not_a_manager = EmptyState(
            self.tr("The Team section is for managers: sign in with a manager's account.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Team")))
        layout.addWidget(self.not_a_manager)
        layout.addWidget(self.tabs, 1)

    def add_section(self, widget: QWidget, title: str) -> None:
        self.tabs.addTab(widget, title)

    def refresh(self) -> None:
        manager = visible_for(self.ctx)
        self.not_a_manager.setVisible(not manager)
        self.tabs.setVisible(manager)
        if manager:
            self.reviews.refresh()
            focused = QApplication.focusWidget()
            if focused is None or not self.isAncestorOf(focused):
                self.reviews.table.setFocus()  # ready for the keys; a sync never steals focus
