"""How much more an account may order: credit limit − open balance − open orders.

Open orders are the account's orders that are submitted or confirmed but not yet
fulfilled (or cancelled); a fulfilled order has moved into the open balance, which
the back office keeps up to date through sync. An order in another currency than
the account's is converted with the exchange rate in force on its order date
(``app.services.exchange_rates``); without one it cannot be weighed, is listed as
unconverted, and only someone with the override right may submit it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import CreditLimitError, translatable
from app.models import Account, Order
from app.models.money import Money, document_totals, round_money
from app.models.statuses import OPEN_ORDER_STATUSES
from app.services.actor import CREDIT_OVERRIDE, Actor
from app.services.exchange_rates import RateBook, RateUsed, multiplier


@dataclass(frozen=True)
class CreditStatus:
    currency: str
    credit_limit: Decimal
    open_balance: Decimal
    open_orders: Decimal  # grand totals of submitted and confirmed orders
    available: Decimal  # may be negative when the account is already over its limit
    rates: tuple[RateUsed, ...] = ()  # used to convert open orders in other currencies
    unconverted: dict[str, Decimal] = field(default_factory=dict)  # no rate in force

    @property
    def exceeded(self) -> bool:
        return self.available < 0


def in_account_currency(
    book: RateBook, order: Order, account: Account, total: Decimal
) -> tuple[Decimal | None, RateUsed | None]:
    """``total`` of ``order`` in the account's currency, with the rate used (None, None: no rate)."""
    if order.currency == account.currency:
        return total, None
    rate = book.rate_used(order.currency, account.currency, order.order_date)
    if rate is None:
        return None, None
    return round_money(total * multiplier(rate, order.currency), account.currency), rate


def _open_orders(
    session: Session, account: Account, book: RateBook, *, excluding: Order | None
) -> tuple[Decimal, dict[tuple[str, str, date], RateUsed], dict[str, Decimal]]:
    orders = session.scalars(
        select(Order).where(
            Order.account_id == account.id,
            Order.deleted.is_(False),
            Order.status.in_([str(status) for status in OPEN_ORDER_STATUSES]),
        )
    )
    total, rates, unconverted = Decimal(0), {}, {}
    for order in orders:
        if excluding is not None and order.id == excluding.id:
            continue
        grand = document_totals(order.lines, order.currency).grand_total
        converted, rate = in_account_currency(book, order, account, grand)
        if converted is None:
            unconverted[order.currency] = unconverted.get(order.currency, Decimal(0)) + grand
            continue
        if rate is not None:
            rates[(rate.from_currency, rate.to_currency, rate.valid_from)] = rate
        total += converted
    return total, rates, unconverted


def open_orders_total(
    session: Session, account: Account, *, excluding: Order | None = None
) -> Decimal:
    return _open_orders(session, account, RateBook.load(session), excluding=excluding)[0]


def credit_status(
    session: Session, account: Account, *, excluding: Order | None = None
) -> CreditStatus:
    currency = account.currency
    open_orders, rates, unconverted = _open_orders(
        session, account, RateBook.load(session), excluding=excluding
    )
    limit = round_money(account.credit_limit or Decimal(0), currency)
    balance = round_money(account.open_balance or Decimal(0), currency)
    return CreditStatus(
        currency=currency,
        credit_limit=limit,
        open_balance=balance,
        open_orders=open_orders,
        available=limit - balance - open_orders,
        rates=tuple(rates[key] for key in sorted(rates)),
        unconverted=unconverted,
    )


@dataclass(frozen=True)
class OrderCreditCheck:
    """What the order editor shows before submitting: will this order be refused?"""

    credit: CreditStatus  # the account's credit without this order
    order_total: Decimal
    exceeds: bool  # True: submitting needs the credit override right
    # The order total in the account's currency and the rate that converted it;
    # None when the order is in another currency and no rate is in force.
    total_in_credit_currency: Decimal | None = None
    rate: RateUsed | None = None


def preview_credit(session: Session, order: Order) -> OrderCreditCheck:
    status = credit_status(session, order.account, excluding=order)
    total = document_totals(order.lines, order.currency).grand_total
    converted, rate = in_account_currency(RateBook.load(session), order, order.account, total)
    exceeds = converted is None or converted > status.available
    return OrderCreditCheck(
        credit=status,
        order_total=total,
        exceeds=exceeds,
        total_in_credit_currency=converted,
        rate=rate,
    )


def check_credit(session: Session, order: Order, *, actor: Actor) -> str | None:
    """Refuse ``order`` if it exceeds the available credit, unless ``actor`` may override.

    Returns the username to record as having overridden the limit, or None.
    """
    account = order.account
    status = credit_status(session, account, excluding=order)
    grand = document_totals(order.lines, order.currency).grand_total
    total, rate = in_account_currency(RateBook.load(session), order, account, grand)
    if total is None:
        # No rate in force: the order cannot be weighed against the limit, so only
        # someone with the override right may submit it.
        if actor.can(CREDIT_OVERRIDE):
            return actor.username
        raise CreditLimitError(
            translatable(
                "errors",
                "Order {number} is in {order_currency} but the credit of {account} is kept "
                "in {account_currency}, and no exchange rate between them is in force on "
                "{day}; it needs a credit override.",
            ),
            field="currency",
            number=order.number,
            order_currency=order.currency,
            account=account.name,
            account_currency=account.currency,
            day=order.order_date.isoformat(),
        )
    if total <= status.available:
        return None
    if actor.can(CREDIT_OVERRIDE):
        return actor.username

    def money(amount: Decimal) -> Money:
        # A Money, not text: the CLI prints "70524.73 USD", a screen the user's locale.
        return Money(amount, status.currency)

    if rate is not None:
        raise CreditLimitError(
            translatable(
                "errors",
                "Order {number} ({original}, {total} at 1 {rate_from} = {rate} {rate_to} "
                "from {rate_day}) exceeds the credit available to {account}: {available}.",
            ),
            field="credit_limit",
            number=order.number,
            original=str(Money(grand, order.currency)),
            total=money(total),
            rate_from=rate.from_currency,
            rate=rate.rate,
            rate_to=rate.to_currency,
            rate_day=rate.valid_from.isoformat(),
            account=account.name,
            available=money(status.available),
        )
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
