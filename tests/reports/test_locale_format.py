"""Numbers, money and dates per document language and calendar."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.reports.catalogue import LABELS
from app.reports.locale_format import (
    format_amount,
    format_date,
    format_money,
    format_percent,
    format_quantity,
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1,234.50"), ("ru", "1\xa0234,50"), ("ar", "١٬٢٣٤٫٥٠"), ("fa", "۱٬۲۳۴٫۵۰")],
)
def test_amounts_use_the_language_separators_and_digits(language, expected):
    assert format_amount(Decimal("1234.5"), "AED", language) == expected


def test_amounts_take_the_currency_decimals_and_round_half_up():
    assert format_amount(Decimal("1234.5"), "JPY", "en") == "1,235"  # Babel alone would give 1,234
    assert format_amount(Decimal("2.345"), "EUR", "en") == "2.35"
    assert format_amount(Decimal("1.2345"), "KWD", "en") == "1.235"


def test_money_names_its_currency():
    assert format_money(Decimal("45751.82"), "AED", "en") == "AED\xa045,751.82"
    assert format_money(Decimal("45751.82"), "EUR", "ru") == "45\xa0751,82\xa0€"


def test_quantities_drop_trailing_zeros():
    assert format_quantity(Decimal("2.000"), "en") == "2"
    assert format_quantity(Decimal("2.50"), "ru") == "2,5"
    assert format_quantity(Decimal("12"), "fa") == "۱۲"


def test_percentages():
    assert format_percent(Decimal("5"), "en") == "5%"
    assert format_percent(Decimal("12.5"), "fa") == "۱۲٫۵٪"


@pytest.mark.parametrize(
    ("language", "calendar", "expected"),
    [
        ("en", "gregorian", "November 24, 2026"),
        ("ru", "gregorian", "24 ноября 2026\u202fг."),
        ("fa", "jalali", "۳ آذر ۱۴۰۵"),
        ("en", "jalali", "3 Azar 1405 SH"),
        ("ar", "islamic-civil", "١٣ جمادى الآخرة ١٤٤٨ هـ"),
        ("en", "islamic-civil", "13 Jumada al-Akhirah 1448 AH"),
    ],
)
def test_dates_in_each_calendar(language, calendar, expected):
    assert format_date(date(2026, 11, 24), language, calendar) == expected


def test_jalali_year_starts_at_nowruz():
    assert format_date(date(2026, 3, 21), "en", "jalali") == "1 Farvardin 1405 SH"
    assert format_date(date(2026, 3, 20), "en", "jalali") == "29 Esfand 1404 SH"


def test_unknown_calendar_is_a_validation_error():
    with pytest.raises(ValidationError) as error:
        format_date(date(2026, 1, 1), "en", "mayan")
    assert error.value.field == "calendar"


def test_every_language_has_every_label():
    keys = set(LABELS["en"])
    for language, labels in LABELS.items():
        assert set(labels) == keys, language


def test_negative_amounts_use_the_minus_sign_with_cldr_direction():
    """U+2212, not the hyphen-minus; Arabic keeps CLDR's letter mark (minus on the
    reader's side, the right), Persian writes the number left to right."""
    assert format_amount(Decimal("-1234.5"), "AED", "en") == "\u22121,234.50"
    assert format_amount(Decimal("-1234.5"), "AED", "ru") == "\u22121\xa0234,50"
    assert format_amount(Decimal("-1234.5"), "AED", "ar") == "\u061c\u2212١٬٢٣٤٫٥٠"
    assert format_amount(Decimal("-1234.5"), "AED", "fa") == "\u2066\u2212۱٬۲۳۴٫۵۰\u2069"
    assert format_amount(Decimal("-0.001"), "AED", "en") == "0.00"  # no "-0.00"
    assert format_money(Decimal("-12.5"), "EUR", "en") == "\u2212€12.50"
    assert "-" not in format_money(Decimal("-12.5"), "RUB", "ru")


def test_a_latin_currency_symbol_is_isolated_in_right_to_left_languages():
    # Without the isolate the "$" of "US$" is drawn left of the letters: "$US".
    assert format_money(Decimal("45751.82"), "USD", "ar").endswith("\u2066US$\u2069")
    assert "\u2066" not in format_money(Decimal("45751.82"), "AED", "ar")  # Arabic: as it is


@pytest.mark.parametrize("language", ["en", "ru", "ar", "fa"])
@pytest.mark.parametrize("currency", ["AED", "JPY", "KWD"])
def test_fast_amounts_match_babel(language, currency):
    from babel import numbers as babel_numbers

    from app.reports.locale_format import NUMBERING_SYSTEM, localize_digits, round_money

    places = babel_numbers.get_currency_precision(currency)
    pattern = "#,##0" + ("." + "0" * places if places else "")
    for raw in (
        "0",
        "0.5",
        "7",
        "999.999",
        "1000",
        "1234.5",
        "1234567.891",
        "98765432.1",
    ):
        value = round_money(Decimal(raw), currency)
        expected = babel_numbers.format_decimal(
            value, format=pattern, locale=language, numbering_system=NUMBERING_SYSTEM[language]
        )
        assert format_amount(Decimal(raw), currency, language) == localize_digits(
            expected, language
        )


@pytest.mark.parametrize("language", ["en", "ru", "ar", "fa"])
def test_fast_quantities_match_babel(language):
    from babel import numbers as babel_numbers

    from app.reports.locale_format import NUMBERING_SYSTEM, localize_digits

    for raw in ("1", "2.000", "2.50", "0.125", "1000", "12345.6789", "100"):
        expected = babel_numbers.format_decimal(
            Decimal(raw).normalize() if "." in raw else Decimal(raw),
            locale=language,
            numbering_system=NUMBERING_SYSTEM[language],
            decimal_quantization=False,
        )
        assert format_quantity(Decimal(raw), language) == localize_digits(expected, language), raw


@pytest.mark.parametrize(
    ("day", "language", "umm_al_qura", "civil"),
    [
        (date(2026, 11, 24), "ar", "١٤ جمادى الآخرة ١٤٤٨ هـ", "١٣ جمادى الآخرة ١٤٤٨ هـ"),
        (date(2026, 6, 16), "en", "1 Muharram 1448 AH", "30 Dhu al-Hijjah 1447 AH"),
    ],
)
def test_umm_al_qura_dates_beside_the_tabular_islamic_calendar(day, language, umm_al_qura, civil):
    """Umm al-Qura (hijridate), the calendar Saudi business uses, can differ by a day
    from the tabular one: a new year's day apart in June 2026."""
    assert format_date(day, language, "islamic-umalqura") == umm_al_qura
    assert format_date(day, language, "islamic-civil") == civil


def test_umm_al_qura_outside_its_published_years_is_the_tabular_date():
    assert format_date(date(2090, 1, 1), "en", "islamic-umalqura") == format_date(
        date(2090, 1, 1), "en", "islamic-civil"
    )
