"""What an installer's preset says about printed documents, beyond the letterhead:
the quote terms in each document language and the sales representatives.

In ``preset.json`` (``company`` block)::

    "quote_terms": {"en": "Prices are valid ...", "ar": "الأسعار ...", "fa": "...", "ru": "..."},
    "representatives": {
        "omar.alharbi": {"name": {"en": "Omar Al-Harbi", "ar": "عمر الحربي"},
                         "phone": "+966 50 555 0123", "email": "omar.alharbi@example.com"}
    }

A plain string instead of an object by language is printed in every language.
Terms say nothing about payment: a document prints the customer's own payment
terms, from the account, so the two can never contradict each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.errors import ValidationError, translatable

DOCUMENT_LANGUAGES = ("en", "ar", "fa", "ru")


@dataclass(frozen=True)
class LocalizedText:
    """One text in several languages; ``in_language`` falls back to English, then
    to whichever language there is."""

    texts: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, texts: Mapping[str, str] | str) -> LocalizedText:
        if isinstance(texts, str):
            return cls((("*", texts),))
        return cls(tuple(sorted(texts.items())))

    def in_language(self, language: str) -> str:
        by_language = dict(self.texts)
        for key in (language, "*", "en"):
            if by_language.get(key):
                return by_language[key]
        return next((text for _, text in self.texts if text), "")


DEFAULT_QUOTE_TERMS = LocalizedText.of(
    {
        "en": "Prices are valid until the date shown. Delivery dates are confirmed with the order.",
        "ar": "الأسعار صالحة حتى التاريخ المذكور. تُؤكَّد مواعيد التسليم عند تأكيد الطلب.",
        "fa": "قیمت‌ها تا تاریخ ذکرشده معتبر است. زمان تحویل هنگام تأیید سفارش اعلام می‌شود.",
        "ru": "Цены действительны до указанной даты. Сроки поставки подтверждаются при "
        "оформлении заказа.",
    }
)


@dataclass(frozen=True)
class Representative:
    """A sales representative as printed on documents (the login is not printed)."""

    name: LocalizedText
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Representatives:
    by_login: tuple[tuple[str, Representative], ...] = field(default_factory=tuple)

    def find(self, login: str) -> Representative | None:
        return dict(self.by_login).get(login)


def localized_text(value: object, *, name: str) -> LocalizedText:
    """A preset value that is text, or text by document language."""
    if isinstance(value, str):
        return LocalizedText.of(value)
    if isinstance(value, dict) and all(isinstance(text, str) for text in value.values()):
        unknown = sorted(set(value) - set(DOCUMENT_LANGUAGES))
        if unknown:
            raise ValidationError(
                translatable("errors", "Unsupported language {value}; choose one of {choices}"),
                field=name,
                value=", ".join(unknown),
                choices=", ".join(DOCUMENT_LANGUAGES),
            )
        return LocalizedText.of(value)
    raise ValidationError(
        translatable(
            "errors",
            "The preset's company {name} must be text, or texts by language (en, ar, fa, ru).",
        ),
        field=name,
        name=name,
    )


def representatives(value: object) -> Representatives:
    """The preset's ``representatives``: login -> name (text or by language), phone, email."""
    wrong = ValidationError(
        translatable(
            "errors",
            "The preset's company representatives must give each login a name, "
            "and may give a phone and an email.",
        ),
        field="representatives",
    )
    if not isinstance(value, dict):
        raise wrong
    found = []
    for login, details in sorted(value.items()):
        if not isinstance(details, dict) or "name" not in details:
            raise wrong
        if set(details) - {"name", "phone", "email"}:
            raise wrong
        if not all(isinstance(details.get(key, ""), str) for key in ("phone", "email")):
            raise wrong
        name = localized_text(details["name"], name="representatives")
        found.append(
            (login, Representative(name, details.get("phone", ""), details.get("email", "")))
        )
    return Representatives(tuple(found))
