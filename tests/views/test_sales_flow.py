"""A rep's paperwork through real widgets: accounts, quotes, orders, the credit limit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Account, Order, Quote
from app.views.shared.bidi import plain


@pytest.fixture
def catalogue(unlocked):
    """One customer with a 1,000 EUR credit limit and a product at 100 EUR (90 from 10)."""
    from app.services.accounts import create_account
    from app.services.catalog import assign_price_list, create_price_list, create_product, set_price

    with unlocked.workspace.transaction() as session:
        account = create_account(
            session,
            account_number="C-1001",
            name="Harbour Trading",
            type="customer",
            currency="EUR",
            credit_limit=Decimal("1000"),
        )
        product = create_product(
            session, sku="PUMP-1", name="Circulation pump", tax_rate=Decimal("20")
        )
        prices = create_price_list(session, name="Standard", currency="EUR", is_default=True)
        set_price(session, price_list=prices, product=product, unit_price=Decimal("100"))
        set_price(
            session,
            price_list=prices,
            product=product,
            unit_price=Decimal("90"),
            min_quantity=Decimal("10"),
        )
        assign_price_list(session, price_list=prices, account=account)
        session.flush()
        return {"account": account.id, "product": product.id}


def test_create_account_shows_errors_next_to_fields_then_opens_360(unlocked, qtbot):
    window = unlocked.main_window
    page = window.show_page("accounts")
    dialog = page.create_new()
    dialog.fields["account_number"].setText("A-77")
    dialog.fields["name"].setText("")
    dialog.save()
    assert not dialog.errors["name"].isHidden()
    with unlocked.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0

    dialog.fields["name"].setText("Blue Dune Supplies")
    dialog.fields["billing_city"].setText("Muscat")
    dialog.fields["email"].setText("not-an-address")
    dialog.save()
    assert not dialog.errors["email"].isHidden()

    dialog.fields["email"].setText("orders@bluedune.example")
    dialog.save()
    assert page.stack.currentWidget() is page.detail
    assert plain(page.detail.title.text()) == "Blue Dune Supplies"
    assert page.model.rowCount() == 1
    assert plain(page.count_label.text()) == "Accounts: 1"


def test_quote_with_discount_totals_convert_and_credit_refusal(unlocked, catalogue, qtbot):
    window = unlocked.main_window
    fmt = unlocked.main_window.ctx.formatter
    quotes = window.show_page("quotes")
    quote_id = quotes.create_for_account(catalogue["account"])
    editor = quotes.editor
    assert quotes.stack.currentWidget() is editor

    editor.add_product(catalogue["product"], Decimal("12"))
    assert editor.lines.rowCount() == 1
    # 12 × 90 (the quantity break) = 1,080.00
    assert plain(editor.lines.item(0, 3).text()) == fmt.money(Decimal("90"), "EUR")
    editor.set_line_value(0, "discount_percent", "10")
    # 1,080 − 10 % = 972.00; 20 % tax = 194.40; total 1,166.40
    assert plain(editor.subtotal.text()) == fmt.money(Decimal("972.00"), "EUR")
    assert fmt.money(Decimal("194.40"), "EUR") in editor.taxes.text()
    assert plain(editor.grand_total.text()) == fmt.money(Decimal("1166.40"), "EUR")

    editor.set_line_value(0, "quantity", "-3")
    assert not editor.line_error.isHidden()
    assert "Line 1" in plain(editor.line_error.text())
    with unlocked.workspace.session() as session:
        assert session.get(Quote, quote_id).lines[0].quantity == Decimal("12")
    assert plain(editor.grand_total.text()) == fmt.money(Decimal("1166.40"), "EUR")

    editor.notes.setText("Delivery to gate 4")
    editor.notes.editingFinished.emit()
    editor.terms.setText("50 % on order, 50 % on delivery")
    editor.terms.editingFinished.emit()
    with unlocked.workspace.session() as session:
        quote = session.get(Quote, quote_id)
        assert quote.notes == "Delivery to gate 4"
        assert quote.terms == "50 % on order, 50 % on delivery"

    for action in ("send", "accept"):
        editor.actions[action].click()
        assert editor.action_error.isHidden(), editor.action_error.text()
    assert editor.actions["convert"].isEnabled()
    assert not editor.notes.isEnabled(), "a sent quote is no longer edited"
    editor.actions["convert"].click()

    orders = window.page("orders")
    assert window.current_key() == "orders"
    order_editor = orders.editor
    assert orders.stack.currentWidget() is order_editor
    assert plain(order_editor.grand_total.text()) == fmt.money(Decimal("1166.40"), "EUR")
    assert "credit" in order_editor.credit_warning.text().lower()

    order_editor.actions["submit"].click()
    assert not order_editor.action_error.isHidden(), "over the credit limit must be refused"
    assert "1,000" in order_editor.action_error.text() or "1000" in order_editor.action_error.text()
    with unlocked.workspace.session() as session:
        order = session.scalars(select(Order)).one()
        assert order.status == "draft"
        assert session.get(Quote, quote_id).order_id == order.id

    # Within the limit it goes through: one pump at 100 + 20 % = 120.
    order_editor.set_line_value(0, "quantity", "1")
    order_editor.set_line_value(0, "discount_percent", "0")
    order_editor.actions["submit"].click()
    assert order_editor.action_error.isHidden(), order_editor.action_error.text()
    with unlocked.workspace.session() as session:
        assert session.scalars(select(Order)).one().status == "submitted"
    assert not order_editor.lines.item(0, 2).flags() & Qt.ItemFlag.ItemIsEditable


def test_quote_pdf_is_produced_in_the_background(unlocked, catalogue, tmp_path, qtbot):
    pytest.importorskip("app.reports.sources", reason="the PDF renderer has not landed yet")
    from pypdf import PdfReader

    quotes = unlocked.main_window.show_page("quotes")
    quotes.create_for_account(catalogue["account"])
    editor = quotes.editor
    editor.add_product(catalogue["product"], Decimal("2"))
    target = tmp_path / "quote.pdf"
    job = editor.produce_pdf(target)
    assert job is not None
    qtbot.waitUntil(target.exists, timeout=20_000)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert plain(editor.title.text()) in text


def test_add_a_contact_from_the_360_view(unlocked, catalogue):
    accounts = unlocked.main_window.show_page("accounts")
    accounts.open_record(catalogue["account"])
    dialog = accounts.detail.add_contact()
    dialog.fields["first_name"].setText("Maryam")
    assert not dialog.save(), "a last name is required"
    assert not dialog.errors["last_name"].isHidden()
    dialog.fields["last_name"].setText("Karimi")
    dialog.fields["email"].setText("maryam@")
    assert not dialog.save()
    assert not dialog.errors["email"].isHidden()
    dialog.fields["email"].setText("maryam@harbour.example")
    assert dialog.save()
    assert plain(accounts.detail.contacts.item(0, 0).text()) == "Maryam Karimi"


def test_products_show_the_price_for_the_chosen_account(unlocked, catalogue):
    fmt = unlocked.main_window.ctx.formatter
    page = unlocked.main_window.show_page("products")
    assert page.table.rowCount() == 1
    assert plain(page.table.item(0, 4).text()) == ""  # no account chosen: no price column value
    page.set_account(catalogue["account"])
    assert plain(page.table.item(0, 0).text()) == "PUMP-1"
    assert plain(page.table.item(0, 4).text()) == fmt.money(Decimal("100"), "EUR")
    assert "Harbour Trading" in plain(page.account_label.text())
