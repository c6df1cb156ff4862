"""Attachment files (visit photos, signed contracts), encrypted one file each.

Each file is ``MAGIC | nonce (12 bytes) | AES-256-GCM(ciphertext + tag)`` with the
attachment's id as associated data, so a file cannot be swapped for another
attachment's file unnoticed. The key is derived from the workspace data key with
HKDF, so the database key and the file key are never the same bytes.

Files are named by the attachment's random id, never by the customer's file name
or content hash, which would leak what is stored. The database row carries the
name, media type, size and the SHA-256 of the plaintext.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.orm import Session

from app.errors import CorruptWorkspaceError, ValidationError, WorkspaceError, translatable
from app.models.base import new_id

if TYPE_CHECKING:
    from app.models import Attachment

MAGIC = b"FSA1"


class NotDownloadedError(WorkspaceError):
    """The bytes of a synced attachment are not here yet (and could not be fetched now)."""


MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024


def derive_attachment_key(data_key: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"fieldsales-attachments-v1"
    ).derive(data_key)


class AttachmentStore:
    def __init__(self, folder: Path, data_key: bytes) -> None:
        self.folder = folder
        self._aead = AESGCM(derive_attachment_key(data_key))
        # Set by the sync client: fetches bytes that have not arrived from the server
        # yet, so opening such an attachment downloads it then (True if it did).
        self.fetch_missing: Callable[[Attachment], bool] | None = None

    def path_for(self, attachment_id: str) -> Path:
        return self.folder / attachment_id[:2] / f"{attachment_id}.bin"

    def add(
        self,
        session: Session,
        *,
        owner_entity: str,
        owner_id: str,
        filename: str,
        media_type: str,
        data: bytes,
    ) -> Attachment:
        from app.models import Attachment

        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValidationError(
                translatable("errors", "{filename} is larger than the {limit} MB limit"),
                field="attachment",
                filename=filename,
                limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
            )
        attachment_id = new_id()
        self._write(attachment_id, data)
        attachment = Attachment(
            id=attachment_id,
            owner_entity=owner_entity,
            owner_id=owner_id,
            filename=filename,
            media_type=media_type,
            size=len(data),
            content_hash=hashlib.sha256(data).hexdigest(),
        )
        session.add(attachment)
        return attachment

    def add_file(
        self,
        session: Session,
        *,
        owner_entity: str,
        owner_id: str,
        path: Path,
        media_type: str | None = None,
    ) -> Attachment:
        import mimetypes

        guessed = media_type or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ValidationError(
                translatable("errors", "Cannot read {path}: {reason}"),
                field="attachment",
                path=str(path),
                reason=error.strerror or str(error),
            ) from error
        return self.add(
            session,
            owner_entity=owner_entity,
            owner_id=owner_id,
            filename=path.name,
            media_type=guessed,
            data=data,
        )

    def read(self, attachment: Attachment) -> bytes:
        path = self.path_for(attachment.id)
        if not path.exists() and self.fetch_missing is not None:
            self.fetch_missing(attachment)
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            if self.fetch_missing is not None:
                raise NotDownloadedError(
                    translatable(
                        "errors",
                        "{filename} has not arrived from the server yet; it comes with the "
                        "next sync.",
                    ),
                    filename=attachment.filename,
                ) from None
            raise CorruptWorkspaceError(
                translatable("errors", "The attachment file {path} is missing"), path=str(path)
            ) from None
        if not blob.startswith(MAGIC):
            raise CorruptWorkspaceError(
                translatable("errors", "The attachment file {path} is damaged"), path=str(path)
            )
        nonce, ciphertext = blob[4:16], blob[16:]
        try:
            data = self._aead.decrypt(nonce, ciphertext, attachment.id.encode("ascii"))
        except InvalidTag:
            raise CorruptWorkspaceError(
                translatable("errors", "The attachment file {path} is damaged"), path=str(path)
            ) from None
        if hashlib.sha256(data).hexdigest() != attachment.content_hash:
            raise CorruptWorkspaceError(
                translatable("errors", "The attachment file {path} is damaged"), path=str(path)
            )
        return data

    def has_bytes(self, attachment_id: str) -> bool:
        """False for an attachment whose bytes have not been downloaded yet."""
        return self.path_for(attachment_id).exists()

    def store_downloaded(self, attachment_id: str, data: bytes) -> None:
        """Keep bytes the sync client fetched (checked against the hash by the caller)."""
        self._write(attachment_id, data)

    def _write(self, attachment_id: str, data: bytes) -> None:
        path = self.path_for(attachment_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        nonce = os.urandom(12)
        blob = MAGIC + nonce + self._aead.encrypt(nonce, data, attachment_id.encode("ascii"))
        temporary = path.with_suffix(".tmp")
        with open(temporary, "wb") as handle:
            handle.write(blob)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
