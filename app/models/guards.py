"""Read-only records, enforced for every session at flush time.

Services refuse edits to a read-only record up front with a clear StateError; this
guard is the backstop for code that sets attributes directly (a form, an import),
so a submitted order can never be changed by accident:

* an order that is submitted or later, and its lines;
* a quote that has left draft, and its lines (the customer has seen it);
* an approved visit report.

Status transitions stay possible: the status column itself and the bookkeeping
columns may change. Applying changes that arrive from the server (sync) is not an
edit by this user; the sync engine sets ``session.info[APPLYING_REMOTE_CHANGES]``
to skip the guard.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from app.errors import StateError, translatable
from app.models.activity import VisitReport
from app.models.sales import Order, OrderLine, Quote, QuoteLine
from app.models.statuses import OrderStatus, QuoteStatus, ReviewState

APPLYING_REMOTE_CHANGES = "fieldsales.applying_remote_changes"

_BOOKKEEPING = frozenset({"updated_at", "updated_by", "row_version"})
_LOCKED_ORDER = frozenset(OrderStatus) - {OrderStatus.DRAFT}
_LOCKED_QUOTE = frozenset(QuoteStatus) - {QuoteStatus.DRAFT}
# What may still change on a locked record: its status and the link a conversion sets.
_TRANSITION_FIELDS = {
    Order: _BOOKKEEPING | {"status", "submitted_at", "credit_override_by"},
    Quote: _BOOKKEEPING | {"status", "order_id", "revision"},
    VisitReport: _BOOKKEEPING,
}


def committed_value(obj: object, attribute: str) -> Any:
    """The value ``attribute`` had when ``obj`` was loaded or last flushed."""
    history = inspect(obj).attrs[attribute].history
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return getattr(obj, attribute)


def _changed_fields(obj: object) -> set[str]:
    state = inspect(obj)
    return {
        attr.key
        for attr in state.mapper.column_attrs
        if state.attrs[attr.key].history.has_changes()
    }


def _is_locked(obj: object) -> bool:
    if isinstance(obj, Order):
        return committed_value(obj, "status") in _LOCKED_ORDER
    if isinstance(obj, Quote):
        return committed_value(obj, "status") in _LOCKED_QUOTE
    if isinstance(obj, VisitReport):
        return committed_value(obj, "review_state") == ReviewState.APPROVED
    return False


def _refuse(kind: str, number: str, status: str) -> StateError:
    return StateError(
        translatable("errors", "{kind} {number} is {status} and can no longer be changed."),
        kind=kind,
        number=number,
        status=status,
    )


def _parent_of_line(session: Session, line: object) -> Order | Quote | None:
    parent_type, key = (Order, "order_id") if isinstance(line, OrderLine) else (Quote, "quote_id")
    parent_id = committed_value(line, key)
    return session.get(parent_type, parent_id) if parent_id else None


@event.listens_for(Session, "before_flush")
def _refuse_edits_to_locked_records(session: Session, _context: object, _instances: object) -> None:
    if session.info.get(APPLYING_REMOTE_CHANGES):
        return
    for obj in session.dirty:
        if type(obj) in _TRANSITION_FIELDS and _is_locked(obj):
            if _changed_fields(obj) - _TRANSITION_FIELDS[type(obj)]:
                raise _describe(obj)
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, OrderLine | QuoteLine):
            if obj in session.dirty and not session.is_modified(obj, include_collections=False):
                continue  # only touched through a relationship, nothing of its own changed
            parent = None
            if obj in session.new:  # may hang off a parent not flushed yet
                parent = obj.order if isinstance(obj, OrderLine) else obj.quote
            if parent is None:
                parent = _parent_of_line(session, obj)
            if parent is not None and inspect(parent).persistent and _is_locked(parent):
                raise _describe(parent)
    for obj in session.deleted:
        if type(obj) in _TRANSITION_FIELDS and _is_locked(obj):
            raise _describe(obj)


def _describe(obj: object) -> StateError:
    if isinstance(obj, Order):
        return _refuse(translatable("errors", "Order"), obj.number, committed_value(obj, "status"))
    if isinstance(obj, Quote):
        return _refuse(translatable("errors", "Quote"), obj.number, committed_value(obj, "status"))
    return StateError(translatable("errors", "An approved visit report can no longer be changed."))
