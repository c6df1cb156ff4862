"""Deleting a draft and undoing it: the draft comes back as the rep left it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from app.models import Order, OrderLine, Quote, QuoteLine
from app.services.accounts import create_account
from app.services.orders import add_order_line, create_order
from app.services.quote_drafts import delete_draft, restore_draft
from app.services.quotes import add_quote_line, create_quote, remove_quote_line

DAY = date(2026, 6, 1)


def _lines(session, model, parent_key, parent_id) -> dict[str, bool]:
    rows = session.scalars(select(model).where(parent_key == parent_id))
    return {row.description: row.deleted for row in rows}


def test_undoing_a_deleted_draft_quote_leaves_a_tombstoned_line_deleted(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme", currency="EUR")
    quote = create_quote(session, account=account, device_prefix="K7Q2", issue_date=DAY)
    for name in ("Pump", "Valve", "Cable", "Installation"):
        add_quote_line(session, quote, description=name, quantity=1, unit_price="10", tax_rate=7)
    # Removed on the rep's other laptop: sync lands it as a tombstone row, the way
    # ``app.sync.apply`` writes a pulled deletion.
    valve = next(line.id for line in quote.lines if line.description == "Valve")
    session.execute(update(QuoteLine).where(QuoteLine.id == valve).values(deleted=True))
    session.commit()
    session.expire_all()
    # Removed here: the line goes and leaves no row to bring back.
    remove_quote_line(session, next(line for line in quote.lines if line.description == "Cable"))
    session.commit()

    taken = delete_draft(session, quote)
    session.commit()
    assert quote.deleted
    assert _lines(session, QuoteLine, QuoteLine.quote_id, quote.id) == {
        "Pump": True,
        "Valve": True,
        "Installation": True,
    }

    restore_draft(session, session.get(Quote, quote.id), line_ids=taken)
    session.commit()
    assert not quote.deleted
    assert sorted(line.description for line in quote.lines) == ["Installation", "Pump"]
    assert _lines(session, QuoteLine, QuoteLine.quote_id, quote.id)["Valve"] is True


def test_undoing_a_deleted_draft_order_brings_its_lines_back(session) -> None:
    account = create_account(session, account_number="A-2", name="Oasis", currency="EUR")
    order = create_order(session, account=account, device_prefix="K7Q2", order_date=DAY)
    add_order_line(session, order, description="Pump", quantity=2, unit_price="10", tax_rate=7)
    session.commit()

    taken = delete_draft(session, order)
    session.commit()
    assert order.deleted and order.lines == []

    restore_draft(session, session.get(Order, order.id), line_ids=taken)
    session.commit()
    assert [line.description for line in order.lines] == ["Pump"]
    assert _lines(session, OrderLine, OrderLine.order_id, order.id) == {"Pump": False}
