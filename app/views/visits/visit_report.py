"""The visit report form: outcome, notes, next steps, follow-up task, attachments.

Attachments chosen from disk are kept as paths until the report is saved, then
stored encrypted by the workspace in the same transaction as the report. A report
a manager sent back shows the manager's comment and can be edited and resubmitted.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.errors import FieldsalesError
from app.models import Attachment, Visit, VisitReport
from app.views.shared.attachment_strip import AttachmentStrip, StripEntry, pixmap_of
from app.views.shared.bidi import fill, isolated_html, joined, layout_mark
from app.views.shared.context import AppContext
from app.views.shared.formatting import date_of, error_text, use_date_format
from app.views.shared.labels import status_label
from app.views.shared.widgets import FieldError, clear_when_edited, keep_error_lines, with_error

REPORT_OWNER = "visit_report"
_BANNER = "padding: 8px; border-radius: 4px; "
REVIEW_BANNER_STYLES = {
    "changes_requested": _BANNER + "background: #fff4e5; border: 1px solid #e0a040;",
    "approved": _BANNER + "background: #e8f5e9; border: 1px solid #60a060;",
    "pending": _BANNER + "background: #eef3fb; border: 1px solid #8fb0e0;",
}


def outcome_choices() -> list[tuple[str, str]]:
    return [
        ("order_placed", QCoreApplication.translate("VisitReportForm", "Order placed")),
        ("quote_requested", QCoreApplication.translate("VisitReportForm", "Quote requested")),
        ("interested", QCoreApplication.translate("VisitReportForm", "Interested")),
        ("follow_up", QCoreApplication.translate("VisitReportForm", "Follow-up needed")),
        ("no_interest", QCoreApplication.translate("VisitReportForm", "No interest")),
    ]


class VisitReportForm(QDialog):
    submitted = Signal()

    def __init__(self, ctx: AppContext, visit_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit_id = visit_id
        self.report_id: str | None = None
        self.pending_files: list[Path] = []
        self.setWindowTitle(self.tr("Visit report"))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setObjectName("reportHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.review_banner = QLabel()
        self.review_banner.setObjectName("reviewComment")
        self.review_banner.setWordWrap(True)
        self.review_banner.hide()
        self.outcome = QComboBox()
        self.outcome.setObjectName("outcome")
        for value, label in outcome_choices():
            self.outcome.addItem(label, value)
        # No outcome until the rep picks one: an unchanged form must not file "Order placed".
        self.outcome.setPlaceholderText(self.tr("Choose the outcome…"))
        self.outcome.setCurrentIndex(-1)
        self.outcome_error = FieldError()
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setTabChangesFocus(True)
        self.summary_error = FieldError()
        self.next_steps = QPlainTextEdit()
        self.next_steps.setObjectName("nextSteps")
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setMaximumHeight(80)
        self.follow_up = QCheckBox(self.tr("Create a follow-up task"))
        self.follow_up_title = QLineEdit()
        self.follow_up_title.setObjectName("followUpTitle")
        self.follow_up_due = QDateEdit(QDate.currentDate().addDays(7))
        self.follow_up_due.setCalendarPopup(True)
        use_date_format(self.follow_up_due, ctx.formatter)
        self.follow_up_title_error = FieldError()
        self.follow_up_due_error = FieldError()
        self.follow_up.toggled.connect(self.follow_up_title.setEnabled)
        self.follow_up.toggled.connect(self.follow_up_due.setEnabled)
        self.follow_up.setChecked(False)
        self.follow_up_title.setEnabled(False)
        self.follow_up_due.setEnabled(False)
        self.attachments = AttachmentStrip()
        self.attachments.setObjectName("attachments")
        self.attachments.setToolTip(self.tr("Double-click a photo to see it larger"))
        self.add_file_button = QPushButton(self.tr("Attach photo or document…"))
        self.add_file_button.clicked.connect(self.choose_files)
        self.remove_file_button = QPushButton(self.tr("Remove"))
        self.remove_file_button.setObjectName("removeAttachment")
        self.remove_file_button.clicked.connect(self.remove_selected)
        self.attachment_error = FieldError()
        self.general_error = FieldError()
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.clicked.connect(self.save)
        self.submit_button = QPushButton(self.tr("Submit for review"))
        self.submit_button.setObjectName("submitReport")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.pdf_button = QPushButton(self.tr("Produce PDF…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(lambda: self.produce_pdf())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Outcome"), with_error(self.outcome, self.outcome_error))
        form.addRow(self.tr("Summary"), with_error(self.summary, self.summary_error))
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow("", self.follow_up)
        form.addRow(self.tr("Task"), with_error(self.follow_up_title, self.follow_up_title_error))
        form.addRow(self.tr("Due"), with_error(self.follow_up_due, self.follow_up_due_error))
        for widget, error in (
            (self.outcome, self.outcome_error),
            (self.summary, self.summary_error),
            (self.follow_up_title, self.follow_up_title_error),
            (self.follow_up_due, self.follow_up_due_error),
            (self.follow_up, self.follow_up_title_error),
        ):
            clear_when_edited(widget, error)
        form.addRow(self.tr("Attachments"), self.attachments)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        form.addRow("", file_buttons)
        form.addRow("", self.attachment_error)
        buttons = QHBoxLayout()
        buttons.addWidget(close)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.review_banner)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        keep_error_lines(self)
        self.resize(620, 640)
        self.load()

    # -- loading -----------------------------------------------------------------
    def load(self) -> None:
        fmt = self.ctx.formatter
        with self.ctx.session() as session:
            visit = session.get(Visit, self.visit_id)
            # Date, time and status each in their own run: an Islamic-calendar date
            # next to an Arabic status otherwise comes out scrambled.
            self.heading.setText(
                f"{layout_mark()}<b>{isolated_html(visit.account.name)}</b><br>"
                + html.escape(
                    joined((fmt.datetime(visit.planned_start), status_label(visit.status)))
                )
            )
            report = visit.report
            if report is None:
                return
            self.report_id = report.id
            self.pdf_button.setEnabled(True)
            index = self.outcome.findData(report.outcome)
            if index >= 0:
                self.outcome.setCurrentIndex(index)
            self.summary.setPlainText(report.summary or "")
            self.next_steps.setPlainText(report.next_steps or "")
            if report.follow_up_task is not None:
                self.follow_up.setChecked(True)
                self.follow_up.setEnabled(False)
                self.follow_up_title.setText(report.follow_up_task.title)
                self.follow_up_title.setEnabled(False)
                self.follow_up_due.setEnabled(False)
            self._show_review(report)
            editable = not report.submitted or report.review_state == "changes_requested"
            for widget in (
                self.summary,
                self.next_steps,
                self.outcome,
                self.add_file_button,
                self.remove_file_button,
            ):
                widget.setEnabled(editable)
            self.save_button.setEnabled(editable)
            self.submit_button.setEnabled(editable)
            self._list_attachments(session)

    def _show_review(self, report: VisitReport) -> None:
        """The manager's decision as the rep sees it after a sync (docs: issue 14)."""
        fmt = self.ctx.formatter
        state = report.review_state if report.submitted else None
        if state == "changes_requested":
            text = fill(
                self.tr("Changes requested by %1: %2"),
                report.reviewed_by or "",
                report.review_comment or "",
            )
            self.submit_button.setText(self.tr("Resubmit"))
        elif state == "approved":
            text = fill(
                self.tr("Approved by %1 on %2; the report can no longer be changed."),
                report.reviewed_by or "",
                fmt.datetime(report.reviewed_at),
            )
            if report.review_comment:
                text += "\n" + fill(self.tr("Comment: %1"), report.review_comment)
        elif state == "pending":
            text = fill(
                self.tr("Submitted on %1; awaiting your manager's review."),
                fmt.datetime(report.submitted_at),
            )
        else:
            self.review_banner.hide()
            return
        self.review_banner.setProperty("reviewState", state)
        self.review_banner.setStyleSheet(REVIEW_BANNER_STYLES[state])
        self.review_banner.setText(text)
        self.review_banner.show()

    def _list_attachments(self, session) -> None:
        entries = []
        if self.report_id:
            stored = session.scalars(
                select(Attachment)
                .where(
                    Attachment.owner_entity == REPORT_OWNER,
                    Attachment.owner_id == self.report_id,
                    Attachment.deleted.is_(False),
                )
                .order_by(Attachment.created_at)
            )
            for attachment in stored:
                entries.append(
                    StripEntry(
                        attachment.filename,
                        attachment_id=attachment.id,
                        image=self._stored_image(attachment),
                    )
                )
        entries.extend(StripEntry(path.name, path=path) for path in self.pending_files)
        self.attachments.set_entries(entries)

    def _stored_image(self, attachment: Attachment):
        """A photo's pixmap when its bytes are already here (never waits for a download)."""
        store = self.ctx.workspace.attachments
        if not (attachment.media_type or "").startswith("image/"):
            return None
        if not store.path_for(attachment.id).exists():
            return None
        try:
            return pixmap_of(store.read(attachment))
        except FieldsalesError:
            return None

    def remove_selected(self) -> bool:
        """Take the chosen file off this draft (a file not saved yet is simply dropped)."""
        from app.services.attachments import remove_attachment

        self.attachment_error.clear()
        entry = self.attachments.current_entry()
        if entry is None:
            self.attachment_error.show_error(self.tr("Choose an attachment first."))
            return False
        if entry.path is not None:
            self.pending_files.remove(entry.path)
        else:
            try:
                with self.ctx.transaction() as session:
                    remove_attachment(session, session.get(Attachment, entry.attachment_id))
            except FieldsalesError as error:
                self.attachment_error.show_error(error_text(error))
                return False
        with self.ctx.session() as session:
            self._list_attachments(session)
        return True

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach photos or documents"),
            str(Path.home()),
            self.tr(
                "Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.docx *.xlsx *.txt);;All files (*)"
            ),
        )
        for path in paths:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> None:
        self.pending_files.append(path)
        with self.ctx.session() as session:
            self._list_attachments(session)

    def produce_pdf(self, target: Path | None = None):
        from app.views.documents.pdf_export import export_document_pdf

        return export_document_pdf(
            self,
            self.ctx,
            kind="visit_report",
            document_id=self.visit_id,
            target=target,
            open_when_done=target is None,
        )

    # -- saving ------------------------------------------------------------------
    def save(self) -> bool:
        return self._store(submit=False)

    def submit(self) -> bool:
        return self._store(submit=True)

    def _error_labels(self) -> tuple[FieldError, ...]:
        return (
            self.outcome_error,
            self.summary_error,
            self.follow_up_title_error,
            self.follow_up_due_error,
            self.general_error,
        )

    def _check_required(self) -> bool:
        """Every missing field at once, each under its own field; the service checks
        the rest (and these again)."""
        missing = []
        if self.outcome.currentData() is None:
            missing.append((self.outcome_error, self.tr("Choose the outcome of the visit.")))
        if not self.summary.toPlainText().strip():
            missing.append((self.summary_error, self.tr("Write a short summary of the visit.")))
        follow = self.follow_up.isChecked() and self.follow_up_title.isEnabled()
        if follow and not self.follow_up_title.text().strip():
            missing.append(
                (self.follow_up_title_error, self.tr("Give the follow-up task a title."))
            )
        for label, text in missing:
            label.show_error(text)
        return not missing

    def _store(self, *, submit: bool) -> bool:
        from app.services.visits import resubmit, submit_report, update_report, write_report

        for label in self._error_labels():
            label.clear()
        if not self._check_required():
            return False
        values = {
            "summary": self.summary.toPlainText(),
            "outcome": self.outcome.currentData(),
            "next_steps": self.next_steps.toPlainText().strip() or None,
        }
        try:
            with self.ctx.transaction() as session:
                visit = session.get(Visit, self.visit_id)
                if self.report_id is None:
                    follow = self.follow_up.isChecked()
                    report = write_report(
                        session,
                        visit,
                        follow_up_title=self.follow_up_title.text() if follow else None,
                        follow_up_due=date_of(self.follow_up_due.date()) if follow else None,
                        **values,
                    )
                else:
                    report = session.get(VisitReport, self.report_id)
                    update_report(session, report, **values)
                for path in self.pending_files:
                    self.ctx.workspace.attachments.add_file(
                        session, owner_entity=REPORT_OWNER, owner_id=report.id, path=path
                    )
                if submit:
                    if report.review_state == "changes_requested" and report.submitted:
                        resubmit(session, report)
                    else:
                        submit_report(session, report)
                report_id = report.id
        except FieldsalesError as error:
            target = {
                "summary": self.summary_error,
                "outcome": self.outcome_error,
                "follow_up_title": self.follow_up_title_error,
                "follow_up_due": self.follow_up_due_error,
            }.get(error.field or "", self.general_error)
            target.show_error(error_text(error))
            return False
        self.report_id = report_id
        self.pending_files.clear()
        if submit:
            self.submitted.emit()
            self.accept()
        else:
            self.load()
        return True
