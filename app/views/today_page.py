"""Today: whom to visit next, visits still to do today, overdue follow-ups, renewals
due, quotes expiring."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldsalesError
from app.models import Task
from app.views.shared.bidi import shown
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.labels import status_label
from app.views.shared.widgets import FieldError, PageTitle, RecordTable

RENEWAL_HORIZON_DAYS = 60
QUOTE_HORIZON_DAYS = 7


class TodayPage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.date_label = QLabel()
        self.date_label.setStyleSheet("color: #555;")
        self.visits = RecordTable(
            [self.tr("Time"), self.tr("Account"), self.tr("Status"), self.tr("Purpose")]
        )
        self.visits.setObjectName("todayVisits")
        self.tasks = RecordTable([self.tr("Due"), self.tr("Task"), self.tr("Account")])
        self.tasks.setObjectName("overdueTasks")
        self.renewals = RecordTable(
            [self.tr("Notice by"), self.tr("Contract"), self.tr("Account"), self.tr("Ends")]
        )
        self.renewals.setObjectName("renewals")
        self.quotes = RecordTable([self.tr("Valid until"), self.tr("Quote"), self.tr("Account")])
        self.quotes.setObjectName("expiringQuotes")
        self.task_done = QPushButton(self.tr("Mark done"))
        self.task_done.clicked.connect(self.complete_selected_task)
        self.error = FieldError()
        self.visits.itemActivated.connect(lambda _i: self._go("visits", self.visits))
        self.renewals.itemActivated.connect(lambda _i: self._go("contracts", self.renewals))
        self.quotes.itemActivated.connect(lambda _i: self._go("quotes", self.quotes))
        self.tasks.itemActivated.connect(lambda _i: self._go_task())

        grid = QGridLayout()
        grid.addWidget(self._box(self.tr("Visits today"), self.visits), 0, 0)
        tasks_box = self._box(self.tr("Overdue follow-ups"), self.tasks)
        tasks_box.layout().addWidget(self.task_done)
        grid.addWidget(tasks_box, 0, 1)
        grid.addWidget(self._box(self.tr("Renewals due"), self.renewals), 1, 0)
        grid.addWidget(self._box(self.tr("Quotes about to expire"), self.quotes), 1, 1)
        title_row = QHBoxLayout()
        title_row.addWidget(PageTitle(self.tr("Today")))
        title_row.addWidget(self.date_label)
        title_row.addStretch(1)
        from app.views.analytics.dashboard_page import is_manager
        from app.views.visit_next import VisitNextPanel

        self.visit_next = VisitNextPanel(ctx, manager=is_manager(ctx))
        self.visit_next.planned.connect(lambda _id: self.refresh_lists())
        lists = QWidget()
        lists.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.visit_next)
        splitter.addWidget(lists)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self._task_accounts: dict[str, str | None] = {}

    @staticmethod
    def _box(title: str, table: RecordTable) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(table)
        return box

    def refresh(self) -> None:
        self.visit_next.refresh()
        self.refresh_lists()

    def refresh_lists(self) -> None:
        from app.services.queries import overdue_tasks, quotes_expiring, renewals_due, todays_visits

        fmt = self.ctx.formatter
        today = date.today()
        self.date_label.setText(shown(fmt.long_date(today)))
        local_tz = datetime.now().astimezone().tzinfo
        with self.ctx.session() as session:
            self.visits.set_rows(
                [
                    (
                        v.id,
                        [
                            fmt.time(v.planned_start),
                            v.account.name,
                            status_label(v.status),
                            (v.purpose or "").split("\n")[0],
                        ],
                    )
                    for v in todays_visits(session, day=today, tz=local_tz)
                ],
                fit={0},
            )
            tasks = overdue_tasks(session, today=today)
            self._task_accounts = {task.id: task.account_id for task in tasks}
            self.tasks.set_rows(
                [
                    (
                        task.id,
                        [
                            fmt.date(task.due_date),
                            task.title,
                            task.account.name if task.account else "",
                        ],
                    )
                    for task in tasks
                ],
                fit={0},
            )
            self.renewals.set_rows(
                [
                    (
                        due.contract.id,
                        [
                            fmt.date(due.notice_deadline),
                            f"{due.contract.number} · {due.contract.title}",
                            due.contract.account.name,
                            fmt.date(due.contract.end_date),
                        ],
                    )
                    for due in renewals_due(session, today=today, within_days=RENEWAL_HORIZON_DAYS)
                ],
                fit={0, 3},
            )
            self.quotes.set_rows(
                [
                    (q.id, [fmt.date(q.valid_until), q.number, q.account.name])
                    for q in quotes_expiring(session, today=today, within_days=QUOTE_HORIZON_DAYS)
                ],
                fit={0},
            )
        self.task_done.setEnabled(self.tasks.rowCount() > 0)

    def _go(self, page: str, table: RecordTable) -> None:
        if record_id := table.current_id():
            self.navigate.emit(page, record_id)

    def _go_task(self) -> None:
        task_id = self.tasks.current_id()
        if task_id and (account_id := self._task_accounts.get(task_id)):
            self.navigate.emit("accounts", account_id)

    def complete_selected_task(self) -> None:
        from app.services.activities import complete_task

        task_id = self.tasks.current_id()
        if task_id is None:
            return
        self.error.clear()
        try:
            with self.ctx.transaction() as session:
                complete_task(session, session.get(Task, task_id))
        except FieldsalesError as error:
            self.error.show_error(error_text(error))
        self.refresh()
