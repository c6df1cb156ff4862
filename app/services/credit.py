"""How much more an account may order: credit limit − open balance − open orders.

Open orders are the account's orders that are submitted or confirmed but not yet
fulfilled (or cancelled), in the account's currency; a fulfilled order has moved
into the open balance, which the back office keeps up to date through sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import CreditLimitError, translatable
from app.models import Account, Order
from app.models.money import Money, document_totals, round_money
from app.models.statuses import OPEN_ORDER_STATUSES
from app.services.actor import CREDIT_OVERRIDE, Actor


@dataclass(frozen=True)
class CreditStatus:
    currency: str
    credit_limit: Decimal
    open_balance: Decimal
    open_orders: Decimal  # grand totals of submitted and confirmed orders
    available: Decimal  # may be negative when the account is already over its limit

    @property
    def exceeded(self) -> bool:
        return self.available < 0


def open_orders_total(
    session: Session, account: Account, *, excluding: Order | None = None
) -> Decimal:
    orders = session.scalars(
        select(Order).where(
            Order.account_id == account.id,
            Order.deleted.is_(False),
            Order.status.in_([str(status) for status in OPEN_ORDER_STATUSES]),
            Order.currency == account.currency,
        )
    )
    return sum(
        (
            document_totals(order.lines, order.currency).grand_total
            for order in orders
            if excluding is None or order.id != excluding.id
        ),
        Decimal(0),
    )


def credit_status(
    session: Session, account: Account, *, excluding: Order | None = None
) -> CreditStatus:
    currency = account.currency
    open_orders = open_orders_total(session, account, excluding=excluding)
    limit = round_money(account.credit_limit or Decimal(0), currency)
    balance = round_money(account.open_balance or Decimal(0), currency)
    return CreditStatus(
        currency=currency,
        credit_limit=limit,
        open_balance=balance,
        open_orders=open_orders,
        available=limit - balance - open_orders,
    )


@dataclass(frozen=True)
class OrderCreditCheck:
    """What the order editor shows before submitting: will this order be refused?"""

    credit: CreditStatus  # the account's credit without this order
    order_total: Decimal
    exceeds: bool  # True: submitting needs the credit override right


def preview_credit(session: Session, order: Order) -> OrderCreditCheck:
    status = credit_status(session, order.account, excluding=order)
    total = document_totals(order.lines, order.currency).grand_total
    exceeds = order.currency != status.currency or total > status.available
    return OrderCreditCheck(credit=status, order_total=total, exceeds=exceeds)


def check_credit(session: Session, order: Order, *, actor: Actor) -> str | None:
    """Refuse ``order`` if it exceeds the available credit, unless ``actor`` may override.

    Returns the username to record as having overridden the limit, or None.
    """
    account = order.account
    if order.currency != account.currency:
        # No exchange rates offline: an order in a foreign currency cannot be weighed
        # against the limit, so only someone with the override right may submit it.
        if actor.can(CREDIT_OVERRIDE):
            return actor.username
        raise CreditLimitError(
            translatable(
                "errors",
                "Order {number} is in {order_currency} but the credit of {account} is kept "
                "in {account_currency}; it needs a credit override.",
            ),
            field="currency",
            number=order.number,
            order_currency=order.currency,
            account=account.name,
            account_currency=account.currency,
        )
    status = credit_status(session, account, excluding=order)
    total = document_totals(order.lines, order.currency).grand_total
    if total <= status.available:
        return None
    if actor.can(CREDIT_OVERRIDE):
        return actor.username

    def money(amount: Decimal) -> Money:
        # A Money, not text: the CLI prints "70524.73 USD", a screen the user's locale.
        return Money(amount, status.currency)

    raise CreditLimitError(
        translatable(
            "errors",
            "Order {number} ({total}) exceeds the credit available to {account}: {available} "
            "(limit {limit} − open balance {balance} − open orders {open_orders}).",
        ),
        field="credit_limit",
        number=order.number,
        total=money(total),
        account=account.name,
        available=money(status.available),
        limit=money(status.credit_limit),
        balance=money(status.open_balance),
        open_orders=money(status.open_orders),
    )
