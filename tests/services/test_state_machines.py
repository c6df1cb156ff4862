"""Any sequence of actions keeps orders and quotes on their defined state machines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import StateError
from app.services.accounts import create_account
from app.services.actor import CREDIT_OVERRIDE, Actor
from app.services.orders import (
    add_order_line,
    cancel_order,
    confirm_order,
    create_order,
    fulfil_order,
    submit_order,
    update_order,
)
from app.services.quotes import (
    accept_quote,
    add_quote_line,
    create_quote,
    reject_quote,
    send_quote,
)
from tests.models.conftest import make_session

DAY = date(2026, 6, 1)
MANAGER = Actor("boris", frozenset({CREDIT_OVERRIDE}))

ORDER_EDGES = {
    ("draft", "submit"): "submitted",
    ("draft", "cancel"): "cancelled",
    ("submitted", "confirm"): "confirmed",
    ("submitted", "cancel"): "cancelled",
    ("confirmed", "fulfil"): "fulfilled",
}
ORDER_ACTIONS = {
    "submit": lambda s, o: submit_order(s, o, actor=MANAGER),
    "confirm": confirm_order,
    "fulfil": fulfil_order,
    "cancel": cancel_order,
    "edit": lambda s, o: update_order(s, o, notes="changed"),
    "add_line": lambda s, o: add_order_line(s, o, description="x", quantity=1, unit_price=1),
}
QUOTE_EDGES = {
    ("draft", "send"): "sent",
    ("sent", "accept"): "accepted",
    ("sent", "reject"): "rejected",
}
QUOTE_ACTIONS = {
    "send": send_quote,
    "accept": lambda s, q: accept_quote(s, q, today=DAY),
    "reject": reject_quote,
    "add_line": lambda s, q: add_quote_line(s, q, description="x", quantity=1, unit_price=1),
}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(ORDER_ACTIONS)), max_size=8))
def test_orders_follow_their_state_machine(actions) -> None:
    with make_session() as session:
        account = create_account(session, account_number="A-1", name="Acme")
        order = create_order(session, account=account, device_prefix="K7Q2", order_date=DAY)
        add_order_line(session, order, description="x", quantity=1, unit_price=D(1))
        for action in actions:
            before, lines_before = order.status, len(order.lines)
            expected = ORDER_EDGES.get((before, action))
            if action in {"edit", "add_line"}:
                expected = before if before == "draft" else None
            try:
                ORDER_ACTIONS[action](session, order)
                session.commit()
            except StateError as refused:
                session.rollback()
                assert expected is None, f"{action} from {before} was refused: {refused}"
                assert order.status == before and len(order.lines) == lines_before
            else:
                assert expected == order.status, f"{action} from {before} was allowed"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(QUOTE_ACTIONS)), max_size=8))
def test_quotes_follow_their_state_machine(actions) -> None:
    with make_session() as session:
        account = create_account(session, account_number="A-1", name="Acme")
        quote = create_quote(session, account=account, device_prefix="K7Q2", issue_date=DAY)
        add_quote_line(session, quote, description="x", quantity=1, unit_price=D(1))
        for action in actions:
            before = quote.status
            expected = QUOTE_EDGES.get((before, action))
            if action == "add_line":
                expected = before if before == "draft" else None
            try:
                QUOTE_ACTIONS[action](session, quote)
                session.commit()
            except StateError:
                session.rollback()
                assert expected is None, f"{action} from {before} was refused"
                assert quote.status == before
            else:
                assert expected == quote.status, f"{action} from {before} was allowed"
