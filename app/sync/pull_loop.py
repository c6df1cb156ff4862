"""The pull: the server's feed, page by page, each page applied with its cursor.

The next page is fetched while this one is written, so the server, the network
and parsing the answer overlap with SQLite's work instead of taking turns with it
(a first sync is mostly these two). Pages are still applied strictly in order,
each with its drops and its cursor in one transaction; a page fetched but never
applied (cancel, error) is simply asked for again next time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from app.sync import connection as stored
from app.sync.apply import RemoteWriter, applying
from app.sync.report import SyncProgress, SyncReport
from app.sync.signin import SignedInApi


def pull(
    api: SignedInApi,
    workspace: Any,
    report: SyncReport,
    *,
    page_size: int,
    writing: threading.RLock,
    progress: Callable[[SyncProgress], None],
    cancelled: Callable[[], bool],
) -> None:
    """Pull until the feed has no more (or ``cancelled``); ``writing`` guards each page's
    transaction against the engine's own token writes from the fetcher thread."""
    with workspace.session() as session:
        cursor = stored.cursor(session)
    if cancelled():
        return
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
        upcoming = fetcher.submit(api.api.pull, cursor, limit=page_size)
        while upcoming is not None:
            page = upcoming.result()
            more = page["more"] and not cancelled()
            upcoming = (
                fetcher.submit(api.api.pull, page["cursor"], limit=page_size) if more else None
            )
            with writing, applying(workspace, refetchable=True) as session:
                stats = RemoteWriter(session).apply_page(page["changes"], page["drop"])
                stored.save_cursor(session, page["cursor"])
            report.pulled += len(page["changes"])
            report.dropped += stats.drops
            report.refused += stats.refused_on_drop
            progress(SyncProgress("pull", report.pulled, 0))
            if cancelled():
                return
