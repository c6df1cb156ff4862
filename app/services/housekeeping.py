"""Date-driven status changes, run each time the workspace is opened.

A rep's laptop may stay closed for days, so nothing here relies on a timer: when
the workspace opens, sent quotes past their validity become expired, active
contracts past their end date expire or, if they renew automatically, run for
another term. Each step is idempotent, so running it twice (or on two devices
that later sync) gives the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.models import Contract, Quote
from app.services.contracts import expire_contracts, renew_contracts
from app.services.quotes import expire_quotes


@dataclass(frozen=True)
class Housekeeping:
    expired_quotes: list[Quote]
    expired_contracts: list[Contract]
    renewed_contracts: list[Contract]


def run_housekeeping(session: Session, *, today: date) -> Housekeeping:
    return Housekeeping(
        expired_quotes=expire_quotes(session, today=today),
        expired_contracts=expire_contracts(session, today=today),
        renewed_contracts=renew_contracts(session, today=today),
    )
