"""From the outbox to push changes, and what a push's answer does to the outbox.

``collect_changes`` turns the outbox into protocol changes, in an order the
server accepts: records this workspace created come first (parents before
children, by ``PUSH_ORDER``), then edits, then deletes. A new record's
reference to another new record that only comes later (a quote's ``order_id``)
is left out of the create and queued as an edit of its own, so it travels once
its target exists. A freezing status (an order submitted here) that goes with
other changes of its record or of its lines is held back for the next push round
of the same sync: the server refuses changes to a frozen order. Values are read when the changes are collected: however often
a field was edited, one change carries its last value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.models import SYNCED_MODELS
from app.sync.capture import DELETED
from app.sync.tables import WHOLE_RECORD, OutboxEntry, RecordVersions
from app.sync.values import row_to_fields
from protocol.entities import ACCOUNT_PATH, CATALOG_ENTITIES, ENTITY_FIELDS

# Parents before children; a quote before the order made from it.
PUSH_ORDER = (
    "territory",
    "pipeline_stage",
    "product",
    "price_list",
    "price_list_item",
    "account",
    "price_list_account",
    "contact",
    "opportunity",
    "visit",
    "task",
    "visit_report",
    "quote",
    "quote_line",
    "order",
    "order_line",
    "contract",
    "attachment",
)
RANK = {entity: index for index, entity in enumerate(PUSH_ORDER)}

# Fields the server fills itself: never pushed (the server refuses or ignores them).
SERVER_FILLED = {"visit_report": frozenset({"reviewed_by", "reviewed_at"})}
# Fields only a manager sets; a rep's workspace never sends them (docs/sync.md, review).
MANAGER_ONLY = {"visit_report": frozenset({"review_state", "review_comment"})}
# The values of a manager-only field a rep may still push, (entity, field) -> values:
# resubmitting a report sent back sets its review state to pending again.
REP_ALLOWED_VALUES = {("visit_report", "review_state"): frozenset({"pending"})}
# A status that freezes a record (and its children) on the server: when any other
# change of that record or of its children goes in the same sync, the status is held
# back and travels in the next push round, after all of them (docs/sync.md).
FREEZING_STATUS = {"order": frozenset({"submitted", "confirmed", "fulfilled", "cancelled"})}
# The children a freezing status freezes with their parent: entity -> reference field.
FROZEN_CHILDREN = {"order": ("order_line", "order_id")}
ANY_RECORD = "*"
CHUNK = 500  # ids per IN (...) list


@dataclass
class PendingChange:
    entity: str
    record_id: str
    op: str  # upsert | delete
    fields: dict[str, Any]
    base_versions: dict[str, int]
    outbox_ids: list[int]
    creates: bool = False  # the server does not know this record yet

    def as_protocol(self) -> dict[str, Any]:
        change: dict[str, Any] = {"entity": self.entity, "id": self.record_id, "op": self.op}
        if self.op == "upsert":
            change["fields"] = self.fields
            change["base_versions"] = self.base_versions
        return change

    @property
    def parent(self) -> tuple[str, str] | None:
        """The record this one hangs off (scope parent), as (entity, id)."""
        path = ACCOUNT_PATH.get(self.entity)
        if self.entity == "attachment":
            owner = self.fields.get("owner_entity"), self.fields.get("owner_id")
            return (owner[0], owner[1]) if owner[0] and owner[1] else None
        if not path:
            return None
        target = self.fields.get(path[0])
        return (reference_target(self.entity, path[0]), target) if target else None


@dataclass
class SetAside:
    """A change that cannot be pushed as it is: becomes a refused issue."""

    change: PendingChange
    code: str
    reason: str


@dataclass
class Collected:
    changes: list[PendingChange] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)
    discarded_ids: list[int] = field(default_factory=list)  # nothing to push (never-pushed deletes)
    deferred_fields: list[tuple[str, str, str]] = field(default_factory=list)


def table_of(entity: str) -> Table:
    return SYNCED_MODELS[entity].__table__  # type: ignore[return-value]


def reference_target(entity: str, name: str) -> str:
    """The entity a ``ref`` field of ``entity`` points at (from the model's foreign key)."""
    column = table_of(entity).c[name]
    for foreign_key in column.foreign_keys:
        return foreign_key.column.table.name
    return ""  # attachment.owner_id: given by owner_entity


def pending_record_count(session: Session) -> int:
    """Records with changes not yet acknowledged by the server."""
    records = select(OutboxEntry.entity, OutboxEntry.record_id).distinct().subquery()
    return session.scalar(select(func.count()).select_from(records)) or 0


def known_versions(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, int]]:
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in keys:
        by_entity[entity].append(record_id)
    found: dict[tuple[str, str], dict[str, int]] = {}
    for entity, ids in by_entity.items():
        for chunk in _chunks(ids):
            rows = session.execute(
                select(RecordVersions.record_id, RecordVersions.versions).where(
                    RecordVersions.entity == entity, RecordVersions.record_id.in_(chunk)
                )
            )
            for record_id, versions in rows:
                found[(entity, record_id)] = json.loads(versions)
    return found


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _rows(session: Session, entity: str, ids: list[str]) -> dict[str, Any]:
    table = table_of(entity)
    found: dict[str, Any] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(table).where(table.c.id.in_(chunk))).mappings():
            found[row["id"]] = row
    return found


def collect_changes(session: Session, *, role: str) -> Collected:
    """The outbox as push changes, in push order; see the module docstring."""
    entries: dict[tuple[str, str], list[OutboxEntry]] = defaultdict(list)
    for entry in session.scalars(select(OutboxEntry).order_by(OutboxEntry.id)):
        entries[(entry.entity, entry.record_id)].append(entry)
    collected = Collected()
    if not entries:
        return collected
    versions = known_versions(session, entries)
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in entries:
        by_entity[entity].append(record_id)
    rows = {entity: _rows(session, entity, ids) for entity, ids in by_entity.items()}

    creates: list[PendingChange] = []
    edits: list[PendingChange] = []
    deletes: list[PendingChange] = []
    for (entity, record_id), group in entries.items():
        ids = [entry.id for entry in group]
        names = {entry.field for entry in group}
        row = rows[entity].get(record_id)
        known = versions.get((entity, record_id))
        if row is None and known is not None and DELETED in names:
            # Removed here after being flagged deleted (a document's line): the server
            # holds it, so it is deleted there too.
            deletes.append(PendingChange(entity, record_id, "delete", {}, {}, ids))
            continue
        if row is None or (row["deleted"] and known is None) or entity not in ENTITY_FIELDS:
            collected.discarded_ids += ids  # gone, or created and deleted before any push
            continue
        pushable = _pushable_fields(entity, role, row)
        if row["deleted"] and DELETED in names:
            change = PendingChange(entity, record_id, "delete", {}, {}, ids)
            deletes.append(change)
        elif known is None:
            values = row_to_fields(entity, row, pushable)
            fields = {name: value for name, value in values.items() if value is not None}
            change = PendingChange(entity, record_id, "upsert", fields, {}, ids, creates=True)
            creates.append(change)
        else:
            wanted = [name for name in pushable if WHOLE_RECORD in names or name in names]
            if not wanted:
                collected.discarded_ids += ids  # only "deleted" flipped back before a push
                continue
            fields = row_to_fields(entity, row, wanted)
            base = {name: known.get(name, 0) for name in fields}
            change = PendingChange(entity, record_id, "upsert", fields, base, ids)
            edits.append(change)
        if entity in CATALOG_ENTITIES and role != "admin":
            collected.set_aside.append(
                SetAside(
                    change,
                    "forbidden",
                    translatable(
                        "errors",
                        "{entity} is kept by the server: only an administrator changes it. "
                        "Discard this change, or ask your administrator to add it.",
                    ).format(entity=entity),
                )
            )
            for bucket in (creates, edits, deletes):
                if bucket and bucket[-1] is change:
                    bucket.pop()

    def order(change: PendingChange) -> tuple[int, int]:
        return RANK.get(change.entity, len(RANK)), change.outbox_ids[0]

    creates.sort(key=order)
    edits.sort(key=order)
    deletes.sort(key=order)
    _defer_forward_references(creates, collected)
    touched = _touched_parents(rows, creates + edits + deletes)
    edits = _defer_freezing_status(creates + edits, touched, collected)[len(creates) :]
    collected.changes = creates + edits + deletes
    return collected


def _defer_forward_references(creates: list[PendingChange], collected: Collected) -> None:
    """Leave out a create's reference to a record created only after it (see docstring)."""
    position = {(change.entity, change.record_id): index for index, change in enumerate(creates)}
    for index, change in enumerate(creates):
        parent_field = (ACCOUNT_PATH.get(change.entity) or (None,))[0]
        for name, kind in ENTITY_FIELDS[change.entity].items():
            if kind != "ref" or name == parent_field or name not in change.fields:
                continue
            target = (reference_target(change.entity, name), change.fields[name])
            if position.get(target, -1) > index:
                del change.fields[name]
                collected.deferred_fields.append((change.entity, change.record_id, name))


def _pushable_fields(entity: str, role: str, row: Any) -> list[str]:
    held_back = SERVER_FILLED.get(entity, frozenset())
    if role != "manager":
        held_back = held_back | {
            name
            for name in MANAGER_ONLY.get(entity, frozenset())
            if row[name] not in REP_ALLOWED_VALUES.get((entity, name), frozenset())
        }
    return [name for name in ENTITY_FIELDS[entity] if name not in held_back]


def _touched_parents(
    rows: dict[str, dict[str, Any]], changes: list[PendingChange]
) -> set[tuple[str, str]]:
    """Records with a freezing status whose children change in this push."""
    child_of = {child: (parent, name) for parent, (child, name) in FROZEN_CHILDREN.items()}
    touched: set[tuple[str, str]] = set()
    for change in changes:
        if change.entity in child_of:
            parent, name = child_of[change.entity]
            row = rows[change.entity].get(change.record_id)
            # A child removed here has no row left to name its parent: any may be it.
            touched.add((parent, row[name] if row is not None else ANY_RECORD))
    return touched


def _defer_freezing_status(
    changes: list[PendingChange], touched: set[tuple[str, str]], collected: Collected
) -> list[PendingChange]:
    """Hold back a freezing status that would travel with other changes of its record.

    The server refuses any change to a frozen order or its lines, so an order
    submitted after (or while) being edited here must first take its edits, new,
    changed and removed lines open; its status follows in the next push round.
    Returns ``changes`` without those left with nothing to send.
    """
    kept: list[PendingChange] = []
    for change in changes:
        frozen = FREEZING_STATUS.get(change.entity)
        status = change.fields.get("status")
        key = (change.entity, change.record_id)
        others = len(change.fields) > 1 or not touched.isdisjoint({key, (key[0], ANY_RECORD)})
        if frozen and status in frozen and (change.creates or others):
            del change.fields["status"]
            change.base_versions.pop("status", None)
            collected.deferred_fields.append((change.entity, change.record_id, "status"))
        if change.fields or change.creates:
            kept.append(change)
    return kept


def queue_fields(session: Session, entries: Iterable[tuple[str, str, str]]) -> None:
    """Put fields back in the outbox as pending edits (deferred references, retries)."""
    for entity, record_id, name in entries:
        session.execute(
            OutboxEntry.__table__.insert()
            .prefix_with("OR REPLACE")
            .values(entity=entity, record_id=record_id, field=name)
        )
