"""Converting amounts into one reporting currency with the synced exchange rates.

The rate in force on a day is the pair's row with the latest ``valid_from`` on or
before that day. A pair may be stored either way round: 1 EUR = 1.08 USD also
converts USD into EUR (divided by 1.08). Nothing else is inferred: no chains
through a third currency, no rate from another day's absence. When no rate is in
force the amount is left out and listed as missing, so every total says what it
holds and what it could not hold.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ExchangeRate
from app.models.money import round_money
from app.models.validation import require_currency
from app.workspace.local_settings import get_setting, set_setting

REPORTING_CURRENCY = "reporting_currency"
DEFAULT_REPORTING_CURRENCY = "EUR"


@dataclass(frozen=True)
class RateUsed:
    """A stored rate as it was applied: 1 ``from_currency`` = ``rate`` ``to_currency``."""

    from_currency: str
    to_currency: str
    rate: Decimal
    valid_from: date


class RateBook:
    """Every synced rate, indexed by pair and day (loaded once per report)."""

    def __init__(self, rows: list[tuple[str, str, Decimal, date]]) -> None:
        by_pair: dict[tuple[str, str], list[tuple[date, Decimal]]] = defaultdict(list)
        for source, target, rate, valid_from in rows:
            by_pair[(source, target)].append((valid_from, rate))
        self._days: dict[tuple[str, str], list[date]] = {}
        self._rates: dict[tuple[str, str], list[Decimal]] = {}
        for pair, entries in by_pair.items():
            entries.sort()
            self._days[pair] = [day for day, _ in entries]
            self._rates[pair] = [rate for _, rate in entries]

    @classmethod
    def load(cls, session: Session) -> RateBook:
        rows = session.execute(
            select(
                ExchangeRate.from_currency,
                ExchangeRate.to_currency,
                ExchangeRate.rate,
                ExchangeRate.valid_from,
            ).where(ExchangeRate.deleted.is_(False), ExchangeRate.rate > 0)
        ).all()
        return cls([tuple(row) for row in rows])  # type: ignore[misc]

    def _stored(self, source: str, target: str, day: date) -> RateUsed | None:
        days = self._days.get((source, target))
        if not days:
            return None
        index = bisect_right(days, day) - 1
        if index < 0:
            return None
        return RateUsed(source, target, self._rates[(source, target)][index], days[index])

    def rate_used(self, source: str, target: str, day: date) -> RateUsed | None:
        """The stored rate that converts ``source`` into ``target`` on ``day``, or None.

        When both directions are stored, the one that took effect last wins.
        """
        direct = self._stored(source, target, day)
        inverse = self._stored(target, source, day)
        if direct and inverse:
            return direct if direct.valid_from >= inverse.valid_from else inverse
        return direct or inverse


def multiplier(rate: RateUsed, source: str) -> Decimal:
    """What an amount in ``source`` is multiplied by to convert it with ``rate``."""
    return rate.rate if rate.from_currency == source else 1 / rate.rate


@dataclass
class Converter:
    """Converts into ``currency`` with the rates in force on ``day`` and remembers them.

    ``used`` lists each rate applied; ``missing`` sums, per currency, the amounts that
    had no rate and were left out of every total.
    """

    book: RateBook
    currency: str
    day: date
    used: dict[tuple[str, str], RateUsed] = field(default_factory=dict)
    missing: dict[str, Decimal] = field(default_factory=dict)
    # currency -> (rate, multiplier), looked up once per report: thousands of rows
    # share a handful of currencies.
    _found: dict[str, tuple[RateUsed, Decimal] | None] = field(default_factory=dict, repr=False)

    def convert(self, amount: Decimal, currency: str) -> Decimal | None:
        """``amount`` in the reporting currency, unrounded; None when no rate is in force."""
        if currency == self.currency:
            return amount
        if currency not in self._found:
            rate = self.book.rate_used(currency, self.currency, self.day)
            self._found[currency] = None if rate is None else (rate, multiplier(rate, currency))
        found = self._found[currency]
        if found is None:
            self.missing[currency] = self.missing.get(currency, Decimal(0)) + amount
            return None
        rate, factor = found
        self.used[(rate.from_currency, rate.to_currency)] = rate
        return amount * factor

    def rounded(self, amount: Decimal) -> Decimal:
        return round_money(amount, self.currency)

    @property
    def rates(self) -> list[RateUsed]:
        return sorted(self.used.values(), key=lambda r: (r.from_currency, r.to_currency))

    @property
    def missing_currencies(self) -> list[str]:
        return sorted(self.missing)


def reporting_currency(session: Session) -> str:
    return get_setting(session, REPORTING_CURRENCY) or DEFAULT_REPORTING_CURRENCY


def set_reporting_currency(session: Session, currency: str) -> str:
    code = require_currency(currency)
    set_setting(session, REPORTING_CURRENCY, code)
    return code
