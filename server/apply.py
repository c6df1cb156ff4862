"""Applies one change of a push batch to the stored records.

Conflict rule (per field, documented in docs/sync.md): each change carries the
version of the field the client last saw. If the stored version is newer, another
write committed first and is kept; the late write loses and is reported back with
the value kept. A delete always wins (tombstone); later edits to a tombstone are
reported as conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, translatable
from protocol.entities import (
    ACCOUNT_PATH,
    CATALOG_ENTITIES,
    ENTITY_FIELDS,
    PARENT_FIELD,
    REFERENCES,
    REQUIRED_ON_CREATE,
)
from protocol.messages import Change, Conflict, RecordState
from server.attachments import check_uploaded
from server.bulk import bulk_insert, execute_raw, is_postgresql
from server.cascade import cascade_deletes
from server.errors import ForbiddenError
from server.feed import FeedWriter
from server.models import Record, Territory, utcnow
from server.references import ReferenceClaims
from server.rules import check_review_fields, refuse_if_frozen, server_review_fields
from server.scope import Viewer

Key = tuple[str, str]

_PARENT_SCOPE = (
    "SELECT deleted, account_id, territory_id, personal_user_id FROM records "
    "WHERE entity = %s AND id = %s"
)


@dataclass(slots=True)
class NewRecord:
    """A row created by this batch, with ``Record``'s attributes but not an ORM object.

    New rows go in with one multi-row INSERT and the session never tracks them, so
    the mapper's instrumentation (a quarter of a 250-row push, profiled) buys nothing.
    """

    entity: str
    id: str
    doc: dict[str, Any]
    versions: dict[str, int]
    row_version: int
    deleted: bool
    account_id: str | None
    territory_id: str | None
    personal_user_id: str | None
    created_at: datetime
    updated_at: datetime
    updated_by: str | None
    content_hash: str | None = None


# Either a stored row (ORM, changes flushed by the session) or one this batch creates.
AnyRecord = Record | NewRecord


class BatchApplier:
    def __init__(
        self, session: Session, viewer: Viewer, feed: FeedWriter, locked: dict[Key, Record]
    ) -> None:
        self.session = session
        self.viewer = viewer
        self.feed = feed
        self.records: dict[Key, AnyRecord] = dict(locked)
        # Keys the batch names that the lock query did not find: new rows, no need to look again.
        self.known_missing: set[Key] = set()
        self.created: dict[Key, NewRecord] = {}
        self.touched: dict[Key, AnyRecord] = {}
        self.conflicts: list[Conflict] = []
        self.references = ReferenceClaims()
        # Scope of the parents new rows were created under, for the next rows under
        # the same parent: a batch's creates mostly share a few parents, and looking
        # each up again was a tenth of applying a create (profiled). Emptied by any
        # change to a stored row, which could change what a look-up finds.
        self._parent_scopes: dict[Key, tuple[str | None, str | None, str | None]] = {}
        # Whether the batch changed a stored row yet (see ``_parent_scope``).
        self._stored_changed = False
        self._postgresql: bool | None = None
        # Content hashes named by attachments of this batch, with the change naming them.
        self.named_content: dict[str, tuple[int, Change | None]] = {}
        # Records this batch deleted, with the change that did: their children follow.
        self.deleted_roots: list[tuple[AnyRecord, int, Change | None]] = []
        self.now = utcnow()
        # The change being applied and its position in the batch.
        self._index = 0
        self._change: Change | None = None

    # --- lookups -------------------------------------------------------------------

    def _get(self, entity: str, record_id: str) -> AnyRecord | None:
        key = (entity, record_id)
        if key in self.known_missing:
            return None
        if key not in self.records:
            record = self.session.get(Record, key)
            if record is None:
                return None
            self.records[key] = record
        return self.records[key]

    def _not_found(self, entity: str, record_id: str, *, field: str = "id") -> NotFoundError:
        return NotFoundError(
            translatable("errors", "no {entity} with id {id}"),
            field=field,
            entity=entity,
            id=record_id,
        )

    def _visible(self, entity: str, record_id: str, *, field: str) -> AnyRecord:
        record = self._get(entity, record_id)
        if record is None or record.deleted or not self.viewer.sees_record(record):
            raise self._not_found(entity, record_id, field=field)
        return record

    def _order_of(self, record: AnyRecord) -> AnyRecord | None:
        if record.entity == "order_line" and record.doc.get("order_id"):
            return self._get("order", record.doc["order_id"])
        return None

    # --- scope ---------------------------------------------------------------------

    def _scope_for_new(self, change: Change) -> tuple[str | None, str | None, str | None]:
        """(account_id, territory_id, personal_user_id) of a record being created."""
        entity, fields = change.entity, change.fields
        for name in REQUIRED_ON_CREATE.get(entity, ()):
            if fields.get(name) is None:
                raise ValidationError(
                    translatable("errors", "{entity}.{name} is required"),
                    field=name,
                    entity=entity,
                    name=name,
                )
        if entity == "account":
            return change.id, self._check_territory(fields["territory_id"]), None
        if entity == "attachment":
            return self._owner_scope(fields["owner_entity"], fields["owner_id"])
        parent_field = PARENT_FIELD.get(entity)
        if parent_field is None:
            return None, None, None  # catalog rows: everyone sees them
        parent_id = fields.get(parent_field)
        if parent_id is None:
            return None, None, self.viewer.user_id  # a personal task
        key = (REFERENCES[entity][parent_field], parent_id)
        scope = self._parent_scopes.get(key)
        if scope is None:
            scope = self._parent_scope(*key, field=parent_field)
            self._parent_scopes[key] = scope
        return scope

    def _parent_scope(
        self, entity: str, record_id: str, *, field: str
    ) -> tuple[str | None, str | None, str | None]:
        """A visible parent's (account_id, territory_id, personal_user_id).

        On PostgreSQL, a parent the batch does not name, while the batch has
        changed no stored row (so the session holds no unflushed change of it), is
        read as these columns alone through psycopg: loading it as an ORM object
        was 650 µs of this process's CPU per push, for a row needed only for its
        scope.
        """
        key = (entity, record_id)
        if self._postgresql is None:
            self._postgresql = is_postgresql(self.session)
        named = key in self.records or key in self.known_missing
        if named or self._stored_changed or not self._postgresql:
            parent = self._visible(entity, record_id, field=field)
            return parent.account_id, parent.territory_id, parent.personal_user_id
        found = execute_raw(self.session, _PARENT_SCOPE, [entity, record_id])
        if not found:
            raise self._not_found(entity, record_id, field=field)
        deleted, account_id, territory_id, personal = found[0]
        if deleted or not self.viewer.sees(territory_id=territory_id, personal_user_id=personal):
            raise self._not_found(entity, record_id, field=field)
        return account_id, territory_id, personal

    def _owner_scope(
        self, owner_entity: Any, owner_id: str
    ) -> tuple[str | None, str | None, str | None]:
        """An attachment lives in its owner's scope; on catalog data it is catalog data."""
        if owner_entity not in ENTITY_FIELDS or owner_entity == "attachment":
            raise ValidationError(
                translatable("errors", "attachment.owner_entity must name a synced entity"),
                field="owner_entity",
            )
        owner = self._visible(owner_entity, owner_id, field="owner_id")
        if owner_entity in CATALOG_ENTITIES and not self.viewer.is_admin:
            raise ForbiddenError(
                translatable("errors", "{entity} is catalog data: only an admin changes it"),
                field="owner_entity",
                entity=owner_entity,
            )
        return owner.account_id, owner.territory_id, owner.personal_user_id

    def _check_territory(self, territory_id: Any) -> str:
        if not territory_id:
            raise ValidationError(
                translatable("errors", "{entity}.{name} is required"),
                field="territory_id",
                entity="account",
                name="territory_id",
            )
        if self.session.get(Territory, territory_id) is None or not self.viewer.sees_territory(
            territory_id
        ):
            raise NotFoundError(
                translatable("errors", "no territory with id {id}"),
                field="territory_id",
                id=territory_id,
            )
        return territory_id

    # --- applying ------------------------------------------------------------------

    def apply(self, change: Change, index: int = 0) -> None:
        """Apply change ``index`` of the batch; ``finish`` completes the batch's checks."""
        self._index, self._change = index, change
        if change.entity in CATALOG_ENTITIES and not self.viewer.is_admin:
            raise ForbiddenError(
                translatable("errors", "{entity} is catalog data: only an admin changes it"),
                field="entity",
                entity=change.entity,
            )
        record = self._get(change.entity, change.id)
        if record is not None and not self.viewer.sees_record(record):
            raise self._not_found(change.entity, change.id)
        if record is None:
            if change.op == "delete":
                raise self._not_found(change.entity, change.id)
            self._create(change)
        elif change.op == "delete":
            self._delete(record)
        else:
            self._update(record, change)

    def _create(self, change: Change) -> None:
        account_id, territory_id, personal = self._scope_for_new(change)
        fields = dict(change.fields)
        if change.entity == "visit_report":
            check_review_fields(self.viewer, fields, existing=None)
        if change.entity == "order_line":
            order = self._visible("order", fields["order_id"], field="order_id")
            refuse_if_frozen(order, None, {"order_line"})
        record = NewRecord(
            entity=change.entity,
            id=change.id,
            doc=fields,
            versions={name: 1 for name in fields},
            row_version=1,
            deleted=False,
            account_id=account_id,
            territory_id=territory_id,
            personal_user_id=personal,
            created_at=self.now,
            updated_at=self.now,
            updated_by=self.viewer.username,
        )
        if change.entity == "visit_report":
            extra = server_review_fields(self.viewer, fields, record, self.now.isoformat())
            record.doc = {**fields, **extra}
            record.versions = {name: 1 for name in record.doc}
        if change.entity == "attachment":
            self._name_content(record, fields)
        # Never in the session: new rows go in with one multi-row INSERT at the end.
        self.created[(record.entity, record.id)] = record
        self.records[(record.entity, record.id)] = record
        self.known_missing.discard((record.entity, record.id))
        self.references.note(record.entity, record.id, fields, index=self._index, change=change)
        self._touch(record, kind="upsert", fields=record.doc)

    def _delete(self, record: AnyRecord) -> None:
        if record.deleted:
            return  # deleting twice is a no-op
        self._tombstone(record)
        self.deleted_roots.append((record, self._index, self._change))

    def _stored_row_changing(self) -> None:
        """A stored row changes: scopes looked up so far may no longer hold."""
        self._parent_scopes.clear()
        self._stored_changed = True

    def _tombstone(self, record: AnyRecord) -> None:
        self._stored_row_changing()
        refuse_if_frozen(record, self._order_of(record), set())
        record.deleted = True
        record.row_version += 1
        record.updated_at, record.updated_by = self.now, self.viewer.username
        self._touch(record, kind="delete", fields={})

    def _update(self, record: AnyRecord, change: Change) -> None:
        self._stored_row_changing()
        if record.deleted:
            for name, value in change.fields.items():
                self._conflict(record, name, value)
            return
        refuse_if_frozen(record, self._order_of(record), set(change.fields))
        if record.entity == "visit_report":
            check_review_fields(self.viewer, change.fields, existing=record)
        accepted: dict[str, Any] = {}
        for name, value in change.fields.items():
            stored_version = record.versions.get(name, 0)
            if record.doc.get(name) == value and name in record.doc:
                continue  # already so: nothing to write, nothing to report
            if change.base_versions.get(name, 0) < stored_version:
                self._conflict(record, name, value)
                continue
            accepted[name] = value
        self._check_path_fields(record, accepted)
        if record.entity == "attachment":
            self._name_content(record, accepted, pushed=change.fields)
        if not accepted:
            return
        self.references.note(record.entity, record.id, accepted, index=self._index, change=change)
        new_doc = {**record.doc, **accepted}
        record.doc = new_doc
        if record.entity == "visit_report":
            extra = server_review_fields(self.viewer, accepted, record, self.now.isoformat())
            accepted.update(extra)
            record.doc = {**new_doc, **extra}
        record.row_version += 1
        record.versions = {**record.versions, **{name: record.row_version for name in accepted}}
        record.updated_at, record.updated_by = self.now, self.viewer.username
        if record.entity == "account" and "territory_id" in accepted:
            self._move_account(record, accepted)
            return
        self._touch(record, kind="upsert", fields=accepted)

    def _check_path_fields(self, record: AnyRecord, accepted: dict[str, Any]) -> None:
        """A row stays under the account it was created for (moving one is unsupported)."""
        path = ACCOUNT_PATH.get(record.entity) or ()
        locked = set(path[:1]) | (
            {"owner_entity", "owner_id"} if record.entity == "attachment" else set()
        )
        for name in locked & accepted.keys():
            raise ValidationError(
                translatable("errors", "{entity}.{name} cannot change once created"),
                field=name,
                entity=record.entity,
                name=name,
            )

    def _move_account(self, account: AnyRecord, accepted: dict[str, Any]) -> None:
        """Re-scope the account and everything under it to its new territory.

        Readers of the old territory get ``drop`` entries, readers of the new one the
        full rows, so both sides' replays of their territory's history stay exact.
        Tombstones move too (full row, then its delete): otherwise the old
        territory's readers would keep a deleted row they can no longer see, and the
        new one's would lack one that replaying the territory gives.
        """
        new_territory = self._check_territory(accepted["territory_id"])
        stored = self.session.scalars(
            select(Record)
            .where(Record.account_id == account.id)
            .order_by(Record.entity, Record.id)
            .with_for_update()
        ).all()
        members = list(stored) + [r for r in self.created.values() if r.account_id == account.id]
        for member in members:
            self.feed.add_record(member, kind="drop", fields={})
            member.territory_id = new_territory
            self._touch(member, kind="upsert", fields=dict(member.doc))
            if member.deleted:
                self._touch(member, kind="delete", fields={})

    def _conflict(self, record: AnyRecord, name: str, value: Any) -> None:
        self.conflicts.append(
            Conflict(
                entity=record.entity,
                id=record.id,
                field=name,
                your_value=value,
                kept_value=None if record.deleted else record.doc.get(name),
                kept_version=record.versions.get(name, record.row_version),
            )
        )
        self.touched[(record.entity, record.id)] = record

    def _touch(self, record: AnyRecord, *, kind: str, fields: dict[str, Any]) -> None:
        self.feed.add_record(record, kind=kind, fields=fields)
        self.touched[(record.entity, record.id)] = record

    def _name_content(
        self, record: AnyRecord, fields: dict[str, Any], *, pushed: dict[str, Any] | None = None
    ) -> None:
        """Note an attachment's new content hash: its writer must have uploaded it.

        ``pushed``: the change as sent. Naming the stored hash again backs a record
        that no upload backed yet (one stored before uploads were recorded).
        """
        if "content_hash" not in fields and pushed is not None:
            again = pushed.get("content_hash")
            if (
                again is None
                or again != record.doc.get("content_hash")
                or again == record.content_hash
            ):
                return
            fields = {"content_hash": again}
        if "content_hash" in fields:
            record.content_hash = fields["content_hash"]
            if record.content_hash is not None:
                self.named_content[record.content_hash] = (self._index, self._change)

    def finish(self) -> None:
        """What needs the whole batch applied: delete cascades, references, uploads."""
        cascade_deletes(
            self.session, self.deleted_roots, self.created.values(), self.records, self._tombstone
        )
        self.references.check(self.session, self.viewer, self.records, self.known_missing)
        check_uploaded(self.session, self.viewer.user_id, self.named_content)

    def created_rows(self, *, timestamps_as_text: bool = False) -> list[dict[str, Any]]:
        """The batch's new rows as column values, for one INSERT.

        ``timestamps_as_text``: their times as ISO 8601 text, for a JSON document
        (``server.bulk.rows_json``): a batch's rows share one time, formatted once,
        where an encoder would format it twice per row.
        """
        texts: dict[datetime, str] = {}

        def when(value: datetime) -> datetime | str:
            if not timestamps_as_text:
                return value
            return texts.get(value) or texts.setdefault(value, value.isoformat())

        # Written out, not a getattr per column: 0.93 -> 0.40 µs per row. Every
        # column of ``records`` (tests/server/test_rows_json.py holds them equal).
        return [
            {
                "entity": record.entity,
                "id": record.id,
                "doc": record.doc,
                "versions": record.versions,
                "row_version": record.row_version,
                "deleted": record.deleted,
                "account_id": record.account_id,
                "territory_id": record.territory_id,
                "personal_user_id": record.personal_user_id,
                "created_at": when(record.created_at),
                "updated_at": when(record.updated_at),
                "updated_by": record.updated_by,
                "content_hash": record.content_hash,
            }
            for record in self.created.values()
        ]

    def insert_created(self) -> None:
        """Write the batch's new rows in one statement (one round trip, not one per row)."""
        if self.created:
            bulk_insert(self.session, Record.__table__, self.created_rows())

    def touched_rows(self) -> list[dict[str, Any]]:
        """``touched_states`` as the dicts their JSON is written from (same field order)."""
        return [
            {
                "entity": record.entity,
                "id": record.id,
                "row_version": record.row_version,
                "deleted": record.deleted,
                "fields": record.doc,
                "versions": record.versions,
            }
            for record in self.touched.values()
        ]

    def touched_states(self) -> list[RecordState]:
        # Built from rows this batch checked and wrote: no need to validate them again.
        return [
            RecordState.model_construct(
                entity=record.entity,
                id=record.id,
                row_version=record.row_version,
                deleted=record.deleted,
                fields=dict(record.doc),
                versions=dict(record.versions),
            )
            for record in self.touched.values()
        ]
