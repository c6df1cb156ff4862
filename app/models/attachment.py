"""Metadata of a file attached to a record; the workspace stores the encrypted bytes."""

from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class Attachment(Synced, Base):
    """``owner_entity`` is a table name (e.g. "visit_report", "contract") and
    ``owner_id`` that row's id: one attachment table serves every record type.
    ``content_hash`` is the SHA-256 hex digest of the plaintext bytes."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_entity", "owner_id"),)

    owner_entity: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36))
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    content_hash: Mapped[str] = mapped_column(String(64))
