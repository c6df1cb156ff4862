"""The editor keeps what a B2B document carries; a sent quote is revised, not edited."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.models import Account, Order, Quote


@pytest.fixture
def customer(unlocked):
    from app.services.accounts import create_account

    with unlocked.workspace.transaction() as session:
        account = create_account(
            session, account_number="C-7", name="Gulf Pumps", currency="USD", payment_terms="Net 14"
        )
        session.flush()
        return account.id


def _type(edit, text: str) -> None:
    edit.setText(text)
    edit.editingFinished.emit()


def test_quote_reference_and_delivery_terms_are_kept_then_revision_reopens_it(
    unlocked, customer, qtbot
):
    quotes = unlocked.main_window.show_page("quotes")
    quote_id = quotes.create_for_account(customer)
    editor = quotes.editor
    assert set(editor.references) == {"customer_reference", "delivery_terms"}
    _type(editor.references["customer_reference"][1], "RFQ-2026-118")
    _type(editor.references["delivery_terms"][1], "EXW Jebel Ali")
    from app.services.quotes import add_quote_line

    with unlocked.workspace.transaction() as session:
        add_quote_line(session, session.get(Quote, quote_id), description="Pump", quantity=1,
                       unit_price=Decimal("900"))  # fmt: skip
    editor.load(quote_id)
    editor.run_action("send")
    assert not editor.references["delivery_terms"][1].isEnabled()
    assert not editor.actions["send"].isEnabled() and editor.actions["revise"].isEnabled()

    editor.run_action("revise")
    assert editor.references["delivery_terms"][1].isEnabled()
    assert "1" in editor.title.text() and editor.title.text() != editor.title.text().split()[0]
    _type(editor.references["delivery_terms"][1], "DAP Riyadh")
    with unlocked.workspace.session() as session:
        quote = session.get(Quote, quote_id)
        assert (quote.status, quote.revision) == ("draft", 1)
        assert (quote.customer_reference, quote.delivery_terms) == ("RFQ-2026-118", "DAP Riyadh")


def test_order_payment_terms_and_address_override_the_accounts_and_overlong_is_refused(
    unlocked, customer, qtbot
):
    from app.services.orders import create_order

    with unlocked.workspace.transaction() as session:
        order = create_order(
            session,
            account=session.get(Account, customer),
            device_prefix=unlocked.workspace.device_prefix,
            order_date=date(2026, 12, 2),
        )
        session.flush()
        order_id = order.id
    orders = unlocked.main_window.show_page("orders")
    orders.open_record(order_id)
    editor = orders.editor
    assert set(editor.references) == {
        "customer_reference",
        "delivery_terms",
        "payment_terms",
        "delivery_address",
    }
    _type(editor.references["payment_terms"][1], "50% in advance")
    _type(editor.references["delivery_address"][1], "Site office, Gate 3, Dubai Creek Harbour")
    _type(editor.references["customer_reference"][1], "P" * 81)
    assert not editor.details_error.isHidden()
    with unlocked.workspace.session() as session:
        stored = session.get(Order, order_id)
        assert stored.payment_terms == "50% in advance"
        assert stored.delivery_address == "Site office, Gate 3, Dubai Creek Harbour"
        assert stored.customer_reference is None
