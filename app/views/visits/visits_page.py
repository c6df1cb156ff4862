"""Visits: a week at a glance (one agenda column per day) and the chosen visit's actions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.errors import FieldsalesError
from app.models import Visit
from app.views.shared.bidi import fill, isolated, isolated_html, layout_mark
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.labels import status_label
from app.views.shared.undo_bar import UndoBar
from app.views.shared.widgets import FieldError, PageTitle
from app.views.visits.visit_planner import VisitPlanner
from app.views.visits.visit_report import VisitReportForm

STATUS_COLOURS = {
    "planned": "#1a5fb4",
    "checked_in": "#c64600",
    "completed": "#1b6e20",
    "cancelled": "#777777",
    "missed": "#b3261e",
}


# A check-in or check-out further than this from the plan is pointed out.
FAR_FROM_PLAN = timedelta(minutes=30)


def week_start(day: date, first_weekday: int) -> date:
    """``first_weekday``: 1 = Monday … 7 = Sunday (Qt's numbering)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


class VisitsPage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.first_weekday = QLocale().firstDayOfWeek().value
        self.week = week_start(date.today(), self.first_weekday)
        self.selected_id: str | None = None
        self.previous_button = QPushButton(self.tr("Previous week"))
        self.previous_button.clicked.connect(lambda: self.show_week(self.week - timedelta(days=7)))
        self.today_button = QPushButton(self.tr("This week"))
        self.today_button.clicked.connect(
            lambda: self.show_week(week_start(date.today(), self.first_weekday))
        )
        self.next_button = QPushButton(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.show_week(self.week + timedelta(days=7)))
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        self.plan_button = QPushButton(self.tr("Plan visit…"))
        self.plan_button.setToolTip(self.tr("Ctrl+Shift+V"))
        self.plan_button.clicked.connect(self.create_new)
        self.day_headers: list[QLabel] = []
        self.day_lists: list[QListWidget] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        for column in range(7):
            header = QLabel()
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            day_list = QListWidget()
            day_list.setObjectName(f"day{column}")
            day_list.setWordWrap(True)
            day_list.currentItemChanged.connect(self._selected)
            day_list.itemActivated.connect(lambda _item: self.open_report())
            grid.addWidget(header, 0, column)
            grid.addWidget(day_list, 1, column)
            self.day_headers.append(header)
            self.day_lists.append(day_list)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setObjectName("visitDetail")
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_status = QLabel()
        self.detail_times = QLabel()
        self.detail_times.setObjectName("visitTimes")
        self.detail_times.setWordWrap(True)
        self.action_error = FieldError()
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.clicked.connect(lambda: self._transition("check_in"))
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.check_out_button.clicked.connect(lambda: self._transition("check_out"))
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.clicked.connect(self.open_report)
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.clicked.connect(self.reschedule)
        self.cancel_button = QPushButton(self.tr("Cancel visit…"))
        self.cancel_button.clicked.connect(self.confirm_cancel)
        self.undo_bar = UndoBar()
        self.account_button = QPushButton(self.tr("Open account"))
        self.account_button.clicked.connect(self._open_account)
        detail = QFrame()
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QHBoxLayout(detail)
        text = QVBoxLayout()
        text.addWidget(self.detail_title)
        text.addWidget(self.detail_status)
        text.addWidget(self.detail_times)
        text.addWidget(self.action_error)
        detail_layout.addLayout(text, 1)
        for button in (
            self.check_in_button,
            self.check_out_button,
            self.report_button,
            self.move_button,
            self.cancel_button,
            self.account_button,
        ):
            detail_layout.addWidget(button)

        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Visits")))
        top.addStretch(1)
        top.addWidget(self.previous_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(12)
        top.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.week_label)
        layout.addWidget(self.undo_bar)
        layout.addLayout(grid, 1)
        layout.addWidget(detail)
        self._show_detail(None)

    # -- the week -------------------------------------------------------------------
    def show_week(self, start: date) -> None:
        self.week = start
        self.refresh()

    def refresh(self) -> None:
        fmt = self.ctx.formatter
        end = self.week + timedelta(days=7)
        self.week_label.setText(
            fill(
                self.tr("%1 to %2"),
                fmt.day_month_year(self.week),
                fmt.day_month_year(end - timedelta(days=1)),
            )
        )
        lower = datetime.combine(self.week, time.min).astimezone()
        upper = datetime.combine(end, time.min).astimezone()
        by_day: dict[date, list[Visit]] = {}
        with self.ctx.session() as session:
            visits = session.scalars(
                select(Visit)
                .where(
                    Visit.deleted.is_(False),
                    Visit.planned_start >= lower,
                    Visit.planned_start < upper,
                )
                .order_by(Visit.planned_start)
            )
            for visit in visits:
                by_day.setdefault(visit.planned_start.astimezone().date(), []).append(visit)
            for column in range(7):
                day = self.week + timedelta(days=column)
                locale = QLocale()
                header = f"{locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}\n{fmt.date(day)}"
                self.day_headers[column].setText(header)
                bold = "font-weight: bold; color: #1a5fb4;" if day == date.today() else ""
                self.day_headers[column].setStyleSheet(bold)
                day_list = self.day_lists[column]
                day_list.blockSignals(True)
                day_list.clear()
                for visit in by_day.get(day, []):
                    item = QListWidgetItem(
                        f"{isolated(fmt.time(visit.planned_start))}  {isolated(visit.account.name)}"
                        f"\n{isolated(status_label(visit.status))}"
                    )
                    item.setData(Qt.ItemDataRole.UserRole, visit.id)
                    item.setForeground(QBrush(QColor(STATUS_COLOURS.get(visit.status, "#000"))))
                    day_list.addItem(item)
                    if visit.id == self.selected_id:
                        day_list.setCurrentItem(item)
                day_list.blockSignals(False)
        self._show_detail(self.selected_id)

    def _selected(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        for day_list in self.day_lists:
            if day_list is not current.listWidget():
                day_list.blockSignals(True)
                day_list.setCurrentItem(None)
                day_list.blockSignals(False)
        self.select_visit(current.data(Qt.ItemDataRole.UserRole))

    def select_visit(self, visit_id: str) -> None:
        self.selected_id = visit_id
        self.action_error.clear()
        self._show_detail(visit_id)

    def _show_detail(self, visit_id: str | None) -> None:
        visit_status = None
        if visit_id is None:
            self.detail_title.setText(
                self.tr("Choose a visit to check in, check out or write its report.")
            )
            self.detail_status.setText("")
            self.detail_times.setText("")
        else:
            fmt = self.ctx.formatter
            with self.ctx.session() as session:
                visit = session.get(Visit, visit_id)
                visit_status = visit.status
                self.detail_title.setText(
                    f"{layout_mark()}<b>{isolated_html(visit.account.name)}</b>"
                    f" · {isolated_html(fmt.datetime(visit.planned_start))}"
                    + (f"<br>{isolated_html(visit.purpose)}" if visit.purpose else "")
                )
                report = visit.report
                text = status_label(visit.status)
                if report is not None:
                    text += " · " + (
                        fill(self.tr("Report: %1"), status_label(report.review_state))
                        if report.submitted
                        else self.tr("Report: draft")
                    )
                self.detail_status.setText(text)
                self._show_times(visit)
        self.check_in_button.setEnabled(visit_status == "planned")
        self.check_out_button.setEnabled(visit_status == "checked_in")
        self.report_button.setEnabled(visit_status == "completed")
        self.move_button.setEnabled(visit_status == "planned")
        self.cancel_button.setEnabled(visit_status == "planned")
        self.account_button.setEnabled(visit_status is not None)

    def _show_times(self, visit: Visit) -> None:
        """When the rep checked in and out, with a warning when far from the plan."""
        fmt = self.ctx.formatter
        parts, far = [], False
        for moment, planned, template in (
            (visit.checked_in_at, visit.planned_start, self.tr("Checked in at %1")),
            (visit.checked_out_at, visit.planned_end, self.tr("Checked out at %1")),
        ):
            if moment is None:
                continue
            parts.append(fill(template, fmt.time(moment)))
            far = far or abs(moment - planned) > FAR_FROM_PLAN
        if far:
            parts.append(
                fill(
                    self.tr("More than %1 minutes away from the plan (%2 to %3)."),
                    fmt.number(int(FAR_FROM_PLAN.total_seconds() // 60)),
                    fmt.time(visit.planned_start),
                    fmt.time(visit.planned_end),
                )
            )
        self.detail_times.setText(" · ".join(parts))
        self.detail_times.setStyleSheet("color: #b3261e;" if far else "color: #555;")

    # -- actions --------------------------------------------------------------------
    def _transition(self, name: str) -> None:
        from app.services import visits

        action = {
            "check_in": visits.check_in,
            "check_out": visits.check_out,
            "cancel": visits.cancel_visit,
        }[name]
        self.action_error.clear()
        try:
            with self.ctx.transaction() as session:
                action(session, session.get(Visit, self.selected_id))
        except FieldsalesError as error:
            self.action_error.show_error(error_text(error))
        self.refresh()
        if name == "check_out" and self.action_error.isHidden():
            self.open_report()

    def confirm_cancel(self):
        """Ask first, naming the visit; a cancelled visit can be planned again (Undo)."""
        from app.views.shared.confirm import ask_to_confirm

        if self.selected_id is None or not self.cancel_button.isEnabled():
            return None
        with self.ctx.session() as session:
            visit = session.get(Visit, self.selected_id)
            what = (
                f"{isolated(visit.account.name)}, "
                f"{isolated(self.ctx.formatter.datetime(visit.planned_start))}"
            )
        self.confirmation = ask_to_confirm(
            self,
            title=self.tr("Cancel visit"),
            question=fill(self.tr("Cancel the visit to %1?"), what),
            confirm_text=self.tr("Cancel the visit"),
            keep_text=self.tr("Keep it"),
            on_confirm=lambda: self._cancel(self.selected_id, what),
        )
        return self.confirmation

    def _cancel(self, visit_id: str, what: str) -> None:
        from app.services.visits import reinstate_visit

        self._transition("cancel")
        if not self.action_error.isHidden():
            return

        def undo() -> None:
            with self.ctx.transaction() as session:
                reinstate_visit(session, session.get(Visit, visit_id))
            self.refresh()

        self.undo_bar.offer(fill(self.tr("Visit to %1 cancelled."), what), undo)

    def create_new(self, account_id: str | None = None) -> VisitPlanner:
        planner = VisitPlanner(self.ctx, self, account_id=account_id)
        planner.saved.connect(self._planned)
        planner.open()
        return planner

    def reschedule(self) -> VisitPlanner:
        planner = VisitPlanner(self.ctx, self, visit_id=self.selected_id)
        planner.saved.connect(self._planned)
        planner.open()
        return planner

    def _planned(self, visit_id: str) -> None:
        self.selected_id = visit_id
        with self.ctx.session() as session:
            start = session.get(Visit, visit_id).planned_start.astimezone().date()
        self.show_week(week_start(start, self.first_weekday))

    def open_report(self) -> VisitReportForm | None:
        if self.selected_id is None or not self.report_button.isEnabled():
            return None
        form = VisitReportForm(self.ctx, self.selected_id, self)
        form.finished.connect(lambda _result: self.refresh())
        form.open()
        self.report_form = form
        return form

    def open_record(self, record_id: str) -> None:
        if record_id.startswith("new:"):
            self.create_new(record_id.removeprefix("new:") or None)
            return
        with self.ctx.session() as session:
            visit = session.get(Visit, record_id)
            if visit is None:
                return
            start = visit.planned_start.astimezone().date()
        self.selected_id = record_id
        self.show_week(week_start(start, self.first_weekday))

    def _open_account(self) -> None:
        with self.ctx.session() as session:
            account_id = session.get(Visit, self.selected_id).account_id
        self.navigate.emit("accounts", account_id)
