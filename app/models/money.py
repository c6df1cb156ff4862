"""Money: an exact Decimal amount in one ISO 4217 currency, and document totals.

Rounding rules (the PDF, the screen and the server must all agree on them):

* Each currency rounds to its own minor unit, as published by CLDR through Babel
  (``babel.numbers.get_currency_precision``): JPY 0 places, EUR 2, KWD 3. Halves
  round up, away from zero (``ROUND_HALF_UP``), as invoices are expected to.
* A line is rounded once: ``line total = round(quantity × unit price × (1 − discount
  % / 100))``. Its gross (``round(quantity × unit price)``) is shown for reference
  and its discount is ``gross − line total``, so the three always add up on paper.
* Tax is computed per rate, not per line: the line totals sharing a rate are summed
  into that rate's taxable base, and ``tax = round(base × rate / 100)``. Per-rate
  rounding is what tax authorities in the EU expect on an invoice and avoids the
  drift of summing many rounded per-line taxes.
* ``grand total = Σ line totals + Σ taxes``; both sums are of already rounded
  amounts, so no further rounding happens.

Percentages (discounts, tax rates) are percents: ``Decimal("19")`` means 19 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Protocol

from babel.numbers import format_currency, get_currency_precision

from app.errors import ValidationError, translatable
from app.models.validation import (
    require_currency,
    require_decimal,
    require_percent,
    require_positive_quantity,
)

HUNDRED = Decimal(100)


@lru_cache(maxsize=512)
def currency_precision(currency: str) -> int:
    """Decimal places of ``currency``'s minor unit; unknown codes raise ValidationError.

    Cached: totals over thousands of rows ask for the same few currencies (an error is
    not cached, so an unknown code is refused every time)."""
    return get_currency_precision(require_currency(currency))


def round_money(amount: Decimal, currency: str) -> Decimal:
    """``amount`` rounded half-up to ``currency``'s minor unit."""
    exponent = Decimal(1).scaleb(-currency_precision(currency))
    return Decimal(amount).quantize(exponent, rounding=ROUND_HALF_UP)


@dataclass(frozen=True, order=False)
class Money:
    """An amount in a currency, rounded to that currency's minor unit on creation."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        currency = require_currency(self.currency)
        object.__setattr__(self, "currency", currency)
        amount = require_decimal(self.amount, field="amount")
        object.__setattr__(self, "amount", round_money(amount, currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    def _same_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValidationError(
                translatable("errors", "Cannot combine amounts in {first} and {second}."),
                field="currency",
                first=self.currency,
                second=other.currency,
            )

    def __add__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same_currency(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same_currency(other)
        return self.amount >= other.amount

    def format(self, locale: str = "en") -> str:
        """Locale-aware text, e.g. "€1,234.50" (en) or "1.234,50 €" (de)."""
        return format_currency(self.amount, self.currency, locale=locale)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"


class PricedLine(Protocol):
    """Anything shaped like a quote or order line.

    ``position``, ``description`` and ``product`` (its ``sku`` and ``unit``) are
    passed on to ``LineAmounts`` when present.
    """

    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    tax_rate: Decimal


@dataclass(frozen=True)
class LineAmounts:
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    tax_rate: Decimal
    gross: Decimal  # round(quantity × unit price)
    discount: Decimal  # gross − total
    total: Decimal  # the line total, before tax
    # Copied from the line and its product, so a renderer needs nothing else:
    position: int | None = None
    description: str | None = None
    sku: str | None = None
    unit: str | None = None


@dataclass(frozen=True)
class TaxAmount:
    rate: Decimal
    base: Decimal  # sum of the line totals taxed at this rate
    tax: Decimal  # round(base × rate / 100)


@dataclass(frozen=True)
class DocumentTotals:
    """Everything a quote or order shows at its foot, ready to render."""

    currency: str
    lines: tuple[LineAmounts, ...]
    subtotal: Decimal  # Σ line totals
    taxes: dict[Decimal, TaxAmount] = field(default_factory=dict)  # by rate, ascending
    tax_total: Decimal = Decimal(0)
    grand_total: Decimal = Decimal(0)

    @property
    def grand_total_money(self) -> Money:
        return Money(self.grand_total, self.currency)


def line_amounts(
    *,
    quantity: Decimal | int | str,
    unit_price: Decimal | int | str,
    discount_percent: Decimal | int | str | None = None,
    tax_rate: Decimal | int | str | None = None,
    currency: str,
) -> LineAmounts:
    """One line's amounts; refuses a zero or negative quantity, a bad percent."""
    quantity = require_positive_quantity(quantity)
    unit_price = require_decimal(unit_price, field="unit_price")
    if unit_price < 0:
        raise ValidationError(
            translatable("errors", "Unit price must not be negative."), field="unit_price"
        )
    discount_percent = require_percent(discount_percent, field="discount_percent")
    tax_rate = require_percent(tax_rate, field="tax_rate")
    exact_gross = quantity * unit_price
    gross = round_money(exact_gross, currency)
    total = round_money(exact_gross * (HUNDRED - discount_percent) / HUNDRED, currency)
    return LineAmounts(
        quantity=quantity,
        unit_price=unit_price,
        discount_percent=discount_percent,
        tax_rate=tax_rate,
        gross=gross,
        discount=gross - total,
        total=total,
    )


def document_totals(lines: Iterable[PricedLine], currency: str) -> DocumentTotals:
    """Per-line totals, the tax breakdown per rate and the grand total of a document."""
    currency = require_currency(currency)
    amounts = tuple(
        replace(
            line_amounts(
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                tax_rate=line.tax_rate,
                currency=currency,
            ),
            position=getattr(line, "position", None),
            description=getattr(line, "description", None),
            sku=getattr(getattr(line, "product", None), "sku", None),
            unit=getattr(getattr(line, "product", None), "unit", None),
        )
        for line in lines
    )
    bases: dict[Decimal, Decimal] = {}
    for amount in amounts:
        bases[amount.tax_rate] = bases.get(amount.tax_rate, Decimal(0)) + amount.total
    taxes = {
        rate: TaxAmount(rate=rate, base=base, tax=round_money(base * rate / HUNDRED, currency))
        for rate, base in sorted(bases.items())
    }
    subtotal = sum((amount.total for amount in amounts), Decimal(0))
    tax_total = sum((tax.tax for tax in taxes.values()), Decimal(0))
    return DocumentTotals(
        currency=currency,
        lines=amounts,
        subtotal=round_money(subtotal, currency),
        taxes=taxes,
        tax_total=round_money(tax_total, currency),
        grand_total=round_money(subtotal + tax_total, currency),
    )
