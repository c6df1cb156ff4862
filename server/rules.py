"""Business rules a push must respect beyond field kinds.

* Submitted orders (and their lines) are frozen: any change is refused with a reason.
* Approved visit reports are frozen the same way, except their review fields, which
  only a manager of the report's team sets; a rep's edit of a report sent back with
  ``changes_requested`` puts it back to ``pending``.
"""

from __future__ import annotations

from typing import Any

from app.errors import StateError, ValidationError, translatable
from server.errors import ForbiddenError
from server.models import Record
from server.scope import Viewer

FROZEN_ORDER_STATUSES = frozenset({"submitted", "confirmed", "fulfilled", "cancelled"})
REVIEW_FIELDS = frozenset({"review_state", "review_comment", "reviewed_by", "reviewed_at"})
REVIEW_STATES = frozenset({"pending", "approved", "changes_requested"})


def refuse_if_frozen(
    record: Record, parent: Record | None, changed: set[str], *, reviewer: bool = False
) -> None:
    """Refuse a change to a submitted order (or its line) or an approved report.

    ``reviewer``: the caller is a manager, who may still change an approved
    report's review fields (e.g. reopen it); nobody may change anything else.
    """
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
        if not reviewer or not changed or changed - REVIEW_FIELDS:
            raise StateError(
                translatable(
                    "errors", "visit report {id} is approved and can no longer be changed"
                ),
                field="review_state",
                id=record.id,
            )


def check_review_fields(viewer: Viewer, fields: dict[str, Any], *, existing: Record | None) -> None:
    """Only a manager sets review fields; a rep may at most ask for a (re-)review."""
    touched = REVIEW_FIELDS & fields.keys()
    if not touched:
        return
    state = fields.get("review_state")
    if "review_state" in fields and state is not None and state not in REVIEW_STATES:
        raise ValidationError(
            translatable("errors", "review_state must be pending, approved or changes_requested"),
            field="review_state",
        )
    if viewer.role == "manager":
        if state in {"approved", "changes_requested"}:
            submitted = fields.get("submitted", existing.doc.get("submitted") if existing else None)
            if not submitted:
                raise StateError(
                    translatable("errors", "only a submitted visit report can be reviewed"),
                    field="review_state",
                )
        return
    if touched == {"review_state"} and state == "pending":
        return  # a rep resubmitting: harmless, the server sets pending anyway
    raise ForbiddenError(
        translatable("errors", "only the team's manager reviews visit reports"),
        field=sorted(touched)[0],
    )


def server_review_fields(
    viewer: Viewer, fields: dict[str, Any], record: Record, now_iso: str
) -> dict[str, Any]:
    """Fields the server sets itself as a consequence of this change."""
    extra: dict[str, Any] = {}
    if viewer.role == "manager" and fields.get("review_state") in {"approved", "changes_requested"}:
        extra["reviewed_by"] = viewer.username
        extra["reviewed_at"] = now_iso
    elif viewer.role != "manager" and fields.keys() - REVIEW_FIELDS:
        current = record.doc.get("review_state")
        submitted = record.doc.get("submitted")
        if current == "changes_requested" or (submitted and not current):
            extra["review_state"] = "pending"
    return extra
