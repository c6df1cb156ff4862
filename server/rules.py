"""Business rules a push must respect beyond field kinds.

* Submitted orders (and their lines) are frozen: any change is refused with a reason.
* Approved visit reports are frozen the same way, for everyone, their manager too.
* Review fields: only the manager of the report's team (``Viewer.reviews``) approves
  a report or sends it back; ``reviewed_by`` and ``reviewed_at`` are filled by the
  server and never taken from a client; a rep's submit puts a report to ``pending``;
  a report sent back stays ``changes_requested`` through the rep's edits until the
  rep resubmits (pushes ``review_state=pending``).
"""

from __future__ import annotations

from typing import Any

from app.errors import StateError, ValidationError, translatable
from server.errors import ForbiddenError
from server.models import Record
from server.scope import Viewer

FROZEN_ORDER_STATUSES = frozenset({"submitted", "confirmed", "fulfilled", "cancelled"})
REVIEW_FIELDS = frozenset({"review_state", "review_comment", "reviewed_by", "reviewed_at"})
SERVER_FILLED = frozenset({"reviewed_by", "reviewed_at"})
REVIEW_STATES = frozenset({"pending", "approved", "changes_requested"})
VERDICTS = frozenset({"approved", "changes_requested"})


def refuse_if_frozen(record: Record, parent: Record | None, changed: set[str]) -> None:
    """Refuse a change to a submitted order (or its line) or an approved report."""
    order = (
        record if record.entity == "order" else parent if record.entity == "order_line" else None
    )
    if order is not None and order.doc.get("status") in FROZEN_ORDER_STATUSES:
        raise StateError(
            translatable("errors", "order {number} is {status} and can no longer be changed"),
            field="status",
            number=order.doc.get("number") or order.id,
            status=order.doc.get("status"),
        )
    if record.entity == "visit_report" and record.doc.get("review_state") == "approved":
        raise StateError(
            translatable("errors", "visit report {id} is approved and can no longer be changed"),
            field="review_state",
            id=record.id,
        )


def check_review_fields(viewer: Viewer, fields: dict[str, Any], *, existing: Record | None) -> None:
    """Who may set which review field; a value equal to the stored one changes nothing."""
    stored = existing.doc if existing is not None else {}
    changed = sorted(
        name for name in REVIEW_FIELDS & fields.keys() if fields[name] != stored.get(name)
    )
    if not changed:
        return
    for name in SERVER_FILLED.intersection(changed):
        raise ValidationError(
            translatable("errors", "visit_report.{name} is filled in by the server"),
            field=name,
            name=name,
        )
    state = fields.get("review_state")
    if "review_state" in changed and state is not None and state not in REVIEW_STATES:
        raise ValidationError(
            translatable("errors", "review_state must be pending, approved or changes_requested"),
            field="review_state",
        )
    if existing is not None and viewer.reviews(existing):
        if state in VERDICTS and not fields.get("submitted", stored.get("submitted")):
            raise StateError(
                translatable("errors", "only a submitted visit report can be reviewed"),
                field="review_state",
            )
        return
    if changed == ["review_state"] and state == "pending":
        return  # a rep asking for a (re-)review: harmless, the server sets pending anyway
    raise ForbiddenError(
        translatable("errors", "only the team's manager reviews visit reports"),
        field=changed[0],
    )


def server_review_fields(
    viewer: Viewer, fields: dict[str, Any], record: Record, now_iso: str
) -> dict[str, Any]:
    """Fields the server sets itself as a consequence of this change."""
    extra: dict[str, Any] = {}
    if fields.get("review_state") in VERDICTS:
        extra["reviewed_by"] = viewer.username
        extra["reviewed_at"] = now_iso
    elif fields.keys() - REVIEW_FIELDS and not viewer.reviews(record):
        current = record.doc.get("review_state")
        submitting = fields.get("submitted") and not record.doc.get("submitted")
        # An edit of a report sent back keeps it sent back: the rep may save drafts
        # before resubmitting (which pushes review_state=pending).
        if submitting or (record.doc.get("submitted") and not current):
            extra["review_state"] = "pending"
    return extra
