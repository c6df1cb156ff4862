"""Attachment content, stored in the database by SHA-256 so every process sees it.

Upload is idempotent: the address is the hash of the bytes, so retrying an
interrupted upload simply sends the same bytes again.

Who may read bytes (a known hash alone is worth nothing):

* every upload records its uploader (``blob_uploads``): uploading the bytes is the
  proof of holding them, so the same bytes uploaded by two users give two proofs;
* a push may write an ``attachment`` record naming a hash only if its writer has
  uploaded those bytes; the record then carries the hash in an indexed column;
* a download is served when the caller can see a live attachment record carrying
  that hash. So the bytes reach only callers who hold a record that someone entitled
  to it (its writer, in scope when writing) backed with the bytes themselves.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, translatable
from protocol.messages import Change
from server.errors import PayloadTooLargeError, tag_change
from server.models import Blob, BlobUpload, Record
from server.scope import Viewer

_HASH = re.compile(r"[0-9a-f]{64}")


def is_content_hash(value: object) -> bool:
    return isinstance(value, str) and _HASH.fullmatch(value) is not None


def check_hash(content_hash: str) -> None:
    if not is_content_hash(content_hash):
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
    """Store the bytes and the caller's proof of upload; False when the bytes were there."""
    check_hash(content_hash)
    if len(data) > limit:
        raise too_large(limit)
    if hashlib.sha256(data).hexdigest() != content_hash:
        raise ValidationError(
            translatable("errors", "the bytes do not match the content hash: upload again"),
            field="content_hash",
        )
    if session.get(BlobUpload, (content_hash, viewer.user_id)) is None:
        session.add(BlobUpload(content_hash=content_hash, user_id=viewer.user_id))
    if session.get(Blob, content_hash) is not None:
        return False
    session.add(
        Blob(content_hash=content_hash, size=len(data), data=data, uploaded_by=viewer.user_id)
    )
    return True


def check_uploaded(session: Session, user_id: str, named: dict[str, tuple[int, Change]]) -> None:
    """Each content hash a push names (with the change naming it) was uploaded by
    ``user_id``; else a 404 naming the first such change. One query."""
    if not named:
        return
    query = select(BlobUpload.content_hash).where(
        BlobUpload.user_id == user_id, BlobUpload.content_hash.in_(sorted(named))
    )
    proven = set(session.scalars(query))
    for content_hash, (index, change) in sorted(named.items(), key=lambda item: item[1][0]):
        if content_hash not in proven:
            error = NotFoundError(
                translatable(
                    "errors", "no file with that content hash was uploaded by you: upload it first"
                ),
                field="content_hash",
            )
            raise tag_change(error, index, change)


def load(session: Session, viewer: Viewer, content_hash: str) -> bytes:
    check_hash(content_hash)
    holders = session.execute(
        select(Record.territory_id, Record.personal_user_id).where(
            Record.content_hash == content_hash,
            Record.entity == "attachment",
            Record.deleted.is_(False),
        )
    )
    visible = any(
        viewer.sees(territory_id=territory, personal_user_id=personal)
        for territory, personal in holders
    )
    blob = session.get(Blob, content_hash) if visible else None
    if blob is None:
        raise NotFoundError(
            translatable("errors", "no attachment with that hash"), field="content_hash"
        )
    return blob.data
