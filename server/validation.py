"""Checks a pushed change against the shared entity list before anything is written.

Unknown entities and fields, server-managed columns and values of the wrong kind are
refused with a ValidationError naming the field, so the whole batch is refused.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Any

from app.errors import ValidationError, translatable
from protocol.entities import ENTITY_FIELDS, SYNCED_COLUMNS
from protocol.messages import Change

_DECIMAL = re.compile(r"^-?\d{1,20}(\.\d{1,10})?$")
MAX_STR = 2_000
MAX_TEXT = 100_000


def check_uuid(value: str, *, field: str) -> None:
    try:
        uuid.UUID(value)
    except (ValueError, AttributeError, TypeError):
        raise ValidationError(
            translatable("errors", "{name} must be a UUID, not {value!r}"),
            field=field,
            name=field,
            value=str(value)[:80],
        ) from None


def _kind_ok(kind: str, value: Any) -> bool:  # noqa: PLR0911 - one branch per kind
    if value is None:
        return True
    if kind == "str":
        return isinstance(value, str) and len(value) <= MAX_STR
    if kind == "text":
        return isinstance(value, str) and len(value) <= MAX_TEXT
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**53
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "decimal":
        return isinstance(value, str) and bool(_DECIMAL.match(value))
    if kind == "date":
        return isinstance(value, str) and _parses(date.fromisoformat, value) and len(value) == 10
    if kind == "datetime":
        return isinstance(value, str) and _parses(datetime.fromisoformat, value)
    if kind == "ref":
        return isinstance(value, str) and _parses(uuid.UUID, value)
    return True  # json: anything JSON can hold


def _parses(parse: Any, value: str) -> bool:
    try:
        parse(value)
    except ValueError:
        return False
    return True


_KIND_NAMES = {
    "str": "a string",
    "text": "a string",
    "int": "an integer",
    "bool": "true or false",
    "decimal": 'a decimal number in a string such as "12.50"',
    "date": "a date YYYY-MM-DD",
    "datetime": "an ISO 8601 date and time",
    "ref": "a UUID",
    "json": "JSON",
}


def check_change(change: Change) -> dict[str, str]:
    """Validate one change; returns the entity's field kinds."""
    fields = ENTITY_FIELDS.get(change.entity)
    if fields is None:
        raise ValidationError(
            translatable("errors", "unknown entity {entity!r}"),
            field="entity",
            entity=change.entity,
        )
    check_uuid(change.id, field="id")
    for name, value in change.fields.items():
        if name in SYNCED_COLUMNS:
            raise ValidationError(
                translatable(
                    "errors", "{entity}.{name} is kept by the server and cannot be pushed"
                ),
                field=name,
                entity=change.entity,
                name=name,
            )
        kind = fields.get(name)
        if kind is None:
            raise ValidationError(
                translatable("errors", "unknown field {entity}.{name}"),
                field=name,
                entity=change.entity,
                name=name,
            )
        if not _kind_ok(kind, value):
            raise ValidationError(
                translatable("errors", "{entity}.{name} must be {expected}"),
                field=name,
                entity=change.entity,
                name=name,
                expected=_KIND_NAMES[kind],
            )
    for name, version in change.base_versions.items():
        if name not in fields:
            raise ValidationError(
                translatable("errors", "unknown field {entity}.{name} in base_versions"),
                field=name,
                entity=change.entity,
                name=name,
            )
        if version < 0:
            raise ValidationError(
                translatable("errors", "base version of {name} cannot be negative"),
                field=name,
                name=name,
            )
    if change.op == "delete" and change.fields:
        raise ValidationError(translatable("errors", "a delete carries no fields"), field="fields")
    return fields
