"""The read-only views: account 360, renewals, expiring quotes, overdue tasks, today."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal as D

from app.models import Attachment
from app.services.accounts import create_account, create_contact
from app.services.activities import complete_task, create_opportunity, create_task
from app.services.actor import Actor
from app.services.catalog import seed_default_pipeline_stages
from app.services.contracts import activate_contract, create_contract
from app.services.orders import add_order_line, create_order, submit_order
from app.services.queries import (
    account_summary,
    overdue_tasks,
    quotes_expiring,
    renewals_due,
    todays_visits,
)
from app.services.quotes import add_quote_line, create_quote, send_quote
from app.services.visits import cancel_visit, check_in, check_out, plan_visit

TODAY = date(2026, 6, 1)


def _account(session, number="A-1"):
    return create_account(
        session,
        account_number=number,
        name="Acme",
        currency="EUR",
        credit_limit="1000",
        open_balance="100",
    )


def _visit(session, account, start, owner="anna"):
    return plan_visit(
        session,
        account=account,
        planned_start=start,
        planned_end=start + timedelta(hours=1),
        owner=owner,
    )


def test_account_summary_counts_and_credit(session) -> None:
    account = _account(session)
    create_contact(session, account=account, last_name="Ivanova")
    lead, *_, won, _lost = seed_default_pipeline_stages(session)
    create_opportunity(session, account=account, title="Open", stage=lead)
    create_opportunity(session, account=account, title="Won", stage=won)
    done = _visit(session, account, datetime(2026, 5, 20, 9, tzinfo=UTC))
    check_in(session, done, now=datetime(2026, 5, 20, 9, tzinfo=UTC))
    check_out(session, done, now=datetime(2026, 5, 20, 10, tzinfo=UTC))
    _visit(session, account, datetime(2026, 6, 3, 9, tzinfo=UTC))
    create_quote(session, account=account, device_prefix="K7Q2", issue_date=TODAY)
    order = create_order(session, account=account, device_prefix="K7Q2", order_date=TODAY)
    add_order_line(session, order, description="x", quantity=1, unit_price="300")
    submit_order(session, order, actor=Actor("anna"))
    create_order(session, account=account, device_prefix="K7Q2", order_date=TODAY)
    create_task(session, title="Open task", account=account)
    complete_task(session, create_task(session, title="Done task", account=account))
    activate_contract(
        session,
        create_contract(
            session, account=account, device_prefix="K7Q2", title="S", start_date=TODAY
        ),
    )
    session.add(
        Attachment(
            owner_entity="account", owner_id=account.id, filename="a.pdf", content_hash="0" * 64
        )
    )
    _account(session, "A-2")  # another account's rows must not count

    summary = account_summary(session, account)
    assert (summary.contacts, summary.open_opportunities, summary.planned_visits) == (1, 1, 1)
    assert summary.last_visit_at == datetime(2026, 5, 20, 10, tzinfo=UTC)
    assert (summary.open_quotes, summary.draft_orders, summary.open_orders) == (1, 1, 1)
    assert (summary.open_tasks, summary.active_contracts, summary.attachments) == (1, 1, 1)
    credit = summary.credit
    assert (credit.credit_limit, credit.open_balance, credit.open_orders, credit.available) == (
        D("1000.00"),
        D("100.00"),
        D("300.00"),
        D("600.00"),
    )


def test_renewals_due_by_notice_deadline(session) -> None:
    account = _account(session)

    def contract(title, end, notice, active=True):
        made = create_contract(
            session,
            account=account,
            device_prefix="K7Q2",
            title=title,
            start_date=date(2025, 1, 1),
            end_date=end,
            notice_period_days=notice,
        )
        if active:
            activate_contract(session, made)
        return made

    contract("far", date(2026, 12, 31), 30)  # deadline 2026-12-01: outside 60 days
    soon = contract("soon", date(2026, 9, 30), 90)  # deadline 2026-07-02: in 31 days
    late = contract("late", date(2026, 6, 20), 30)  # deadline passed on 2026-05-21, not ended yet
    contract("ended", date(2026, 5, 31), 0)  # already over
    contract("draft", date(2026, 6, 30), 0, active=False)
    due = renewals_due(session, today=TODAY, within_days=60)
    assert [(item.contract.title, item.notice_deadline, item.days_to_deadline) for item in due] == [
        ("late", date(2026, 5, 21), -11),
        ("soon", date(2026, 7, 2), 31),
    ]
    assert [item.contract for item in renewals_due(session, today=TODAY, within_days=30)] == [late]
    assert soon.status == "active"


def test_quotes_about_to_expire(session) -> None:
    account = _account(session)

    def quote(valid_until, send=True):
        made = create_quote(
            session,
            account=account,
            device_prefix="K7Q2",
            issue_date=date(2026, 5, 1),
            valid_until=valid_until,
        )
        add_quote_line(session, made, description="x", quantity=1, unit_price=1)
        if send:
            send_quote(session, made)
        return made

    today_last = quote(TODAY)
    in_week = quote(date(2026, 6, 8))
    quote(date(2026, 6, 9))
    quote(date(2026, 5, 31))  # already past: that one is for expire_quotes
    quote(date(2026, 6, 2), send=False)  # drafts have not been promised to anyone
    assert quotes_expiring(session, today=TODAY, within_days=7) == [today_last, in_week]


def test_overdue_tasks(session) -> None:
    account = _account(session)
    old = create_task(
        session, title="Old", due_date=date(2026, 5, 1), assignee="anna", account=account
    )
    create_task(session, title="Today", due_date=TODAY, assignee="anna")
    other = create_task(session, title="Boris's", due_date=date(2026, 5, 30), assignee="boris")
    complete_task(
        session, create_task(session, title="Done", due_date=date(2026, 5, 1), assignee="anna")
    )
    create_task(session, title="Undated", assignee="anna")
    assert overdue_tasks(session, today=TODAY) == [old, other]
    assert overdue_tasks(session, today=TODAY, assignee="anna") == [old]


def test_todays_visits_in_the_reps_time_zone(session) -> None:
    account = _account(session)
    moscow = timezone(timedelta(hours=3))
    early = _visit(
        session, account, datetime(2026, 5, 31, 22, tzinfo=UTC)
    )  # 01:00 on 1 June in Moscow
    later = _visit(session, account, datetime(2026, 6, 1, 12, tzinfo=UTC))
    _visit(session, account, datetime(2026, 6, 1, 21, 30, tzinfo=UTC))  # 00:30 on 2 June in Moscow
    _visit(session, account, datetime(2026, 6, 1, 13, tzinfo=UTC), owner="boris")
    cancel_visit(session, _visit(session, account, datetime(2026, 6, 1, 14, tzinfo=UTC)))
    assert todays_visits(session, day=TODAY, tz=moscow, owner="anna") == [early, later]
    assert len(todays_visits(session, day=TODAY, owner="anna")) == 2  # UTC day: later and 21:30
