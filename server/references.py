"""Non-parent references of a push batch, checked against the batch's final state.

A parent reference (``protocol.entities.PARENT_FIELD``) is checked when its record is
created, since it decides the record's scope. Every other reference, and every list
of ids (``REFERENCE_LISTS``), is noted as changes set it and checked once the whole
batch is applied: it must name a record that exists (a tombstone counts) and that the
writer can see. So records that name each other (a quote and the order made from it)
can be created in one batch in any order, and one query per batch looks up all the
targets the batch did not already load.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, translatable
from protocol.entities import PARENT_FIELD, REFERENCE_LISTS, REFERENCES
from protocol.messages import Change
from server.errors import tag_change
from server.models import Record
from server.scope import Viewer

Key = tuple[str, str]


class Scoped(Protocol):
    territory_id: str | None
    personal_user_id: str | None


class Referring(Scoped, Protocol):
    deleted: bool
    doc: dict[str, Any]


def _checked() -> dict[str, dict[str, tuple[str, bool]]]:
    """entity -> field -> (target entity, holds a list of ids), parents left out."""
    checked: dict[str, dict[str, tuple[str, bool]]] = {}
    for entity, refs in REFERENCES.items():
        for name, target in refs.items():
            if PARENT_FIELD.get(entity) != name:
                checked.setdefault(entity, {})[name] = (target, False)
    for entity, lists in REFERENCE_LISTS.items():
        for name, target in lists.items():
            checked.setdefault(entity, {})[name] = (target, True)
    return checked


CHECKED = _checked()


@dataclass(frozen=True)
class _Target:
    territory_id: str | None
    personal_user_id: str | None


@dataclass
class ReferenceClaims:
    """(entity, id, field) -> the last change of the batch that set that reference."""

    claims: dict[tuple[str, str, str], tuple[int, Change]] = field(default_factory=dict)

    def note(self, entity: str, record_id: str, names: Any, index: int, change: Change) -> None:
        checked = CHECKED.get(entity)
        if checked:
            for name in names:
                if name in checked:
                    self.claims[(entity, record_id, name)] = (index, change)

    def check(
        self,
        session: Session,
        viewer: Viewer,
        records: Mapping[Key, Referring],
        known_missing: set[Key],
    ) -> None:
        """Raise a 404 naming the first change whose reference is missing or out of scope."""
        wanted: list[tuple[int, Change, str, Key]] = []
        for (entity, record_id, name), (index, change) in self.claims.items():
            record = records[(entity, record_id)]
            if record.deleted:
                continue  # its references no longer matter
            target, many = CHECKED[entity][name]
            value = record.doc.get(name)
            for ref in (value or []) if many else [value]:
                if ref is not None:
                    wanted.append((index, change, name, (target, ref)))
        if not wanted:
            return
        unknown = {key for *_, key in wanted if key not in records and key not in known_missing}
        found = _load(session, unknown)
        for index, change, name, key in sorted(wanted, key=lambda item: item[0]):
            target = records.get(key) or found.get(key)
            if target is None or not viewer.sees(
                territory_id=target.territory_id, personal_user_id=target.personal_user_id
            ):
                error = NotFoundError(
                    translatable("errors", "no {entity} with id {id}"),
                    field=name,
                    entity=key[0],
                    id=key[1],
                )
                raise tag_change(error, index, change)


def _load(session: Session, keys: set[Key]) -> dict[Key, _Target]:
    """The scope of the stored records among ``keys``: one query for all of them."""
    if not keys:
        return {}
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    query = select(Record.entity, Record.id, Record.territory_id, Record.personal_user_id).where(
        or_(
            *(
                and_(Record.entity == entity, Record.id.in_(sorted(ids)))
                for entity, ids in sorted(by_entity.items())
            )
        )
    )
    return {
        (entity, record_id): _Target(territory_id, personal_user_id)
        for entity, record_id, territory_id, personal_user_id in session.execute(query)
    }
