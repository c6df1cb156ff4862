"""A rep's housekeeping of quotes: copy one as a new draft, throw a draft away.

Deleting is the soft delete sync needs (``records.soft_delete``), and only a draft
may go: a sent quote is on the customer's desk. A "New quote" the rep walked away
from without adding anything is discarded the same way, so lists do not fill up
with empty drafts.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Order, Quote, QuoteLine
from app.models.statuses import QuoteStatus
from app.services.numbering import next_number
from app.services.quotes import DEFAULT_VALIDITY
from app.services.records import soft_delete


def duplicate_quote(
    session: Session, quote: Quote, *, device_prefix: str, issue_date: date
) -> Quote:
    """A new draft for the same customer with the same lines, dated ``issue_date``.

    Prices are copied as quoted, not looked up again: a rep duplicates a quote to
    offer the same thing again, and edits what should change.
    """
    copy = Quote(
        number=next_number(session, kind="Q", device_prefix=device_prefix),
        account=quote.account,
        contact=quote.contact,
        price_list=quote.price_list,
        currency=quote.currency,
        issue_date=issue_date,
        valid_until=issue_date + DEFAULT_VALIDITY,
        terms=quote.terms,
        notes=quote.notes,
        lines=[
            QuoteLine(
                position=line.position,
                product=line.product,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                tax_rate=line.tax_rate,
            )
            for line in quote.lines
            if not line.deleted
        ],
    )
    session.add(copy)
    session.flush()
    return copy


def delete_draft(session: Session, document: Quote | Order) -> tuple[str, ...]:
    """Throw away a draft quote or order (refused, with a reason, once it is sent).

    Returns the ids of the lines deleted with it, which :func:`restore_draft` needs:
    lines the rep had removed before are tombstones already and must stay removed.
    """
    line_ids = tuple(line.id for line in document.lines)
    soft_delete(session, document)
    return line_ids


def discard_if_untouched(session: Session, document: Quote | Order) -> bool:
    """Delete a draft nobody put anything in (no lines, contact, notes or terms)."""
    if document.deleted or document.status != QuoteStatus.DRAFT.value:
        return False
    if any(not line.deleted for line in document.lines):
        return False
    if document.contact_id or document.notes or getattr(document, "terms", None):
        return False
    soft_delete(session, document)
    return True


def restore_draft(session: Session, document: Quote | Order, *, line_ids: Collection[str]) -> None:
    """Undo ``delete_draft``: the draft comes back with the lines it had when deleted.

    ``line_ids`` is what ``delete_draft`` returned; restoring every line of the
    document would bring back lines the rep had removed earlier.
    """
    document.deleted = False
    if line_ids:
        # ``document.lines`` leaves deleted lines out, so they are read here by id.
        line_model = type(document).lines.property.mapper.class_
        parent_key = line_model.quote_id if isinstance(document, Quote) else line_model.order_id
        taken = select(line_model).where(parent_key == document.id, line_model.id.in_(line_ids))
        for line in session.scalars(taken):
            line.deleted = False
    session.flush()
    session.expire(document, ["lines"])
