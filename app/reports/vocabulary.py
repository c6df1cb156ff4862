"""Data words a document prints in its own language: units of measure, visit outcomes
and the usual payment terms.

The workspace stores codes ("pcs", "quote_requested") and short English terms
("Net 14"); an Arabic quote must not print them as they are stored. A unit or term
we do not recognise was typed by someone for this customer and is printed as typed.
"""

from __future__ import annotations

import re

from babel import Locale

from app.reports.locale_format import localize_digits

# Unit codes as products store them (lower case), and their spellings.
UNIT_ALIASES = {
    "pc": "pcs", "pcs": "pcs", "piece": "pcs", "pieces": "pcs", "ea": "pcs", "each": "pcs",
    "unit": "pcs", "units": "pcs", "h": "hour", "hr": "hour", "hrs": "hour", "hour": "hour",
    "hours": "hour", "pack": "pack", "pk": "pack", "box": "box", "can": "can", "roll": "roll",
    "m": "m", "kg": "kg", "l": "l", "litre": "l", "liter": "l", "set": "set", "pair": "pair",
    "day": "day", "days": "day", "m2": "m2", "m²": "m2",
}  # fmt: skip
UNITS = {
    "en": {"pcs": "pcs", "hour": "h", "pack": "pack", "box": "box", "can": "can", "roll": "roll",
           "m": "m", "kg": "kg", "l": "l", "set": "set", "pair": "pair", "day": "day", "m2": "m²"},
    "ru": {"pcs": "шт.", "hour": "ч", "pack": "упак.", "box": "кор.", "can": "бан.", "roll": "рул.",
           "m": "м", "kg": "кг", "l": "л", "set": "компл.", "pair": "пар.", "day": "дн.", "m2": "м²"},
    "ar": {"pcs": "قطعة", "hour": "ساعة", "pack": "عبوة", "box": "صندوق", "can": "علبة",
           "roll": "لفة", "m": "متر", "kg": "كغ", "l": "لتر", "set": "طقم", "pair": "زوج",
           "day": "يوم", "m2": "م²"},
    "fa": {"pcs": "عدد", "hour": "ساعت", "pack": "بسته", "box": "جعبه", "can": "قوطی",
           "roll": "رول", "m": "متر", "kg": "کیلوگرم", "l": "لیتر", "set": "دست", "pair": "جفت",
           "day": "روز", "m2": "مترمربع"},
}  # fmt: skip

# The visit outcomes the desktop offers (app/views/visit_report.py stores the codes).
OUTCOMES = {
    "en": {"order_placed": "Order placed", "quote_requested": "Quote requested",
           "interested": "Interested", "follow_up": "Follow-up needed",
           "no_interest": "No interest"},
    "ru": {"order_placed": "Размещён заказ", "quote_requested": "Запрошено предложение",
           "interested": "Есть интерес", "follow_up": "Нужна повторная встреча",
           "no_interest": "Нет интереса"},
    "ar": {"order_placed": "تم تقديم طلب", "quote_requested": "طُلب عرض سعر",
           "interested": "مهتم", "follow_up": "تلزم متابعة", "no_interest": "غير مهتم"},
    "fa": {"order_placed": "سفارش ثبت شد", "quote_requested": "درخواست پیش‌فاکتور",
           "interested": "علاقه‌مند", "follow_up": "نیاز به پیگیری", "no_interest": "بی‌علاقه"},
}  # fmt: skip


def unit_label(unit: str, language: str) -> str:
    code = UNIT_ALIASES.get(unit.strip().lower())
    return UNITS[language][code] if code else unit


def outcome_label(outcome: str, language: str) -> str:
    return OUTCOMES[language].get(outcome.strip(), outcome)


NET = re.compile(r"^\s*net\s*(\d{1,3})(?:\s*days?)?\s*$", re.IGNORECASE)
EARLY_DISCOUNT = re.compile(
    r"^\s*(\d{1,2}(?:[.,]\d+)?)\s*%\s*(\d{1,3})\s*(?:days?)?\s*,?\s*net\s*(\d{1,3})\s*$",
    re.IGNORECASE,
)
PREPAYMENT = re.compile(r"^\s*(pre-?payment|payment in advance|cash in advance)\s*$", re.I)

PAYMENT = {
    "net": {"ru": "Оплата в течение {days}", "ar": "الدفع خلال {days}", "fa": "پرداخت ظرف {days}"},
    "early": {
        "ru": "Скидка {percent} % при оплате в течение {early}, иначе оплата в течение {days}",
        "ar": "خصم {percent}٪ عند الدفع خلال {early}، وإلا فالدفع خلال {days}",
        "fa": "{percent}٪ تخفیف در صورت پرداخت ظرف {early}، وگرنه پرداخت ظرف {days}",
    },
    "prepayment": {"ru": "Предоплата", "ar": "الدفع مقدمًا", "fa": "پیش‌پرداخت"},
}


def payment_terms_text(terms: str, language: str) -> str:
    """The account's payment terms in the document's language when they are one of
    the usual forms ("Net 14", "2% 10, net 30", "Prepayment"); else as typed.
    English documents print them as typed: they are written in English already."""
    if language == "en" or not terms:
        return terms
    if match := NET.match(terms):
        text = PAYMENT["net"][language].format(days=days(int(match[1]), language))
    elif match := EARLY_DISCOUNT.match(terms):
        percent = match[1].replace(".", ",") if language == "ru" else match[1]
        text = PAYMENT["early"][language].format(
            percent=percent, early=days(int(match[2]), language), days=days(int(match[3]), language)
        )
    elif PREPAYMENT.match(terms):
        text = PAYMENT["prepayment"][language]
    else:
        return terms
    return localize_digits(text, language)


def days(count: int, language: str) -> str:
    """ "14 дней", "١٤ يومًا", "۱۴ روز": the noun in the form the number needs."""
    form = Locale.parse(language).plural_form(count)
    if language == "ru":
        noun = {"one": "дня", "few": "дней", "many": "дней"}.get(form, "дня")
        # "в течение" takes the genitive: 1 дня, 2-4 дней, 5+ дней.
        return f"{count} {noun}"
    if language == "ar":
        return {
            "one": "يوم واحد", "two": "يومين", "few": f"{count} أيام", "many": f"{count} يومًا",
        }.get(form, f"{count} يوم")  # fmt: skip
    return f"{count} روز"
