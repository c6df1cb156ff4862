"""Quotes a rep throws away or copies, and actions that ask first (issue 12), en and ar."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.models import Order, Quote, Visit


@pytest.fixture
def shop(desk):
    from app.services.accounts import create_account
    from app.services.catalog import create_price_list, create_product, set_price

    with desk.workspace.transaction() as session:
        account = create_account(
            session, account_number="C-9", name="Oasis Hotel", currency="EUR", credit_limit=10**6
        )
        product = create_product(session, sku="P-1", name="Pump", tax_rate=Decimal("5"))
        prices = create_price_list(session, name="Standard", currency="EUR", is_default=True)
        set_price(session, price_list=prices, product=product, unit_price=Decimal("100"))
        return {"account": account.id, "product": product.id}


def live_quotes(desk) -> list[Quote]:
    with desk.workspace.session() as session:
        return list(session.scalars(select(Quote).where(Quote.deleted.is_(False))))


def click(box, name: str) -> None:
    box.findChild(type(box.defaultButton()), name).click()


def test_an_abandoned_new_quote_leaves_no_draft(desk, shop):
    page = desk.main_window.show_page("quotes")
    page.create_for_account(shop["account"])
    assert len(live_quotes(desk)) == 1
    page.editor.back_requested.emit()
    assert live_quotes(desk) == []
    assert page.table.rowCount() == 0

    page.create_for_account(shop["account"])
    desk.main_window.show_page("accounts")  # walking away to another page
    assert live_quotes(desk) == []

    page = desk.main_window.show_page("quotes")
    page.create_for_account(shop["account"])
    page.editor.add_product(shop["product"], Decimal("2"))
    page.editor.back_requested.emit()
    assert len(live_quotes(desk)) == 1  # something in it: kept


def test_duplicate_then_delete_a_draft_with_undo(desk, shop, qtbot):
    page = desk.main_window.show_page("quotes")
    original = page.create_for_account(shop["account"])
    page.editor.add_product(shop["product"], Decimal("3"))
    page.editor.run_action("send")
    assert not page.editor.actions["delete"].isEnabled()  # a sent quote is on paper

    page.editor.run_action("duplicate")
    copy_id = page.editor.document_id
    assert copy_id != original
    with desk.workspace.session() as session:
        copy = session.get(Quote, copy_id)
        assert copy.status == "draft" and [line.quantity for line in copy.lines] == [3]
        number = copy.number
    assert page.editor.actions["delete"].isEnabled()

    page.editor.run_action("delete")
    box = page.confirmation
    assert box.defaultButton().objectName() == "keepButton"  # Enter keeps the draft
    assert number in box.text()
    click(box, "keepButton")
    assert len(live_quotes(desk)) == 2

    page.editor.run_action("delete")
    click(page.confirmation, "confirmButton")
    assert page.stack.currentIndex() == 0
    assert [q.id for q in live_quotes(desk)] == [original]
    assert not page.undo_bar.isHidden() and number in page.undo_bar.message.text()
    assert page.table.rowCount() == 1

    page.undo_bar.undo_button.click()
    assert sorted(q.id for q in live_quotes(desk)) == sorted([original, copy_id])
    with desk.workspace.session() as session:
        assert [line.quantity for line in session.get(Quote, copy_id).lines] == [3]
    assert page.undo_bar.isHidden() and page.table.rowCount() == 2


def test_cancelling_an_order_asks_first(desk, shop):
    page = desk.main_window.show_page("orders")
    order_id = page.create_for_account(shop["account"])
    page.editor.add_product(shop["product"], Decimal("1"))
    box = page.editor.run_action("cancel")
    click(box, "keepButton")
    with desk.workspace.session() as session:
        assert session.get(Order, order_id).status == "draft"
    box = page.editor.run_action("cancel")
    click(box, "confirmButton")
    with desk.workspace.session() as session:
        assert session.get(Order, order_id).status == "cancelled"
        assert session.scalar(select(func.count()).select_from(Order)) == 1


def test_cancelling_a_visit_asks_and_can_be_undone(desk, shop):
    from app.services.visits import plan_visit

    start = (datetime.now().astimezone() + timedelta(days=1)).replace(minute=0, second=0)
    with desk.workspace.transaction() as session:
        from app.models import Account

        visit = plan_visit(
            session,
            account=session.get(Account, shop["account"]),
            planned_start=start,
            planned_end=start + timedelta(hours=1),
        )
        visit_id = visit.id
    page = desk.main_window.show_page("visits")
    page.open_record(visit_id)
    assert page.cancel_button.isEnabled()
    box = page.confirm_cancel()
    assert "Oasis Hotel" in box.text()
    if desk.preferences.language == "ar":
        assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert "Cancel" not in box.text()
    click(box, "confirmButton")
    with desk.workspace.session() as session:
        assert session.get(Visit, visit_id).status == "cancelled"
    assert not page.undo_bar.isHidden()
    page.undo_bar.undo_button.click()
    with desk.workspace.session() as session:
        assert session.get(Visit, visit_id).status == "planned"
    assert page.cancel_button.isEnabled()
