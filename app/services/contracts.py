"""Contracts: draft → active → expired | terminated, numbered ``C-<device>-NNNNN``."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, translatable
from app.models import Account, Contract
from app.models.statuses import ContractStatus
from app.models.validation import (
    require_currency,
    require_non_negative,
    require_not_before,
    require_text,
)
from app.services.numbering import next_number
from app.services.transitions import move

CONTRACT_TRANSITIONS = {
    ContractStatus.DRAFT: frozenset({ContractStatus.ACTIVE, ContractStatus.TERMINATED}),
    ContractStatus.ACTIVE: frozenset({ContractStatus.EXPIRED, ContractStatus.TERMINATED}),
}
EDITABLE_CONTRACT_FIELDS = frozenset(
    {"title", "start_date", "end_date", "auto_renew", "notice_period_days", "value", "currency"}
)


def _clean(values: dict[str, Any], current: Contract | None = None) -> dict[str, Any]:
    clean = dict(values)
    if "title" in clean:
        clean["title"] = require_text(clean["title"], field="title")
    if "currency" in clean:
        clean["currency"] = require_currency(clean["currency"])
    if "value" in clean:
        clean["value"] = require_non_negative(clean["value"], field="value")
    if "notice_period_days" in clean:
        days = clean["notice_period_days"]
        if isinstance(days, bool) or not isinstance(days, int) or days < 0:
            raise ValidationError(
                translatable("errors", "Notice period must be a whole number of days, 0 or more."),
                field="notice_period_days",
            )
    start = clean.get("start_date", current.start_date if current else None)
    if start is None:
        raise ValidationError(translatable("errors", "Start date is required."), field="start_date")
    require_not_before(
        start, clean.get("end_date", current.end_date if current else None), field="end_date"
    )
    return clean


def create_contract(
    session: Session,
    *,
    account: Account,
    device_prefix: str,
    title: str,
    start_date: date | None,
    end_date: date | None = None,
    auto_renew: bool = False,
    notice_period_days: int = 0,
    value: Decimal | int | str = 0,
    currency: str | None = None,
) -> Contract:
    clean = _clean(
        {
            "title": title,
            "start_date": start_date,
            "end_date": end_date,
            "auto_renew": auto_renew,
            "notice_period_days": notice_period_days,
            "value": value,
            "currency": currency or account.currency,
        }
    )
    contract = Contract(
        number=next_number(session, kind="C", device_prefix=device_prefix), account=account, **clean
    )
    session.add(contract)
    session.flush()
    return contract


def get_contract_by_number(session: Session, number: str) -> Contract:
    contract = session.scalar(
        select(Contract).where(Contract.number == number, Contract.deleted.is_(False))
    )
    if contract is None:
        raise NotFoundError(
            translatable("errors", "No contract with number {number}."), number=number
        )
    return contract


def update_contract(session: Session, contract: Contract, **values: Any) -> Contract:
    unknown = set(values) - EDITABLE_CONTRACT_FIELDS
    if unknown:
        raise TypeError(f"unknown contract fields: {', '.join(sorted(unknown))}")
    for field, value in _clean(values, contract).items():
        setattr(contract, field, value)
    session.flush()
    return contract


def _move(contract: Contract, target: ContractStatus) -> None:
    move(
        contract,
        target=target,
        allowed=CONTRACT_TRANSITIONS,
        kind=translatable("errors", "Contract"),
        label=contract.number,
    )


def activate_contract(session: Session, contract: Contract) -> Contract:
    _move(contract, ContractStatus.ACTIVE)
    session.flush()
    return contract


def terminate_contract(session: Session, contract: Contract) -> Contract:
    _move(contract, ContractStatus.TERMINATED)
    session.flush()
    return contract


def _active_ended_before(session: Session, today: date, *, auto_renew: bool) -> list[Contract]:
    return list(
        session.scalars(
            select(Contract).where(
                Contract.status == ContractStatus.ACTIVE,
                Contract.deleted.is_(False),
                Contract.auto_renew.is_(auto_renew),
                Contract.end_date < today,
            )
        )
    )


def expire_contracts(session: Session, *, today: date) -> list[Contract]:
    """Active contracts that ended before ``today`` without auto-renewal become expired."""
    ended = _active_ended_before(session, today, auto_renew=False)
    for contract in ended:
        _move(contract, ContractStatus.EXPIRED)
    session.flush()
    return ended


def renew_contracts(session: Session, *, today: date) -> list[Contract]:
    """Active auto-renewing contracts that ended before ``today`` run for another term.

    The renewal term is the contract's own: a contract that runs whole months
    (1 January to 31 December) renews by that many months, from its start date so
    that month ends never drift; any other contract renews by its length in days.
    The end date moves forward by as many terms as needed to cover ``today``.
    """
    ended = _active_ended_before(session, today, auto_renew=True)
    for contract in ended:
        contract.end_date = renewed_end_date(contract.start_date, contract.end_date, today=today)
    session.flush()
    return ended


def renewed_end_date(start: date, end: date, *, today: date) -> date:
    """The first end of a whole renewal term (see ``renew_contracts``) on or after ``today``."""
    months = _whole_months(start, end)
    if months:
        terms = 2
        while (renewed := _add_months(start, months * terms) - timedelta(days=1)) < today:
            terms += 1
        return renewed
    term = (end - start).days + 1
    missing = (today - end).days
    return end + timedelta(days=term * -(-missing // term))


def _whole_months(start: date, end: date) -> int:
    """N if ``start`` to ``end`` is exactly N calendar months (end inclusive), else 0."""
    after = end + timedelta(days=1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return months if months > 0 and _add_months(start, months) == after else 0


def _add_months(day: date, months: int) -> date:
    """``day`` moved by ``months``, kept at the month's last day where it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
