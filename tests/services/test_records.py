"""Soft delete keeps the row for sync and refuses documents a customer has seen."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import StateError
from app.models import Contact, QuoteLine
from app.services.accounts import create_account, create_contact
from app.services.queries import account_summary
from app.services.quotes import add_quote_line, create_quote, send_quote
from app.services.records import soft_delete


def test_soft_deleted_contact_stays_for_sync_but_is_no_longer_counted(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme")
    contact = create_contact(session, account=account, last_name="Ivanova")
    soft_delete(session, contact)
    session.commit()
    assert session.scalars(select(Contact.deleted)).all() == [True]
    assert account_summary(session, account).contacts == 0


def test_draft_quote_is_deleted_with_its_lines_sent_quote_is_not(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme")
    draft = create_quote(
        session, account=account, device_prefix="K7Q2", issue_date=date(2026, 6, 1)
    )
    add_quote_line(session, draft, description="x", quantity=1, unit_price=1)
    soft_delete(session, draft)
    assert session.scalars(select(QuoteLine.deleted)).all() == [True]
    sent = create_quote(session, account=account, device_prefix="K7Q2", issue_date=date(2026, 6, 1))
    add_quote_line(session, sent, description="x", quantity=1, unit_price=1)
    send_quote(session, sent)
    with pytest.raises(
        StateError, match="Quote Q-K7Q2-00002 is sent; only a draft can be deleted."
    ):
        soft_delete(session, sent)
    with pytest.raises(StateError, match="set the account to inactive"):
        soft_delete(session, account)
    assert sent.deleted is False
