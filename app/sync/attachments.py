"""Attachment bytes: uploaded before their record is pushed, downloaded after a pull.

The metadata (an ``attachment`` record) travels like any row; the bytes go by
their SHA-256. Uploading the same bytes again is harmless on the server, and a
downloaded file is written atomically (``AttachmentStore``), so an interrupted
transfer is simply done again at the next sync: that is the resume. Bytes are
encrypted at rest as soon as they arrive; nothing is kept in plaintext.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import CorruptWorkspaceError, translatable
from app.models import Attachment
from app.sync.errors import ProtocolError
from app.sync.outbox import PendingChange
from app.sync.transport import ServerApi, ServerRefusal

log = logging.getLogger(__name__)


@dataclass
class TransferStats:
    uploaded: int = 0
    downloaded: int = 0
    missing: int = 0  # the server has no bytes for it (yet): tried again next time


def upload_for(api: ServerApi, workspace: object, changes: Iterable[PendingChange]) -> int:
    """Upload the bytes of every attachment this batch creates; returns how many."""
    count = 0
    store = workspace.attachments  # type: ignore[attr-defined]
    for change in changes:
        if change.entity != "attachment" or not change.creates:
            continue
        with workspace.session() as session:  # type: ignore[attr-defined]
            attachment = session.get(Attachment, change.record_id)
            if attachment is None:
                continue
            data = store.read(attachment)
        api.upload(attachment.content_hash, data)
        count += 1
    return count


def missing_attachments(workspace: object) -> list[Attachment]:
    store = workspace.attachments  # type: ignore[attr-defined]
    with workspace.session() as session:  # type: ignore[attr-defined]
        rows = session.scalars(select(Attachment).where(Attachment.deleted.is_(False))).all()
    return [row for row in rows if not store.path_for(row.id).exists()]


def download(api: ServerApi, workspace: object, attachment: Attachment) -> bool:
    """Fetch one attachment's bytes; False if the server does not have them yet."""
    try:
        data = api.download(attachment.content_hash)
    except ServerRefusal as refusal:
        if refusal.status == 404:
            return False
        raise
    if hashlib.sha256(data).hexdigest() != attachment.content_hash:
        raise ProtocolError(
            translatable("errors", "The server sent the wrong bytes for {filename}."),
            filename=attachment.filename,
        )
    workspace.attachments.store_downloaded(attachment.id, data)  # type: ignore[attr-defined]
    return True


def download_missing(
    api: ServerApi,
    workspace: object,
    *,
    cancelled: Callable[[], bool] = lambda: False,
) -> TransferStats:
    stats = TransferStats()
    for attachment in missing_attachments(workspace):
        if cancelled():
            break
        try:
            if download(api, workspace, attachment):
                stats.downloaded += 1
            else:
                stats.missing += 1
        except (ProtocolError, CorruptWorkspaceError) as error:
            log.warning("attachment %s not stored: %s", attachment.id, error)
            stats.missing += 1
    return stats
