"""The credit check of an order in another currency than its account's uses the rate
in force on the order date, says which, and refuses to guess when there is none."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.errors import CreditLimitError
from app.models import Account, ExchangeRate
from app.services.actor import CREDIT_OVERRIDE, Actor
from app.services.credit import credit_status, preview_credit
from app.services.orders import add_order_line, create_order, submit_order

REP = Actor("anna")
MANAGER = Actor("boris", {CREDIT_OVERRIDE})
DAY = date(2026, 3, 18)


@pytest.fixture
def account(session) -> Account:
    account = Account(
        account_number="A-1",
        name="Acme",
        currency="EUR",
        credit_limit=D("1000"),
        open_balance=D("200"),
    )
    session.add(account)
    session.add(
        ExchangeRate(
            from_currency="EUR", to_currency="USD", rate=D("1.25"), valid_from=date(2026, 1, 1)
        )
    )
    session.flush()
    return account


def _usd_order(session, account, amount: str):
    order = create_order(
        session, account=account, device_prefix="K7Q2", order_date=DAY, currency="USD"
    )
    add_order_line(session, order, description="Goods", quantity=1, unit_price=amount)
    return order


def test_a_usd_order_is_weighed_in_eur_with_the_rate_in_force(session, account) -> None:
    order = _usd_order(session, account, "1000")  # 800 EUR, exactly what is available
    preview = preview_credit(session, order)
    assert (preview.total_in_credit_currency, preview.exceeds) == (D("800.00"), False)
    assert (preview.rate.rate, preview.rate.valid_from) == (D("1.25"), date(2026, 1, 1))
    submit_order(session, order, actor=REP)
    assert order.credit_override_by is None
    status = credit_status(session, account)
    assert (status.open_orders, status.available) == (D("800.00"), D("0.00"))
    assert [r.rate for r in status.rates] == [D("1.25")]


def test_above_the_limit_the_refusal_names_the_rate(session, account) -> None:
    order = _usd_order(session, account, "1000.02")
    with pytest.raises(CreditLimitError) as refused:
        submit_order(session, order, actor=REP)
    assert str(refused.value) == (
        f"Order {order.number} (1000.02 USD, 800.02 EUR at 1 EUR = 1.25 USD from 2026-01-01) "
        "exceeds the credit available to Acme: 800.00 EUR."
    )


def test_without_a_rate_nothing_is_guessed(session, account) -> None:
    order = create_order(
        session, account=account, device_prefix="K7Q2", order_date=DAY, currency="GBP"
    )
    add_order_line(session, order, description="Goods", quantity=1, unit_price="1")
    assert preview_credit(session, order).total_in_credit_currency is None
    assert preview_credit(session, order).exceeds
    with pytest.raises(
        CreditLimitError, match="no exchange rate between them is in force on 2026-03-18"
    ):
        submit_order(session, order, actor=REP)
    submit_order(session, order, actor=MANAGER)
    assert order.credit_override_by == "boris"
    assert credit_status(session, account).unconverted == {"GBP": D("1.00")}
