"""Conflicts and refused changes: listing them and settling them.

A **conflict** is a field the server kept another value of (someone else's write
committed first). The workspace already shows the kept value. "Keep mine" writes
the user's value again as a local edit, based on the kept version, so the next
push wins without a new conflict; "keep theirs" just closes it. A conflict on a
record deleted on the server cannot be kept (a deletion is final there): the lost
value stays readable in the list until the user closes it.

A **refused** change is one the server would not take (the reason is its answer).
"Keep mine" (retry) puts the change back in the outbox, after the user has
edited what the reason names; "keep theirs" (discard) takes the server's
version of the record, or removes the record if the server never had it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, translatable
from app.sync.outbox import queue_fields, table_of
from app.sync.tables import SyncIssue
from protocol.entities import ENTITY_FIELDS

Keep = Literal["mine", "theirs"]


@dataclass(frozen=True)
class IssueView:
    id: int
    kind: str
    entity: str
    record_id: str
    field: str | None
    op: str
    mine: Any
    theirs: Any
    record_deleted: bool
    code: str | None
    reason: str | None
    created_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "entity": self.entity,
            "record_id": self.record_id,
            "field": self.field,
            "op": self.op,
            "mine": self.mine,
            "theirs": self.theirs,
            "record_deleted": self.record_deleted,
            "code": self.code,
            "reason": self.reason,
            "created_at": self.created_at.isoformat(),
        }


def _view(issue: SyncIssue) -> IssueView:
    return IssueView(
        id=issue.id,
        kind=issue.kind,
        entity=issue.entity,
        record_id=issue.record_id,
        field=issue.field,
        op=issue.op,
        mine=json.loads(issue.mine) if issue.mine is not None else None,
        theirs=json.loads(issue.theirs) if issue.theirs is not None else None,
        record_deleted=issue.record_deleted,
        code=issue.code,
        reason=issue.reason,
        created_at=issue.created_at,
    )


def open_issues(session: Session) -> list[IssueView]:
    query = select(SyncIssue).where(SyncIssue.resolved_at.is_(None)).order_by(SyncIssue.id)
    return [_view(issue) for issue in session.scalars(query)]


def open_counts(session: Session) -> dict[str, int]:
    rows = session.execute(
        select(SyncIssue.kind, func.count())
        .where(SyncIssue.resolved_at.is_(None))
        .group_by(SyncIssue.kind)
    )
    counts = {"conflict": 0, "refused": 0}
    counts.update({kind: count for kind, count in rows})
    return counts


def _open_issue(session: Session, issue_id: int) -> SyncIssue:
    issue = session.get(SyncIssue, issue_id)
    if issue is None or issue.resolved_at is not None:
        raise NotFoundError(
            translatable("errors", "There is no open conflict with number {id}."),
            field="id",
            id=issue_id,
        )
    return issue


def keep_mine_conflict(session: Session, issue: SyncIssue) -> None:
    """Write the user's value again as a local edit (the triggers queue it)."""
    if issue.record_deleted:
        raise StateError(
            translatable(
                "errors",
                "The record was deleted on the server; your value cannot be kept. "
                "It is shown here so you can copy it.",
            )
        )
    table = table_of(issue.entity)
    column = table.c[issue.field]
    kind = ENTITY_FIELDS[issue.entity][issue.field]
    from app.sync.values import from_protocol

    value = from_protocol(kind, json.loads(issue.mine) if issue.mine else None)
    session.execute(
        table.update()
        .where(table.c.id == issue.record_id)
        .values({column: value, table.c.row_version: table.c.row_version + 1})
    )
    # The value may equal what is stored (kept after a later edit): queue it anyway.
    queue_fields(session, [(issue.entity, issue.record_id, issue.field)])


def resolve(
    session: Session, issue_id: int, keep: Keep, *, take_server_record: Any = None
) -> IssueView:
    """Settle one open issue; ``take_server_record(entity, id)`` applies the server's copy.

    ``take_server_record`` is given by the sync engine for refused changes, since
    discarding one may need the server's version of the record.
    """
    issue = _open_issue(session, issue_id)
    if issue.kind == "conflict":
        if keep == "mine":
            keep_mine_conflict(session, issue)
    elif keep == "mine":
        names = list((json.loads(issue.mine) if issue.mine else {}).keys())
        if issue.op == "delete":
            names = ["deleted"]
        exists = session.execute(
            select(table_of(issue.entity).c.id).where(
                table_of(issue.entity).c.id == issue.record_id
            )
        ).first()
        if exists is None:
            raise StateError(
                translatable(
                    "errors",
                    "The record is no longer in this workspace; the change cannot be sent again.",
                )
            )
        queue_fields(session, [(issue.entity, issue.record_id, name) for name in names or ["*"]])
    elif take_server_record is not None:
        take_server_record(issue.entity, issue.record_id)
    issue.resolved_at = datetime.now(UTC)
    issue.resolution = keep
    session.flush()
    return _view(issue)


LABEL_COLUMNS = ("name", "number", "title", "last_name", "filename", "sku", "summary")


def record_label(session: Session, entity: str, record_id: str) -> str:
    """A name a user recognises the record by (its name, number, title ...), else its id."""
    if entity not in ENTITY_FIELDS:
        return record_id
    table = table_of(entity)
    columns = [table.c[name] for name in LABEL_COLUMNS if name in table.c]
    if not columns:
        return record_id
    row = session.execute(select(*columns).where(table.c.id == record_id)).first()
    if row is None:
        return record_id
    label = next((str(value) for value in row if value), "")
    return label[:80] or record_id


def describe(session: Session, issue: IssueView) -> str:
    """One line for a terminal."""
    label = record_label(session, issue.entity, issue.record_id)
    head = f"#{issue.id}  {issue.kind:<8} {issue.entity} «{label}»"
    if issue.kind == "conflict":
        theirs = "deleted on the server" if issue.record_deleted else f"kept {issue.theirs!r}"
        return f"{head} {issue.field}: yours {issue.mine!r}, {theirs}"
    return f"{head}: {issue.reason}"
