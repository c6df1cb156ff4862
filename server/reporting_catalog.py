"""Exchange rates and visit cadences, kept by an admin (CLI and admin API).

Both are catalog records (``exchange_rate``, ``visit_cadence`` in
protocol/entities.py) written like imported products: through the change feed, so
every workspace receives them at its next pull. A rate is identified by its pair
and the day it takes effect; setting it again for that day corrects it. A cadence
is identified by its segment.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from app.models.validation import require_currency
from server.catalog_import import _catalog, _write
from server.feed import FeedWriter

MAX_CADENCE_DAYS = 3650


@dataclass(frozen=True)
class RateRow:
    id: str
    from_currency: str
    to_currency: str
    rate: str
    valid_from: str


@dataclass(frozen=True)
class CadenceRow:
    id: str
    segment: str
    days: int


def _rate_value(text: str) -> str:
    try:
        rate = Decimal(str(text).strip())
    except InvalidOperation:
        rate = Decimal(0)
    if not rate.is_finite() or rate <= 0:
        raise ValidationError(
            translatable("errors", "The rate must be a positive number, e.g. 1.0842."),
            field="rate",
        )
    return str(rate)


def _day(text: str) -> str:
    try:
        return date.fromisoformat(str(text).strip()).isoformat()
    except ValueError:
        raise ValidationError(
            translatable("errors", "The date must be written YYYY-MM-DD."), field="valid_from"
        ) from None


def set_exchange_rate(
    session: Session, *, from_currency: str, to_currency: str, rate: str, valid_from: str
) -> RateRow:
    source = require_currency(from_currency, field="from_currency")
    target = require_currency(to_currency, field="to_currency")
    if source == target:
        raise ValidationError(
            translatable("errors", "A rate converts between two different currencies."),
            field="to_currency",
        )
    fields = {
        "from_currency": source,
        "to_currency": target,
        "rate": _rate_value(rate),
        "valid_from": _day(valid_from),
    }
    key = (source, target, fields["valid_from"])
    existing = next(
        (
            record
            for record in _catalog(session, "exchange_rate")
            if (
                record.doc.get("from_currency"),
                record.doc.get("to_currency"),
                record.doc.get("valid_from"),
            )
            == key
        ),
        None,
    )
    feed = FeedWriter()
    record = _write(session, feed, existing, "exchange_rate", fields)
    feed.flush(session)
    return RateRow(id=record.id, **fields)


def exchange_rates(session: Session) -> list[RateRow]:
    rows = [
        RateRow(
            id=record.id,
            from_currency=record.doc["from_currency"],
            to_currency=record.doc["to_currency"],
            rate=record.doc["rate"],
            valid_from=record.doc["valid_from"],
        )
        for record in _catalog(session, "exchange_rate")
    ]
    return sorted(rows, key=lambda r: (r.from_currency, r.to_currency, r.valid_from))


def set_visit_cadence(session: Session, *, segment: str, days: int) -> CadenceRow:
    name = (segment or "").strip()
    if not name:
        raise ValidationError(translatable("errors", "Segment is required."), field="segment")
    if not 1 <= days <= MAX_CADENCE_DAYS:
        raise ValidationError(
            translatable("errors", "A visit cadence is between 1 and 3650 days."), field="days"
        )
    existing = next(
        (
            record
            for record in _catalog(session, "visit_cadence")
            if str(record.doc.get("segment", "")).casefold() == name.casefold()
        ),
        None,
    )
    feed = FeedWriter()
    record = _write(session, feed, existing, "visit_cadence", {"segment": name, "days": days})
    feed.flush(session)
    return CadenceRow(id=record.id, segment=name, days=days)


def visit_cadences(session: Session) -> list[CadenceRow]:
    rows = [
        CadenceRow(id=record.id, segment=record.doc["segment"], days=int(record.doc["days"]))
        for record in _catalog(session, "visit_cadence")
    ]
    return sorted(rows, key=lambda r: r.segment.casefold())
