"""The inbox's filter bar: rep (with pending counts), visit dates, account, outcome, state."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QPushButton, QWidget

from app.services.review_inbox import InboxFilter
from app.views.shared.context import AppContext
from app.views.shared.formatting import date_of, use_date_format
from app.views.visits.visit_report import outcome_choices

NO_DATE = QDate(2000, 1, 1)  # the minimum date, shown as "Any"
DEFAULT_STATE = "pending"


class ReviewFilterBar(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rep = QComboBox()
        self.rep.setObjectName("repFilter")
        self.rep.setAccessibleName(self.tr("Rep"))
        self.since = self._date_edit("sinceFilter")
        self.until = self._date_edit("untilFilter")
        self.account = QComboBox()
        self.account.setObjectName("accountFilter")
        self.account.setAccessibleName(self.tr("Account"))
        self.account.setMinimumContentsLength(14)
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcomeFilter")
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.addItem(self.tr("All outcomes"), None)
        for value, label in outcome_choices():
            self.outcome.addItem(label, value)
        self.state = QComboBox()
        self.state.setObjectName("stateFilter")
        self.state.setAccessibleName(self.tr("Review"))
        for label, value in (
            (self.tr("Awaiting review"), "pending"),
            (self.tr("Changes requested"), "changes_requested"),
            (self.tr("Approved"), "approved"),
            (self.tr("All reports"), ""),
        ):
            self.state.addItem(label, value)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        grid = QGridLayout(self)  # two rows, so the bar fits a laptop in any language
        grid.setContentsMargins(0, 0, 0, 0)
        places = (
            (self.tr("Rep"), self.rep, 0, 0),
            (self.tr("Review"), self.state, 0, 2),
            (self.tr("Outcome"), self.outcome, 0, 4),
            (self.tr("Account"), self.account, 1, 0),
            (self.tr("From"), self.since, 1, 2),
            (self.tr("To"), self.until, 1, 4),
        )
        for label, widget, row, column in places:
            caption = QLabel(label)
            caption.setBuddy(widget)
            grid.addWidget(caption, row, column)
            grid.addWidget(widget, row, column + 1)
        grid.addWidget(self.clear_button, 1, 6)
        grid.setColumnStretch(7, 1)
        self.set_choices(reps=[], pending={}, accounts=[])
        for combo in (self.rep, self.account, self.outcome, self.state):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _date: self.changed.emit())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        use_date_format(edit, self.ctx.formatter)  # as the list beside it writes dates
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(NO_DATE)
        return edit

    def set_choices(
        self, *, reps: list[str], pending: dict[str, int], accounts: list[tuple[str, str]]
    ) -> None:
        """Fill the rep and account lists, keeping what is chosen; no ``changed`` signal."""
        fmt = self.ctx.formatter
        chosen_rep, chosen_account = self.rep.currentData(), self.account.currentData()
        for combo in (self.rep, self.account):
            combo.blockSignals(True)
            combo.clear()
        self.rep.addItem(self.tr("All reps"), None)
        for rep in sorted(set(reps) | set(pending)):
            count = pending.get(rep, 0)
            label = f"{rep} ({fmt.number(count)})" if count else rep
            self.rep.addItem(label, rep)
        self.account.addItem(self.tr("All accounts"), None)
        for account_id, name in accounts:
            self.account.addItem(name, account_id)
        for combo, chosen in ((self.rep, chosen_rep), (self.account, chosen_account)):
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current(self) -> InboxFilter:
        return InboxFilter(
            rep=self.rep.currentData(),
            since=self._day(self.since),
            until=self._day(self.until),
            account_id=self.account.currentData(),
            outcome=self.outcome.currentData(),
            state=self.state.currentData() or None,
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        return None if edit.date() == NO_DATE else date_of(edit.date())

    def set_state(self, state: str | None) -> None:
        self.state.setCurrentIndex(max(self.state.findData(state or ""), 0))

    def clear(self) -> None:
        widgets = (self.rep, self.account, self.outcome, self.state, self.since, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (self.rep, self.account, self.outcome):
            combo.setCurrentIndex(0)
        self.set_state(DEFAULT_STATE)
        self.since.setDate(NO_DATE)
        self.until.setDate(NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
