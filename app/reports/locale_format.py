"""Numbers, money and dates as a reader of each document language expects them.

Babel (CLDR) supplies separators, currency symbols, Gregorian month names and date
patterns. Babel formats only the Gregorian calendar, so Jalali (Solar Hijri) and
Islamic civil (tabular Hijri) dates are converted with ``convertdate``, and Umm
al-Qura dates (the Hijri calendar Saudi business and government use) with
``hijridate``, and written as "day month year" with the month names below.

Arabic documents use Arabic-Indic digits (٠١٢), Persian documents Persian digits
(۰۱۲): CLDR's native numbering systems for those languages. Babel gives the
separators of those systems but leaves the digits Latin, hence the digit mapping.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import dates as babel_dates
from babel import numbers as babel_numbers
from convertdate import islamic, persian
from hijridate import Gregorian

from app.errors import ValidationError, translatable

NUMBERING_SYSTEM = {"en": "latn", "ru": "latn", "ar": "arab", "fa": "arabext"}
DIGITS = {
    "latn": "0123456789",
    "arab": "٠١٢٣٤٥٦٧٨٩",
    "arabext": "۰۱۲۳۴۵۶۷۸۹",
}

JALALI_MONTHS = {
    "en": "Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand",
    "ru": "фарвардин ордибехешт хордад тир мордад шахривар мехр абан азар дей бахман эсфанд",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
    "ar": "فروردين أرديبهشت خرداد تير مرداد شهريور مهر آبان آذر دي بهمن اسفند",
}
ISLAMIC_MONTHS = {
    "en": [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula",
        "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
        "Dhu al-Hijjah",
    ],
    "ru": [
        "мухаррам", "сафар", "раби аль-авваль", "раби ас-сани", "джумада аль-уля",
        "джумада ас-сани", "раджаб", "шаабан", "рамадан", "шавваль", "зуль-када",
        "зуль-хиджа",
    ],
    "ar": [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ],
    "fa": [
        "محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی",
        "رجب", "شعبان", "رمضان", "شوال", "ذیقعده", "ذیحجه",
    ],
}  # fmt: skip
ERA_SUFFIX = {
    "jalali": {"en": "SH", "ru": "г. х.", "fa": "", "ar": "هـ.ش"},
    "islamic-civil": {"en": "AH", "ru": "г. х.", "fa": "ق", "ar": "هـ"},
    "islamic-umalqura": {"en": "AH", "ru": "г. х.", "fa": "ق", "ar": "هـ"},
}


def check_language(language: str) -> str:
    if language not in NUMBERING_SYSTEM:
        raise ValidationError(
            translatable("errors", "Unsupported language {value}; choose one of {choices}"),
            field="language",
            value=language,
            choices=", ".join(NUMBERING_SYSTEM),
        )
    return language


def localize_digits(text: str, language: str) -> str:
    system = NUMBERING_SYSTEM[language]
    if system == "latn":
        return text
    return text.translate(str.maketrans(DIGITS["latn"], DIGITS[system]))


@lru_cache(maxsize=64)
def currency_precision(currency: str) -> int:
    return babel_numbers.get_currency_precision(currency)


def round_money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(Decimal(1).scaleb(-currency_precision(currency)), ROUND_HALF_UP)


MINUS = "\u2212"  # MINUS SIGN: CLDR's hyphen-minus is a hyphen, too short beside digits
LRI, PDI = "\u2066", "\u2069"


@lru_cache(maxsize=8)
def number_symbols(language: str) -> tuple[str, str, str]:
    """(decimal separator, group separator, minus sign) from CLDR via Babel.

    The minus is the typographic minus sign (U+2212) with CLDR's direction mark
    kept: the Arabic letter mark puts it where an Arabic reader starts, on the right.
    """
    system = NUMBERING_SYSTEM[language]
    minus = babel_numbers.get_minus_sign_symbol(language, numbering_system=system)
    return (
        babel_numbers.get_decimal_symbol(language, numbering_system=system),
        babel_numbers.get_group_symbol(language, numbering_system=system),
        minus.replace("-", MINUS).replace("\u200e", ""),
    )


@lru_cache(maxsize=4096)
def format_amount(amount: Decimal, currency: str, language: str) -> str:
    """An amount with the currency's decimals and no symbol (table cells).

    Same digits and separators as Babel's ``format_decimal`` with the pattern
    ``#,##0.00`` (a test holds them together), built from Babel's symbols: a
    thousand-line quote formats thousands of amounts and Babel's pattern engine is
    the slow part. All four document languages group digits by three.
    """
    return _grouped(round_money(amount, currency), currency_precision(currency), language)


def _grouped(value: Decimal, places: int, language: str) -> str:
    """``value`` with ``places`` decimals, grouped by three, in CLDR's symbols."""
    decimal_sign, group_sign, minus_sign = number_symbols(language)
    text = f"{abs(value):,.{places}f}"
    text = localize_digits(text.translate({ord(","): group_sign, ord("."): decimal_sign}), language)
    if value < 0 and text.strip("0.,\u066b\u066c\u06f0\u0660\u00a0\u202f"):
        text = minus_sign + text
        if language == "fa":
            # Persian writes a negative number left to right, minus on the left
            # (CLDR marks it with LRM; an isolate keeps it so inside any sentence).
            text = f"{LRI}{text}{PDI}"
    return text


def isolate_latin_symbol(text: str, currency: str, *, language: str, locale: str) -> str:
    """``text`` (a formatted amount) with a Latin currency symbol kept in its own order.

    In right-to-left text "UK£" and "US$" are a Latin run followed by a sign that
    takes the paragraph's direction, so the sign wanders to the other side of the
    letters: Arabic screens showed "£UK 1,234.50". A left-to-right isolate around the
    symbol keeps "UK£" whole; the amount around it still reads right to left.
    ``locale`` is the Babel locale the amount was formatted in.
    """
    if language not in ("ar", "fa"):
        return text
    symbol = babel_numbers.get_currency_symbol(currency, locale=locale)
    if not any(ch.isascii() and ch.isalpha() for ch in symbol):
        return text
    return text.replace(symbol, f"{LRI}{symbol}{PDI}", 1)


def format_money(amount: Decimal, currency: str, language: str) -> str:
    """An amount with its currency, e.g. ``AED 1,234.50`` or ``1 234,50 AED``."""
    rounded = round_money(amount, currency)
    text = babel_numbers.format_currency(
        abs(rounded),
        currency,
        locale=language,
        numbering_system=NUMBERING_SYSTEM[language],
        currency_digits=True,
    )
    # CLDR's English pattern glues the ISO code to the digits ("AED1,234.50").
    if language == "en" and text.startswith(currency):
        text = currency + "\u00a0" + text[len(currency) :]
    text = isolate_latin_symbol(text, currency, language=language, locale=language)
    text = localize_digits(text, language)
    if rounded < 0:
        text = number_symbols(language)[2] + text
        if language == "fa":
            text = f"{LRI}{text}{PDI}"
    return text


@lru_cache(maxsize=4096)
def format_quantity(quantity: Decimal, language: str) -> str:
    """A quantity without trailing zeros: 2, 2.5, 0.125 (as Babel's ``format_decimal``
    with every decimal kept; a test holds them together)."""
    exponent = quantity.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return _grouped(quantity, places, language)


@lru_cache(maxsize=1024)
def format_percent(percent: Decimal, language: str) -> str:
    """``percent`` is in percent (5 means 5 %)."""
    text = babel_numbers.format_percent(
        percent / 100,
        locale=language,
        numbering_system=NUMBERING_SYSTEM[language],
        decimal_quantization=False,
    )
    if NUMBERING_SYSTEM[language] != "latn":
        text = text.replace("%", "\u066a")  # ARABIC PERCENT SIGN, as in CLDR's own data
    return localize_digits(text, language)


CALENDARS = ("gregorian", "jalali", "islamic-civil", "islamic-umalqura")


@lru_cache(maxsize=1024)
def format_date(day: date, language: str, calendar: str = "gregorian") -> str:
    if calendar == "gregorian":
        text = babel_dates.format_date(day, format="long", locale=language)
    elif calendar == "jalali":
        year, month, dom = persian.from_gregorian(day.year, day.month, day.day)
        text = _day_month_year(
            dom, JALALI_MONTHS[language].split()[month - 1], year, calendar, language
        )
    elif calendar in ("islamic-civil", "islamic-umalqura"):
        year, month, dom = hijri_date(day, calendar)
        text = _day_month_year(dom, ISLAMIC_MONTHS[language][month - 1], year, calendar, language)
    else:
        raise ValidationError(
            translatable("errors", "Unsupported calendar {value}; choose one of {choices}"),
            field="calendar",
            value=calendar,
            choices=", ".join(CALENDARS),
        )
    return localize_digits(text, language)


def hijri_date(day: date, calendar: str) -> tuple[int, int, int]:
    """(year, month, day) in the tabular (civil) or the Umm al-Qura Hijri calendar.

    Umm al-Qura is an observed calendar, published for 1343-1500 AH (1924-2077);
    outside those years the tabular calendar is the only one there is.
    """
    if calendar == "islamic-umalqura":
        try:
            hijri = Gregorian(day.year, day.month, day.day).to_hijri()
        except OverflowError:
            pass
        else:
            return hijri.year, hijri.month, hijri.day
    year, month, dom = islamic.from_gregorian(day.year, day.month, day.day)
    return year, month, dom


def _day_month_year(day: int, month: str, year: int, calendar: str, language: str) -> str:
    suffix = ERA_SUFFIX[calendar][language]
    return f"{day} {month} {year}" + (f" {suffix}" if suffix else "")
