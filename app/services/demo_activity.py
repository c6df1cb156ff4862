"""Demo opportunities, visits with reports, and tasks, around today's date.

Every rep gets a full agenda for today and the rest of the week, so the Today
screen is never empty; past visits carry reports in every review state, and
follow-up tasks fall both before and after today, so some are overdue.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from app.models import Opportunity, Task, Visit, VisitReport
from app.models.money import round_money
from app.services.demo_names import (
    EXCHANGE_FROM_EUR,
    MANAGER,
    MARKETS,
    OUTCOMES,
    REPORT_PHRASES,
    REVIEW_COMMENTS,
)

if TYPE_CHECKING:
    from app.services.demo import Demo, DemoAccount

_OPPORTUNITY_TITLES = ("Safety gear rollout", "Tool replacement programme", "Annual supply contract",
                       "New branch equipment", "Service agreement", "Packaging switch")  # fmt: skip
_TASK_TITLES = ("Call back about the quote", "Send the new catalogue", "Check the open invoice",
                "Book a product demo", "Confirm the delivery date", "Update contact details")  # fmt: skip
_PURPOSES = ("Quarterly review", "Product demo", "Price negotiation", "Complaint follow-up",
             "New catalogue", "Contract renewal")  # fmt: skip
_LOST_REASONS = ("Price", "Went with a competitor", "No budget", "Project cancelled")


def add_activity(demo: Demo, accounts: list[DemoAccount]) -> None:
    if accounts and not demo.agendas_added:
        # Agendas go with the first chunk only: a rep visits a handful of customers a day.
        _add_agendas(demo, accounts)
        demo.agendas_added = True
    for account in accounts:
        if demo.rng.random() < 0.45:
            _add_opportunity(demo, account)
        for _ in range(demo.rng.choice((0, 1, 1, 2, 3))):
            _add_past_visit(demo, account)
        if demo.rng.random() < 0.08:
            day = demo.today + timedelta(days=demo.rng.randint(7, 30))
            _add_planned_visit(demo, account, day, account.owner, demo.rng.randint(8, 16))
        if demo.rng.random() < 0.25:
            _add_task(demo, account)


def _add_agendas(demo: Demo, accounts: list[DemoAccount]) -> None:
    rng = demo.rng
    week_end = demo.today + timedelta(days=6 - demo.today.weekday())
    reps = sorted({rep for market in MARKETS for rep in market.reps})
    if demo.user and demo.user not in reps:
        reps.append(demo.user)  # whoever opens the demo sees a full day too
    for rep in reps:
        own = [account for account in accounts if account.owner == rep] or accounts
        days = [demo.today] + [
            demo.today + timedelta(days=offset)
            for offset in range(1, max(3, (week_end - demo.today).days + 1))
        ]
        for day in days:
            visits = 5 if day == demo.today else 3
            hours = sorted(rng.sample(range(8, 17), visits))
            for hour in hours:
                _add_planned_visit(demo, rng.choice(own), day, rep, hour)


def _add_planned_visit(demo: Demo, account: DemoAccount, day: date, rep: str, hour: int) -> None:
    start = demo.at(day, hour, demo.rng.choice((0, 15, 30)))
    demo.writer.add(
        Visit,
        account_id=account.id,
        contact_ids=account.contact_ids[:1],
        planned_start=start,
        planned_end=start + timedelta(minutes=demo.rng.choice((30, 45, 60, 90))),
        status="planned",
        purpose=demo.rng.choice(_PURPOSES),
        owner=rep,
    )


def _add_past_visit(demo: Demo, account: DemoAccount) -> None:
    rng = demo.rng
    day = demo.today - timedelta(days=rng.randint(1, 90))
    start = demo.at(day, rng.randint(8, 16), rng.choice((0, 15, 30, 45)))
    end = start + timedelta(minutes=rng.choice((30, 45, 60, 90)))
    status = rng.choices(("completed", "cancelled", "missed"), weights=(80, 8, 12))[0]
    done = status == "completed"
    visit_id = demo.writer.add(
        Visit,
        account_id=account.id,
        contact_ids=rng.sample(
            account.contact_ids, k=min(len(account.contact_ids), rng.randint(1, 2))
        ),
        planned_start=start,
        planned_end=end,
        status=status,
        checked_in_at=start + timedelta(minutes=rng.randint(-5, 10)) if done else None,
        checked_out_at=end + timedelta(minutes=rng.randint(-10, 20)) if done else None,
        purpose=rng.choice(_PURPOSES),
        owner=account.owner,
    )
    if done and rng.random() < 0.92:
        _add_report(demo, account, visit_id, day)


def _add_report(demo: Demo, account: DemoAccount, visit_id: str, day: date) -> None:
    rng = demo.rng
    summary, next_steps = rng.choice(REPORT_PHRASES[account.market.language])
    submitted = rng.random() < 0.85
    state = rng.choices(("approved", "changes_requested", "pending"), weights=(55, 15, 30))[0]
    state = state if submitted else "pending"
    reviewed = state != "pending"
    follow_up = None
    if rng.random() < 0.5:
        due = day + timedelta(days=rng.randint(3, 21))
        follow_up = demo.writer.add(
            Task,
            title=next_steps,
            due_date=due,
            assignee=account.owner,
            account_id=account.id,
            visit_id=visit_id,
            done=due < demo.today and rng.random() < 0.5,
        )
    submitted_at = demo.at(day, 18) if submitted else None
    demo.writer.add(
        VisitReport,
        visit_id=visit_id,
        summary=summary,
        outcome=rng.choice(OUTCOMES),
        next_steps=next_steps,
        follow_up_task_id=follow_up,
        submitted=submitted,
        submitted_at=submitted_at,
        review_state=state,
        review_comment=rng.choice(REVIEW_COMMENTS) if state == "changes_requested" else None,
        reviewed_by=MANAGER if reviewed else None,
        reviewed_at=submitted_at + timedelta(days=1) if reviewed and submitted_at else None,
    )


def _add_opportunity(demo: Demo, account: DemoAccount) -> None:
    rng = demo.rng
    stage = rng.choice(demo.stages)
    closed = stage["is_won"] or stage["is_lost"]
    offset = -rng.randint(5, 120) if closed else rng.randint(10, 150)
    rate = Decimal(EXCHANGE_FROM_EUR[account.currency])
    amount = round_money(Decimal(rng.randint(20, 800) * 100) * rate, account.currency)
    opportunity_id = demo.writer.add(
        Opportunity,
        account_id=account.id,
        title=rng.choice(_OPPORTUNITY_TITLES),
        stage_id=stage["id"],
        amount=amount,
        currency=account.currency,
        expected_close_date=demo.today + timedelta(days=offset),
        owner=account.owner,
        lost_reason=rng.choice(_LOST_REASONS) if stage["is_lost"] else None,
    )
    if not closed and rng.random() < 0.3:
        demo.writer.add(
            Task,
            title="Prepare the proposal",
            due_date=demo.today + timedelta(days=rng.randint(-5, 14)),
            assignee=account.owner,
            account_id=account.id,
            opportunity_id=opportunity_id,
            done=False,
        )


def _add_task(demo: Demo, account: DemoAccount) -> None:
    rng = demo.rng
    due = demo.today + timedelta(days=rng.randint(-20, 20))
    demo.writer.add(
        Task,
        title=rng.choice(_TASK_TITLES),
        due_date=due,
        assignee=account.owner,
        account_id=account.id,
        done=due < demo.today and rng.random() < 0.3,
    )
