"""What a delete takes with it: the live records that hang off a deleted record.

* an account: every record under it, at any depth (they all carry its account_id);
* any other record: the records whose parent reference (``PARENT_FIELD``) names it
  (a visit's reports, a quote's or an order's lines) and the attachments it owns,
  which then take their own children the same way.

A catalog row is nobody's parent here: deleting a product or a territory record does
not touch what names it. The rows found are locked, as every row a push writes is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import and_, false, or_, select
from sqlalchemy.orm import Session

from app.errors import FieldsalesError
from protocol.entities import ACCOUNT_PATH, PARENT_FIELD, REFERENCES
from protocol.messages import Change
from server.errors import tag_change
from server.models import Record

# parent entity -> [(child entity, the child's parent field)], accounts aside.
CHILDREN: dict[str, list[tuple[str, str]]] = {}
for _child, _field in PARENT_FIELD.items():
    _parent = REFERENCES[_child][_field]
    if _child in ACCOUNT_PATH and _parent != "account" and _child not in {"account", "attachment"}:
        CHILDREN.setdefault(_parent, []).append((_child, _field))


def parent_of(record: Any) -> tuple[str, str] | None:
    """(entity, id) of the record ``record`` hangs off in a cascade, accounts aside."""
    if record.entity == "attachment":
        return record.doc.get("owner_entity"), record.doc.get("owner_id")
    name = PARENT_FIELD.get(record.entity)
    target = REFERENCES.get(record.entity, {}).get(name or "")
    if name and target in CHILDREN:
        return target, record.doc.get(name)
    return None


def _owned_by(parents: list[Any]) -> Any:
    """SQL condition: live records hanging directly off one of ``parents`` (no accounts)."""
    conditions = []
    by_entity: dict[str, list[str]] = {}
    for parent in parents:
        by_entity.setdefault(parent.entity, []).append(parent.id)
    for entity, ids in by_entity.items():
        for child, name in CHILDREN.get(entity, []):
            conditions.append(
                and_(Record.entity == child, Record.doc[name].as_string().in_(sorted(ids)))
            )
    owner_ids = sorted({parent.id for parent in parents})
    conditions.append(
        and_(Record.entity == "attachment", Record.doc["owner_id"].as_string().in_(owner_ids))
    )
    # The same account (or none): an index range instead of every attachment stored.
    accounts = {parent.account_id for parent in parents}
    in_accounts = Record.account_id.in_(sorted(a for a in accounts if a is not None))
    scope = or_(in_accounts, Record.account_id.is_(None)) if None in accounts else in_accounts
    return and_(scope, or_(*conditions))


def find_children(session: Session, parents: list[Any], created: Iterable[Any]) -> list[Any]:
    """The live records (stored or created by this batch) that hang off ``parents``."""
    accounts = sorted({p.id for p in parents if p.entity == "account"})
    others = [p for p in parents if p.entity != "account"]
    condition = or_(
        Record.account_id.in_(accounts) if accounts else false(),
        _owned_by(others) if others else false(),
    )
    stored = session.scalars(
        select(Record)
        .where(Record.deleted.is_(False), condition)
        .order_by(Record.entity, Record.id)
        .with_for_update()
    ).all()
    keys = {(p.entity, p.id) for p in others}
    account_ids = set(accounts)
    fresh = [
        record
        for record in created
        if not record.deleted and (record.account_id in account_ids or parent_of(record) in keys)
    ]
    found = [
        record for record in stored if record.account_id in account_ids or parent_of(record) in keys
    ]
    # An account's own row carries its own id as account_id: it is a parent, not a child.
    return [r for r in found + fresh if (r.entity, r.id) not in keys and r.entity != "account"]


def cascade_deletes(
    session: Session,
    roots: list[tuple[Any, int, Change]],
    created: Iterable[Any],
    records: dict[tuple[str, str], Any],
    tombstone: Callable[[Any], None],
) -> None:
    """Tombstone what hangs off each record a batch deleted (``roots``), level by level.

    ``roots`` holds each deleted record with the change (and its index) that deleted
    it; a refusal below (a frozen order or approved report) names that change.
    ``records`` is the batch's cache of rows: the children join it.
    """
    created = list(created)
    level = roots
    while level:
        cause = {(r.entity, r.id): (index, change) for r, index, change in level}
        children = find_children(session, [r for r, _, _ in level], created)
        for record in children:  # cached first: an order line's order is among them
            records.setdefault((record.entity, record.id), record)
        next_level = []
        for record in children:
            if record.deleted:
                continue
            under_account = ("account", record.account_id) in cause
            parent = ("account", record.account_id) if under_account else parent_of(record)
            index, change = cause[parent]
            try:
                tombstone(record)
            except FieldsalesError as error:
                raise tag_change(error, index, change) from None
            if not under_account:  # an account's cascade already took every level
                next_level.append((record, index, change))
        level = next_level
