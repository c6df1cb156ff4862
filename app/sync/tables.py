"""The sync client's own tables in the workspace (never synced themselves).

* ``sync_outbox``: one row per (record, field) changed here and not yet
  acknowledged by the server; ``field = "*"`` means the whole record was created
  here. SQLite triggers fill it (``app.sync.capture``), so no write path can
  bypass it. Its autoincrement ``id`` changes each time the field is written
  again, which is how an edit made while a push is in flight survives that
  push's acknowledgement.
* ``sync_record``: per record the server knows, the version of each field as the
  server last told us (the ``base_versions`` of the next push).
* ``sync_applying``: holds a row only inside a transaction that applies changes
  from the server; the capture triggers stay quiet while it does.
* ``sync_push_batch``: the batch being pushed, stored with its idempotency key
  before it is sent and removed in the transaction that stores its answer.
* ``sync_issue``: conflicts and refused changes a person has to look at.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utc_now

WHOLE_RECORD = "*"


class OutboxEntry(Base):
    __tablename__ = "sync_outbox"
    __table_args__ = (
        UniqueConstraint("entity", "record_id", "field", name="uq_sync_outbox_field"),
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str] = mapped_column(String(64))


class RecordVersions(Base):
    __tablename__ = "sync_record"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    versions: Mapped[str] = mapped_column(Text)  # JSON object: field -> version


class ApplyingRemoteChanges(Base):
    __tablename__ = "sync_applying"

    token: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)


class PendingPush(Base):
    __tablename__ = "sync_push_batch"

    idempotency_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    body: Mapped[str] = mapped_column(Text)  # the exact JSON sent, for an identical resend
    outbox_ids: Mapped[str] = mapped_column(Text)  # JSON list of sync_outbox ids it carries
    created_at: Mapped[datetime] = mapped_column(default=utc_now)


class SyncIssue(Base):
    """A conflict (``kind="conflict"``) or a change the server refused (``"refused"``).

    Values are JSON text as they travel in the protocol. A conflict names one field:
    ``mine`` is the value this workspace pushed, ``theirs`` the value the server kept
    (null when the record was deleted there). A refused change keeps the whole change:
    ``mine`` holds its fields, so nothing is lost even when the record itself leaves
    the workspace.
    """

    __tablename__ = "sync_issue"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # conflict | refused
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(64))
    field: Mapped[str | None] = mapped_column(String(64))
    op: Mapped[str] = mapped_column(String(8), default="upsert")
    mine: Mapped[str | None] = mapped_column(Text)
    theirs: Mapped[str | None] = mapped_column(Text)
    their_version: Mapped[int | None]
    record_deleted: Mapped[bool] = mapped_column(default=False)
    code: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String(16))  # mine | theirs
