"""Demo quotes, orders and contracts: every status, priced by the price lists.

Quote and order lines take their unit price from the account's price lists on the
document's date (``DemoCatalog.price``, the pricing service's rules), so a demo
quote recalculated in the app shows the same figures. An accepted quote has
exactly one order with a copy of its lines. Some active contracts end within 30
days with auto-renewal, so the renewals list has something to show.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.models import Contract, Order, OrderLine, Quote, QuoteLine
from app.models.money import round_money
from app.services.demo_names import EXCHANGE_FROM_EUR

if TYPE_CHECKING:
    from app.services.demo import Demo, DemoAccount

_QUANTITIES = (1, 1, 2, 3, 5, 10, 12, 20, 50, 100)
_TERMS = "Prices exclude VAT. Delivery within 10 working days. Payment as agreed."
_CONTRACT_TITLES = ("Annual supply agreement", "Service and maintenance contract",
                    "Framework agreement", "Consignment stock agreement")  # fmt: skip


def add_documents(demo: Demo, accounts: list[DemoAccount]) -> None:
    for account in accounts:
        if account.type != "lead" and demo.rng.random() < 0.3:
            for _ in range(demo.rng.choice((1, 1, 2))):
                _add_quote(demo, account)
        if account.type == "customer":
            if demo.rng.random() < 0.25:
                _add_order(demo, account)
            if demo.rng.random() < 0.15:
                _add_contract(demo, account)


def _priced_lines(
    demo: Demo, account: DemoAccount, on: date
) -> tuple[list[dict[str, Any]], str | None]:
    """1-5 lines priced as ``price_for`` would on ``on``, and the first line's list."""
    rng = demo.rng
    lines: list[dict[str, Any]] = []
    first_list = None
    for product in rng.sample(demo.catalog.products, k=rng.randint(1, 5)):
        quantity = Decimal(rng.choice(_QUANTITIES))
        found = demo.catalog.price(
            list_ids=account.price_list_ids, currency=account.currency, product=product,
            quantity=quantity, on=on,
        )  # fmt: skip
        if found is None:
            continue
        unit_price, price_list = found
        first_list = first_list or price_list.id
        lines.append(
            {
                "position": len(lines) + 1,
                "product_id": product.id,
                "description": None,
                "quantity": quantity,
                "unit_price": unit_price,
                "discount_percent": Decimal(rng.choice((0, 0, 0, 5, 10))),
                "tax_rate": product.tax_rate,
            }
        )
    return lines, first_list


def _add_quote(demo: Demo, account: DemoAccount) -> None:
    rng = demo.rng
    status = rng.choices(
        ("draft", "sent", "accepted", "rejected", "expired"), weights=(15, 25, 25, 15, 20)
    )[0]
    age = {"draft": (0, 5), "sent": (1, 28), "accepted": (10, 120), "rejected": (10, 90),
           "expired": (35, 90)}[status]  # fmt: skip
    issued = demo.today - timedelta(days=rng.randint(*age))
    lines, price_list_id = _priced_lines(demo, account, issued)
    if not lines:
        return
    quote_id = demo.writer.add(
        Quote,
        number=demo.number("Q"),
        account_id=account.id,
        contact_id=rng.choice(account.contact_ids) if account.contact_ids else None,
        price_list_id=price_list_id,
        currency=account.currency,
        issue_date=issued,
        valid_until=issued + timedelta(days=30),
        terms=_TERMS,
        status=status,
        order_id=None,
        notes=None,
    )
    for line in lines:
        demo.writer.add(QuoteLine, quote_id=quote_id, **line)
    if status == "accepted":
        ordered = min(demo.today, issued + timedelta(days=rng.randint(2, 9)))
        order_id = _write_order(
            demo, account, lines, ordered, rng.choice(("submitted", "confirmed", "fulfilled")),
            quote_id=quote_id,
        )  # fmt: skip
        demo.writer.link_later(Quote, quote_id, order_id=order_id)


def _add_order(demo: Demo, account: DemoAccount) -> None:
    rng = demo.rng
    status = rng.choices(
        ("draft", "submitted", "confirmed", "fulfilled", "cancelled"), weights=(15, 20, 20, 35, 10)
    )[0]
    ordered = demo.today - timedelta(
        days=rng.randint(0, 5) if status == "draft" else rng.randint(1, 90)
    )
    lines, _list = _priced_lines(demo, account, ordered)
    if lines:
        _write_order(demo, account, lines, ordered, status, quote_id=None)


def _write_order(
    demo: Demo,
    account: DemoAccount,
    lines: list[dict[str, Any]],
    ordered: date,
    status: str,
    *,
    quote_id: str | None,
) -> str:
    order_id = demo.writer.add(
        Order,
        number=demo.number("O"),
        account_id=account.id,
        contact_id=account.contact_ids[0] if account.contact_ids else None,
        quote_id=quote_id,
        currency=account.currency,
        order_date=ordered,
        requested_delivery_date=ordered + timedelta(days=demo.rng.randint(5, 21)),
        status=status,
        submitted_at=None if status == "draft" else demo.at(ordered, 17),
        credit_override_by=None,
        notes=None,
    )
    for line in lines:
        demo.writer.add(OrderLine, order_id=order_id, **line)
    return order_id


def _add_contract(demo: Demo, account: DemoAccount) -> None:
    rng = demo.rng
    renewing = rng.random() < 0.25
    if renewing:
        end = demo.today + timedelta(days=rng.randint(1, 30))
        start = end - timedelta(days=365 * rng.randint(1, 3) - 1)
    else:
        start = demo.today - timedelta(days=rng.randint(-30, 900))
        end = start + timedelta(days=365 * rng.randint(1, 3) - 1)
    if start > demo.today:
        status = "draft"
    elif end < demo.today:
        status = "expired"
    else:
        status = "terminated" if rng.random() < 0.05 and not renewing else "active"
    rate = Decimal(EXCHANGE_FROM_EUR[account.currency])
    demo.writer.add(
        Contract,
        number=demo.number("C"),
        account_id=account.id,
        title=rng.choice(_CONTRACT_TITLES),
        start_date=start,
        end_date=end,
        auto_renew=renewing or rng.random() < 0.4,
        notice_period_days=rng.choice((30, 60, 90)),
        value=round_money(Decimal(rng.randint(5, 250) * 1000) * rate, account.currency),
        currency=account.currency,
        status=status,
    )
