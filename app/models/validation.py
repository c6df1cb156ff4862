"""Small checks shared by models and services.

Each raises ``ValidationError`` naming the field, with a message a rep can read
next to that field; none of them touches the database.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache

from babel.numbers import is_currency
from sqlalchemy.orm import validates

from app.errors import ValidationError, translatable

# Deliberately loose: one "@", no spaces, a dot in the domain. Mail servers are the
# real judge; this only catches typos like "anna.example.com" or "anna@example".
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


# The one range of quantities and amounts, everywhere (screens, CSV, sync, server);
# docs/desktop.md "Quantities and amounts". A quantity is more than 0 and at most
# MAX_QUANTITY; an amount (price, credit limit, contract value, opportunity) is at
# most MAX_AMOUNT, which leaves room for currencies such as the rial.
MAX_QUANTITY = Decimal("999999")
MAX_AMOUNT = Decimal("999999999999999.99")

# Where "account_number" -> "Account number" does not read well.
_LABELS = {
    "sku": "SKU",
    "tax_id": "Tax ID",
    "email": "E-mail",
    "valid_to": "Valid to",
    "min_quantity": "Minimum quantity",
}


def label(field: str) -> str:
    """A readable name for a field in a message: "account_number" -> "Account number"."""
    return _LABELS.get(field) or field.replace("_", " ").capitalize()


def require_text(value: str | None, *, field: str) -> str:
    """A required text field: not missing, not only spaces. Returns it stripped."""
    if value is None or not str(value).strip():
        raise ValidationError(
            translatable("errors", "{label} is required."), field=field, label=label(field)
        )
    return str(value).strip()


def optional_text(value: str | None, *, field: str, limit: int) -> str | None:
    """An optional one-line field: stripped, None when empty, refused past ``limit``."""
    text = (value or "").strip()
    if len(text) > limit:
        raise ValidationError(
            translatable("errors", "{label} is longer than {limit} characters."),
            field=field,
            label=label(field),
            limit=limit,
        )
    return text or None


def require_currency(code: str | None, *, field: str = "currency") -> str:
    """An ISO 4217 code Babel knows, e.g. "EUR"; returned upper-case."""
    normalized = (code or "").strip().upper()
    if not normalized:
        raise ValidationError(
            translatable("errors", "{label} is required."), field=field, label=label(field)
        )
    if not is_currency(normalized):
        raise ValidationError(
            translatable("errors", "Unknown currency code: {code}."), field=field, code=code
        )
    return normalized


def require_decimal(value: Decimal | int | str | None, *, field: str) -> Decimal:
    """A number given as Decimal, int or text; floats are refused (they lose cents)."""
    if isinstance(value, float) or value is None or isinstance(value, bool):
        raise ValidationError(
            translatable("errors", "{label} must be a number."), field=field, label=label(field)
        )
    try:
        number = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ValidationError(
            translatable("errors", "{label} must be a number."), field=field, label=label(field)
        ) from None
    if not number.is_finite():
        raise ValidationError(
            translatable("errors", "{label} must be a number."), field=field, label=label(field)
        )
    return number


def require_positive_quantity(
    value: Decimal | int | str | None, *, field: str = "quantity"
) -> Decimal:
    quantity = require_decimal(value, field=field)
    if quantity <= 0:
        raise ValidationError(
            translatable("errors", "Quantity must be greater than zero."),
            field=field,
            label=label(field),
        )
    if quantity > MAX_QUANTITY:
        raise ValidationError(
            translatable("errors", "{label} can be at most {maximum}."),
            field=field,
            label=label(field),
            maximum=MAX_QUANTITY,
        )
    return quantity


def require_percent(value: Decimal | int | str | None, *, field: str) -> Decimal:
    """A percentage between 0 and 100 inclusive (discounts, tax rates)."""
    percent = require_decimal(0 if value is None else value, field=field)
    if not Decimal(0) <= percent <= Decimal(100):
        raise ValidationError(
            translatable("errors", "{label} must be between 0 and 100."),
            field=field,
            label=label(field),
        )
    return percent


def require_non_negative(value: Decimal | int | str | None, *, field: str) -> Decimal:
    amount = require_decimal(0 if value is None else value, field=field)
    if amount < 0:
        raise ValidationError(
            translatable("errors", "{label} must not be negative."), field=field, label=label(field)
        )
    if amount > MAX_AMOUNT:
        raise ValidationError(
            translatable("errors", "{label} can be at most {maximum}."),
            field=field,
            label=label(field),
            maximum=MAX_AMOUNT,
        )
    return amount


def optional_country(value: str | None, *, field: str = "billing_country") -> str | None:
    """An ISO 3166 two-letter country code ("AE"), or nothing; blank becomes None."""
    code = (value or "").strip().upper()
    if not code:
        return None
    if code not in country_codes():
        raise ValidationError(
            translatable(
                "errors", "Choose a country from the list (a two-letter code such as AE)."
            ),
            field=field,
        )
    return code


@cache
def country_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes Babel names (not regions such as "EU" or "001")."""
    from babel import Locale

    not_countries = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in not_countries
    )


def optional_email(value: str | None, *, field: str = "email") -> str | None:
    """An e-mail address or nothing; blank becomes None."""
    if value is None or not value.strip():
        return None
    address = value.strip()
    if not _EMAIL.match(address):
        raise ValidationError(
            translatable("errors", "“{value}” is not a valid e-mail address."),
            field=field,
            value=address,
        )
    return address


def require_not_before(
    start: date | datetime | None, end: date | datetime | None, *, field: str
) -> None:
    """``end`` may be open (None) but never before ``start``; ``field`` names the end."""
    if start is not None and end is not None and end < start:
        raise ValidationError(
            translatable("errors", "The end ({end}) is before the start ({start})."),
            field=field,
            # Dates themselves: the CLI prints them ISO, a screen in the user's calendar.
            start=start,
            end=end,
        )


class ChecksCurrency:
    """Mixin for models with a ``currency`` column: an unknown code is refused on set."""

    @validates("currency")
    def _check_currency(self, key: str, value: str) -> str:
        return require_currency(value, field=key)
