"""A push's answer, stored: versions, conflicts, and the outbox rows it settles.

Runs inside ``apply.applying`` (triggers quiet), in the same transaction that
deletes the stored batch, so an answer is either wholly taken in or not at all
and a crash before it is simply followed by resending the same batch (the server
then replays its stored answer).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.sync.apply import RemoteWriter, store_versions
from app.sync.outbox import _chunks, known_versions, table_of
from app.sync.tables import OutboxEntry, PendingPush, SyncIssue

Key = tuple[str, str]


@dataclass
class AckStats:
    pushed: int = 0
    conflicts: int = 0


def _newer_edits(session: Session, keys: list[Key], settled: set[int]) -> dict[Key, set[str]]:
    """Fields edited again after the batch was collected (their outbox id is not in it)."""
    found: dict[Key, set[str]] = defaultdict(set)
    wanted = set(keys)
    for entity in {entity for entity, _ in keys}:
        rows = session.execute(
            select(OutboxEntry.id, OutboxEntry.record_id, OutboxEntry.field).where(
                OutboxEntry.entity == entity
            )
        )
        for entry_id, record_id, name in rows:
            if entry_id not in settled and (entity, record_id) in wanted:
                found[(entity, record_id)].add(name)
    return found


def acknowledge(
    session: Session, *, batch: PendingPush, changes: list[dict[str, Any]], answer: dict[str, Any]
) -> AckStats:
    settled = set(json.loads(batch.outbox_ids))
    keys = [(change["entity"], change["id"]) for change in changes]
    states = {(state["entity"], state["id"]): state for state in answer.get("records", [])}
    conflicts: dict[Key, list[dict[str, Any]]] = defaultdict(list)
    for conflict in answer.get("conflicts", []):
        conflicts[(conflict["entity"], conflict["id"])].append(conflict)
    versions = known_versions(session, keys)
    newer = _newer_edits(session, keys, settled)
    writer = RemoteWriter(session)
    stats = AckStats(pushed=len(changes))
    for change in changes:
        key = (change["entity"], change["id"])
        state = states.get(key)
        if state is None:
            continue  # nothing changed on the server (values equal to what it held)
        current = dict(versions.get(key, {}))
        lost = {conflict["field"] for conflict in conflicts.get(key, [])}
        for name in change.get("fields", {}):
            if name not in lost and name in state.get("versions", {}):
                current[name] = int(state["versions"][name])
        kept: dict[str, Any] = {}
        for conflict in conflicts.get(key, []):
            stats.conflicts += 1
            session.add(
                SyncIssue(
                    kind="conflict",
                    entity=key[0],
                    record_id=key[1],
                    field=conflict["field"],
                    op="upsert",
                    mine=json.dumps(conflict.get("your_value"), ensure_ascii=False),
                    theirs=json.dumps(conflict.get("kept_value"), ensure_ascii=False),
                    their_version=int(conflict.get("kept_version") or 0),
                    record_deleted=bool(state.get("deleted")),
                )
            )
            name = conflict["field"]
            if name in newer.get(key, set()):
                continue  # edited again since: the next push meets the conflict again
            if state.get("deleted"):
                # The delete won: the tombstone takes the server's values (the lost
                # edit stays readable in the conflict), so both sides hold the same row.
                kept[name] = state.get("fields", {}).get(name)
                current[name] = int(state.get("versions", {}).get(name, 0))
                continue
            kept[name] = conflict.get("kept_value")
            current[name] = int(conflict.get("kept_version") or 0)
        if kept:
            writer.set_fields(key, kept)
        if state.get("deleted") and change.get("op") != "delete":
            writer.mark_deleted(key)
        if state.get("deleted") and change.get("op") == "delete":
            # Edits made here before the delete never travel (a delete carries no
            # fields): the tombstone takes the server's values, as everywhere else.
            columns = table_of(key[0]).c
            fields = {n: v for n, v in (state.get("fields") or {}).items() if n in columns}
            if fields:
                writer.set_fields(key, fields)
            versions = state.get("versions") or {}
            current.update({name: int(versions[name]) for name in fields if name in versions})
        store_versions(session, key, current)
    for chunk in _chunks(sorted(settled)):
        session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(chunk)))
    session.delete(batch)
    session.flush()
    return stats
