"""Local-only counter behind document numbers (see ``app.services.numbering``)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class NumberSequence(Base):
    """Next counter value per document kind and device prefix. Not synced: each
    device owns its own prefix, so its counter never needs to leave the laptop."""

    __tablename__ = "number_sequence"

    kind: Mapped[str] = mapped_column(String(2), primary_key=True)
    device_prefix: Mapped[str] = mapped_column(String(12), primary_key=True)
    next_value: Mapped[int] = mapped_column(default=1)
