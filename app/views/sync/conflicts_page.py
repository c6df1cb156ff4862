"""Conflicts and refused changes, for a person to settle.

A conflict: someone else's value of a field was saved on the server first, and
the workspace shows theirs; "Keep mine" sends yours again, "Keep theirs" closes
it. A refused change: the server would not take it, for the reason shown; "Send
again" after fixing what the reason names, or "Discard" to take the server's
version. Either way the lost value stays readable here until settled.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FieldsalesError
from app.sync import issues as sync_issues
from app.views.shared.bidi import fill, isolated
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.widgets import EmptyState, FieldError, PageTitle, RecordTable
from app.views.shared.workers import Job, start_job
from app.views.sync.field_labels import entity_label, field_label

MAX_SHOWN = 300


def shown_value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, (dict, list)):
        return isolated(json.dumps(value, ensure_ascii=False))
    return isolated(str(value))


class ConflictsPage(QWidget):
    settled = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._issues: list[sync_issues.IssueView] = []
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(PageTitle(self.tr("Conflicts")))
        self.empty = EmptyState(
            self.tr(
                "No conflicts. When the same record is changed here and on the server, "
                "the differences will be listed here for you to choose."
            )
        )
        self.table = RecordTable(
            [
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Field"),
                self.tr("Yours"),
                self.tr("On the server"),
                self.tr("When"),
            ]
        )
        self.table.setObjectName("issues")
        # Several at once (Shift/Ctrl+click, Ctrl+A): a first connection may list many
        # catalog rows a rep cannot create, all settled the same way.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.error = FieldError()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_mine.clicked.connect(lambda: self.settle("mine"))
        self.keep_theirs.clicked.connect(lambda: self.settle("theirs"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.keep_theirs)
        buttons.addWidget(self.keep_mine)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        selected = self.current_issue()
        with self.ctx.session() as session:
            self._issues = sync_issues.open_issues(session)[:MAX_SHOWN]
            labels = {
                issue.id: sync_issues.record_label(session, issue.entity, issue.record_id)
                for issue in self._issues
            }
        rows = []
        for issue in self._issues:
            conflict = issue.kind == "conflict"
            theirs = (
                self.tr("Deleted on the server")
                if issue.record_deleted
                else shown_value(issue.theirs)
                if conflict
                else "—"
            )
            mine = shown_value(issue.mine) if conflict else self._refused_fields(issue)
            rows.append(
                (
                    str(issue.id),
                    [
                        self.tr("Conflict") if conflict else self.tr("Refused"),
                        f"{entity_label(issue.entity)}: {isolated(labels[issue.id])}",
                        field_label(issue.field),
                        mine,
                        theirs,
                        self.ctx.formatter.datetime(issue.created_at),
                    ],
                )
            )
        self.table.set_rows(rows)
        has_rows = bool(rows)
        self.empty.setVisible(not has_rows)
        for widget in (self.table, self.reason, self.keep_mine, self.keep_theirs):
            widget.setVisible(has_rows)
        if has_rows:
            ids = [issue.id for issue in self._issues]
            row = ids.index(selected.id) if selected and selected.id in ids else 0
            self.table.setCurrentCell(row, 0)
            self.table.selectRow(row)
        self._selected()

    def _refused_fields(self, issue: sync_issues.IssueView) -> str:
        if issue.op == "delete":
            return self.tr("Delete")
        values = issue.mine if isinstance(issue.mine, dict) else {}
        return ", ".join(f"{field_label(name)}: {shown_value(v)}" for name, v in values.items())

    def current_issue(self) -> sync_issues.IssueView | None:
        issue_id = self.table.current_id()
        return next((i for i in self._issues if str(i.id) == issue_id), None)

    def _selected(self) -> None:
        issue = self.current_issue()
        self.error.clear()
        if issue is None:
            self.reason.clear()
            return
        if issue.kind == "conflict":
            self.keep_mine.setText(self.tr("Keep mine"))
            self.keep_theirs.setText(self.tr("Keep theirs"))
            self.keep_mine.setEnabled(not issue.record_deleted)
            self.reason.setText(
                self.tr(
                    "The record was deleted on the server; your value is shown so you can copy it."
                )
                if issue.record_deleted
                else self.tr("Someone else's change of this field reached the server first.")
            )
        else:
            self.keep_mine.setText(self.tr("Send again"))
            self.keep_theirs.setText(self.tr("Discard"))
            self.keep_mine.setEnabled(True)
            self.reason.setText(fill(self.tr("The server refused it: %1"), issue.reason or ""))

    def selected_issues(self) -> list[sync_issues.IssueView]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        ids = {self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows}
        chosen = [issue for issue in self._issues if str(issue.id) in ids]
        current = self.current_issue()
        return chosen or ([current] if current else [])

    def settle(self, keep: str) -> None:
        chosen = self.selected_issues()
        if not chosen or self._job is not None:
            return
        engine = self.ctx.sync.engine() if hasattr(self.ctx.sync, "engine") else None
        if engine is None:
            return
        issue_ids = [issue.id for issue in chosen]

        def work(_progress) -> object:
            return [engine.resolve(issue_id, keep) for issue_id in issue_ids]

        def done(_result: object) -> None:
            self._job = None
            self.refresh()
            self.settled.emit()
            if hasattr(self.ctx.sync, "refresh"):
                self.ctx.sync.refresh()

        def failed(error: BaseException) -> None:
            self._job = None
            self.refresh()  # those settled before the failure are gone from the list
            text = error_text(error) if isinstance(error, FieldsalesError) else str(error)
            self.error.show_error(text)

        self._job = start_job(work, on_success=done, on_failure=failed)
