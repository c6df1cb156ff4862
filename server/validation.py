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
from protocol.entities import ENTITY_FIELDS, REFERENCE_LISTS, SYNCED_COLUMNS
from protocol.messages import Change

# ASCII digits only (\d would take Arabic-Indic ones) and fullmatch (``$`` lets "\n" by).
_DECIMAL = re.compile(r"-?[0-9]{1,20}(\.[0-9]{1,10})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# RFC 3339: the extended format with a time zone, as the client writes it.
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})"
)
_HASH = re.compile(r"[0-9a-f]{64}")
# Fields naming uploaded bytes by their SHA-256.
CONTENT_HASH_FIELDS = {"attachment": ("content_hash",)}
CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
MAX_STR = 2_000
MAX_TEXT = 100_000
# Integers a JSON reader in any language holds exactly (I-JSON, RFC 7493).
MAX_SAFE_INT = 2**53
# Arrays and objects in a json field: plenty for tags or quantity breaks.
MAX_JSON_DEPTH = 32
# Ids in one reference list (the contacts met on a visit).
MAX_ID_LIST = 1_000


def is_record_id(value: Any) -> bool:
    """A UUID in its canonical text form: lower case, hyphenated (what ``str(uuid4())`` writes)."""
    return isinstance(value, str) and CANONICAL_UUID.fullmatch(value) is not None


def check_uuid(value: str, *, field: str) -> None:
    if not is_record_id(value):
        raise ValidationError(
            translatable(
                "errors", "{name} must be a UUID in lower case with hyphens, not {value!r}"
            ),
            field=field,
            name=field,
            value=str(value)[:80],
        )


def canonical_uuid(value: str, *, field: str) -> str:
    """Any spelling of a UUID (upper case, no hyphens, braces) in its canonical form."""
    try:
        return str(uuid.UUID(value))
    except (ValueError, AttributeError, TypeError):
        raise ValidationError(
            translatable("errors", "{name} must be a UUID, not {value!r}"),
            field=field,
            name=field,
            value=str(value)[:80],
        ) from None


def _json_ok(value: Any, depth: int = 0) -> bool:
    """Finite numbers (the request parser refused the rest), safe integers, bounded depth."""
    if isinstance(value, bool) or value is None or isinstance(value, str | float):
        return True
    if isinstance(value, int):
        return abs(value) < MAX_SAFE_INT
    if depth >= MAX_JSON_DEPTH:
        return False
    if isinstance(value, dict):
        return all(_json_ok(item, depth + 1) for item in value.values())
    if isinstance(value, list):
        return all(_json_ok(item, depth + 1) for item in value)
    return False


def _id_list_ok(value: Any) -> bool:
    return value is None or (
        isinstance(value, list)
        and len(value) <= MAX_ID_LIST
        and all(is_record_id(item) for item in value)
    )


def _kind_ok(kind: str, value: Any) -> bool:  # noqa: PLR0911 - one branch per kind
    if value is None:
        return True
    if kind == "str":
        return isinstance(value, str) and len(value) <= MAX_STR
    if kind == "text":
        return isinstance(value, str) and len(value) <= MAX_TEXT
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < MAX_SAFE_INT
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "decimal":
        return isinstance(value, str) and _DECIMAL.fullmatch(value) is not None
    if kind == "date":
        return isinstance(value, str) and bool(_DATE.fullmatch(value)) and _parses(date, value)
    if kind == "datetime":
        return (
            isinstance(value, str) and bool(_DATETIME.fullmatch(value)) and _parses(datetime, value)
        )
    if kind == "ref":
        return is_record_id(value)
    return _json_ok(value)


def _parses(kind: type[date] | type[datetime], value: str) -> bool:
    try:
        kind.fromisoformat(value)
    except ValueError:
        return False
    return True


_KIND_NAMES = {
    "str": "a string",
    "text": "a string",
    "int": "an integer",
    "bool": "true or false",
    "decimal": 'a decimal number in a string such as "-12.50" (ASCII digits, no exponent)',
    "date": "a date YYYY-MM-DD",
    "datetime": "a date and time with its time zone, such as 2026-11-24T09:30:00+00:00",
    "ref": "a UUID in lower case with hyphens",
    "json": "JSON with integers below 2**53, nested at most 32 levels",
    "sha256": "the SHA-256 of the bytes, as 64 lowercase hex digits",
    "id_list": f"a list of at most {MAX_ID_LIST} UUIDs in lower case with hyphens",
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
    id_lists = REFERENCE_LISTS.get(change.entity, {})
    hashes = CONTENT_HASH_FIELDS.get(change.entity, ())
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
        if (
            not _kind_ok(kind, value)
            or (name in id_lists and not _id_list_ok(value))
            or (name in hashes and value is not None and not _HASH.fullmatch(value))
        ):
            if name in id_lists:
                kind = "id_list"
            elif name in hashes:
                kind = "sha256"
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
