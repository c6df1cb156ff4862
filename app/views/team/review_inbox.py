"""The manager's inbox: the team's submitted reports on the left, the chosen one on the right.

Made to be worked through from the keyboard: Alt+Down and Alt+Up go to the next
and previous report, Alt+A approves, Alt+B sends back (after a comment, which
Alt+C jumps to). After a decision the next report is shown, so a manager can go
through a morning's reports without the mouse.

A decision is saved locally through ``app.services.reviews`` (the same service
``fieldsales reviews`` uses) and travels at the next sync, like any other change.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.errors import FieldsalesError
from app.services import review_inbox, reviews
from app.services.review_inbox import InboxRow
from app.views.shared.bidi import fill, isolated, layout_mark
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.labels import status_label
from app.views.shared.splitter import SideBySide
from app.views.shared.widgets import RecordTable
from app.views.team.report_view import ReportView, outcome_label
from app.views.team.review_filters import ReviewFilterBar

# A year of a big team's reports is tens of thousands: the list shows the newest.
SHOWN_AT_MOST = 1000
NEXT_KEY, PREVIOUS_KEY = "Alt+Down", "Alt+Up"
APPROVE_KEY, SEND_BACK_KEY, COMMENT_KEY = "Alt+A", "Alt+B", "Alt+C"


class ReviewInbox(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[InboxRow] = []
        self.filters = ReviewFilterBar(ctx)
        self.filters.changed.connect(self.show_rows)
        self.pending_summary = QLabel()
        self.pending_summary.setObjectName("pendingSummary")
        self.pending_summary.setWordWrap(True)
        self.table = RecordTable(
            [
                self.tr("Submitted"),
                self.tr("Visit"),
                self.tr("Rep"),
                self.tr("Account"),
                self.tr("Outcome"),
                self.tr("Review"),
                self.tr("Files"),
            ]
        )
        self.table.setObjectName("reviewInbox")
        # Seven columns beside the report: the names and labels give way, not the dates.
        # They wrap on to a second line rather than being cut ("Запрошено предложение"
        # in Russian at 1280 pixels); only in a narrower list is the account cut first,
        # since the report beside the list is headed by it.
        self.table.fit_to_width({2, 3, 4, 5}, first_to_give_way={3}, wrap=True)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        self.report = ReportView(ctx)
        self.report.approve_requested.connect(self.approve)
        self.report.send_back_requested.connect(self.send_back)
        self.more_note = QLabel(
            fill(
                self.tr("Showing the newest %1 reports; narrow the filters to see older ones."),
                ctx.formatter.number(SHOWN_AT_MOST),
            )
        )
        self.more_note.setObjectName("moreReports")
        self.more_note.hide()
        self.hint = QLabel(
            self.tr(
                "Keys: Alt+Down next report · Alt+Up previous · Alt+A approve · "
                "Alt+C comment · Alt+B send back"
            )
        )
        self.hint.setStyleSheet("color: #666;")
        splitter = SideBySide()
        splitter.addWidget(self.table)
        splitter.addWidget(self.report)
        # The list has seven columns, the report wraps: the list gets the larger share.
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 430])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.pending_summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.more_note)
        layout.addWidget(self.hint)
        self._shortcut(NEXT_KEY, self.next_report)
        self._shortcut(PREVIOUS_KEY, self.previous_report)
        self._shortcut(APPROVE_KEY, self.approve)
        self._shortcut(SEND_BACK_KEY, self.send_back)
        self._shortcut(COMMENT_KEY, self.report.comment.setFocus)

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # -- the list ------------------------------------------------------------------
    def refresh(self, *, select_visit: str | None = None, fallback_row: int = 0) -> None:
        """Read everything again: the filters' choices, the pending counts, the list."""
        with self.ctx.session() as session:
            choices = review_inbox.inbox_choices(session)
            pending = review_inbox.pending_by_rep(session)
        self.filters.set_choices(reps=choices.reps, pending=pending, accounts=choices.accounts)
        self._show_pending(pending)
        self.show_rows(select_visit=select_visit, fallback_row=fallback_row)

    def show_rows(self, *, select_visit: str | None = None, fallback_row: int = 0) -> None:
        """The list for the filters as they are (one query: filters change often)."""
        keep = select_visit or self.current_visit_id()
        with self.ctx.session() as session:
            self.rows = review_inbox.team_inbox(
                session, self.filters.current(), limit=SHOWN_AT_MOST + 1
            )
        self.more_note.setVisible(len(self.rows) > SHOWN_AT_MOST)
        del self.rows[SHOWN_AT_MOST:]
        fmt = self.ctx.formatter
        self.table.blockSignals(True)
        self.table.set_rows(
            [
                (
                    row.visit_id,
                    [
                        fmt.datetime(row.submitted_at),
                        fmt.datetime(row.visit_start),
                        row.rep,
                        row.account_name,
                        outcome_label(row.outcome),
                        status_label(row.review_state),
                        fmt.number(row.attachments) if row.attachments else "",
                    ],
                )
                for row in self.rows
            ]
        )
        self.table.blockSignals(False)
        ids = [row.visit_id for row in self.rows]
        target = ids.index(keep) if keep in ids else min(fallback_row, len(ids) - 1)
        self.select_row(target)

    def _show_pending(self, pending: dict[str, int]) -> None:
        total = sum(pending.values())
        if not total:
            self.pending_summary.setText(self.tr("Nothing awaits your review."))
            return
        fmt = self.ctx.formatter
        # Names isolated, the list in the screen's direction: bare, "anna 1, lena 1"
        # came out of order in Arabic ("1 anna").
        per_rep = layout_mark() + fmt.locale.createSeparatedList(
            [f"{isolated(rep)} {fmt.number(count)}" for rep, count in pending.items()]
        )
        self.pending_summary.setText(
            fill(self.tr("Awaiting review: %1 (%2)"), fmt.number(total), per_rep)
        )

    def current_visit_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].visit_id if 0 <= row < len(self.rows) else None

    def select_row(self, row: int) -> None:
        row = row if 0 <= row < len(self.rows) else -1
        self.table.blockSignals(True)
        self.table.setCurrentCell(row, 0 if row >= 0 else -1)
        self.table.blockSignals(False)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            self.report.show_report(None)
            return
        try:
            with self.ctx.session() as session:
                detail = review_inbox.report_detail(session, self.rows[row].visit_id)
        except FieldsalesError:
            detail = None  # gone meanwhile (a sync); the next refresh drops the row
        self.report.show_report(detail)

    def next_report(self) -> None:
        self.select_row(min(self.table.currentRow() + 1, len(self.rows) - 1))

    def previous_report(self) -> None:
        self.select_row(max(self.table.currentRow() - 1, 0))

    # -- decisions -----------------------------------------------------------------
    def approve(self) -> bool:
        return self._decide(reviews.approve)

    def send_back(self) -> bool:
        return self._decide(reviews.send_back)

    def _decide(self, decision: Callable[..., object]) -> bool:
        visit_id = self.current_visit_id()
        if visit_id is None or not self.report.approve_button.isEnabled():
            return False
        self.report.comment_error.clear()
        self.report.decision_error.clear()
        comment = self.report.comment.toPlainText().strip() or None
        try:
            with self.ctx.transaction() as session:
                decision(session, visit_id, reviewer=reviews.reviewer(session), comment=comment)
        except FieldsalesError as error:
            if error.field == "review_comment":
                self.report.comment_error.show_error(error_text(error))
                self.report.comment.setFocus()
            else:
                self.report.decision_error.show_error(error_text(error))
            return False
        row = self.table.currentRow()
        self.report.comment.clear()
        self.refresh(fallback_row=row)
        if self.current_visit_id() == visit_id:
            self.next_report()  # still listed (all states shown): go on to the next one
        self.table.setFocus()
        refresh_sync = getattr(self.ctx.sync, "refresh", None)
        if refresh_sync is not None:
            refresh_sync()  # the status bar counts the change waiting to go up
        return True
