"""The look-ups a push batch makes while applying: records by key, and the scope
(account, territory, personal owner) a new record is created in."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, translatable
from protocol.entities import (
    CATALOG_ENTITIES,
    ENTITY_FIELDS,
    PARENT_FIELD,
    REFERENCES,
    REQUIRED_ON_CREATE,
)
from protocol.messages import Change
from server.bulk import execute_raw, is_postgresql
from server.errors import ForbiddenError
from server.models import Record, Territory
from server.new_rows import AnyRecord
from server.scope import Viewer

Key = tuple[str, str]
Scope = tuple[str | None, str | None, str | None]

_PARENT_SCOPE = (
    "SELECT deleted, account_id, territory_id, personal_user_id FROM records "
    "WHERE entity = %s AND id = %s"
)


class RecordLookups:
    """Records by key and new records' scopes, for ``BatchApplier`` (which sets these up)."""

    session: Session
    viewer: Viewer
    records: dict[Key, AnyRecord]
    # Keys the batch names that the lock query did not find: new rows, no need to look again.
    known_missing: set[Key]
    # Scope of the parents new rows were created under, for the next rows under
    # the same parent: a batch's creates mostly share a few parents, and looking
    # each up again was a tenth of applying a create (profiled). Emptied by any
    # change to a stored row, which could change what a look-up finds.
    _parent_scopes: dict[Key, Scope]
    # Whether the batch changed a stored row yet (see ``_parent_scope``).
    _stored_changed: bool
    _postgresql: bool | None

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

    def _scope_for_new(self, change: Change) -> Scope:
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

    def _parent_scope(self, entity: str, record_id: str, *, field: str) -> Scope:
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

    def _owner_scope(self, owner_entity: Any, owner_id: str) -> Scope:
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

    def _stored_row_changing(self) -> None:
        """A stored row changes: scopes looked up so far may no longer hold."""
        self._parent_scopes.clear()
        self._stored_changed = True
