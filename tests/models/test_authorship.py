"""updated_by records the signed-in user on every local change, not on remote ones."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from app.models import APPLYING_REMOTE_CHANGES, CURRENT_USER, Account, Order, OrderLine


def test_new_and_changed_rows_carry_the_current_user(session) -> None:
    session.info[CURRENT_USER] = "anna"
    account = Account(account_number="A-1", name="Acme")
    session.add(account)
    session.commit()
    assert account.updated_by == "anna"
    session.info[CURRENT_USER] = "boris"
    account.name = "Acme Ltd"
    session.commit()
    assert (account.updated_by, account.row_version) == ("boris", 2)


def test_adding_a_line_does_not_rewrite_the_parent(session) -> None:
    session.info[CURRENT_USER] = "anna"
    order = Order(
        number="O-K7Q2-00001",
        account=Account(account_number="A-1", name="Acme"),
        currency="EUR",
        order_date=date(2026, 6, 1),
    )
    session.add(order)
    session.commit()
    session.info[CURRENT_USER] = "boris"
    order.lines.append(OrderLine(quantity=D(1), unit_price=D(1)))
    session.commit()
    assert (order.updated_by, order.row_version, order.lines[0].updated_by) == ("anna", 1, "boris")


def test_remote_changes_keep_their_author(session) -> None:
    session.info[CURRENT_USER] = "anna"
    session.info[APPLYING_REMOTE_CHANGES] = True
    account = Account(account_number="A-1", name="Acme", updated_by="office")
    session.add(account)
    session.commit()
    assert account.updated_by == "office"
