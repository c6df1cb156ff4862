"""Order state machine, read-only once submitted, and the credit check on submit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from app.errors import CreditLimitError, NotFoundError, StateError, ValidationError
from app.models import Order
from app.services.accounts import create_account
from app.services.actor import CREDIT_OVERRIDE, Actor
from app.services.credit import credit_status, preview_credit
from app.services.orders import (
    add_order_line,
    cancel_order,
    confirm_order,
    create_order,
    fulfil_order,
    get_order_by_number,
    order_totals,
    remove_order_line,
    submit_order,
    update_order,
    update_order_line,
)

DAY = date(2026, 6, 1)
REP = Actor("anna")
MANAGER = Actor("boris", frozenset({CREDIT_OVERRIDE}))
NOW = datetime(2026, 6, 1, 10, 30, tzinfo=UTC)


@pytest.fixture
def account(session):
    # 10 000 limit, 2 500 already owed: 7 500 available before any open order.
    return create_account(
        session,
        account_number="A-1",
        name="Acme",
        currency="EUR",
        credit_limit="10000",
        open_balance="2500",
    )


def _order(session, account, net: str, tax: int = 0) -> Order:
    order = create_order(session, account=account, device_prefix="K7Q2", order_date=DAY)
    add_order_line(session, order, description="Goods", quantity=1, unit_price=net, tax_rate=tax)
    return order


def test_submit_within_credit(session, account) -> None:
    order = _order(session, account, "5000", tax=19)  # 5 950.00 gross
    submit_order(session, order, actor=REP, now=NOW)
    session.commit()
    assert (order.status, order.submitted_at, order.credit_override_by, order.updated_by) == (
        "submitted",
        NOW,
        None,
        "anna",
    )
    status = credit_status(session, account)
    assert (status.credit_limit, status.open_balance, status.open_orders, status.available) == (
        D("10000.00"),
        D("2500.00"),
        D("5950.00"),
        D("1550.00"),
    )


def test_order_exactly_at_the_available_credit_is_accepted(session, account) -> None:
    submit_order(session, _order(session, account, "7500"), actor=REP)


def test_submit_above_credit_is_refused_with_the_amounts(session, account) -> None:
    submit_order(session, _order(session, account, "5000"), actor=REP)
    order = _order(session, account, "2500.01")
    with pytest.raises(CreditLimitError) as caught:
        submit_order(session, order, actor=REP)
    assert str(caught.value) == (
        "Order O-K7Q2-00002 (2500.01 EUR) exceeds the credit available to Acme: 2500.00 EUR "
        "(limit 10000.00 EUR − open balance 2500.00 EUR − open orders 5000.00 EUR)."
    )
    session.commit()
    session.expire_all()
    assert (order.status, order.submitted_at) == ("draft", None)


def test_fulfilled_and_cancelled_orders_no_longer_hold_credit(session, account) -> None:
    first = _order(session, account, "5000")
    submit_order(session, first, actor=REP)
    confirm_order(session, first)
    assert credit_status(session, account).open_orders == D("5000.00")  # confirmed still counts
    fulfil_order(session, first)
    second = _order(session, account, "4000")
    submit_order(session, second, actor=REP)
    cancel_order(session, second)
    assert credit_status(session, account).available == D("7500.00")


def test_override_right_lets_an_order_through_and_is_recorded(session, account) -> None:
    order = _order(session, account, "9000")
    with pytest.raises(CreditLimitError):
        submit_order(session, order, actor=REP)
    submit_order(session, order, actor=MANAGER)
    session.commit()
    assert (order.status, order.credit_override_by) == ("submitted", "boris")
    assert credit_status(session, account).available == D("-1500.00")


def test_manager_within_credit_is_not_recorded_as_overriding(session, account) -> None:
    order = _order(session, account, "100")
    submit_order(session, order, actor=MANAGER)
    assert order.credit_override_by is None


def test_foreign_currency_order_needs_an_override(session, account) -> None:
    order = create_order(
        session, account=account, device_prefix="K7Q2", order_date=DAY, currency="USD"
    )
    add_order_line(session, order, description="Goods", quantity=1, unit_price=1)
    with pytest.raises(CreditLimitError, match="is in USD but the credit of Acme is kept in EUR"):
        submit_order(session, order, actor=REP)
    submit_order(session, order, actor=MANAGER)
    assert order.credit_override_by == "boris"


def test_empty_order_cannot_be_submitted(session, account) -> None:
    order = create_order(session, account=account, device_prefix="K7Q2", order_date=DAY)
    with pytest.raises(ValidationError, match="Add at least one line before submitting the order."):
        submit_order(session, order, actor=REP)


def test_draft_is_editable_submitted_is_read_only(session, account) -> None:
    order = _order(session, account, "100")
    update_order(session, order, notes="ring twice", requested_delivery_date=date(2026, 6, 10))
    update_order_line(session, order.lines[0], quantity=D(2))
    assert order_totals(order).grand_total == D("200.00")
    submit_order(session, order, actor=REP)
    session.commit()
    message = "Order O-K7Q2-00001 is submitted and can no longer be changed."
    with pytest.raises(StateError, match=message):
        update_order(session, order, notes="changed")
    with pytest.raises(StateError, match=message):
        update_order_line(session, order.lines[0], quantity=D(3))
    with pytest.raises(StateError, match=message):
        add_order_line(session, order, description="More", quantity=1, unit_price=1)
    with pytest.raises(StateError, match=message):
        remove_order_line(session, order.lines[0])
    session.rollback()
    assert session.scalar(select(Order.notes)) == "ring twice"


def test_delivery_before_order_date_is_refused(session, account) -> None:
    with pytest.raises(ValidationError) as caught:
        create_order(
            session,
            account=account,
            device_prefix="K7Q2",
            order_date=DAY,
            requested_delivery_date=date(2026, 5, 1),
        )
    assert caught.value.field == "requested_delivery_date"
    session.commit()
    assert session.scalars(select(Order)).all() == []


@pytest.mark.parametrize(
    ("path", "action", "message"),
    [
        ([], confirm_order, "Order O-K7Q2-00001 cannot go from draft to confirmed."),
        ([], fulfil_order, "Order O-K7Q2-00001 cannot go from draft to fulfilled."),
        (["submit"], fulfil_order, "Order O-K7Q2-00001 cannot go from submitted to fulfilled."),
        (
            ["submit", "confirm"],
            cancel_order,
            "Order O-K7Q2-00001 cannot go from confirmed to cancelled.",
        ),
        (
            ["submit", "confirm", "fulfil"],
            cancel_order,
            "Order O-K7Q2-00001 cannot go from fulfilled to cancelled.",
        ),
        (["cancel"], confirm_order, "Order O-K7Q2-00001 cannot go from cancelled to confirmed."),
    ],
)
def test_forbidden_transitions_name_both_states(session, account, path, action, message) -> None:
    order = _order(session, account, "10")
    steps = {
        "submit": lambda: submit_order(session, order, actor=REP),
        "confirm": lambda: confirm_order(session, order),
        "fulfil": lambda: fulfil_order(session, order),
        "cancel": lambda: cancel_order(session, order),
    }
    for step in path:
        steps[step]()
    with pytest.raises(StateError) as caught:
        action(session, order)
    assert str(caught.value) == message


def test_submitting_twice_is_refused(session, account) -> None:
    order = _order(session, account, "10")
    submit_order(session, order, actor=REP)
    with pytest.raises(StateError, match="cannot go from submitted to submitted"):
        submit_order(session, order, actor=REP)


def test_preview_tells_the_editor_before_submitting(session, account) -> None:
    submit_order(session, _order(session, account, "5000"), actor=REP)
    order = _order(session, account, "2500")
    preview = preview_credit(session, order)
    assert (preview.order_total, preview.credit.available, preview.exceeds) == (
        D("2500.00"),
        D("2500.00"),
        False,
    )
    add_order_line(session, order, description="One more", quantity=1, unit_price="0.01")
    assert preview_credit(session, order).exceeds is True


def test_order_is_found_by_number(session, account) -> None:
    order = _order(session, account, "1")
    assert get_order_by_number(session, "O-K7Q2-00001") is order
    with pytest.raises(NotFoundError, match="No order with number O-K7Q2-00009."):
        get_order_by_number(session, "O-K7Q2-00009")


def test_blocked_account_cannot_order_even_with_override(session, account) -> None:
    order = _order(session, account, "1")
    account.status = "blocked"
    with pytest.raises(StateError, match="Acme is blocked; orders cannot be submitted for it."):
        submit_order(session, order, actor=MANAGER)
    assert order.status == "draft"
