"""The versions the server holds of a list of records, for a client's reset.

After a restore, a laptop holds records and field versions the server may have
lost; it asks for the server's versions of everything it holds, in pages of up to
1,000, and sends again what is newer on its side (docs/sync.md, "Client reset").
A record out of the caller's scope is absent from the answer, exactly like one
that does not exist.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from protocol.messages import RecordKey, RecordVersions, VersionsResponse
from server.models import Record
from server.scope import Viewer


def record_versions(session: Session, viewer: Viewer, keys: list[RecordKey]) -> VersionsResponse:
    by_entity: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        by_entity[key.entity].add(key.id)
    found: list[RecordVersions] = []
    for entity, ids in sorted(by_entity.items()):
        rows = session.execute(
            select(
                Record.id,
                Record.deleted,
                Record.versions,
                Record.territory_id,
                Record.personal_user_id,
            ).where(Record.entity == entity, Record.id.in_(sorted(ids)))
        )
        for record_id, deleted, versions, territory_id, personal_user_id in rows:
            if viewer.sees(territory_id=territory_id, personal_user_id=personal_user_id):
                found.append(
                    RecordVersions(entity=entity, id=record_id, deleted=deleted, versions=versions)
                )
    return VersionsResponse(records=found)
