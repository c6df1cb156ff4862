"""Plan a new visit or move a planned one: account, start, duration, purpose."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.errors import FieldsalesError
from app.models import Account, Visit
from app.views.accounts.account_chooser import AccountChooser
from app.views.shared.bidi import fill, shown
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text, qdatetime_of, use_date_format
from app.views.shared.widgets import (
    FieldError,
    clear_when_edited,
    lay_out_form_dialog,
    with_error,
)

# A check-in or check-out this far from the plan is pointed out on the Visits page.
MINIMUM_DURATION_MINUTES = 5


def aware(value: QDateTime) -> datetime:
    return value.toPython().astimezone()


def next_round_hour(now: datetime | None = None) -> datetime:
    """The default start of a new visit: the next full hour (10:00 at 09:05 and at 09:00)."""
    now = now or datetime.now()
    return now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


class TypeableDateTimeEdit(QDateTimeEdit):
    """A date-time field one can type a whole date and time into straight away.

    Qt types into the part under the cursor; after a click past the end of the
    text (or with everything selected) that is no part at all and typing did
    nothing. Here the first digit typed there goes to the first part, and Qt moves
    on part by part, so "04/12/2026 11:00" and "04122026 1100" both work. A click
    on one part (the minutes, say) still edits that part alone.
    """

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        line = self.lineEdit()
        nowhere = line.cursorPosition() >= len(line.text()) or line.selectedText() == line.text()
        if event.text().isdigit() and nowhere:
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)


class VisitPlanner(QDialog):
    saved = Signal(str)  # visit id

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        visit_id: str | None = None,
        account_id: str | None = None,
        start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.account_id = account_id
        self.setWindowTitle(self.tr("Move visit") if visit_id else self.tr("Plan a visit"))
        self.account_label = QLabel(self.tr("No account chosen"))
        self.account_label.setObjectName("plannerAccount")
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_account)
        self.account_error = FieldError()
        self.start = TypeableDateTimeEdit()
        self.start.setObjectName("plannedStart")
        self.start.setCalendarPopup(True)
        use_date_format(self.start, ctx.formatter, with_time=True)
        self.start.setDateTime(qdatetime_of(start or next_round_hour()))
        self._past_confirmed: QDateTime | None = None
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        # 0 can be typed, and is refused with a message rather than silently raised to 5.
        self.duration.setRange(0, 12 * 60)
        self.duration.setSingleStep(15)
        self.duration.setValue(60)
        self.duration.setSuffix(" " + self.tr("min"))
        self.time_error = FieldError()
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setTabChangesFocus(True)
        self.purpose.setMaximumHeight(90)
        self.general_error = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account_label)
        form.addRow("", with_error(self.choose_button, self.account_error))
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Duration"), with_error(self.duration, self.time_error))
        form.addRow(self.tr("Purpose"), self.purpose)
        lay_out_form_dialog(self, form, self.general_error, minimum_width=460)
        for widget in (self.start, self.duration):
            clear_when_edited(widget, self.time_error)
        self._load()

    def _load(self) -> None:
        with self.ctx.session() as session:
            if self.visit_id:
                visit = session.get(Visit, self.visit_id)
                self.account_id = visit.account_id
                self.start.setDateTime(qdatetime_of(visit.planned_start))
                minutes = int((visit.planned_end - visit.planned_start).total_seconds() // 60)
                self.duration.setValue(max(minutes, 5))
                self.purpose.setPlainText(visit.purpose or "")
                self.purpose.setEnabled(False)
                self.choose_button.setEnabled(False)
            if self.account_id:
                self.account_label.setText(shown(session.get(Account, self.account_id).name))

    def choose_account(self) -> None:
        chooser = AccountChooser(self.ctx, self)
        chooser.accepted.connect(lambda: self.set_account(chooser.account_id()))
        chooser.open()

    def set_account(self, account_id: str | None) -> None:
        self.account_id = account_id
        self._load()

    def save(self) -> None:
        from app.services.visits import plan_visit, reschedule_visit

        for label in (self.account_error, self.time_error, self.general_error):
            label.clear()
        problems = False
        if not self.account_id:
            self.account_error.show_error(self.tr("Choose the account to visit."))
            problems = True
        if self.duration.value() < MINIMUM_DURATION_MINUTES:
            self.time_error.show_error(
                fill(
                    self.tr("A visit lasts at least %1 minutes."),
                    self.ctx.formatter.number(MINIMUM_DURATION_MINUTES),
                )
            )
            problems = True
        if problems:
            return
        start = aware(self.start.dateTime())
        end = start + timedelta(minutes=self.duration.value())
        if start < datetime.now().astimezone() and self._past_confirmed != self.start.dateTime():
            # Asked once: Save again with the same start plans it anyway.
            self._past_confirmed = self.start.dateTime()
            self.time_error.show_error(
                self.tr("This start is in the past. Save again to plan it anyway.")
            )
            return
        try:
            with self.ctx.transaction() as session:
                if self.visit_id:
                    visit = session.get(Visit, self.visit_id)
                    reschedule_visit(session, visit, planned_start=start, planned_end=end)
                else:
                    visit = plan_visit(
                        session,
                        account=session.get(Account, self.account_id),
                        planned_start=start,
                        planned_end=end,
                        purpose=self.purpose.toPlainText().strip() or None,
                        owner=self.ctx.username,
                    )
                session.flush()
                visit_id = visit.id
        except FieldsalesError as error:
            target = (
                self.time_error
                if error.field in ("planned_start", "planned_end")
                else self.general_error
            )
            target.show_error(error_text(error))
            return
        self.accept()
        self.saved.emit(visit_id)
