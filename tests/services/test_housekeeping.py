"""What the calendar changes when the workspace opens: expiry and automatic renewal."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.accounts import create_account
from app.services.contracts import (
    activate_contract,
    create_contract,
    renewed_end_date,
    terminate_contract,
)
from app.services.housekeeping import run_housekeeping
from app.services.quotes import add_quote_line, create_quote, send_quote


@pytest.fixture
def account(session):
    return create_account(session, account_number="A-1", name="Acme", currency="EUR")


def contract(session, account, start, end, *, auto_renew=True, activate=True):
    made = create_contract(
        session,
        account=account,
        device_prefix="K7Q2",
        title="Service",
        start_date=start,
        end_date=end,
        auto_renew=auto_renew,
    )
    if activate:
        activate_contract(session, made)
    return made


@pytest.mark.parametrize(
    ("start", "end", "today", "renewed"),
    [
        # a calendar year renews by a year, as often as needed to cover today
        (date(2026, 1, 1), date(2026, 12, 31), date(2027, 1, 1), date(2027, 12, 31)),
        (date(2026, 1, 1), date(2026, 12, 31), date(2029, 6, 1), date(2029, 12, 31)),
        # a quarter renews by three months, month ends kept (not 90 days)
        (date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 1, 1), date(2026, 3, 31), date(2026, 7, 1), date(2026, 9, 30)),
        # a month starting mid-month
        (date(2026, 1, 15), date(2026, 2, 14), date(2026, 2, 15), date(2026, 3, 14)),
        # not whole months: by the same number of days (10 here)
        (date(2026, 1, 10), date(2026, 1, 19), date(2026, 1, 20), date(2026, 1, 29)),
        (date(2026, 1, 10), date(2026, 1, 19), date(2026, 2, 10), date(2026, 2, 18)),
        # a leap day start renews to the month's last day, not past it
        (date(2024, 2, 29), date(2025, 2, 27), date(2025, 3, 1), date(2026, 2, 27)),
    ],
)
def test_the_renewal_term_is_the_contracts_own(start, end, today, renewed):
    assert renewed_end_date(start, end, today=today) == renewed


def test_opening_the_workspace_expires_and_renews_what_the_calendar_says(session, account):
    renewing = contract(session, account, date(2026, 1, 1), date(2026, 12, 31))
    ending = contract(session, account, date(2026, 1, 1), date(2026, 12, 31), auto_renew=False)
    current = contract(session, account, date(2026, 1, 1), date(2027, 6, 30))
    open_ended = contract(session, account, date(2026, 1, 1), None)
    draft = contract(session, account, date(2026, 1, 1), date(2026, 6, 30), activate=False)
    stopped = contract(session, account, date(2026, 1, 1), date(2026, 6, 30))
    terminate_contract(session, stopped)
    quote = create_quote(
        session,
        account=account,
        device_prefix="K7Q2",
        issue_date=date(2026, 12, 1),
        valid_until=date(2026, 12, 31),
    )
    add_quote_line(session, quote, description="Service", quantity=1, unit_price=100)
    send_quote(session, quote)

    done = run_housekeeping(session, today=date(2027, 1, 2))

    assert done.renewed_contracts == [renewing]
    assert done.expired_contracts == [ending]
    assert done.expired_quotes == [quote]
    assert (renewing.status, renewing.start_date, renewing.end_date) == (
        "active",
        date(2026, 1, 1),
        date(2027, 12, 31),
    )
    assert ending.status == "expired" and quote.status == "expired"
    assert (current.end_date, open_ended.end_date) == (date(2027, 6, 30), None)
    assert (draft.status, draft.end_date) == ("draft", date(2026, 6, 30))
    assert (stopped.status, stopped.end_date) == ("terminated", date(2026, 6, 30))

    again = run_housekeeping(session, today=date(2027, 1, 2))
    assert again.renewed_contracts == again.expired_contracts == again.expired_quotes == []
    assert renewing.end_date == date(2027, 12, 31)
