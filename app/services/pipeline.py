"""The Pipeline page's figures: every stage's opportunities in one currency.

Amounts in other currencies are converted with the exchange rate in force on
``today`` (``app.services.exchange_rates``, the same rules as the dashboard): each
stage's amounts are summed exactly per currency, each sum converted once, and the
stage total rounded to the reporting currency. An opportunity whose currency has no
rate in force still counts as an opportunity, but its amount is left out of every
total and listed in ``missing``, never guessed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Opportunity
from app.services.dashboard import StageInfo, load_stages
from app.services.exchange_rates import Converter, RateBook, RateUsed

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class StageTotals(StageInfo):
    """A stage (the dashboard's :class:`StageInfo`, same fields in the same order) with
    its opportunities' figures."""

    count: int
    total: Decimal  # in the reporting currency, without the amounts that had no rate
    weighted: Decimal  # total × probability, the forecast


@dataclass
class PipelineTotals:
    currency: str
    today: date
    stages: list[StageTotals] = field(default_factory=list)
    rates: list[RateUsed] = field(default_factory=list)  # every rate applied
    missing: dict[str, Decimal] = field(default_factory=dict)  # currency -> left out

    @property
    def open_stages(self) -> list[StageTotals]:
        return [s for s in self.stages if not (s.is_won or s.is_lost)]


def pipeline_by_stage(
    session: Session, *, currency: str, today: date, owner: str | None = None
) -> PipelineTotals:
    """Every stage in order with its opportunities' count, total and weighted forecast,
    converted into ``currency`` with the rates in force on ``today``."""
    stages = load_stages(session)
    # Summed here, exactly: SQLite's sum() would add the amounts as floats.
    query = select(Opportunity.stage_id, Opportunity.currency, Opportunity.amount).where(
        Opportunity.deleted.is_(False)
    )
    if owner is not None:
        query = query.where(Opportunity.owner == owner)
    sums: dict[tuple[str, str], Decimal] = {}
    counts: dict[str, int] = {}
    for stage_id, code, amount in session.execute(query):
        key = (stage_id, code)
        sums[key] = sums.get(key, Decimal(0)) + (amount or Decimal(0))
        counts[stage_id] = counts.get(stage_id, 0) + 1
    converter = Converter(RateBook.load(session), currency, today)
    converted: dict[str, Decimal] = {}
    for (stage_id, code), amount in sorted(sums.items()):
        value = converter.convert(amount, code)
        if value is not None:
            converted[stage_id] = converted.get(stage_id, Decimal(0)) + value
    result = PipelineTotals(currency=currency, today=today)
    for stage in stages:
        total = converted.get(stage.stage_id, Decimal(0))
        result.stages.append(
            StageTotals(
                **asdict(stage),
                count=counts.get(stage.stage_id, 0),
                total=converter.rounded(total),
                weighted=converter.rounded(total * stage.probability / HUNDRED),
            )
        )
    result.rates = converter.rates
    result.missing = dict(sorted(converter.missing.items()))
    return result
