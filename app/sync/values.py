"""Field values between the workspace's Python types and the protocol's JSON kinds.

The kinds are ``protocol.entities.ENTITY_FIELDS``'s: decimals travel as exact
strings (never floats), dates as ``YYYY-MM-DD``, datetimes as ISO 8601 in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from protocol.entities import ENTITY_FIELDS


def to_protocol(kind: str, value: Any) -> Any:
    """A local value as it travels in a push."""
    if value is None:
        return None
    if kind == "decimal":
        # "f" never uses an exponent: the server accepts digits and a point only.
        return format(Decimal(value), "f")
    if kind == "date":
        return value.isoformat()
    if kind == "datetime":
        return value.astimezone(UTC).isoformat()
    return value


def from_protocol(kind: str, value: Any) -> Any:
    """A value from the server as the workspace's column types expect it.

    Raises ValueError for a value of the wrong kind (the server checks kinds, so
    this is a protocol error, not a user's).
    """
    if value is None:
        return None
    if kind == "decimal":
        try:
            return Decimal(value)
        except (InvalidOperation, TypeError):
            raise ValueError(f"not a decimal: {value!r}") from None
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "datetime":
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if kind == "bool":
        return bool(value)
    return value


def row_to_fields(entity: str, row: Any, names: list[str]) -> dict[str, Any]:
    kinds = ENTITY_FIELDS[entity]
    return {name: to_protocol(kinds[name], row[name]) for name in names}
