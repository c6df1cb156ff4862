"""Whom to visit next, against scores worked out by hand (tests/services/analytics_data.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services import visit_ranking as ranking
from app.services.visit_ranking import rank_accounts
from tests.services.analytics_data import TODAY, fill


@pytest.fixture
def team(workspace):
    with workspace.transaction() as session:
        fill(session)
    return workspace


def _reasons(account):
    return [(reason.template, reason.points, reason.params) for reason in account.reasons]


def test_annas_accounts_rank_by_the_documented_score(team):
    with team.session() as session:
        result = rank_accounts(session, owner="anna", today=TODAY, currency="EUR")
    assert [(a.name, a.score) for a in result.accounts] == [
        ("Beta", Decimal("42.0")),
        ("Alpha", Decimal("33.0")),
        ("Gamma", Decimal("10")),
    ]
    beta, alpha, gamma = result.accounts
    # 72 days since the last completed visit, Wholesale every 21 days: capped at 30.
    assert _reasons(beta) == [
        (ranking.LAST_VISIT, Decimal("30"), {"days": 72, "cadence": 21}),
        (ranking.OVERDUE_TASKS, Decimal("20"), {"count": 2, "date": date(2026, 3, 10)}),
        (ranking.PIPELINE, Decimal("2.0"), {"amount": Decimal("2000.00"), "currency": "EUR"}),
        (ranking.CREDIT_USED_UP, Decimal("-10"), {}),
    ]
    # Retail every 20 days (the synced cadence, not the default 30): 16 days is 8 points.
    assert _reasons(alpha) == [
        (
            ranking.RENEWAL,
            Decimal("15"),
            {"number": "C1", "date": date(2026, 5, 1), "deadline": date(2026, 4, 1)},
        ),
        (ranking.LAST_VISIT, Decimal("8.0"), {"days": 16, "cadence": 20}),
        (ranking.QUOTE_EXPIRING, Decimal("8"), {"number": "Q1", "date": date(2026, 3, 22)}),
        (ranking.PIPELINE, Decimal("2.0"), {"amount": Decimal("2000.00"), "currency": "EUR"}),
        (ranking.PIPELINE_MISSING, Decimal("0"), {"currencies": "GBP"}),
    ]
    assert _reasons(gamma) == [
        (ranking.NEVER_VISITED, Decimal("20"), {"cadence": 30}),
        (ranking.ACCOUNT_BLOCKED, Decimal("-10"), {}),
    ]
    assert [(r.from_currency, r.to_currency, r.rate) for r in result.rates] == [
        ("EUR", "USD", Decimal("1.25"))
    ]
    assert result.missing == {"GBP": Decimal("1500.0")}


def test_an_account_with_a_visit_planned_gets_no_visit_points(team):
    with team.session() as session:
        result = rank_accounts(session, owner="omar", today=TODAY, currency="EUR")
    (delta,) = result.accounts
    assert _reasons(delta) == [
        (ranking.PIPELINE, Decimal("0.4"), {"amount": Decimal("400.00"), "currency": "EUR"}),
        (ranking.ALREADY_PLANNED, Decimal("0"), {"date": date(2026, 3, 20)}),
    ]
    assert delta.score == Decimal("0.4")
