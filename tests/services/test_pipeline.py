"""The Pipeline page's totals: converted with the rate in force, a missing rate shown as
missing (figures worked out by hand from tests/services/analytics_data.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from app.services.accounts import create_account
from app.services.activities import create_opportunity
from app.services.catalog import seed_default_pipeline_stages
from app.services.exchange_rates import RateUsed
from app.services.pipeline import pipeline_by_stage
from tests.services.analytics_data import TODAY, fill

IN_FORCE = RateUsed("EUR", "USD", D("1.25"), date(2026, 1, 1))


@pytest.fixture
def team(workspace):
    with workspace.transaction() as session:
        fill(session)
    return workspace


def _rows(totals):
    return [(s.name, s.count, s.total, s.weighted) for s in totals.stages]


def test_usd_converts_with_the_rate_in_force_and_gbp_is_left_out_as_missing(team):
    with team.session() as session:
        totals = pipeline_by_stage(session, currency="EUR", today=TODAY)
    assert _rows(totals) == [
        # O1 10,000 EUR + O4 2,000 EUR, at 20 %
        ("Qualify", 2, D("12000.00"), D("2400.00")),
        # O2 5,000 USD / 1.25 = 4,000 EUR; O3 3,000 GBP has no rate: counted, not summed
        ("Proposal", 2, D("4000.00"), D("2000.00")),
        ("Won", 1, D("7000.00"), D("7000.00")),
        ("Lost", 1, D("1000.00"), D("0.00")),
    ]
    assert totals.rates == [IN_FORCE]  # not the 2025 rate, not April's
    assert totals.missing == {"GBP": D("3000")}
    assert [s.name for s in totals.open_stages] == ["Qualify", "Proposal"]


def test_the_same_rate_read_the_other_way_round_into_usd(team):
    with team.session() as session:
        totals = pipeline_by_stage(session, currency="USD", today=TODAY)
    assert _rows(totals)[:2] == [
        ("Qualify", 2, D("15000.00"), D("3000.00")),  # 12,000 EUR × 1.25
        ("Proposal", 2, D("5000.00"), D("2500.00")),
    ]
    assert totals.rates == [IN_FORCE]
    assert totals.missing == {"GBP": D("3000")}


def test_before_any_rate_took_effect_usd_is_missing_too(team):
    with team.session() as session:
        totals = pipeline_by_stage(session, currency="EUR", today=date(2024, 12, 31))
    assert _rows(totals)[1] == ("Proposal", 2, D("0.00"), D("0.00"))
    assert totals.rates == []
    assert totals.missing == {"GBP": D("3000"), "USD": D("5000")}


def test_one_reps_pipeline_uses_no_rate_it_does_not_need(team):
    with team.session() as session:
        totals = pipeline_by_stage(session, currency="EUR", today=TODAY, owner="omar")
    assert _rows(totals) == [
        ("Qualify", 1, D("2000.00"), D("400.00")),
        ("Proposal", 0, D("0.00"), D("0.00")),
        ("Won", 1, D("7000.00"), D("7000.00")),
        ("Lost", 0, D("0.00"), D("0.00")),
    ]
    assert totals.rates == [] and totals.missing == {}


def test_totals_are_exact_and_rounded_half_up_once_per_stage(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme", currency="EUR")
    lead, qualified, proposal = seed_default_pipeline_stages(session)[:3]
    create_opportunity(session, account=account, title="a", stage=lead, amount="1000")
    create_opportunity(session, account=account, title="b", stage=lead, amount="500.50")
    create_opportunity(session, account=account, title="c", stage=proposal, amount="333.33")
    totals = pipeline_by_stage(session, currency="EUR", today=TODAY)
    assert _rows(totals) == [
        ("Lead", 2, D("1500.50"), D("150.05")),
        ("Qualified", 0, D("0.00"), D("0.00")),
        ("Proposal", 1, D("333.33"), D("166.67")),  # 166.665 rounds half up
        ("Negotiation", 0, D("0.00"), D("0.00")),
        ("Won", 0, D("0.00"), D("0.00")),
        ("Lost", 0, D("0.00"), D("0.00")),
    ]
    assert qualified.probability == 25


def test_each_stages_totals_are_the_stage_as_loaded_plus_its_figures(team):
    from dataclasses import fields

    from app.services.dashboard import StageInfo, load_stages

    with team.session() as session:
        totals = pipeline_by_stage(session, currency="EUR", today=TODAY)
        stages = load_stages(session)
    names = [f.name for f in fields(StageInfo)]
    as_loaded = [StageInfo(**{name: getattr(s, name) for name in names}) for s in totals.stages]
    assert as_loaded == stages
