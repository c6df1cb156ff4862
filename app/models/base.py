"""Declarative base and the columns every synced row carries.

Every row a rep creates offline gets a client-generated UUID, so two laptops can
create records for days without talking to each other and never collide. The
timestamps, author, soft-delete flag and row version are what the sync protocol
needs to merge field by field later on.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    return datetime.now(UTC)


class DecimalText(TypeDecorator[Decimal]):
    """A Decimal stored as its exact text.

    SQLite has no decimal type; SQLAlchemy's Numeric would round-trip money
    through a binary float. Text keeps every digit a user typed.
    """

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect) -> str | None:
        if value is None:
            return None
        return str(Decimal(value))

    def process_result_value(self, value: str | None, dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime; SQLite would otherwise hand back naive values."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware values only")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map = {Decimal: DecimalText, datetime: UTCDateTime}


class Synced:
    """Mixin for every row that travels through sync."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)
    updated_by: Mapped[str | None] = mapped_column(String(120))
    # No index of its own: nearly every row is live, so an index on it only misleads
    # the query planner away from the useful ones (name, account ...).
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    row_version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # Optimistic concurrency: SQLAlchemy bumps row_version on every UPDATE and
        # refuses a write based on a stale read.
        return {"version_id_col": cls.row_version}
