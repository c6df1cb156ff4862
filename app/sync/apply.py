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
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.sync.columns import ColumnPlan, _datetime
from app.sync.outbox import table_of
from app.sync.tables import ApplyingRemoteChanges, RecordVersions, SyncIssue
from app.sync.values import row_to_fields
from protocol.entities import ENTITY_FIELDS

log = logging.getLogger(__name__)

Key = tuple[str, str]
LOOKUP_CHUNK = 5000  # ids per IN (...): SQLite takes up to 32,766 parameters
BOOKKEEPING = ("id", "created_at", "updated_at", "updated_by", "deleted", "row_version")


@contextmanager
def applying(workspace: Any, *, refetchable: bool = False) -> Iterator[Session]:
    """A session in one transaction whose writes the capture triggers ignore.

    ``refetchable``: what the transaction stores can be had from the server again
    if it is lost (a pull page with its cursor), so its commit does not wait for
    the disk (``synchronous = NORMAL``: still atomic, the WAL is synced at the
    next checkpoint or durable commit). A power cut may roll it back, and the next
    sync pulls the page again from the older cursor. That fsync was most of an
    incremental sync's time on a busy disk.
    """
    with workspace.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")
        if refetchable:
            raw.execute("PRAGMA synchronous = NORMAL")
        try:
            with Session(bind=connection) as session, session.begin():
                session.add(ApplyingRemoteChanges(token=1))
                session.flush()
                yield session
                session.execute(delete(ApplyingRemoteChanges))
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
            if refetchable:
                raw.execute("PRAGMA synchronous = FULL")


@dataclass(slots=True)
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
        self._stored_now = _datetime(self.now.isoformat())
        self._plans: dict[str, ColumnPlan] = {}

    # -- loading ----------------------------------------------------------------------

    def _lookup(self, keys: list[Key], sql: str, *, with_entity: bool) -> list[tuple[Any, ...]]:
        """Rows of ``sql`` (``{marks}`` for the ids) for every entity's ids among ``keys``.

        Plain driver SQL in large chunks: per page this runs a handful of statements,
        where building a SQLAlchemy select per 500 ids was a tenth of a first sync.
        """
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, record_id in keys:
            by_entity[entity].append(record_id)
        found: list[tuple[Any, ...]] = []
        for entity, ids in by_entity.items():
            for start in range(0, len(ids), LOOKUP_CHUNK):
                chunk = ids[start : start + LOOKUP_CHUNK]
                statement = sql.format(
                    table=table_of(entity).name, marks=",".join("?" * len(chunk))
                )
                params = (entity, *chunk) if with_entity else tuple(chunk)
                rows = self.connection.exec_driver_sql(statement, params).all()
                found += [(entity, *row) for row in rows]
        return found

    def _existing(self, keys: list[Key]) -> set[Key]:
        rows = self._lookup(
            keys, 'SELECT id FROM "{table}" WHERE id IN ({marks})', with_entity=False
        )
        return {(entity, record_id) for entity, record_id in rows}

    def _known_versions(self, keys: list[Key]) -> dict[Key, dict[str, int]]:
        rows = self._lookup(
            keys,
            "SELECT record_id, versions FROM sync_record WHERE entity = ? AND record_id IN ({marks})",
            with_entity=True,
        )
        return {(entity, record_id): json.loads(versions) for entity, record_id, versions in rows}

    def _pending_fields(self, keys: list[Key]) -> dict[Key, set[str]]:
        pending: dict[Key, set[str]] = defaultdict(set)
        if self.connection.exec_driver_sql("SELECT 1 FROM sync_outbox LIMIT 1").first() is None:
            return pending  # nothing typed here waits (a first sync, most pulls)
        rows = self._lookup(
            keys,
            "SELECT record_id, field FROM sync_outbox WHERE entity = ? AND record_id IN ({marks})",
            with_entity=True,
        )
        for entity, record_id, name in rows:
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
        versions = self._known_versions(keys)
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
            known = ENTITY_FIELDS[entity]
            local = pending.get(key)
            held = plan.versions
            if not local and not held:
                # Nothing held or typed here for it (every record of a first sync).
                accepted = {name: value for name, value in fields.items() if name in known}
                plan.fields = accepted
                plan.versions = {name: int(field_versions.get(name, 0)) for name in accepted}
                continue
            if "*" in (local or ()):
                continue  # created here and not pushed yet: the push meets the server
            for name, value in fields.items():
                if name not in known:
                    continue  # a field this client does not know yet
                if local and name in local:
                    continue
                version = int(field_versions.get(name, 0))
                if version < held.get(name, 0):
                    continue
                plan.fields[name] = value
                held[name] = version
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
            (entity, record_id, to_json(plan.versions).decode())
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

    def _plan(self, entity: str) -> ColumnPlan:
        plan = self._plans.get(entity)
        if plan is None:
            plan = ColumnPlan(table_of(entity), ENTITY_FIELDS[entity], self.dialect, self.now)
            self._plans[entity] = plan
        return plan

    def _insert(self, entity: str, items: list[tuple[str, RecordPlan]]) -> None:
        table = table_of(entity)
        columns = self._plan(entity)
        names = list(columns.columns)
        # id, created_at, updated_at, updated_by, deleted, row_version
        now = self._stored_now
        rows = [
            (
                record_id,
                now,
                now,
                None,
                1 if plan.deleted else 0,
                1,
                *columns.row(names, plan.fields),
            )
            for record_id, plan in items
        ]
        quoted = ", ".join(f'"{name}"' for name in (*BOOKKEEPING, *names))
        marks = ", ".join("?" for _ in range(len(BOOKKEEPING) + len(names)))
        self.connection.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', rows
        )

    def _update(
        self, entity: str, names: tuple[str, ...], items: list[tuple[str, RecordPlan]]
    ) -> None:
        table = table_of(entity)
        columns = self._plan(entity)
        wanted = list(names)
        now = self._stored_now
        rows = [(*columns.row(wanted, plan.fields), now, record_id) for record_id, plan in items]
        assignments = ", ".join(f'"{name}" = ?' for name in names)
        self.connection.exec_driver_sql(
            f'UPDATE "{table.name}" SET {assignments}, row_version = row_version + 1, '
            "updated_at = ? WHERE id = ?",
            rows,
        )


def store_versions(session: Session, key: Key, versions: dict[str, int]) -> None:
    session.merge(
        RecordVersions(
            entity=key[0], record_id=key[1], versions=json.dumps(versions, separators=(",", ":"))
        )
    )
