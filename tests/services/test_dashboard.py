"""The team dashboard against figures worked out by hand (tests/services/analytics_data.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import Account, Opportunity, PipelineStage, Visit
from app.services.dashboard import build_dashboard, team_members
from app.services.exchange_rates import RateUsed
from tests.services.analytics_data import TODAY, fill


@pytest.fixture
def team(workspace):
    with workspace.transaction() as session:
        fill(session)
    return workspace


def _cells(dashboard):
    names = {stage.stage_id: stage.name for stage in dashboard.stages}
    return {
        (names[c.stage_id], c.owner): (c.count, c.total, c.weighted) for c in dashboard.pipeline
    }


def test_the_managers_pipeline_converts_with_the_rate_in_force_and_leaves_gbp_out(team):
    with team.session() as session:
        board = build_dashboard(session, currency="EUR", today=TODAY)
    assert _cells(board) == {
        ("Qualify", "anna"): (1, Decimal("10000.00"), Decimal("2000.00")),
        ("Qualify", "omar"): (1, Decimal("2000.00"), Decimal("400.00")),
        # 5,000 USD at 1 EUR = 1.25 USD is 4,000 EUR; the 3,000 GBP has no rate.
        ("Proposal", "anna"): (2, Decimal("4000.00"), Decimal("2000.00")),
        ("Won", "omar"): (1, Decimal("7000.00"), Decimal("7000.00")),
        ("Lost", "anna"): (1, Decimal("1000.00"), Decimal("0.00")),
    }
    assert board.rates == [RateUsed("EUR", "USD", Decimal("1.25"), date(2026, 1, 1))]
    assert board.pipeline_missing == {"GBP": Decimal("3000")}
    reps = board.rep_totals()
    assert (reps["anna"].count, reps["anna"].total, reps["anna"].weighted) == (
        4,
        Decimal("15000.00"),
        Decimal("4000.00"),
    )
    assert (reps["omar"].count, reps["omar"].total, reps["omar"].weighted) == (
        2,
        Decimal("9000.00"),
        Decimal("7400.00"),
    )
    assert board.forecast_missing == {"GBP": Decimal("3000")}  # O3, open, closing in May
    assert [(m.month, m.count, m.total, m.weighted) for m in board.forecast] == [
        (date(2026, 4, 1), 2, Decimal("14000.00"), Decimal("4000.00")),
        (date(2026, 5, 1), 2, Decimal("2000.00"), Decimal("400.00")),
    ]


def test_activity_counts_visits_by_week_and_status_including_the_missed_one(team):
    with team.session() as session:
        board = build_dashboard(session, currency="EUR", today=TODAY, idle_days=60)
    assert board.window_start == date(2025, 12, 29)
    assert [
        (v.owner, v.week, v.planned, v.completed, v.missed, v.cancelled) for v in board.visits
    ] == [
        ("anna", date(2026, 1, 5), 0, 1, 0, 0),
        ("anna", date(2026, 3, 2), 0, 1, 1, 0),
        ("omar", date(2026, 3, 16), 1, 0, 0, 1),
    ]
    assert [(a.name, a.days) for a in board.idle_accounts] == [
        ("Gamma", None),
        ("Delta", 128),
        ("Beta", 72),
    ]
    assert board.idle_count == 3
    assert [(q.owner, q.sent, q.converted, q.rate) for q in board.quotes] == [
        ("anna", 3, 1, Decimal("33.3"))
    ]
    assert [(r.number, r.converted) for r in board.renewals] == [
        ("C1", Decimal("12000.00")),
        ("C2", None),
    ]
    assert board.renewal_total == Decimal("12000.00")
    assert board.renewal_missing == {"GBP": Decimal("5000")}


def test_a_reps_dashboard_holds_only_their_own_records(team):
    with team.session() as session:
        board = build_dashboard(session, currency="EUR", today=TODAY, owner="omar")
    assert {c.owner for c in board.pipeline} == {"omar"}
    assert board.pipeline_missing == {}
    assert board.rates == []  # everything of omar's is in EUR
    assert [v.owner for v in board.visits] == ["omar"]
    assert [a.name for a in board.idle_accounts] == ["Delta"]
    assert board.quotes == []
    assert [r.number for r in board.renewals] == ["C2"]


def test_the_rate_in_force_depends_on_the_day(team):
    with team.session() as session:
        later = build_dashboard(session, currency="EUR", today=date(2026, 4, 2))
        usd = build_dashboard(session, currency="USD", today=TODAY)
    assert later.rates == [RateUsed("EUR", "USD", Decimal("1.10"), date(2026, 4, 1))]
    proposal = _cells(later)[("Proposal", "anna")]
    assert proposal[1] == Decimal("4545.45")  # 5,000 USD / 1.10
    # In USD the EUR amounts are multiplied: 10,000 EUR × 1.25.
    assert _cells(usd)[("Qualify", "anna")][1] == Decimal("12500.00")


def test_the_team_is_everyone_owning_an_account_a_deal_or_a_visit(team):
    """Owners found along the account and visit indexes (one seek per name) and among
    the opportunities; no owner is nobody, and names sort without regard to case."""
    with team.transaction() as session:
        delta = session.scalars(select(Account).where(Account.name == "Delta")).one()
        territory = delta.territory
        stage_id = session.scalars(select(PipelineStage.id)).first()
        session.add_all(
            [
                Account(account_number="A5", name="Epsilon", owner="Zoe", territory=territory),
                Account(account_number="A6", name="Zeta", owner=None, territory=territory),
                Account(account_number="A7", name="Eta", owner="", territory=territory),
                Opportunity(title="O7", account=delta, stage_id=stage_id, owner="bea"),
                Visit(
                    account=delta,
                    owner="Carl",
                    planned_start=datetime(2026, 3, 19, 9, tzinfo=UTC),
                    planned_end=datetime(2026, 3, 19, 10, tzinfo=UTC),
                ),
            ]
        )
    with team.session() as session:
        assert team_members(session) == ["anna", "bea", "Carl", "omar", "Zoe"]


def test_a_visit_falls_in_the_week_of_its_monday_to_sunday_in_utc(team):
    with team.transaction() as session:
        delta = session.scalars(select(Account).where(Account.name == "Delta")).one()
        for moment in (
            datetime(2025, 12, 29, 0, 0, tzinfo=UTC),  # the window's first instant
            datetime(2026, 3, 15, 23, 59, 59, 999999, tzinfo=UTC),  # a Sunday's last
            datetime(2026, 3, 16, 0, 0, tzinfo=UTC),  # the next Monday's first
        ):
            session.add(
                Visit(
                    account=delta,
                    owner="zed",
                    planned_start=moment,
                    planned_end=moment,
                    status="completed",
                )
            )
    with team.session() as session:
        board = build_dashboard(session, currency="EUR", today=TODAY, owner="zed")
    assert [(v.week, v.completed) for v in board.visits] == [
        (date(2025, 12, 29), 1),
        (date(2026, 3, 9), 1),
        (date(2026, 3, 16), 1),
    ]
