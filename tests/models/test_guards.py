"""Locked records refuse edits at flush time, whatever code tries to change them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from app.errors import StateError, ValidationError
from app.models import (
    APPLYING_REMOTE_CHANGES,
    Account,
    Order,
    OrderLine,
    PriceList,
    Quote,
    QuoteLine,
    Visit,
    VisitReport,
)


def _order(session, status: str = "draft") -> Order:
    order = Order(
        number="O-K7Q2-00001",
        account=Account(account_number="A-1", name="Acme"),
        currency="EUR",
        order_date=date(2026, 1, 5),
        lines=[OrderLine(position=1, quantity=D(2), unit_price=D(5))],
    )
    session.add(order)
    session.commit()
    order.status = status
    session.commit()
    return order


def test_draft_order_is_editable(session) -> None:
    order = _order(session)
    order.notes = "call before delivery"
    order.lines[0].quantity = D(3)
    order.lines.append(OrderLine(position=2, quantity=D(1), unit_price=D(1)))
    session.commit()
    assert len(order.lines) == 2


@pytest.mark.parametrize("status", ["submitted", "confirmed", "fulfilled", "cancelled"])
def test_submitted_or_later_order_fields_are_read_only(session, status) -> None:
    order = _order(session, status)
    order.notes = "changed"
    with pytest.raises(
        StateError, match=f"Order O-K7Q2-00001 is {status} and can no longer be changed."
    ):
        session.flush()
    session.rollback()
    assert session.scalar(select(Order.notes)) is None


@pytest.mark.parametrize(
    "edit",
    [
        lambda order: setattr(order.lines[0], "quantity", D(9)),
        lambda order: order.lines.append(OrderLine(position=2, quantity=D(1), unit_price=D(1))),
        lambda order: order.lines.pop(),
    ],
    ids=["change", "add", "remove"],
)
def test_submitted_order_lines_are_read_only(session, edit) -> None:
    order = _order(session, "submitted")
    edit(order)
    with pytest.raises(StateError):
        session.flush()


def test_status_may_still_move_on_a_locked_order(session) -> None:
    order = _order(session, "submitted")
    order.status = "confirmed"
    session.commit()
    assert order.status == "confirmed"


def test_sync_may_apply_remote_changes_to_a_locked_order(session) -> None:
    order = _order(session, "submitted")
    session.info[APPLYING_REMOTE_CHANGES] = True
    order.notes = "edited in the office"
    session.commit()
    assert order.notes == "edited in the office"


def test_sent_quote_lines_are_read_only(session) -> None:
    quote = Quote(
        number="Q-K7Q2-00001",
        account=Account(account_number="A-1", name="Acme"),
        currency="EUR",
        issue_date=date(2026, 1, 5),
        status="sent",
        lines=[QuoteLine(quantity=D(1), unit_price=D(5))],
    )
    session.add(quote)
    session.commit()
    quote.lines[0].unit_price = D(1)
    with pytest.raises(StateError, match="Quote Q-K7Q2-00001 is sent"):
        session.flush()


def test_approved_report_is_read_only(session) -> None:
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    visit = Visit(
        account=Account(account_number="A-1", name="Acme"),
        planned_start=start,
        planned_end=start + timedelta(hours=1),
        status="completed",
    )
    report = VisitReport(visit=visit, summary="ok", review_state="approved")
    session.add(report)
    session.commit()
    report.summary = "rewritten"
    with pytest.raises(StateError, match="approved visit report"):
        session.flush()


def test_lines_refuse_bad_values_when_set() -> None:
    with pytest.raises(ValidationError) as caught:
        OrderLine(quantity=D(-1), unit_price=D(5))
    assert caught.value.field == "quantity"
    with pytest.raises(ValidationError) as caught:
        QuoteLine(quantity=D(1), unit_price=D(5), discount_percent=D(150))
    assert caught.value.field == "discount_percent"


@pytest.mark.parametrize("model", [Account, PriceList, Order, Quote])
def test_unknown_currency_is_refused_on_set(model) -> None:
    with pytest.raises(ValidationError, match="Unknown currency code: ABC."):
        model(currency="ABC")
    assert model(currency="usd").currency == "USD"
