"""Attachment content, stored in the database by SHA-256 so every process sees it.

Upload is idempotent: the address is the hash of the bytes, so retrying an
interrupted upload simply sends the same bytes again. A download is allowed only when
the caller can see some ``attachment`` record naming that hash.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, translatable
from server.errors import PayloadTooLargeError
from server.models import Blob, Record
from server.scope import Viewer

_HASH = re.compile(r"^[0-9a-f]{64}$")


def check_hash(content_hash: str) -> None:
    if not _HASH.match(content_hash):
        raise ValidationError(
            translatable("errors", "the content hash must be 64 lowercase hex digits (SHA-256)"),
            field="content_hash",
        )


def too_large(limit: int) -> PayloadTooLargeError:
    return PayloadTooLargeError(
        translatable("errors", "the file is larger than the {megabytes} MB limit"),
        megabytes=round(limit / 1024 / 1024, 1),
    )


def store(session: Session, viewer: Viewer, content_hash: str, data: bytes, *, limit: int) -> bool:
    """Store the bytes; returns False when they were already there."""
    check_hash(content_hash)
    if len(data) > limit:
        raise too_large(limit)
    if hashlib.sha256(data).hexdigest() != content_hash:
        raise ValidationError(
            translatable("errors", "the bytes do not match the content hash: upload again"),
            field="content_hash",
        )
    if session.get(Blob, content_hash) is not None:
        return False
    session.add(
        Blob(content_hash=content_hash, size=len(data), data=data, uploaded_by=viewer.user_id)
    )
    return True


def load(session: Session, viewer: Viewer, content_hash: str) -> bytes:
    check_hash(content_hash)
    not_found = NotFoundError(
        translatable("errors", "no attachment with that hash"), field="content_hash"
    )
    query = select(Record).where(Record.entity == "attachment", Record.deleted.is_(False))
    if viewer.territories is not None:
        # Only attachment rows in the caller's scope are worth looking at.
        query = query.where(
            or_(
                Record.territory_id.in_(sorted(viewer.territories)),
                Record.personal_user_id == viewer.user_id,
            )
        )
    candidates = session.scalars(query)
    visible = any(
        record.doc.get("content_hash") == content_hash and viewer.sees_record(record)
        for record in candidates
    )
    blob = session.get(Blob, content_hash) if visible else None
    if blob is None:
        raise not_found
    return blob.data
