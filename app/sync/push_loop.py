"""The push: the outbox goes up in batches, each one safe to send again.

Each batch is stored with its idempotency key before it is sent and removed in
the transaction that stores its answer, so a line that dies at any moment loses
nothing and applies nothing twice: the next sync sends the stored batch first,
with the same key and body, and the server answers it from its replay store if
it had committed it. A change the server refuses is set aside as a refused issue
(with the changes that depend on it) and the rest goes on, so one bad change
never blocks the queue.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select

from app.errors import translatable
from app.sync.acknowledge import acknowledge
from app.sync.apply import applying
from app.sync.attachments import upload_for
from app.sync.outbox import PendingChange, _chunks, collect_changes, queue_fields
from app.sync.report import SyncProgress, SyncReport
from app.sync.signin import SignedInApi
from app.sync.tables import OutboxEntry, PendingPush, SyncIssue
from app.sync.transport import ServerRefusal

PUSH_ROUNDS = 4  # collect-and-push passes per sync (deferred references need a second)


@dataclass
class _Refused:
    changes: list[PendingChange]
    code: str
    reason: str
    field_name: str | None = None


@dataclass
class _BatchOutcome:
    pushed: int = 0
    conflicts: int = 0
    refused: list[_Refused] = field(default_factory=list)
    retry: list[PendingChange] = field(default_factory=list)
    split: bool = False


class Pusher:
    """Pushes one workspace's outbox through one signed-in API (one sync)."""

    def __init__(
        self,
        api: SignedInApi,
        workspace: Any,
        *,
        batch_size: int,
        progress: Callable[[SyncProgress], None],
        cancelled: Callable[[], bool],
    ) -> None:
        self.api = api
        self.workspace = workspace
        self.batch_size = batch_size
        self.progress = progress
        self.cancelled = cancelled

    def resend_stored_batch(self, report: SyncReport) -> None:
        """Send a batch an interrupted sync left, with its stored key and body."""
        with self.workspace.session() as session:
            batch = session.scalar(select(PendingPush))
        if batch is None:
            return
        try:
            answer = self.api.api.push(batch.body)
        except ServerRefusal:
            # Refused now (the server did not apply it): collect again, which names the
            # change that is refused and sets only that one aside.
            with self.workspace.transaction() as session:
                session.execute(delete(PendingPush))
            return
        changes = json.loads(batch.body)["changes"]
        with applying(self.workspace) as session:
            stats = acknowledge(session, batch=session.merge(batch), changes=changes, answer=answer)
        report.pushed += stats.pushed
        report.conflicts += stats.conflicts

    def push(self, report: SyncReport) -> None:
        for _round in range(PUSH_ROUNDS):
            with self.workspace.transaction() as session:
                collected = collect_changes(session, role=self.api.role)
                for aside in collected.set_aside:
                    _record_refusal(session, aside.change, aside.code, aside.reason, None)
                report.refused += len(collected.set_aside)
                settled = collected.discarded_ids + [
                    entry_id
                    for aside in collected.set_aside
                    for entry_id in aside.change.outbox_ids
                ]
                _delete_outbox(session, settled)
                queue_fields(session, collected.deferred_fields)
            queue = collected.changes
            if not queue:
                return
            total, done, limit = len(queue), 0, self.batch_size
            while queue:
                if self.cancelled():
                    return
                batch, queue = queue[:limit], queue[limit:]
                outcome = self._push_batch(batch)
                report.pushed += outcome.pushed
                report.conflicts += outcome.conflicts
                for refused in outcome.refused:
                    report.refused += len(refused.changes)
                queue = outcome.retry + queue
                limit = max(1, len(batch) // 2) if outcome.split else self.batch_size
                done = total - len(queue)
                self.progress(SyncProgress("push", done, total))
            if not collected.deferred_fields:
                with self.workspace.session() as session:
                    if session.scalar(select(OutboxEntry.id).limit(1)) is None:
                        return

    def _push_batch(self, batch: list[PendingChange]) -> _BatchOutcome:
        upload_for(self.api.api, self.workspace, batch)
        body = json.dumps(
            {"idempotency_key": str(uuid.uuid4()), "changes": [c.as_protocol() for c in batch]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        ids = [entry_id for change in batch for entry_id in change.outbox_ids]
        with self.workspace.transaction() as session:
            pending = PendingPush(
                idempotency_key=json.loads(body)["idempotency_key"],
                body=body,
                outbox_ids=json.dumps(ids),
            )
            session.add(pending)
        try:
            answer = self.api.api.push(body)
        except ServerRefusal as refusal:
            with self.workspace.transaction() as session:
                session.execute(
                    delete(PendingPush).where(
                        PendingPush.idempotency_key == pending.idempotency_key
                    )
                )
            return self._refused(batch, refusal)
        changes = [change.as_protocol() for change in batch]
        with applying(self.workspace) as session:
            stats = acknowledge(
                session, batch=session.merge(pending), changes=changes, answer=answer
            )
        return _BatchOutcome(pushed=stats.pushed, conflicts=stats.conflicts)

    def _refused(self, batch: list[PendingChange], refusal: ServerRefusal) -> _BatchOutcome:
        index = refusal.body.get("change_index")
        if refusal.status == 413 and len(batch) > 1:
            return _BatchOutcome(retry=batch, split=True)
        if isinstance(index, int) and 0 <= index < len(batch):
            bad = [batch[index]]
        elif len(batch) == 1:
            bad = list(batch)
        else:
            # The server did not say which change: halve the batch until it is alone.
            return _BatchOutcome(retry=batch, split=True)
        bad += _dependents(batch, bad)
        rest = [change for change in batch if change not in bad]
        reason = refusal.detail or translatable("errors", "The server refused this change.")
        with self.workspace.transaction() as session:
            for change in bad:
                is_first = change is bad[0]
                _record_refusal(
                    session,
                    change,
                    refusal.code or "refused",
                    reason
                    if is_first
                    else translatable("errors", "Not sent: the record it belongs to was refused."),
                    refusal.body.get("field") if is_first else None,
                )
            _delete_outbox(session, [i for change in bad for i in change.outbox_ids])
        return _BatchOutcome(refused=[_Refused(bad, refusal.code, reason)], retry=rest)


def _dependents(batch: list[PendingChange], bad: list[PendingChange]) -> list[PendingChange]:
    """Creates in ``batch`` whose parent is one of ``bad`` (they would be refused too)."""
    refused = {(change.entity, change.record_id) for change in bad}
    found: list[PendingChange] = []
    grew = True
    while grew:
        grew = False
        for change in batch:
            if change in bad or change in found or not change.creates:
                continue
            if change.parent in refused:
                found.append(change)
                refused.add((change.entity, change.record_id))
                grew = True
    return found


def _record_refusal(
    session: Any, change: PendingChange, code: str, reason: str, field_name: str | None
) -> None:
    session.add(
        SyncIssue(
            kind="refused",
            entity=change.entity,
            record_id=change.record_id,
            field=field_name,
            op=change.op,
            mine=json.dumps(change.fields, ensure_ascii=False),
            code=code,
            reason=reason,
        )
    )


def _delete_outbox(session: Any, ids: list[int]) -> None:
    for chunk in _chunks(sorted(ids)):
        session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(chunk)))
