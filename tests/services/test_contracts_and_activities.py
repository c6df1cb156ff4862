"""Contracts, tasks and opportunities: validation and their small state machines."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Contract, Task
from app.services.accounts import create_account
from app.services.activities import complete_task, create_opportunity, create_task, move_opportunity
from app.services.catalog import seed_default_pipeline_stages
from app.services.contracts import (
    activate_contract,
    create_contract,
    expire_contracts,
    get_contract_by_number,
    terminate_contract,
    update_contract,
)


@pytest.fixture
def account(session):
    return create_account(session, account_number="A-1", name="Acme", currency="GBP")


def test_contract_is_numbered_and_takes_the_account_currency(session, account) -> None:
    contract = create_contract(
        session,
        account=account,
        device_prefix="K7Q2",
        title="Service 2026",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 12, 31),
        value="12000",
        notice_period_days=90,
    )
    assert get_contract_by_number(session, "C-K7Q2-00001") is contract
    with pytest.raises(NotFoundError):
        get_contract_by_number(session, "C-K7Q2-00002")
    assert (contract.number, contract.currency, contract.status, contract.value) == (
        "C-K7Q2-00001",
        "GBP",
        "draft",
        D(12000),
    )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"end_date": date(2025, 12, 31)}, "end_date"),
        ({"start_date": None}, "start_date"),
        ({"title": ""}, "title"),
        ({"notice_period_days": -1}, "notice_period_days"),
        ({"value": "-5"}, "value"),
        ({"currency": "GBX"}, "currency"),
    ],
)
def test_invalid_contract_is_refused_and_nothing_written(session, account, values, field) -> None:
    arguments = {"title": "Service", "start_date": date(2026, 1, 1)} | values
    with pytest.raises(ValidationError) as caught:
        create_contract(session, account=account, device_prefix="K7Q2", **arguments)
    assert caught.value.field == field
    session.commit()
    assert session.scalar(select(func.count()).select_from(Contract)) == 0


def test_contract_update_checks_dates_against_the_stored_ones(session, account) -> None:
    contract = create_contract(
        session, account=account, device_prefix="K7Q2", title="S", start_date=date(2026, 1, 1)
    )
    with pytest.raises(
        ValidationError, match=r"The end \(2025-06-30\) is before the start \(2026-01-01\)."
    ):
        update_contract(session, contract, end_date=date(2025, 6, 30))
    assert contract.end_date is None


def test_contract_lifecycle(session, account) -> None:
    ending = create_contract(
        session,
        account=account,
        device_prefix="K7Q2",
        title="A",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 3, 31),
    )
    renewing = create_contract(
        session,
        account=account,
        device_prefix="K7Q2",
        title="B",
        start_date=date(2026, 1, 1),
        end_date=date(2026, 3, 31),
        auto_renew=True,
    )
    activate_contract(session, ending)
    activate_contract(session, renewing)
    assert expire_contracts(session, today=date(2026, 3, 31)) == []
    assert expire_contracts(session, today=date(2026, 4, 1)) == [ending]
    with pytest.raises(StateError, match="Contract C-K7Q2-00001 cannot go from expired to active."):
        activate_contract(session, ending)
    terminate_contract(session, renewing)
    assert renewing.status == "terminated"


def test_task_needs_a_title_and_can_be_done(session, account) -> None:
    with pytest.raises(ValidationError) as caught:
        create_task(session, title="  ")
    assert caught.value.field == "title"
    assert session.scalar(select(func.count()).select_from(Task)) == 0
    task = create_task(
        session, title="Call back", due_date=date(2026, 6, 1), account=account, assignee="anna"
    )
    complete_task(session, task)
    assert task.done is True


def test_opportunity_lost_needs_a_reason(session, account) -> None:
    lead, *_, won, lost = seed_default_pipeline_stages(session)
    opportunity = create_opportunity(
        session, account=account, title="Fleet", stage=lead, amount="50000"
    )
    assert opportunity.currency == "GBP"
    with pytest.raises(ValidationError) as caught:
        move_opportunity(session, opportunity, stage=lost)
    assert caught.value.field == "lost_reason"
    move_opportunity(session, opportunity, stage=lost, lost_reason="Price")
    assert (opportunity.stage, opportunity.lost_reason) == (lost, "Price")
    move_opportunity(session, opportunity, stage=won)
    assert opportunity.lost_reason is None
    with pytest.raises(ValidationError):
        create_opportunity(session, account=account, title="Neg", stage=lead, amount="-1")
