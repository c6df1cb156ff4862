"""Client reset: the server went back in time (restored from a backup).

The server tells by a new feed epoch (``GET /me``) or by refusing the cursor (409
``reset_required``). Since the backup, the server has lost what was written after
it, and this workspace may hold some of it: its own changes, and others' it
pulled. Its cursor and field versions belong to a history the server no longer has.
Other engines wipe the local copy here and lose local writes; this reset keeps
them (docs/sync.md, "Client reset"):

1. ask the server which versions it holds of every record this workspace knows
   (``POST /sync/versions``, 1,000 records a call);
2. in one local transaction, per record:

   * the server lacks it: queue it whole, as created here (it is pushed as a
     create), and close the refused changes of it still open: the whole record
     carries their values (an edit of a record the server lost is refused when
     it goes out before the reset, as when the operator skipped
     ``after-restore``); a local tombstone the server lacks is removed here
     instead, so that, if another laptop sends it again, it comes back here too;
   * the server has it: each field this workspace holds at a newer version than
     the server's is queued as an edit, and a local delete the server lacks as
     a delete; every field's base version becomes the lower of the two, so the
     push is applied where the server is behind, still meets a real conflict
     where the server is ahead, and the pull below overwrites what it must;
   * un-pushed local edits stay queued as they are;

   and the stored batch, the cursor and the old epoch are forgotten;
3. the ordinary push sends the queue (idempotent, batched, refusals set aside);
4. the ordinary pull reads the feed from its start, merging into the workspace
   (it does not wipe it): afterwards this workspace and the server agree.

Catalog rows are the administrator's: a rep's or manager's reset does not send
them (the server would refuse them), and one the server lacks is kept here.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.sync import connection as stored
from app.sync.apply import RemoteWriter, applying
from app.sync.capture import DELETED
from app.sync.outbox import _rows, known_versions, queue_fields
from app.sync.tables import WHOLE_RECORD, PendingPush, RecordVersions, SyncIssue
from app.sync.transport import ServerApi
from protocol.entities import CATALOG_ENTITIES, ENTITY_FIELDS

log = logging.getLogger(__name__)

Key = tuple[str, str]
VERSIONS_PAGE = 1000  # records per POST /sync/versions (the server's limit)


@dataclass
class ResetStats:
    records: int = 0  # records the server lacked, queued whole
    fields: int = 0  # fields newer here than on the server, queued as edits
    deletes: int = 0  # deletes the server lacked, queued


def server_versions(api: ServerApi, keys: list[Key]) -> dict[Key, dict[str, Any]]:
    """What the server holds of ``keys``: {key: {"deleted", "versions"}}; absent if nothing."""
    found: dict[Key, dict[str, Any]] = {}
    for start in range(0, len(keys), VERSIONS_PAGE):
        for state in api.versions(keys[start : start + VERSIONS_PAGE]):
            found[(state["entity"], state["id"])] = state
    return found


def reset_with_server(api: ServerApi, workspace: Any, *, role: str, epoch: str) -> ResetStats:
    """Steps 1 and 2 of the module docstring; the caller then pushes and pulls."""
    with workspace.session() as session:
        keys = [
            (entity, record_id)
            for entity, record_id in session.execute(
                select(RecordVersions.entity, RecordVersions.record_id)
            )
            if entity in ENTITY_FIELDS
        ]
    theirs = server_versions(api, keys)
    with applying(workspace) as session:
        stats = _rebase(session, workspace, keys, theirs, role=role)
        session.execute(delete(PendingPush))  # its rows are still queued; sent again, rebased
        stored.forget_cursor(session)
        stored.save_epoch(session, epoch)
    log.info(
        "client reset: %d records, %d fields and %d deletes the server lacked are queued",
        stats.records,
        stats.fields,
        stats.deletes,
    )
    return stats


def _rebase(
    session: Session,
    workspace: Any,
    keys: list[Key],
    theirs: dict[Key, dict[str, Any]],
    *,
    role: str,
) -> ResetStats:
    stats = ResetStats()
    mine = known_versions(session, keys)
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in keys:
        by_entity[entity].append(record_id)
    queue: list[tuple[str, str, str]] = []
    versions: list[tuple[str, str, str]] = []
    forget: list[Key] = []
    remove: list[Key] = []
    whole: list[Key] = []
    for entity, ids in by_entity.items():
        rows = _rows(session, entity, ids)
        sendable = entity not in CATALOG_ENTITIES or role == "admin"
        for record_id in ids:
            key = (entity, record_id)
            row = rows.get(record_id)
            if row is None:
                forget.append(key)  # bookkeeping of a record no longer here
                continue
            held = mine.get(key, {})
            state = theirs.get(key)
            if state is None:
                if row["deleted"]:
                    remove.append(key)
                elif sendable and _can_send(workspace, entity, record_id):
                    forget.append(key)  # unknown to the server: pushed whole, as a create
                    queue.append((entity, record_id, WHOLE_RECORD))
                    whole.append(key)
                    stats.records += 1
                else:
                    versions.append((entity, record_id, "{}"))  # whatever comes next applies
                continue
            server = {name: int(version) for name, version in state["versions"].items()}
            rebased = {name: min(version, server.get(name, 0)) for name, version in held.items()}
            versions.append((entity, record_id, json.dumps(rebased, separators=(",", ":"))))
            if state["deleted"] or not sendable:
                continue  # a tombstone there is final; the pull brings it
            if row["deleted"]:
                queue.append((entity, record_id, DELETED))
                stats.deletes += 1
                continue
            for name, version in held.items():
                if name in ENTITY_FIELDS[entity] and version > server.get(name, 0):
                    queue.append((entity, record_id, name))
                    stats.fields += 1
    connection = session.connection()
    if forget:
        connection.exec_driver_sql(
            "DELETE FROM sync_record WHERE entity = ? AND record_id = ?", forget
        )
    if versions:
        connection.exec_driver_sql(
            "UPDATE sync_record SET versions = ? WHERE entity = ? AND record_id = ?",
            [(text, entity, record_id) for entity, record_id, text in versions],
        )
    writer = RemoteWriter(session)
    for entity, record_id in remove:
        writer.remove_local(entity, record_id)
    queue_fields(session, queue)
    _close_refusals(session, whole)
    return stats


def _close_refusals(session: Session, keys: list[Key]) -> None:
    """Refused changes of records sent again whole: the resend carries their values."""
    now = datetime.now(UTC)
    for entity, record_id in keys:
        session.execute(
            update(SyncIssue)
            .where(
                SyncIssue.kind == "refused",
                SyncIssue.entity == entity,
                SyncIssue.record_id == record_id,
                SyncIssue.resolved_at.is_(None),
            )
            .values(resolved_at=now, resolution="mine")
        )


def _can_send(workspace: Any, entity: str, record_id: str) -> bool:
    """An attachment goes with its bytes: one whose bytes never arrived here cannot."""
    if entity != "attachment":
        return True
    return workspace.attachments.path_for(record_id).exists()
