"""Attachment metadata. The workspace encrypts and stores the bytes, then records them here."""

from __future__ import annotations

import mimetypes
import re
from pathlib import PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, StateError, ValidationError, translatable
from app.models import SYNCED_MODELS, Attachment, ReviewState, VisitReport
from app.models.validation import require_text

# Records a rep can attach a file to.
ATTACHABLE = frozenset(
    {
        "account",
        "contact",
        "opportunity",
        "visit",
        "visit_report",
        "task",
        "quote",
        "order",
        "contract",
    }
)
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def record_attachment(
    session: Session,
    *,
    owner_entity: str,
    owner_id: str,
    filename: str,
    size: int,
    content_hash: str,
    media_type: str | None = None,
) -> Attachment:
    """Record a stored file against its record; ``content_hash`` is the plaintext's SHA-256."""
    if owner_entity not in ATTACHABLE:
        raise ValueError(f"cannot attach files to {owner_entity!r}")
    owner = session.get(SYNCED_MODELS[owner_entity], owner_id)
    if owner is None or owner.deleted:
        raise NotFoundError(
            translatable("errors", "The record to attach this file to no longer exists.")
        )
    if isinstance(owner, VisitReport) and owner.review_state == ReviewState.APPROVED:
        raise StateError(
            translatable("errors", "An approved visit report can no longer be changed.")
        )
    # Keep only the name: a path from another OS must not leak into the workspace.
    name = require_text(PureWindowsPath(filename or "").name, field="filename")
    if isinstance(size, bool) or not isinstance(size, int) or size < 0:
        raise ValidationError(translatable("errors", "The file size is not valid."), field="size")
    if not _SHA256_HEX.match(content_hash or ""):
        raise ValueError("content_hash must be a lower-case SHA-256 hex digest")
    attachment = Attachment(
        owner_entity=owner_entity,
        owner_id=owner_id,
        filename=name,
        size=size,
        content_hash=content_hash,
        media_type=media_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
    )
    session.add(attachment)
    session.flush()
    return attachment


def attachments_of(session: Session, *, owner_entity: str, owner_id: str) -> list[Attachment]:
    return list(
        session.scalars(
            select(Attachment)
            .where(
                Attachment.owner_entity == owner_entity,
                Attachment.owner_id == owner_id,
                Attachment.deleted.is_(False),
            )
            .order_by(Attachment.created_at, Attachment.filename)
        )
    )


def remove_attachment(session: Session, attachment: Attachment) -> None:
    """Take a file off its record (soft delete, so other devices drop it too).

    A visit report's files go with the report to the manager: once submitted they
    stay, unless the manager sent the report back for changes.
    """
    owner = session.get(SYNCED_MODELS[attachment.owner_entity], attachment.owner_id)
    if (
        isinstance(owner, VisitReport)
        and owner.submitted
        and owner.review_state != ReviewState.CHANGES_REQUESTED
    ):
        raise StateError(
            translatable(
                "errors", "A submitted visit report keeps its attachments; only a draft changes."
            )
        )
    attachment.deleted = True
    session.flush()
