"""Noticing that the server was restored from a backup, and recovering in the sync.

``GET /me`` names the server feed's epoch. Another epoch than the one this
workspace synced with, or a pull refused with ``reset_required``, means the
server went back in time: the client reset (``app.sync.reset``) queues what the
server lost, and the push and a pull from the start follow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.sync import connection as stored
from app.sync.report import SyncReport
from app.sync.reset import reset_with_server
from app.sync.signin import SignedInApi, remember_who_i_am
from app.sync.transport import ServerRefusal

Step = Callable[[SignedInApi, SyncReport], None]


def reset_if_restored(
    api: SignedInApi, workspace: Any, report: SyncReport, epoch: str | None
) -> None:
    """Reset when the server's epoch is not the one this workspace last synced with."""
    if epoch is None:
        return
    with workspace.session() as session:
        known = stored.epoch(session)
    if known is None:
        with workspace.transaction() as session:
            stored.save_epoch(session, epoch)  # the first sync under epochs
    elif known != epoch:
        reset(api, workspace, report, epoch)


def pull_or_reset(
    api: SignedInApi,
    workspace: Any,
    report: SyncReport,
    *,
    pull: Step,
    push: Step,
    push_after_reset: bool = True,
) -> None:
    """Pull; a cursor the restored server refuses starts the reset, then again."""
    try:
        pull(api, report)
    except ServerRefusal as refusal:
        if refusal.code != "reset_required":
            raise
        epoch = remember_who_i_am(api, workspace) or ""
        reset(api, workspace, report, epoch)
        if push_after_reset:
            push(api, report)
        pull(api, report)


def reset(api: SignedInApi, workspace: Any, report: SyncReport, epoch: str) -> None:
    reset_with_server(api.api, workspace, role=api.role, epoch=epoch)
    report.reset = True
