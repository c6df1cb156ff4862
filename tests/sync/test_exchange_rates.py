"""Exchange rates and visit cadences set by an admin on a real server reach a rep's
workspace by sync, and convert the rep's dashboard there."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import httpx
from sqlalchemy import select

from app.models import ExchangeRate, Opportunity, VisitCadence
from app.services.accounts import create_account
from app.services.dashboard import build_dashboard
from app.services.visit_ranking import cadence_for, cadences
from server.cli import main as server_cli
from server.reporting_catalog import set_exchange_rate
from tests.server.server_helpers import PASSWORD


def _rep_headers(world, username: str) -> dict[str, str]:
    login = httpx.post(
        f"{world.url}/api/v1/auth/login",
        json={"username": username, "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    assert login.status_code == 200, login.text
    return {"Authorization": f"Bearer {login.json()['access_token']}"}


def test_rates_set_by_cli_and_api_reach_the_reps_dashboard(sync_world, laptops, capsys):
    assert (
        server_cli(
            [
                "--database-url",
                sync_world.database_url,
                "set-rate",
                "eur",
                "USD",
                "1.25",
                "--valid-from",
                "2026-01-01",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out == "1 EUR = 1.25 USD from 2026-01-01\n"
    admin = sync_world.admin_headers()
    answer = httpx.post(
        f"{sync_world.url}/api/v1/admin/exchange-rates",
        json={
            "from_currency": "EUR",
            "to_currency": "USD",
            "rate": "1.10",
            "valid_from": "2026-04-01",
        },
        headers=admin,
    )
    assert answer.status_code == 201, answer.text
    cadence = httpx.put(
        f"{sync_world.url}/api/v1/admin/visit-cadences",
        json={"segment": "Retail", "days": 14},
        headers=admin,
    )
    assert cadence.status_code == 200, cadence.text

    laptop = laptops()
    laptop.connect(sync_world, "anna")
    assert laptop.sync().converged
    with laptop.workspace.session() as session:
        rates = session.execute(
            select(ExchangeRate.from_currency, ExchangeRate.rate, ExchangeRate.valid_from).order_by(
                ExchangeRate.valid_from
            )
        ).all()
        assert rates == [
            ("EUR", Decimal("1.25"), date(2026, 1, 1)),
            ("EUR", Decimal("1.10"), date(2026, 4, 1)),
        ]
        assert session.scalar(select(VisitCadence.days)) == 14
        assert cadence_for(cadences(session), "retail") == 14

    with laptop.workspace.transaction() as session:
        account = create_account(session, account_number="A-1", name="Acme", owner="anna")
        session.add(
            Opportunity(
                account=account,
                title="Big deal",
                stage_id=sync_world.stages["Lead"],
                amount=Decimal("5000"),
                currency="USD",
                owner="anna",
            )
        )
    with laptop.workspace.session() as session:
        board = build_dashboard(session, currency="EUR", today=date(2026, 3, 18), owner="anna")
    (cell,) = board.pipeline
    assert cell.total == Decimal("4000.00")  # 5,000 USD at 1 EUR = 1.25 USD
    assert [(r.rate, r.valid_from) for r in board.rates] == [(Decimal("1.25"), date(2026, 1, 1))]
    assert laptop.sync().converged  # the rep's opportunity goes up; the rates stay put


def test_bad_rates_are_refused_with_a_reason_and_reps_may_not_set_them(sync_world, capsys):
    admin = sync_world.admin_headers()
    bad = httpx.post(
        f"{sync_world.url}/api/v1/admin/exchange-rates",
        json={
            "from_currency": "EUR",
            "to_currency": "EUR",
            "rate": "1",
            "valid_from": "2026-01-01",
        },
        headers=admin,
    )
    assert bad.status_code == 400
    assert "different currencies" in bad.json()["detail"]
    negative = httpx.post(
        f"{sync_world.url}/api/v1/admin/exchange-rates",
        json={
            "from_currency": "EUR",
            "to_currency": "USD",
            "rate": "-2",
            "valid_from": "2026-01-01",
        },
        headers=admin,
    )
    assert negative.status_code == 400 and "positive" in negative.json()["detail"]
    rep = httpx.post(
        f"{sync_world.url}/api/v1/admin/exchange-rates",
        json={
            "from_currency": "EUR",
            "to_currency": "USD",
            "rate": "2",
            "valid_from": "2026-01-01",
        },
        headers=_rep_headers(sync_world, "anna"),
    )
    assert rep.status_code == 403
    code = server_cli(
        [
            "--database-url",
            sync_world.database_url,
            "set-rate",
            "EUR",
            "XYZ",
            "1",
            "--valid-from",
            "2026-01-01",
        ]
    )
    assert code == 1
    assert capsys.readouterr().err == "fieldsales-server: Unknown currency code: XYZ.\n"
    listed = httpx.get(f"{sync_world.url}/api/v1/admin/exchange-rates", headers=admin)
    assert listed.json() == []


def test_rates_kept_before_connecting_map_onto_the_servers_or_are_listed(sync_world, laptops):
    from app.sync import issues

    with sync_world.server_session() as session:
        set_exchange_rate(
            session, from_currency="EUR", to_currency="USD", rate="1.25", valid_from="2026-01-01"
        )
    laptop = laptops()
    with laptop.workspace.transaction() as session:
        same = ExchangeRate(
            from_currency="EUR",
            to_currency="USD",
            rate=Decimal("1.25"),
            valid_from=date(2026, 1, 1),
        )
        own = ExchangeRate(
            from_currency="EUR",
            to_currency="GBP",
            rate=Decimal("0.85"),
            valid_from=date(2026, 1, 1),
        )
        session.add_all([same, own])
    laptop.connect(sync_world, "anna")
    laptop.sync()
    with laptop.workspace.session() as session:
        pairs = sorted(session.execute(select(ExchangeRate.id, ExchangeRate.to_currency)).all())
        refused = {issue.record_id for issue in issues.open_issues(session)}
    assert {currency for _, currency in pairs} == {"USD", "GBP"}
    assert same.id not in {record_id for record_id, _ in pairs}  # the server's row replaced it
    assert refused == {own.id}  # only an admin adds a rate: listed, not dropped
