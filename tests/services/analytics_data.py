"""A small, fixed team whose dashboard and ranking are worked out by hand in the tests.

Today is Wednesday 2026-03-18; the reporting currency is EUR. Rates: 1 EUR = 2 USD
from 2025-01-01, = 1.25 USD from 2026-01-01 (in force), = 1.10 USD from 2026-04-01
(not yet); no GBP rate at all. Two reps, anna and omar; a Retail cadence of 20 days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from app.models import (
    Account,
    Contract,
    ExchangeRate,
    Opportunity,
    Order,
    OrderLine,
    PipelineStage,
    Quote,
    Task,
    Territory,
    Visit,
    VisitCadence,
)

TODAY = date(2026, 3, 18)


def _at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def _visit(account: Account, owner: str, day: str, status: str) -> Visit:
    start = _at(day)
    return Visit(
        account=account,
        owner=owner,
        planned_start=start,
        planned_end=start.replace(hour=11),
        status=status,
    )


def fill(session: Session) -> dict[str, Account]:
    territory = Territory(name="North")
    qualify = PipelineStage(name="Qualify", position=1, probability=20)
    proposal = PipelineStage(name="Proposal", position=2, probability=50)
    won = PipelineStage(name="Won", position=3, probability=100, is_won=True)
    lost = PipelineStage(name="Lost", position=4, probability=0, is_lost=True)
    session.add_all([territory, qualify, proposal, won, lost])
    session.add_all(
        [
            ExchangeRate(
                from_currency="EUR",
                to_currency="USD",
                rate=Decimal("2"),
                valid_from=date(2025, 1, 1),
            ),
            ExchangeRate(
                from_currency="EUR",
                to_currency="USD",
                rate=Decimal("1.25"),
                valid_from=date(2026, 1, 1),
            ),
            ExchangeRate(
                from_currency="EUR",
                to_currency="USD",
                rate=Decimal("1.10"),
                valid_from=date(2026, 4, 1),
            ),
            VisitCadence(segment="Retail", days=20),
        ]
    )

    def account(number: str, name: str, owner: str, **values) -> Account:
        row = Account(account_number=number, name=name, owner=owner, territory=territory, **values)
        session.add(row)
        return row

    alpha = account("A1", "Alpha", "anna", segment="Retail", currency="EUR")
    beta = account(
        "A2",
        "Beta",
        "anna",
        segment="Wholesale",
        currency="USD",
        credit_limit=Decimal("1000"),
        open_balance=Decimal("1200"),
    )
    gamma = account("A3", "Gamma", "anna", status="blocked", currency="EUR")
    delta = account("A4", "Delta", "omar", segment="Retail", currency="EUR")

    def opportunity(title: str, acc: Account, stage, amount: str, currency: str, close, owner):
        session.add(
            Opportunity(
                title=title,
                account=acc,
                stage=stage,
                amount=Decimal(amount),
                currency=currency,
                expected_close_date=close,
                owner=owner,
            )
        )

    opportunity("O1", alpha, qualify, "10000", "EUR", date(2026, 4, 15), "anna")
    opportunity("O2", beta, proposal, "5000", "USD", date(2026, 4, 20), "anna")
    opportunity("O3", alpha, proposal, "3000", "GBP", date(2026, 5, 10), "anna")
    opportunity("O4", delta, qualify, "2000", "EUR", date(2026, 5, 5), "omar")
    opportunity("O5", delta, won, "7000", "EUR", date(2026, 3, 1), "omar")
    opportunity("O6", beta, lost, "1000", "EUR", None, "anna")

    session.add_all(
        [
            _visit(alpha, "anna", "2026-03-02", "completed"),
            _visit(beta, "anna", "2026-03-03", "missed"),
            _visit(beta, "anna", "2026-01-05", "completed"),
            _visit(delta, "omar", "2026-03-20", "planned"),
            _visit(delta, "omar", "2026-03-17", "cancelled"),
            _visit(delta, "omar", "2025-11-10", "completed"),
        ]
    )

    order = Order(
        number="O-1", account=beta, currency="USD", order_date=date(2026, 2, 2), status="submitted"
    )
    order.lines.append(OrderLine(quantity=Decimal("100"), unit_price=Decimal("2")))
    session.add(order)
    session.flush()

    def quote(number: str, acc: Account, status: str, issued: date, valid: date, **values):
        session.add(
            Quote(
                number=number,
                account=acc,
                currency=acc.currency,
                status=status,
                issue_date=issued,
                valid_until=valid,
                **values,
            )
        )

    quote("Q1", alpha, "sent", date(2026, 3, 10), date(2026, 3, 22))
    quote("Q2", beta, "accepted", date(2026, 2, 1), date(2026, 3, 1), order_id=order.id)
    quote("Q3", delta, "draft", date(2026, 3, 1), date(2026, 3, 20))
    quote("Q4", alpha, "rejected", date(2026, 1, 15), date(2026, 2, 15))

    def contract(number: str, acc: Account, end: date, notice: int, value: str, currency: str):
        session.add(
            Contract(
                number=number,
                account=acc,
                title=f"Supply {number}",
                start_date=date(2025, 1, 1),
                end_date=end,
                notice_period_days=notice,
                value=Decimal(value),
                currency=currency,
                status="active",
            )
        )

    contract("C1", alpha, date(2026, 5, 1), 30, "12000", "EUR")
    contract("C2", delta, date(2026, 6, 1), 0, "5000", "GBP")
    contract("C3", beta, date(2026, 9, 1), 0, "8000", "USD")

    session.add_all(
        [
            Task(title="Send samples", account=beta, assignee="anna", due_date=date(2026, 3, 10)),
            Task(title="Call back", account=beta, assignee="anna", due_date=date(2026, 3, 15)),
            Task(
                title="Old one",
                account=alpha,
                assignee="anna",
                due_date=date(2026, 3, 1),
                done=True,
            ),
            Task(title="Next week", account=alpha, assignee="anna", due_date=date(2026, 3, 25)),
        ]
    )
    session.flush()
    return {"alpha": alpha, "beta": beta, "gamma": gamma, "delta": delta}
