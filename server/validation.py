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
_UUID_TEXT = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CANONICAL_UUID = re.compile(_UUID_TEXT)
_RECORD_IDS = re.compile(f"(?:{_UUID_TEXT}\n)*{_UUID_TEXT}")
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


def _kind_ok(kind: str, value: Any) -> bool:
    return value is None or _values_ok(kind, [value])


def _values_ok(kind: str, values: list[Any]) -> bool:  # noqa: PLR0911 - one branch per kind
    """Whether every value (None always fits) is of ``kind``: the one statement of the rules.

    A batch's values of one kind are checked together, by C loops where the rule
    allows (``set(map(type, ...))``, ``max(map(len, ...))``, one regular expression
    over all the ids): one Python call per field was most of validating a push.
    """
    values = [value for value in values if value is not None]
    if not values:
        return True
    types = set(map(type, values))
    if kind in ("str", "text"):
        return _all_str(values, types) and max(map(len, values)) <= (
            MAX_STR if kind == "str" else MAX_TEXT
        )
    if kind == "int":
        whole = types == {int} or all(
            isinstance(value, int) and not isinstance(value, bool) for value in values
        )
        return whole and max(map(abs, values)) < MAX_SAFE_INT
    if kind == "bool":
        return all(isinstance(value, bool) for value in values)
    if kind == "ref":
        return _all_str(values, types) and _all_record_ids(values)
    if kind == "decimal":
        return _all_str(values, types) and all(map(_DECIMAL.fullmatch, values))
    if kind == "date":
        return _all_str(values, types) and all(
            _DATE.fullmatch(value) and _parses(date, value) for value in values
        )
    if kind == "datetime":
        return _all_str(values, types) and all(
            _DATETIME.fullmatch(value) and _parses(datetime, value) for value in values
        )
    return all(map(_json_ok, values))


def _all_str(values: list[Any], types: set[type]) -> bool:
    return types == {str} or all(isinstance(value, str) for value in values)


def _all_record_ids(values: list[str]) -> bool:
    """``is_record_id`` of every value (strings), by one match over them all.

    Each id is 36 characters without a line break, so the joined text matches
    ``(id\n)*id`` only if every value is an id on its own.
    """
    if set(map(len, values)) != {36}:
        return False
    return _RECORD_IDS.fullmatch("\n".join(values)) is not None


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


def _field_checks() -> dict[str, dict[str, tuple[str, ...]]]:
    """Per entity, what each pushable field's value is checked as (its kind, and
    ``id_list`` or ``sha256`` where ``check_change`` checks those too)."""
    checks: dict[str, dict[str, tuple[str, ...]]] = {}
    for entity, fields in ENTITY_FIELDS.items():
        id_lists = REFERENCE_LISTS.get(entity, {})
        hashes = CONTENT_HASH_FIELDS.get(entity, ())
        checks[entity] = {
            name: (kind,)
            + (("id_list",) if name in id_lists else ())
            + (("sha256",) if name in hashes else ())
            for name, kind in fields.items()
            if name not in SYNCED_COLUMNS
        }
    return checks


_FIELD_CHECKS = _field_checks()


def batch_passes(changes: list[Change]) -> bool:
    """Whether every change passes ``check_change``, the batch's values checked together.

    False says only that some change may not: run ``check_change`` on each, in
    order, for the refusal that names it (word for word what it always was).
    """
    ids: list[str] = []
    # The values of each entity's changes that name the same fields, as rows: their
    # columns then come out of one zip, field by field, without a loop per value.
    rows_by_fields: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = {}
    for change in changes:
        if change.entity not in _FIELD_CHECKS:
            return False
        if change.base_versions and (
            not change.base_versions.keys() <= ENTITY_FIELDS[change.entity].keys()
            or min(change.base_versions.values()) < 0
        ):
            return False
        if change.op == "delete" and change.fields:
            return False
        ids.append(change.id)
        fields = change.fields
        if fields:
            key = (change.entity, tuple(fields))
            rows_by_fields.setdefault(key, []).append(tuple(fields.values()))
    by_check: dict[str, list[Any]] = {}
    for (entity, names), rows in rows_by_fields.items():
        checks = _FIELD_CHECKS[entity]
        if not checks.keys() >= set(names):
            return False
        for name, column in zip(names, zip(*rows, strict=True), strict=True):
            for check in checks[name]:
                by_check.setdefault(check, []).extend(column)
    if not _values_ok("ref", ids) or None in ids:
        return False
    for check, values in by_check.items():
        if check == "id_list":
            if not all(map(_id_list_ok, values)):
                return False
        elif check == "sha256":
            hashes = [value for value in values if value is not None]
            if not all(isinstance(value, str) and _HASH.fullmatch(value) for value in hashes):
                return False
        elif not _values_ok(check, values):
            return False
    return True
