"""Orders: draft → submitted → confirmed → fulfilled; draft or submitted → cancelled.

Only a draft is edited. Submitting checks the account's credit (``credit.py``);
from then on the order is read-only and only its status moves.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, ValidationError, translatable
from app.models import Account, Contact, Order, OrderLine, Product
from app.models.base import utc_now
from app.models.money import DocumentTotals, document_totals
from app.models.statuses import AccountStatus, OrderStatus
from app.models.validation import require_currency, require_not_before
from app.services.actor import Actor
from app.services.credit import check_credit
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

ORDER_TRANSITIONS = {
    OrderStatus.DRAFT: frozenset({OrderStatus.SUBMITTED, OrderStatus.CANCELLED}),
    OrderStatus.SUBMITTED: frozenset({OrderStatus.CONFIRMED, OrderStatus.CANCELLED}),
    OrderStatus.CONFIRMED: frozenset({OrderStatus.FULFILLED}),
}
EDITABLE_ORDER_FIELDS = frozenset(
    {
        "contact",
        "order_date",
        "requested_delivery_date",
        "notes",
        "customer_reference",
        "delivery_terms",
        "payment_terms",
        "delivery_address",
    }
)
REFERENCE_FIELDS = ("customer_reference", "delivery_terms", "payment_terms")


def create_order(
    session: Session,
    *,
    account: Account,
    device_prefix: str,
    order_date: date,
    requested_delivery_date: date | None = None,
    currency: str | None = None,
    contact: Contact | None = None,
    notes: str | None = None,
    customer_reference: str | None = None,
    delivery_terms: str | None = None,
) -> Order:
    currency = require_currency(currency or account.currency)
    require_not_before(order_date, requested_delivery_date, field="requested_delivery_date")
    order = Order(
        number=next_number(session, kind="O", device_prefix=device_prefix),
        account=account,
        contact=contact,
        currency=currency,
        order_date=order_date,
        requested_delivery_date=requested_delivery_date,
        notes=notes,
        **reference_fields(customer_reference=customer_reference, delivery_terms=delivery_terms),
    )
    session.add(order)
    session.flush()
    return order


def get_order_by_number(session: Session, number: str) -> Order:
    order = session.scalar(select(Order).where(Order.number == number, Order.deleted.is_(False)))
    if order is None:
        raise NotFoundError(translatable("errors", "No order with number {number}."), number=number)
    return order


def update_order(session: Session, order: Order, **values: Any) -> Order:
    values.update(reference_fields(**{k: values[k] for k in REFERENCE_FIELDS if k in values}))
    if "delivery_address" in values:
        values["delivery_address"] = (values["delivery_address"] or "").strip() or None
    update_draft_fields(
        session,
        order,
        values,
        editable=EDITABLE_ORDER_FIELDS,
        start_field="order_date",
        end_field="requested_delivery_date",
    )
    return order


def add_order_line(
    session: Session,
    order: Order,
    *,
    quantity: Decimal | int | str,
    product: Product | None = None,
    description: str | None = None,
    unit_price: Decimal | int | str | None = None,
    discount_percent: Decimal | int | str | None = None,
    tax_rate: Decimal | int | str | None = None,
) -> OrderLine:
    """Append a line; without ``unit_price`` the account's price on the order date applies."""
    require_draft(order)
    values = new_line_values(
        session,
        account=order.account,
        currency=order.currency,
        on=order.order_date,
        product=product,
        description=description,
        quantity=quantity,
        unit_price=unit_price,
        discount_percent=discount_percent,
        tax_rate=tax_rate,
    )
    return append_line(session, order, OrderLine, values)


def update_order_line(session: Session, line: OrderLine, **values: Any) -> OrderLine:
    change_line(session, line.order, line, values)
    return line


def remove_order_line(session: Session, line: OrderLine) -> None:
    drop_line(session, line.order, line)


def order_totals(order: Order) -> DocumentTotals:
    return document_totals(order.lines, order.currency)


def _move(order: Order, target: OrderStatus) -> None:
    move(
        order,
        target=target,
        allowed=ORDER_TRANSITIONS,
        kind=translatable("errors", "Order"),
        label=order.number,
    )


def submit_order(
    session: Session, order: Order, *, actor: Actor, now: datetime | None = None
) -> Order:
    """Send the order to the office; refused above the available credit unless overridden."""
    if order.status == OrderStatus.DRAFT:
        if order.account.status == AccountStatus.BLOCKED:
            raise StateError(
                translatable("errors", "{account} is blocked; orders cannot be submitted for it."),
                account=order.account.name,
            )
        if not order.lines:
            raise ValidationError(
                translatable("errors", "Add at least one line before submitting the order."),
                field="lines",
            )
        override_by = check_credit(session, order, actor=actor)
    else:
        override_by = None
    _move(order, OrderStatus.SUBMITTED)
    order.submitted_at = now or utc_now()
    order.credit_override_by = override_by
    order.updated_by = actor.username
    session.flush()
    return order


def confirm_order(session: Session, order: Order) -> Order:
    _move(order, OrderStatus.CONFIRMED)
    session.flush()
    return order


def fulfil_order(session: Session, order: Order) -> Order:
    _move(order, OrderStatus.FULFILLED)
    session.flush()
    return order


def cancel_order(session: Session, order: Order) -> Order:
    _move(order, OrderStatus.CANCELLED)
    session.flush()
    return order
