"""Search everything (Ctrl+K): one box, results grouped by kind, Enter opens.

Typing waits a moment before it searches; Down walks into the results, Enter
opens the highlighted one (the first when none is). Accounts found through a
contact's name say so, with the contact's name, under the account.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.search_everywhere import KINDS, SearchHit
from app.views.shared.bidi import fill, isolated
from app.views.shared.context import AppContext
from app.views.shared.search_keys import SearchKeys

SEARCH_DELAY_MS = 150
HIT_ROLE = Qt.ItemDataRole.UserRole
PAGE_OF_KIND = {
    "account": "accounts",
    "contact": "accounts",
    "opportunity": "pipeline",
    "quote": "quotes",
    "order": "orders",
    "visit": "visits",
    "contract": "contracts",
    "product": "products",
}


class SearchDialog(QDialog):
    chosen = Signal(str, str)  # page key, record id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Search everything"))
        self.field = QLineEdit()
        self.field.setObjectName("searchEverything")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("Accounts, contacts, opportunities, quotes, orders, visits, products…")
        )
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.hint = QLabel(self.tr("↓ to walk the results, Enter to open, Esc to close"))
        self.hint.setStyleSheet("color: #666;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._timer.start)
        SearchKeys(self.field, self.results, self.open_current, catch_up=self._catch_up)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.resize(620, 520)

    def _labels(self) -> dict[str, str]:
        return {
            "account": self.tr("Accounts"),
            "contact": self.tr("Contacts"),
            "opportunity": self.tr("Opportunities"),
            "quote": self.tr("Quotes"),
            "order": self.tr("Orders"),
            "visit": self.tr("Visits"),
            "contract": self.tr("Contracts"),
            "product": self.tr("Products"),
        }

    def _catch_up(self) -> None:
        if self._timer.isActive():
            self.search()

    def search(self) -> list[SearchHit]:
        from app.services.search_everywhere import search_everywhere

        self._timer.stop()
        text = self.field.text()
        with self.ctx.session() as session:
            hits = search_everywhere(session, text)
        self.results.clear()
        labels = self._labels()
        for kind in KINDS:
            group = [hit for hit in hits if hit.kind == kind]
            if group:
                self._add_header(labels[kind])
            for hit in group:
                self._add_hit(hit)
        if not hits and text.strip():
            self._add_header(fill(self.tr("Nothing found for “%1”."), text.strip()))
        return hits

    def _add_header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a group title: not selectable, not opened
        font = QFont(self.results.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#1a5fb4")))
        self.results.addItem(item)

    def _add_hit(self, hit: SearchHit) -> None:
        text = "    " + isolated(hit.title) + (f"  ·  {isolated(hit.detail)}" if hit.detail else "")
        if hit.via_contact:
            text += "\n        " + fill(self.tr("↳ contact: %1"), hit.via_contact)
        item = QListWidgetItem(text)
        item.setData(HIT_ROLE, hit)
        if hit.via_contact:
            item.setToolTip(self.tr("Found by the name of a contact at this account"))
        self.results.addItem(item)

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        return None if item is None else item.data(HIT_ROLE)

    def open_current(self) -> None:
        hit = self.current_hit()
        if hit is None:
            return
        self.accept()
        self.chosen.emit(PAGE_OF_KIND[hit.kind], hit.opens or hit.record_id)
