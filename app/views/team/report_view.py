"""One submitted report as a manager reads it, with the comment box and the two decisions.

The photos and documents are decrypted in memory when chosen, off the GUI thread:
a file that has not arrived from the server yet is fetched then (the sync client
hooks ``AttachmentStore.fetch_missing``), and nothing is written in plain text
unless the manager saves a copy on purpose.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldsalesError
from app.models import Attachment
from app.services.review_inbox import AttachmentInfo, ReportDetail
from app.views.shared.bidi import fill, isolated_html
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.labels import status_label
from app.views.shared.widgets import EmptyState, FieldError
from app.views.shared.workers import Job, start_job
from app.views.visits.visit_report import outcome_choices

PREVIEW_WIDTH = 320
BANNER_STYLE = {
    "pending": "background: #eef3fb; border: 1px solid #8fb0e0;",
    "changes_requested": "background: #fff4e5; border: 1px solid #e0a040;",
    "approved": "background: #e8f5e9; border: 1px solid #60a060;",
}


def outcome_label(value: str | None) -> str:
    return dict(outcome_choices()).get(value or "", value or "")


class ReportView(QWidget):
    approve_requested = Signal()
    send_back_requested = Signal()
    open_account = Signal(str)  # account id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail: ReportDetail | None = None
        self._preview_job: Job | None = None
        self._preview_token = 0  # which preview request the latest answer must belong to
        self.empty = EmptyState(self.tr("Choose a report to read it."))
        self.heading = QLabel()
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        self.account_button = QPushButton(self.tr("Open account"))
        self.account_button.clicked.connect(
            lambda: self.detail and self.open_account.emit(self.detail.account_id)
        )
        self.decision = QLabel()
        self.decision.setObjectName("reviewDecision")
        self.decision.setWordWrap(True)
        self.visit_info = self._text_label("visitInfo")
        self.report_text = self._text_label("reportText")
        self.follow_up = self._text_label("followUp")
        self.attachments = QListWidget()
        self.attachments.setObjectName("reportAttachments")
        self.attachments.setMaximumHeight(96)
        self.attachments.currentRowChanged.connect(self.preview)
        self.preview_image = QLabel()
        self.preview_image.setObjectName("attachmentPreview")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"))
        self.save_copy_button.clicked.connect(lambda: self.save_copy())
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.comment.setPlaceholderText(
            self.tr("A word to the rep; required when you send the report back.")
        )
        self.comment_error = FieldError()
        self.decision_error = FieldError()
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveReport")
        self.approve_button.setToolTip(self.tr("Alt+A"))
        self.approve_button.clicked.connect(self.approve_requested)
        self.send_back_button = QPushButton(self.tr("Send back"))
        self.send_back_button.setObjectName("sendBackReport")
        self.send_back_button.setToolTip(self.tr("Alt+B"))
        self.send_back_button.clicked.connect(self.send_back_requested)

        self.body = body = QWidget()
        column = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.account_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        column.addWidget(self.decision)
        for title, widget in (
            (self.tr("Visit"), self.visit_info),
            (self.tr("Report"), self.report_text),
            (self.tr("Follow-up task"), self.follow_up),
        ):
            column.addWidget(self._section(title))
            column.addWidget(widget)
        column.addWidget(self._section(self.tr("Photos and documents")))
        column.addWidget(self.attachments)
        column.addWidget(self.preview_image)
        files = QHBoxLayout()
        files.addWidget(self.preview_note, 1)
        files.addWidget(self.save_copy_button)
        column.addLayout(files)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.reading = QWidget()
        reading = QVBoxLayout(self.reading)
        reading.setContentsMargins(0, 0, 0, 0)
        reading.addWidget(scroll, 1)
        self.comment_label = QLabel(self.tr("Comment for the rep"))
        self.comment_label.setBuddy(self.comment)
        reading.addWidget(self.comment_label)
        reading.addWidget(self.comment)
        reading.addWidget(self.comment_error)
        reading.addWidget(self.decision_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_back_button)
        buttons.addWidget(self.approve_button)
        reading.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.reading)
        self.setMinimumWidth(380)
        self.show_report(None)

    @staticmethod
    def _text_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _section(title: str) -> QLabel:
        label = QLabel(f"<b>{escape(title)}</b>")
        label.setStyleSheet("color: #1a5fb4; margin-top: 8px;")
        return label

    # -- showing -------------------------------------------------------------------
    def show_report(self, detail: ReportDetail | None) -> None:
        same = (
            detail is not None
            and self.detail is not None
            and detail.visit_id == self.detail.visit_id
        )
        self.detail = detail
        self.empty.setVisible(detail is None)
        self.reading.setVisible(detail is not None)
        self.comment_error.clear()
        self.decision_error.clear()
        if not same:
            self.comment.clear()
        if detail is None:
            return
        fmt = self.ctx.formatter
        # Each value isolated: "C-1006 · Beirut" would otherwise read as one
        # left-to-right phrase in Arabic, and a Latin account name end in ".Ltd".
        place = f" · {isolated_html(detail.city)}" if detail.city else ""
        rep = escape(fill(self.tr("Rep: %1"), detail.rep))
        self.heading.setText(
            f"<div dir='{self._direction()}'><h2>{isolated_html(detail.account_name)}</h2>"
            f"{isolated_html(detail.account_number)}{place} · {rep}</div>"
        )
        self._show_decision(detail)
        rows = [
            (self.tr("Contacts"), ", ".join(detail.contacts) or self.tr("None recorded")),
            (
                self.tr("Planned"),
                f"{fmt.datetime(detail.planned_start)} – {fmt.time(detail.planned_end)}",
            ),
            (self.tr("Checked in"), fmt.datetime(detail.checked_in_at) or "–"),
            (self.tr("Checked out"), fmt.datetime(detail.checked_out_at) or "–"),
            (self.tr("Status"), status_label(detail.visit_status)),
        ]
        if detail.purpose:
            rows.append((self.tr("Purpose"), detail.purpose))
        self.visit_info.setText(self._table(rows))
        report_rows = [
            (self.tr("Outcome"), outcome_label(detail.outcome) or "–"),
            (self.tr("Notes"), detail.summary),
            (self.tr("Next steps"), detail.next_steps or "–"),
            (self.tr("Submitted"), fmt.datetime(detail.submitted_at)),
        ]
        self.report_text.setText(self._table(report_rows))
        task = detail.follow_up
        if task is None:
            self.follow_up.setText(self.tr("No follow-up task."))
        else:
            state = self.tr("Done") if task.done else self.tr("Open")
            self.follow_up.setText(
                self._table(
                    [
                        (self.tr("Task"), task.title),
                        (self.tr("Due"), fmt.date(task.due_date) or "–"),
                        (self.tr("Assigned to"), task.assignee or "–"),
                        (self.tr("State"), state),
                    ]
                )
            )
        self._list_attachments(detail.attachments)
        pending = detail.review_state == "pending"
        for widget in (self.approve_button, self.send_back_button):
            widget.setEnabled(pending)
        self.comment.setVisible(pending)  # a decided report takes no more comments
        self.comment_label.setVisible(pending)

    def _show_decision(self, detail: ReportDetail) -> None:
        fmt = self.ctx.formatter
        text = f"<b>{escape(status_label(detail.review_state))}</b>"
        if detail.reviewed_by and detail.review_state != "pending":
            text += " · " + escape(
                fill(self.tr("by %1 on %2"), detail.reviewed_by, fmt.datetime(detail.reviewed_at))
            )
        if detail.review_comment:
            label = (
                self.tr("Earlier comment: %1")
                if detail.review_state == "pending"
                else self.tr("Comment: %1")
            )
            text += "<br>" + escape(fill(label, detail.review_comment))
        self.decision.setText(f"<div dir='{self._direction()}'>{text}</div>")
        self.decision.setStyleSheet(
            BANNER_STYLE.get(detail.review_state, "") + " padding: 6px; border-radius: 4px;"
        )

    def _list_attachments(self, files: list[AttachmentInfo]) -> None:
        self.attachments.blockSignals(True)
        self.attachments.clear()
        store = self.ctx.workspace.attachments
        for info in files:
            here = store.has_bytes(info.id)
            kind = self.tr("photo") if info.is_image else self.tr("document")
            suffix = "" if here else " · " + self.tr("not downloaded yet")
            item = QListWidgetItem(f"{info.filename} · {kind}{suffix}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.attachments.addItem(item)
        self.attachments.blockSignals(False)
        self.preview_image.clear()
        self.preview_image.hide()
        self.save_copy_button.setEnabled(bool(files))
        self.preview_note.setText("" if files else self.tr("No photos or documents."))
        if files:
            self.attachments.blockSignals(True)
            self.attachments.setCurrentRow(0)
            self.attachments.blockSignals(False)
            self.preview()

    # -- attachments ---------------------------------------------------------------
    def current_attachment(self) -> AttachmentInfo | None:
        row = self.attachments.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.attachments):
            return None
        return self.detail.attachments[row]

    def preview(self, _row: int = -1) -> None:
        """Show the chosen photo (fetching it first if it has not arrived)."""
        info = self.current_attachment()
        self.preview_image.clear()
        self.preview_image.hide()
        self._preview_token += 1
        if info is None:
            return
        if not info.is_image:
            self.preview_note.setText(fill(self.tr("%1: save a copy to open it."), info.filename))
            return
        self.preview_note.setText(fill(self.tr("Opening %1…"), info.filename))
        token = self._preview_token
        self._preview_job = start_job(
            lambda _progress: self._read(info.id),
            on_success=lambda data: self._show_preview(token, data),
            on_failure=lambda error: self._preview_failed(token, error),
        )

    def _read(self, attachment_id: str) -> bytes:
        with self.ctx.session() as session:
            attachment = session.get(Attachment, attachment_id)
            return self.ctx.workspace.attachments.read(attachment)

    def _show_preview(self, token: int, data: bytes) -> None:
        if token != self._preview_token:
            return  # another file (or the same one again) was asked for meanwhile
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.preview_note.setText(self.tr("This photo cannot be shown; save a copy instead."))
            return
        if pixmap.width() > PREVIEW_WIDTH:
            pixmap = pixmap.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.preview_image.setPixmap(pixmap)
        self.preview_image.show()
        self.preview_note.setText("")
        row = self.attachments.currentRow()
        if self.detail is not None and row >= 0:
            info = self.detail.attachments[row]
            self.attachments.item(row).setText(f"{info.filename} · {self.tr('photo')}")

    def _preview_failed(self, token: int, error: BaseException) -> None:
        if token != self._preview_token:
            return
        text = error_text(error) if isinstance(error, FieldsalesError) else str(error)
        self.preview_note.setText(text)

    def save_copy(self, target: Path | None = None) -> Path | None:
        """Decrypt the chosen file into one the manager picks (their explicit export)."""
        info = self.current_attachment()
        if info is None:
            return None
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save a copy"), str(Path.home() / info.filename)
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            target.write_bytes(self._read(info.id))
        except FieldsalesError as error:
            self.preview_note.setText(error_text(error))
            return None
        except OSError as error:
            self.preview_note.setText(error.strerror or str(error))
            return None
        return target

    def _direction(self) -> str:
        """The reading direction of the language shown, whatever the data's script."""
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return "rtl" if rtl else "ltr"

    def _table(self, rows: list[tuple[str, str]]) -> str:
        return _table(rows, direction=self._direction())


def _table(rows: list[tuple[str, str]], *, direction: str) -> str:
    # Each line of a value is its own isolate: an English note in an Arabic window keeps
    # its full stop at its end ("Ward 3 needs pumps.", not ".Ward 3 needs pumps").
    cells = "".join(
        f"<tr><td style='color:#555;'>{escape(label)}</td>"
        f"<td>{'<br>'.join(isolated_html(line) for line in value.split(chr(10)))}</td></tr>"
        for label, value in rows
    )
    return f"<table dir='{direction}' cellspacing='0' cellpadding='3'>{cells}</table>"
