"""Amounts formatted from a learnt pattern read exactly as Babel formats them."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from babel.numbers import format_currency

from app.views.shared.i18n import LOCALES
from app.views.shared.money_patterns import MoneyPatterns

CURRENCIES = ("EUR", "USD", "GBP", "JPY", "BHD", "AED", "IRR", "RUB", "SAR", "CHF")


def _amounts() -> list[Decimal]:
    rng = random.Random(14)
    values = [Decimal(v) for v in ("0", "-0", "0.005", "0.015", "-0.005", "1e6", "123456789.995")]
    for _ in range(300):
        places = rng.choice((0, 1, 2, 3, 4))
        raw = Decimal(rng.randint(-(10**9), 10**9)).scaleb(-places)
        values.append(raw)
    return values


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_every_amount_reads_as_babel_would_format_it(language):
    locale = LOCALES[language]
    patterns = MoneyPatterns(locale)
    for currency in CURRENCIES:
        for amount in _amounts():
            expected = format_currency(amount, currency, locale=locale, numbering_system="default")
            assert patterns.format(amount, currency) == expected, (language, currency, amount)
    # ... from the learnt pattern, not by falling back to Babel.
    assert None not in patterns._patterns.values()


def test_the_pattern_is_learnt_once_per_currency():
    patterns = MoneyPatterns("ar_AE")
    patterns.format(Decimal("1"), "GBP")
    learnt = patterns._patterns["GBP"]
    patterns.format(Decimal("2"), "GBP")
    assert patterns._patterns["GBP"] is learnt is not None
