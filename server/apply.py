"""Applies one change of a push batch to the stored records.

Look-ups and the scope of new records are in ``server.record_lookups``, the rows a
batch creates and answers with in ``server.new_rows``.

Conflict rule (per field, documented in docs/sync.md): each change carries the
version of the field the client last saw. If the stored version is newer, another
write committed first and is kept; the late write loses and is reported back with
the value kept. A delete always wins (tombstone); later edits to a tombstone are
reported as conflicts.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from protocol.entities import ACCOUNT_PATH, CATALOG_ENTITIES
from protocol.messages import Change, Conflict, RecordState
from server.attachments import check_uploaded
from server.bulk import bulk_insert
from server.cascade import cascade_deletes
from server.errors import ForbiddenError
from server.feed import FeedWriter
from server.models import Record, utcnow
from server.new_rows import (
    AnyRecord,
    NewRecord,
    created_rows,
    touched_rows,
    touched_states,
)
from server.record_lookups import Key, RecordLookups, Scope
from server.references import ReferenceClaims
from server.rules import check_review_fields, refuse_if_frozen, server_review_fields
from server.scope import Viewer

__all__ = ["AnyRecord", "BatchApplier", "NewRecord"]


class BatchApplier(RecordLookups):
    def __init__(
        self, session: Session, viewer: Viewer, feed: FeedWriter, locked: dict[Key, Record]
    ) -> None:
        self.session = session
        self.viewer = viewer
        self.feed = feed
        self.records: dict[Key, AnyRecord] = dict(locked)
        self.known_missing: set[Key] = set()
        self.created: dict[Key, NewRecord] = {}
        self.touched: dict[Key, AnyRecord] = {}
        self.conflicts: list[Conflict] = []
        self.references = ReferenceClaims()
        self._parent_scopes: dict[Key, Scope] = {}
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
        """The batch's new rows as column values, for one INSERT (see ``created_rows``)."""
        return created_rows(self.created.values(), timestamps_as_text=timestamps_as_text)

    def insert_created(self) -> None:
        """Write the batch's new rows in one statement (one round trip, not one per row)."""
        if self.created:
            bulk_insert(self.session, Record.__table__, self.created_rows())

    def touched_rows(self) -> list[dict[str, Any]]:
        return touched_rows(self.touched.values())

    def touched_states(self) -> list[RecordState]:
        return touched_states(self.touched.values())
