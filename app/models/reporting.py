"""Catalog data that reports and rankings need: exchange rates and visit cadences.

Both are kept by an admin on the server and synced read-only to every workspace.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced


class ExchangeRate(Synced, Base):
    """1 ``from_currency`` = ``rate`` ``to_currency``, in force from ``valid_from`` on.

    A later row for the same pair replaces it from its own ``valid_from``.
    """

    __tablename__ = "exchange_rate"
    __table_args__ = (Index("ix_exchange_rate_pair", "from_currency", "to_currency", "valid_from"),)

    from_currency: Mapped[str] = mapped_column(String(3))
    to_currency: Mapped[str] = mapped_column(String(3))
    rate: Mapped[Decimal]
    valid_from: Mapped[date]


class VisitCadence(Synced, Base):
    """How many days may pass between two visits to an account of ``segment``."""

    __tablename__ = "visit_cadence"

    segment: Mapped[str] = mapped_column(String(60), index=True)
    days: Mapped[int] = mapped_column(default=30)
