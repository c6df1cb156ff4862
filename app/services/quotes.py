"""Quotes: draft → sent → accepted | rejected | expired; an accepted quote becomes one order.

A quote is edited only as a draft; once sent, the customer has seen it and its
lines are fixed (``app.models.guards`` backs this up at flush time).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, ValidationError, translatable
from app.models import Account, Contact, Order, OrderLine, PriceList, Product, Quote, QuoteLine
from app.models.money import DocumentTotals, document_totals
from app.models.statuses import QuoteStatus
from app.models.validation import require_currency, require_not_before
from app.services.lines import (
    append_line,
    change_line,
    drop_line,
    new_line_values,
    reference_fields,
    require_draft,
    update_draft_fields,
)
from app.services.numbering import next_number
from app.services.transitions import move

DEFAULT_VALIDITY = timedelta(days=30)
QUOTE_TRANSITIONS = {
    QuoteStatus.DRAFT: frozenset({QuoteStatus.SENT}),
    QuoteStatus.SENT: frozenset({QuoteStatus.ACCEPTED, QuoteStatus.REJECTED, QuoteStatus.EXPIRED}),
}
EDITABLE_QUOTE_FIELDS = frozenset(
    {
        "contact",
        "price_list",
        "valid_until",
        "terms",
        "notes",
        "issue_date",
        "customer_reference",
        "delivery_terms",
    }
)
# A sent quote the customer answered with "change this" goes back to draft, one revision on.
REVISABLE = frozenset({QuoteStatus.SENT, QuoteStatus.REJECTED, QuoteStatus.EXPIRED})


def create_quote(
    session: Session,
    *,
    account: Account,
    device_prefix: str,
    issue_date: date,
    valid_until: date | None = None,
    currency: str | None = None,
    contact: Contact | None = None,
    price_list: PriceList | None = None,
    terms: str | None = None,
    notes: str | None = None,
    customer_reference: str | None = None,
    delivery_terms: str | None = None,
) -> Quote:
    """A draft quote numbered for this device, valid 30 days unless told otherwise."""
    currency = require_currency(currency or account.currency)
    valid_until = valid_until or issue_date + DEFAULT_VALIDITY
    require_not_before(issue_date, valid_until, field="valid_until")
    quote = Quote(
        number=next_number(session, kind="Q", device_prefix=device_prefix),
        account=account,
        contact=contact,
        price_list=price_list,
        currency=currency,
        issue_date=issue_date,
        valid_until=valid_until,
        terms=terms,
        notes=notes,
        **reference_fields(customer_reference=customer_reference, delivery_terms=delivery_terms),
    )
    session.add(quote)
    session.flush()
    return quote


def get_quote_by_number(session: Session, number: str) -> Quote:
    quote = session.scalar(select(Quote).where(Quote.number == number, Quote.deleted.is_(False)))
    if quote is None:
        raise NotFoundError(translatable("errors", "No quote with number {number}."), number=number)
    return quote


def update_quote(session: Session, quote: Quote, **values: Any) -> Quote:
    references = ("customer_reference", "delivery_terms")
    values.update(reference_fields(**{k: values[k] for k in references if k in values}))
    update_draft_fields(
        session,
        quote,
        values,
        editable=EDITABLE_QUOTE_FIELDS,
        start_field="issue_date",
        end_field="valid_until",
    )
    return quote


def add_quote_line(
    session: Session,
    quote: Quote,
    *,
    quantity: Decimal | int | str,
    product: Product | None = None,
    description: str | None = None,
    unit_price: Decimal | int | str | None = None,
    discount_percent: Decimal | int | str | None = None,
    tax_rate: Decimal | int | str | None = None,
) -> QuoteLine:
    """Append a line; without ``unit_price`` the account's price on the issue date applies."""
    require_draft(quote)
    values = new_line_values(
        session,
        account=quote.account,
        currency=quote.currency,
        on=quote.issue_date,
        product=product,
        description=description,
        quantity=quantity,
        unit_price=unit_price,
        discount_percent=discount_percent,
        tax_rate=tax_rate,
        preferred=quote.price_list,
    )
    return append_line(session, quote, QuoteLine, values)


def update_quote_line(session: Session, line: QuoteLine, **values: Any) -> QuoteLine:
    change_line(session, line.quote, line, values)
    return line


def remove_quote_line(session: Session, line: QuoteLine) -> None:
    drop_line(session, line.quote, line)


def quote_totals(quote: Quote) -> DocumentTotals:
    """Per-line totals, tax per rate and grand total, ready for the PDF and the screen."""
    return document_totals(quote.lines, quote.currency)


def _move(quote: Quote, target: QuoteStatus) -> None:
    move(
        quote,
        target=target,
        allowed=QUOTE_TRANSITIONS,
        kind=translatable("errors", "Quote"),
        label=quote.number,
    )


def send_quote(session: Session, quote: Quote) -> Quote:
    if quote.status == QuoteStatus.DRAFT and not quote.lines:
        raise ValidationError(
            translatable("errors", "Add at least one line before sending the quote."), field="lines"
        )
    _move(quote, QuoteStatus.SENT)
    session.flush()
    return quote


def revise_quote(session: Session, quote: Quote) -> Quote:
    """Reopen a sent quote for the customer's changes: a draft again, one revision on.

    The number stays, so the customer recognises it; the PDF prints "(rev. N)".
    """
    if quote.status not in REVISABLE:
        raise StateError(
            translatable("errors", "Quote {number} is {status}; only a sent quote can be revised."),
            number=quote.number,
            status=quote.status,
        )
    if quote.order_id:
        raise StateError(
            translatable("errors", "Quote {number} has already become order {order}."),
            number=quote.number,
            order=quote.order.number if quote.order else quote.order_id,
        )
    quote.status = QuoteStatus.DRAFT.value
    quote.revision = (quote.revision or 0) + 1
    session.flush()
    return quote


def accept_quote(session: Session, quote: Quote, *, today: date) -> Quote:
    """The customer said yes; refused once the quote's validity has run out."""
    if quote.status == QuoteStatus.SENT and quote.valid_until and quote.valid_until < today:
        raise StateError(
            translatable(
                "errors", "Quote {number} expired on {day} and can no longer be accepted."
            ),
            number=quote.number,
            day=quote.valid_until,
        )
    _move(quote, QuoteStatus.ACCEPTED)
    session.flush()
    return quote


def reject_quote(session: Session, quote: Quote) -> Quote:
    _move(quote, QuoteStatus.REJECTED)
    session.flush()
    return quote


def expire_quotes(session: Session, *, today: date) -> list[Quote]:
    """Mark every sent quote whose validity ended before ``today`` as expired."""
    overdue = list(
        session.scalars(
            select(Quote).where(
                Quote.status == QuoteStatus.SENT,
                Quote.deleted.is_(False),
                Quote.valid_until < today,
            )
        )
    )
    for quote in overdue:
        _move(quote, QuoteStatus.EXPIRED)
    session.flush()
    return overdue


def convert_quote_to_order(
    session: Session, quote: Quote, *, device_prefix: str, order_date: date
) -> Order:
    """The one draft order for an accepted quote, with the quote's lines copied."""
    if quote.status != QuoteStatus.ACCEPTED:
        raise StateError(
            translatable(
                "errors", "Quote {number} is {status}; only an accepted quote becomes an order."
            ),
            number=quote.number,
            status=quote.status,
        )
    existing = quote.order or session.scalar(
        select(Order).where(Order.quote_id == quote.id, Order.deleted.is_(False))
    )
    if existing is not None:
        raise StateError(
            translatable("errors", "Quote {number} has already become order {order}."),
            number=quote.number,
            order=existing.number,
        )
    order = Order(
        number=next_number(session, kind="O", device_prefix=device_prefix),
        account=quote.account,
        contact=quote.contact,
        quote_id=quote.id,
        currency=quote.currency,
        order_date=order_date,
        customer_reference=quote.customer_reference,
        delivery_terms=quote.delivery_terms,
        lines=[
            OrderLine(
                position=line.position,
                product=line.product,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                tax_rate=line.tax_rate,
            )
            for line in quote.lines
        ],
    )
    session.add(order)
    quote.order = order
    session.flush()
    return order
