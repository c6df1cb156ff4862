"""How one CSV cell becomes a model value and back.

Each importable kind (accounts, contacts, products, prices) is described by a
tuple of ``Column``: its header name (the model's field name), the aliases a
spreadsheet may use instead, whether it is required, and a ``parse`` function that
turns the cell text into the stored value or raises ``ValidationError``. Exports
use ``format_cell`` so a file written by us reads back to the same values:
decimals as their exact text, dates as ISO 8601, booleans as true/false, tags as
``a; b``. Floats never appear anywhere on this path.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from app.errors import ValidationError, translatable
from app.models.statuses import AccountStatus, AccountType
from app.models.validation import (
    label,
    optional_email,
    require_currency,
    require_decimal,
    require_non_negative,
    require_percent,
    require_positive_quantity,
)

TAG_SEPARATOR = ";"
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}
_COUNTRIES = frozenset(get_global("territory_currencies"))


@dataclass(frozen=True)
class Column:
    name: str
    parse: Callable[[str, str], Any]  # (cell text, column name) -> value; blank never reaches it
    required: bool = False
    aliases: tuple[str, ...] = ()
    blank: Any = None  # the value a blank cell stands for


def _bad(message: str, column: str, **params: object) -> ValidationError:
    return ValidationError(translatable("errors", message), field=column, **params)


def text(value: str, column: str) -> str:
    return value.strip()


def decimal(value: str, column: str) -> Decimal:
    return require_decimal(value.strip(), field=column)


def non_negative(value: str, column: str) -> Decimal:
    return require_non_negative(value.strip(), field=column)


def percent(value: str, column: str) -> Decimal:
    return require_percent(value.strip(), field=column)


def quantity(value: str, column: str) -> Decimal:
    """A quantity break as a key: ``10``, ``10.0`` and ``1E1`` are the same break."""
    number = require_positive_quantity(value.strip(), field=column)
    if number == number.to_integral_value():
        return number.quantize(Decimal(1))
    return number.normalize()


def integer(value: str, column: str) -> int:
    try:
        return int(value.strip())
    except ValueError:
        raise _bad("{label} must be a whole number.", column, label=label(column)) from None


def iso_date(value: str, column: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise _bad(
            "{label} must be a date written YYYY-MM-DD, not “{value}”.",
            column,
            label=label(column),
            value=value.strip(),
        ) from None


def boolean(value: str, column: str) -> bool:
    word = value.strip().lower()
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise _bad("{label} must be true or false.", column, label=label(column))


@lru_cache(maxsize=512)
def _known_currency(code: str) -> str | None:
    """Babel's currency check costs ~30 µs; a file repeats the same few codes."""
    try:
        return require_currency(code)
    except ValidationError:
        return None


def currency(value: str, column: str) -> str:
    known = _known_currency(value.strip().upper())
    return known if known is not None else require_currency(value, field=column)


def email(value: str, column: str) -> str | None:
    return optional_email(value, field=column)


def country(value: str, column: str) -> str:
    code = value.strip().upper()
    if code not in _COUNTRIES:
        raise _bad("“{value}” is not a two-letter ISO country code.", column, value=value.strip())
    return code


@lru_cache(maxsize=512)
def _known_language(tag: str) -> bool:
    """Babel looks for a locale file on every parse; a file repeats a few languages."""
    try:
        Locale.parse(tag.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return False
    return True


def language(value: str, column: str) -> str:
    if not _known_language(value.strip()):
        raise _bad("“{value}” is not a known language code.", column, value=value.strip())
    return value.strip()


def tags(value: str, column: str) -> list[str]:
    return [tag.strip() for tag in value.split(TAG_SEPARATOR) if tag.strip()]


def one_of(choices: type[StrEnum]) -> Callable[[str, str], str]:
    allowed = [choice.value for choice in choices]

    def parse(value: str, column: str) -> str:
        word = value.strip().lower()
        if word not in allowed:
            raise _bad(
                "{label} must be one of {allowed}, not “{value}”.",
                column,
                label=label(column),
                allowed=", ".join(allowed),
                value=value.strip(),
            )
        return word

    return parse


ACCOUNT_COLUMNS = (
    Column("account_number", text, required=True),
    Column("name", text, required=True),
    Column("legal_name", text),
    Column("tax_id", text),
    Column("type", one_of(AccountType), blank=AccountType.PROSPECT.value),
    Column("status", one_of(AccountStatus), blank=AccountStatus.ACTIVE.value),
    Column("segment", text),
    Column("tags", tags, blank=[]),
    Column("territory", text),  # by name; stored as territory_id
    Column("owner", text),
    Column("billing_street", text),
    Column("billing_city", text, aliases=("city",)),
    Column("billing_postal_code", text),
    Column("billing_region", text),
    Column("billing_country", country, aliases=("country",)),
    Column("shipping_street", text),
    Column("shipping_city", text),
    Column("shipping_postal_code", text),
    Column("shipping_region", text),
    Column("shipping_country", country),
    Column("phone", text),
    Column("email", email),
    Column("website", text),
    Column("credit_limit", non_negative, blank=Decimal(0)),
    Column("open_balance", decimal, blank=Decimal(0)),
    Column("currency", currency, blank="EUR"),
    Column("payment_terms", text),
    Column("lead_score", integer),
    Column("notes", text),
)

CONTACT_COLUMNS = (
    Column("account_number", text, required=True),
    Column("first_name", text),
    Column("last_name", text, required=True),
    Column("title", text),
    Column("phone", text),
    Column("email", email),
    Column("preferred_language", language),
    Column("marketing_consent", boolean, blank=False),
    Column("marketing_consent_date", iso_date),
)

PRODUCT_COLUMNS = (
    Column("sku", text, required=True),
    Column("name", text, required=True),
    Column("description", text),
    Column("unit", text, blank="pcs"),
    Column("tax_rate", percent, blank=Decimal(0)),
    Column("active", boolean, blank=True),
)

PRICE_COLUMNS = (
    Column("price_list", text, required=True),
    Column("currency", currency, required=True),
    Column("valid_from", iso_date),
    Column("valid_to", iso_date),
    Column("sku", text, required=True),
    Column("min_quantity", quantity, blank=Decimal(1)),
    Column("unit_price", non_negative, required=True),
)


def format_cell(value: object) -> str:
    """The text a CSV cell holds for ``value``; the exact inverse of the parsers above."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):  # never expected: money and quantities are Decimal
        raise TypeError("refusing to write a float to CSV")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return f"{TAG_SEPARATOR} ".join(str(item) for item in value)
    return str(value)


# A spreadsheet runs a cell starting with one of these as a formula: a contact
# named "=HYPERLINK(...)", typed on any rep's laptop and synced, would run on the
# machine of whoever opens the export (CSV injection). A leading apostrophe keeps
# it text; the import takes it off again, so export then import still round-trips.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` with an apostrophe in front if a spreadsheet would run it as a formula."""
    # Text that already starts with apostrophes before a formula character gets one
    # more, so that ``from_spreadsheet_safe`` gives back exactly what was written.
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def from_spreadsheet_safe(cell: str) -> str:
    """The inverse of ``spreadsheet_safe``."""
    if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS):
        return cell[1:]
    return cell
