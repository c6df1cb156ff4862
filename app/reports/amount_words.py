"""The total in words, as Arabic, Persian and Russian invoices carry it (and English
ones often do): "Forty-five thousand, seven hundred and fifty-one UAE dirhams and
82/100", "فقط خمسة وأربعون ألفًا ... درهم إماراتي و٨٢/١٠٠ لا غير".

The whole units are words from ``num2words``; the currency's name comes from CLDR
(Babel) in the form the number needs, and the minor units stay figures over their
denominator, the way cheques and invoices write them. For Russian, num2words knows
the currencies' grammar (один рубль, две копейки) for the currencies it lists.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel import numbers as babel_numbers
from num2words import num2words

from app.reports.catalogue import label
from app.reports.locale_format import currency_precision, localize_digits, round_money

SEPARATED_WAW = re.compile(r"(?<=\s)و\s+")  # num2words writes "و أربعون"; Arabic joins it


def amount_in_words(amount: Decimal, currency: str, language: str) -> str:
    """The amount in words in ``language``; "" for a negative or zero amount."""
    rounded = round_money(amount, currency)
    if rounded <= 0:
        return ""
    places = currency_precision(currency)
    whole = int(rounded)
    minor = int((rounded - whole) * 10**places)
    if language == "ru" and (words := _russian_currency(rounded, currency)):
        return label(language, "words_frame", words=_capitalized(words))
    words = num2words(whole, lang=language)
    if language == "ar":
        words = SEPARATED_WAW.sub("و", words)
    name = babel_numbers.get_currency_name(currency, count=whole, locale=language)
    if language == "fa" and currency == "IRR":
        name = "ریال"  # "ریال ایران" is how other countries name it
    text = f"{words} {name}"
    if minor:
        fraction = localize_digits(f"{minor:0{places}d}/{10**places}", language)
        text += {"en": f" and {fraction}", "ru": f" {fraction}", "ar": f" و{fraction}"}.get(
            language, f" و {fraction}"
        )
    return label(
        language, "words_frame", words=_capitalized(text) if language in ("en", "ru") else text
    )


def _russian_currency(amount: Decimal, currency: str) -> str:
    try:
        return num2words(amount, lang="ru", to="currency", currency=currency)
    except NotImplementedError:
        return ""


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]
