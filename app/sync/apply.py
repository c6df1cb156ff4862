"""Writing what the server says into the workspace, with the capture triggers quiet.

``applying`` opens the one transaction a pull page (or a push answer) is applied
in: foreign keys off for it (the server decides what exists, and a page may hold
a child before a parent it references, or drop a parent whose children follow),
and a row in ``sync_applying`` so the capture triggers ignore these writes.

``apply_page`` folds a page's entries per record first and then writes with one
executemany per table and field set, so a first sync stores tens of thousands of
records a second. Rules, per field:

* a field changed here and not yet pushed keeps the local value and the version
  it was based on, so the push reports the conflict instead of losing either;
* a version older than the one already held is ignored (our own push's answer
  may have told us a newer one);
* ``delete`` marks the row deleted (a tombstone); ``drop`` (the record left the
  user's territories) removes it, after setting aside any change of it that was
  not pushed as a refused change, so nothing typed here is lost.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.sync.outbox import _chunks, known_versions, table_of
from app.sync.tables import ApplyingRemoteChanges, OutboxEntry, RecordVersions, SyncIssue
from app.sync.values import from_protocol, row_to_fields
from protocol.entities import ENTITY_FIELDS

log = logging.getLogger(__name__)

Key = tuple[str, str]
BOOKKEEPING = ("id", "created_at", "updated_at", "updated_by", "deleted", "row_version")


@contextmanager
def applying(workspace: Any) -> Iterator[Session]:
    """A session in one transaction whose writes the capture triggers ignore."""
    with workspace.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with Session(bind=connection) as session, session.begin():
                session.add(ApplyingRemoteChanges(token=1))
                session.flush()
                yield session
                session.execute(delete(ApplyingRemoteChanges))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


@dataclass
class RecordPlan:
    exists: bool
    versions: dict[str, int]
    fields: dict[str, Any] = field(default_factory=dict)  # name -> protocol value
    deleted: bool = False
    dropped: bool = False
    readded: bool = False  # dropped, then sent again in full (moved between held territories)


@dataclass
class ApplyStats:
    upserts: int = 0
    deletes: int = 0
    drops: int = 0
    refused_on_drop: int = 0


class RemoteWriter:
    """Folds entries per record and writes them in bulk (one instance per transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.connection = session.connection()
        self.dialect = self.connection.dialect
        self.now = datetime.now(UTC)

    # -- loading ----------------------------------------------------------------------

    def _existing(self, keys: list[Key]) -> set[Key]:
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, record_id in keys:
            by_entity[entity].append(record_id)
        found: set[Key] = set()
        for entity, ids in by_entity.items():
            table = table_of(entity)
            for chunk in _chunks(ids):
                for (record_id,) in self.session.execute(
                    select(table.c.id).where(table.c.id.in_(chunk))
                ):
                    found.add((entity, record_id))
        return found

    def _pending_fields(self, keys: list[Key]) -> dict[Key, set[str]]:
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, record_id in keys:
            by_entity[entity].append(record_id)
        pending: dict[Key, set[str]] = defaultdict(set)
        for entity, ids in by_entity.items():
            for chunk in _chunks(ids):
                rows = self.session.execute(
                    select(OutboxEntry.record_id, OutboxEntry.field).where(
                        OutboxEntry.entity == entity, OutboxEntry.record_id.in_(chunk)
                    )
                )
                for record_id, name in rows:
                    pending[(entity, record_id)].add(name)
        return pending

    # -- a pull page ------------------------------------------------------------------

    def apply_page(self, changes: list[dict[str, Any]], drops: list[dict[str, Any]]) -> ApplyStats:
        entries = [("drop", item["entity"], item["id"], {}, {}) for item in drops] + [
            (
                entry["kind"],
                entry["entity"],
                entry["id"],
                entry.get("fields") or {},
                entry.get("versions") or {},
            )
            for entry in changes
        ]
        entries = [entry for entry in entries if entry[1] in ENTITY_FIELDS]
        keys = list(dict.fromkeys((entity, record_id) for _, entity, record_id, _, _ in entries))
        if not keys:
            return ApplyStats()
        existing = self._existing(keys)
        versions = known_versions(self.session, keys)
        pending = self._pending_fields(keys)
        plans: dict[Key, RecordPlan] = {}
        stats = ApplyStats()
        for kind, entity, record_id, fields, field_versions in entries:
            key = (entity, record_id)
            plan = plans.get(key)
            if plan is None:
                plan = plans[key] = RecordPlan(
                    exists=key in existing, versions=dict(versions.get(key, {}))
                )
            if kind == "drop":
                plan.dropped, plan.readded = True, False
                plan.fields.clear()
                plan.versions.clear()
                plan.deleted = False
                stats.drops += 1
                continue
            if plan.dropped:
                plan.readded = True  # moved between two territories this user holds
            if kind == "delete":
                plan.deleted = True
                stats.deletes += 1
                continue
            stats.upserts += 1
            local = pending.get(key, set())
            for name, value in fields.items():
                if name not in ENTITY_FIELDS[entity]:
                    continue  # a field this client does not know yet
                version = int(field_versions.get(name, 0))
                if name in local or "*" in local:
                    continue
                if version < plan.versions.get(name, 0):
                    continue
                plan.fields[name] = value
                plan.versions[name] = version
        stats.refused_on_drop = self._write(plans, pending)
        return stats

    # -- writing ----------------------------------------------------------------------

    def _write(self, plans: dict[Key, RecordPlan], pending: dict[Key, set[str]]) -> int:
        refused = 0
        removals = [
            key for key, plan in plans.items() if plan.dropped and not plan.readded and plan.exists
        ]
        for key in removals:
            if pending.get(key):
                refused += self._set_aside_on_drop(key, pending[key])
        self._remove(removals)
        inserts: dict[str, list[tuple[str, RecordPlan]]] = defaultdict(list)
        updates: dict[tuple[str, tuple[str, ...]], list[tuple[str, RecordPlan]]] = defaultdict(list)
        tombstones: dict[str, list[str]] = defaultdict(list)
        for (entity, record_id), plan in plans.items():
            if plan.dropped and not plan.readded:
                continue
            if not plan.exists:
                # A bare delete of a record not held here (a line removed on this laptop
                # comes back from the feed as one) leaves nothing to keep.
                if plan.fields:
                    inserts[entity].append((record_id, plan))
                continue
            if plan.fields:
                updates[(entity, tuple(sorted(plan.fields)))].append((record_id, plan))
            if plan.deleted:
                tombstones[entity].append(record_id)
        for entity, items in inserts.items():
            self._insert(entity, items)
        for (entity, names), items in updates.items():
            self._update(entity, names, items)
        for entity, ids in tombstones.items():
            table = table_of(entity)
            self.connection.exec_driver_sql(
                f'UPDATE "{table.name}" SET deleted = 1, row_version = row_version + 1 '
                "WHERE id = ? AND deleted = 0",
                [(record_id,) for record_id in ids],
            )
        rows = [
            (entity, record_id, json.dumps(plan.versions, separators=(",", ":")))
            for (entity, record_id), plan in plans.items()
            if not (plan.dropped and not plan.readded)
        ]
        if rows:
            self.connection.exec_driver_sql(
                "INSERT OR REPLACE INTO sync_record (entity, record_id, versions) VALUES (?, ?, ?)",
                rows,
            )
        return refused

    def _remove(self, keys: list[Key]) -> None:
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, record_id in keys:
            by_entity[entity].append(record_id)
        for entity, ids in by_entity.items():
            table = table_of(entity)
            params = [(record_id,) for record_id in ids]
            self.connection.exec_driver_sql(f'DELETE FROM "{table.name}" WHERE id = ?', params)
            self.connection.exec_driver_sql(
                "DELETE FROM sync_record WHERE entity = ? AND record_id = ?",
                [(entity, record_id) for record_id in ids],
            )
            self.connection.exec_driver_sql(
                "DELETE FROM sync_outbox WHERE entity = ? AND record_id = ?",
                [(entity, record_id) for record_id in ids],
            )

    def _set_aside_on_drop(self, key: Key, names: set[str]) -> int:
        """Keep a dropped record's un-pushed change as a refused change (values and all)."""
        entity, record_id = key
        table = table_of(entity)
        row = self.session.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None:
            return 0
        wanted = [name for name in ENTITY_FIELDS[entity] if "*" in names or name in names]
        self.session.add(
            SyncIssue(
                kind="refused",
                entity=entity,
                record_id=record_id,
                op="upsert",
                mine=json.dumps(row_to_fields(entity, row, wanted), ensure_ascii=False),
                code="out_of_scope",
                reason=translatable(
                    "errors",
                    "This record left your territories before your change was sent; "
                    "the change is kept here so you can copy it.",
                ),
            )
        )
        self.session.flush()
        return 1

    # -- single records (a push's answer) -------------------------------------------

    def set_fields(self, key: Key, fields: dict[str, Any]) -> None:
        plan = RecordPlan(exists=True, versions={}, fields=dict(fields))
        self._update(key[0], tuple(sorted(fields)), [(key[1], plan)])

    def remove_local(self, entity: str, record_id: str) -> None:
        """Remove a record the server never had (a refused create the user discarded)."""
        self._remove([(entity, record_id)])

    def replace_with_state(self, state: dict[str, Any]) -> None:
        """Take the server's copy of a record, dropping what was queued here for it."""
        self.connection.exec_driver_sql(
            "DELETE FROM sync_outbox WHERE entity = ? AND record_id = ?",
            (state["entity"], state["id"]),
        )
        self.connection.exec_driver_sql(
            "DELETE FROM sync_record WHERE entity = ? AND record_id = ?",
            (state["entity"], state["id"]),
        )
        entry = {
            "kind": "upsert",
            "entity": state["entity"],
            "id": state["id"],
            "fields": state.get("fields") or {},
            "versions": state.get("versions") or {},
        }
        deletion = {**entry, "kind": "delete", "fields": {}, "versions": {}}
        self.apply_page([entry, deletion] if state.get("deleted") else [entry], [])

    def mark_deleted(self, key: Key) -> None:
        self.connection.exec_driver_sql(
            f'UPDATE "{table_of(key[0]).name}" SET deleted = 1, row_version = row_version + 1 '
            "WHERE id = ? AND deleted = 0",
            (key[1],),
        )

    def _value(self, table: Table, kind: str, name: str, value: Any) -> Any:
        """A server value for a local column; one the column cannot hold gets its default.

        The server checks kinds, so this is a backstop: a null in a column this
        client keeps NOT NULL, or a value this version cannot read, must never stop
        a page from applying (and with it every sync after it).
        """
        if value is not None:
            try:
                return from_protocol(kind, value)
            except (ValueError, TypeError):
                log.warning("%s.%s: a value of the wrong kind from the server", table.name, name)
        if value is None and table.c[name].nullable:
            return None
        return _missing_value(table, name, self.now)

    def _processors(self, table: Table, names: list[str]) -> list[Any]:
        return [
            table.c[name].type.dialect_impl(self.dialect).bind_processor(self.dialect)
            for name in names
        ]

    def _insert(self, entity: str, items: list[tuple[str, RecordPlan]]) -> None:
        table = table_of(entity)
        kinds = ENTITY_FIELDS[entity]
        names = [name for name in table.columns.keys() if name in kinds]
        columns = [*BOOKKEEPING, *names]
        processors = self._processors(table, columns)
        rows = []
        for record_id, plan in items:
            values: list[Any] = [record_id, self.now, self.now, None, plan.deleted, 1]
            for name in names:
                values.append(self._value(table, kinds[name], name, plan.fields.get(name)))
            rows.append(
                tuple(
                    value if process is None or value is None else process(value)
                    for value, process in zip(values, processors, strict=True)
                )
            )
        quoted = ", ".join(f'"{name}"' for name in columns)
        marks = ", ".join("?" for _ in columns)
        self.connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', rows
        )

    def _update(
        self, entity: str, names: tuple[str, ...], items: list[tuple[str, RecordPlan]]
    ) -> None:
        table = table_of(entity)
        kinds = ENTITY_FIELDS[entity]
        processors = self._processors(table, [*names, "updated_at"])
        now = processors[-1](self.now) if processors[-1] else self.now
        rows = []
        for record_id, plan in items:
            values = [self._value(table, kinds[name], name, plan.fields[name]) for name in names]
            rows.append(
                tuple(
                    value if process is None or value is None else process(value)
                    for value, process in zip(values, processors, strict=False)
                )
                + (now, record_id)
            )
        assignments = ", ".join(f'"{name}" = ?' for name in names)
        self.connection.exec_driver_sql(
            f'UPDATE "{table.name}" SET {assignments}, row_version = row_version + 1, '
            "updated_at = ? WHERE id = ?",
            rows,
        )


def _missing_value(table: Table, name: str, now: datetime) -> Any:
    """What a column gets when the server's record does not carry it."""
    column = table.c[name]
    if column.default is not None:
        default = column.default
        return default.arg(None) if default.is_callable else default.arg
    if column.nullable:
        return None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return ""
    if python_type is datetime:
        return now
    if python_type is date:
        return now.date()
    if python_type is Decimal:
        return Decimal("0")
    if python_type is bool:
        return False
    if python_type is int:
        return 0
    if python_type in (list, dict):
        return python_type()
    return ""


def store_versions(session: Session, key: Key, versions: dict[str, int]) -> None:
    session.merge(
        RecordVersions(
            entity=key[0], record_id=key[1], versions=json.dumps(versions, separators=(",", ":"))
        )
    )
