"""A line deleted elsewhere arrives by sync as a tombstone row; it is no line of its document."""

from __future__ import annotations

from datetime import date

from sqlalchemy import update

from app.models import QuoteLine
from app.services.accounts import create_account
from app.services.quotes import add_quote_line, create_quote, quote_totals

from .conftest import session  # noqa: F401 - the in-memory database fixture


def test_a_tombstoned_line_leaves_the_lines_and_the_totals(session):  # noqa: F811
    account = create_account(session, account_number="A-1", name="Gulf Pumps", currency="USD")
    quote = create_quote(
        session, account=account, device_prefix="K7Q2", issue_date=date(2026, 12, 2)
    )
    kept = add_quote_line(session, quote, description="Pump", quantity=1, unit_price="900")
    gone = add_quote_line(session, quote, description="Valve", quantity=1, unit_price="100")
    session.commit()
    session.execute(update(QuoteLine).where(QuoteLine.id == gone.id).values(deleted=True))
    session.commit()
    session.expire_all()
    assert [line.id for line in quote.lines] == [kept.id]
    assert quote_totals(quote).grand_total == quote_totals(quote).subtotal + sum(
        tax.tax for tax in quote_totals(quote).taxes.values()
    )
    assert quote_totals(quote).subtotal == 900
