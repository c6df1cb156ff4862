"""Checking a batch's values kind by kind accepts exactly what checking each change does.

``batch_passes`` lets a push skip ``check_change`` change by change; it must never
pass a batch in which some change would be refused, and should pass the ordinary
ones (else every push pays for both).
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date, datetime
from typing import Any

import pytest

from app.errors import FieldsalesError
from protocol.messages import Change
from server.validation import (
    _DATE,
    _DATETIME,
    _DECIMAL,
    CANONICAL_UUID,
    MAX_SAFE_INT,
    MAX_STR,
    MAX_TEXT,
    _json_ok,
    _kind_ok,
    _parses,
    batch_passes,
    check_change,
)

ID = str(uuid.uuid4())
HASH = "ab" * 32
# (entity, field) of each kind, and values that fit it or not.
FIELDS = {
    "str": ("territory", "name"),
    "text": ("account", "notes"),
    "int": ("pipeline_stage", "position"),
    "bool": ("pipeline_stage", "is_won"),
    "json": ("account", "tags"),
    "ref": ("account", "territory_id"),
    "decimal": ("account", "credit_limit"),
    "date": ("contact", "marketing_consent_date"),
    "datetime": ("visit", "planned_start"),
    "id_list": ("visit", "contact_ids"),
    "sha256": ("attachment", "content_hash"),
}
VALUES: list[Any] = [
    None,
    "",
    "x" * MAX_STR,
    "x" * (MAX_STR + 1),
    ID,
    ID.upper(),
    ID + "\n" + ID,
    ID[:35],
    HASH,
    HASH.upper(),
    "-12.50",
    "1e5",
    "٣",
    "2026-11-24",
    "2026-02-30",
    "2026-11-24T09:30:00+00:00",
    "2026-11-24T09:30:00",
    0,
    -5,
    MAX_SAFE_INT,
    MAX_SAFE_INT - 1,
    1.5,
    True,
    False,
    [],
    [ID, ID],
    [ID, "x"],
    {"a": [1, {"b": None}]},
    {"a": MAX_SAFE_INT},
]


def _fits(kind: str, value: Any) -> bool:  # noqa: PLR0911
    """The rules as they read value by value before the batch check (the reference)."""
    if value is None:
        return True
    if kind in ("str", "text"):
        return isinstance(value, str) and len(value) <= (MAX_STR if kind == "str" else MAX_TEXT)
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool) and abs(value) < MAX_SAFE_INT
    if kind == "bool":
        return isinstance(value, bool)
    if kind == "ref":
        return isinstance(value, str) and CANONICAL_UUID.fullmatch(value) is not None
    if kind == "decimal":
        return isinstance(value, str) and _DECIMAL.fullmatch(value) is not None
    if kind == "date":
        return isinstance(value, str) and bool(_DATE.fullmatch(value)) and _parses(date, value)
    if kind == "datetime":
        return (
            isinstance(value, str) and bool(_DATETIME.fullmatch(value)) and _parses(datetime, value)
        )
    return _json_ok(value)


@pytest.mark.parametrize("kind", sorted(set(FIELDS) - {"id_list", "sha256"}))
def test_the_rules_of_each_kind_are_unchanged(kind):
    for value in VALUES:
        assert _kind_ok(kind, value) == _fits(kind, value), (kind, value)


def _passes_one_by_one(changes: list[Change]) -> bool:
    try:
        for change in changes:
            check_change(change)
    except FieldsalesError:
        return False
    return True


def _change(entity: str, fields: dict[str, Any], **extra: Any) -> Change:
    return Change.model_validate(
        {"entity": entity, "id": str(uuid.uuid4()), "fields": fields, **extra}
    )


@pytest.mark.parametrize("kind", sorted(FIELDS))
def test_each_value_is_judged_alike(kind):
    entity, name = FIELDS[kind]
    for value in VALUES:
        changes = [_change(entity, {name: value})]
        assert batch_passes(changes) == _passes_one_by_one(changes), (kind, value)


def test_a_batch_passes_only_if_every_change_does():
    singles = [
        [_change(entity, {name: value})]
        for (entity, name), value in itertools.product(FIELDS.values(), VALUES)
    ]
    good = [change for changes in singles if _passes_one_by_one(changes) for change in changes]
    assert batch_passes(good)
    for changes in singles:
        batch = good[:7] + changes + good[7:]
        assert batch_passes(batch) == _passes_one_by_one(batch)


def test_what_is_not_a_value_is_judged_alike():
    odd = [
        _change("no_such_entity", {}),
        _change("territory", {"no_such_field": 1}),
        _change("territory", {"row_version": 1}),
        _change("territory", {"name": "x"}, base_versions={"nope": 1}),
        _change("territory", {"name": "x"}, base_versions={"name": 2}),
        _change("territory", {"name": "x"}, op="delete"),
        _change("territory", {}, op="delete"),
        Change.model_validate({"entity": "territory", "id": ID.upper(), "fields": {}}),
    ]
    for change in odd:
        assert batch_passes([change]) == _passes_one_by_one([change]), change
