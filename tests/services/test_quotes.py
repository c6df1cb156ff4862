"""The quote state machine, pricing of new lines and conversion to exactly one order."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Order, QuoteLine
from app.services.accounts import create_account
from app.services.catalog import create_price_list, create_product, set_price
from app.services.quotes import (
    accept_quote,
    add_quote_line,
    convert_quote_to_order,
    create_quote,
    expire_quotes,
    get_quote_by_number,
    quote_totals,
    reject_quote,
    remove_quote_line,
    send_quote,
    update_quote,
    update_quote_line,
)

DAY = date(2026, 6, 1)


@pytest.fixture
def quote(session):
    account = create_account(session, account_number="A-1", name="Acme", currency="EUR")
    product = create_product(session, sku="BOLT-8", name="Bolt M8", tax_rate=D(19))
    prices = create_price_list(session, name="Standard", currency="EUR", is_default=True)
    set_price(session, price_list=prices, product=product, unit_price="2.50")
    set_price(session, price_list=prices, product=product, unit_price="2.00", min_quantity=100)
    quote = create_quote(session, account=account, device_prefix="K7Q2", issue_date=DAY)
    add_quote_line(session, quote, product=product, quantity=100, discount_percent=10)
    add_quote_line(
        session, quote, description="Installation", quantity=2, unit_price="80", tax_rate=7
    )
    session.commit()
    return quote


def test_new_quote_is_a_numbered_draft_valid_for_30_days(quote) -> None:
    assert (quote.number, quote.status, quote.valid_until) == (
        "Q-K7Q2-00001",
        "draft",
        date(2026, 7, 1),
    )


def test_lines_take_the_price_break_and_the_products_tax(quote) -> None:
    first, second = quote.lines
    assert (first.position, first.description, first.unit_price, first.tax_rate) == (
        1,
        "Bolt M8",
        D("2.00"),
        D(19),
    )
    assert (second.position, second.description, second.unit_price, second.tax_rate) == (
        2,
        "Installation",
        D(80),
        D(7),
    )


def test_quote_totals_for_rendering(quote) -> None:
    totals = quote_totals(quote)
    assert [
        (line.position, line.sku, line.unit, line.description, line.total) for line in totals.lines
    ] == [
        (1, "BOLT-8", "pcs", "Bolt M8", D("180.00")),
        (2, None, None, "Installation", D("160.00")),
    ]
    assert {rate: (tax.base, tax.tax) for rate, tax in totals.taxes.items()} == {
        D(7): (D("160.00"), D("11.20")),
        D(19): (D("180.00"), D("34.20")),
    }
    assert (totals.subtotal, totals.tax_total, totals.grand_total) == (
        D("340.00"),
        D("45.40"),
        D("385.40"),
    )


def test_quote_is_found_by_number(session, quote) -> None:
    assert get_quote_by_number(session, "Q-K7Q2-00001") is quote
    with pytest.raises(NotFoundError, match="No quote with number Q-NOPE-00001."):
        get_quote_by_number(session, "Q-NOPE-00001")


def test_line_needs_a_product_or_a_description_and_a_price(session, quote) -> None:
    with pytest.raises(ValidationError) as caught:
        add_quote_line(session, quote, quantity=1, unit_price=5)
    assert caught.value.field == "product_id"
    with pytest.raises(ValidationError) as caught:
        add_quote_line(session, quote, description="Freight", quantity=1)
    assert caught.value.field == "unit_price"
    with pytest.raises(ValidationError) as caught:
        add_quote_line(session, quote, product=quote.lines[0].product, quantity=-5)
    assert caught.value.field == "quantity"
    session.commit()
    assert session.scalar(select(func.count()).select_from(QuoteLine)) == 2


def test_unpriced_product_is_a_clear_error(session, quote) -> None:
    nut = create_product(session, sku="NUT-8", name="Nut M8")
    with pytest.raises(NotFoundError, match="No price for NUT-8"):
        add_quote_line(session, quote, product=nut, quantity=1)


def test_editing_a_line_checks_the_whole_line_first(session, quote) -> None:
    line = quote.lines[1]
    with pytest.raises(ValidationError):
        update_quote_line(session, line, quantity=D(3), discount_percent=D(120))
    assert (line.quantity, line.discount_percent) == (D(2), D(0))
    update_quote_line(session, line, quantity=D(3))
    assert quote_totals(quote).lines[1].total == D("240.00")


def test_valid_until_before_issue_date_is_refused(session, quote) -> None:
    with pytest.raises(ValidationError) as caught:
        update_quote(session, quote, valid_until=date(2026, 5, 1))
    assert caught.value.field == "valid_until"


def test_happy_path_send_accept_convert(session, quote) -> None:
    send_quote(session, quote)
    accept_quote(session, quote, today=DAY)
    order = convert_quote_to_order(session, quote, device_prefix="K7Q2", order_date=DAY)
    session.commit()
    assert (order.number, order.status, order.quote_id, quote.order_id) == (
        "O-K7Q2-00001",
        "draft",
        quote.id,
        order.id,
    )
    assert [
        (ln.description, ln.quantity, ln.unit_price, ln.discount_percent, ln.tax_rate)
        for ln in order.lines
    ] == [
        (ln.description, ln.quantity, ln.unit_price, ln.discount_percent, ln.tax_rate)
        for ln in quote.lines
    ]
    assert quote_totals(quote).grand_total == D("385.40")
    with pytest.raises(
        StateError, match="Quote Q-K7Q2-00001 has already become order O-K7Q2-00001."
    ):
        convert_quote_to_order(session, quote, device_prefix="K7Q2", order_date=DAY)
    assert session.scalar(select(func.count()).select_from(Order)) == 1


def test_sent_quote_cannot_be_edited(session, quote) -> None:
    send_quote(session, quote)
    with pytest.raises(
        StateError, match="Quote Q-K7Q2-00001 is sent and can no longer be changed."
    ):
        add_quote_line(session, quote, description="Extra", quantity=1, unit_price=1)
    with pytest.raises(StateError):
        remove_quote_line(session, quote.lines[0])
    with pytest.raises(StateError):
        update_quote(session, quote, terms="net 60")


@pytest.mark.parametrize(
    ("steps", "action", "message"),
    [
        (
            [],
            lambda s, q: accept_quote(s, q, today=DAY),
            "Quote Q-K7Q2-00001 cannot go from draft to accepted.",
        ),
        (
            [],
            lambda s, q: reject_quote(s, q),
            "Quote Q-K7Q2-00001 cannot go from draft to rejected.",
        ),
        (
            ["send"],
            lambda s, q: send_quote(s, q),
            "Quote Q-K7Q2-00001 cannot go from sent to sent.",
        ),
        (
            ["send", "reject"],
            lambda s, q: accept_quote(s, q, today=DAY),
            "Quote Q-K7Q2-00001 cannot go from rejected to accepted.",
        ),
        (
            ["send", "accept"],
            lambda s, q: reject_quote(s, q),
            "Quote Q-K7Q2-00001 cannot go from accepted to rejected.",
        ),
    ],
)
def test_forbidden_transitions_name_both_states(session, quote, steps, action, message) -> None:
    for step in steps:
        {
            "send": lambda: send_quote(session, quote),
            "reject": lambda: reject_quote(session, quote),
            "accept": lambda: accept_quote(session, quote, today=DAY),
        }[step]()
    with pytest.raises(StateError) as caught:
        action(session, quote)
    assert str(caught.value) == message


def test_only_an_accepted_quote_converts(session, quote) -> None:
    send_quote(session, quote)
    with pytest.raises(
        StateError, match="Quote Q-K7Q2-00001 is sent; only an accepted quote becomes an order."
    ):
        convert_quote_to_order(session, quote, device_prefix="K7Q2", order_date=DAY)


def test_empty_quote_cannot_be_sent(session, quote) -> None:
    empty = create_quote(session, account=quote.account, device_prefix="K7Q2", issue_date=DAY)
    with pytest.raises(ValidationError, match="Add at least one line"):
        send_quote(session, empty)
    assert empty.status == "draft"


def test_expire_quotes_only_touches_sent_quotes_past_validity(session, quote) -> None:
    other = create_quote(
        session,
        account=quote.account,
        device_prefix="K7Q2",
        issue_date=DAY,
        valid_until=date(2026, 8, 1),
    )
    add_quote_line(session, other, description="x", quantity=1, unit_price=1)
    draft = create_quote(session, account=quote.account, device_prefix="K7Q2", issue_date=DAY)
    send_quote(session, quote)
    send_quote(session, other)
    assert expire_quotes(session, today=date(2026, 7, 1)) == []  # valid through its last day
    assert expire_quotes(session, today=date(2026, 7, 2)) == [quote]
    assert (quote.status, other.status, draft.status) == ("expired", "sent", "draft")
    with pytest.raises(StateError, match="Quote Q-K7Q2-00002 expired on 2026-08-01"):
        accept_quote(session, other, today=date(2026, 8, 2))


def test_quote_with_a_chosen_price_list_prices_from_it(session, quote) -> None:
    product = quote.lines[0].product
    fair = create_price_list(session, name="Trade fair", currency="EUR")
    set_price(session, price_list=fair, product=product, unit_price="1.25")
    special = create_quote(
        session, account=quote.account, device_prefix="K7Q2", issue_date=DAY, price_list=fair
    )
    assert add_quote_line(session, special, product=product, quantity=100).unit_price == D("1.25")
