"""Device ids in canonical UUID form

Logins now store a device's UUID canonical (lower case, hyphenated), so a revoked
device cannot come back under another spelling. Rows registered before keep the
spelling their client sent: rewrite them, merging spellings of one device. The
merged device is revoked if any spelling was; if two users registered spellings of
one device, the earliest keeps it and the other's sessions end.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

devices = sa.table(
    "devices",
    sa.column("id", sa.String),
    sa.column("user_id", sa.String),
    sa.column("name", sa.String),
    sa.column("created_at", sa.DateTime(timezone=True)),
    sa.column("last_seen_at", sa.DateTime(timezone=True)),
    sa.column("revoked_at", sa.DateTime(timezone=True)),
)
sessions = sa.table(
    "auth_sessions",
    sa.column("device_id", sa.String),
    sa.column("revoked_at", sa.DateTime(timezone=True)),
)


def _canonical(device_id: str) -> str | None:
    try:
        return str(uuid.UUID(device_id))
    except ValueError:
        return None  # never a UUID: such a device could not log in before either


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.select(devices).order_by(devices.c.created_at)).mappings().all()
    spellings: dict[str, list[sa.RowMapping]] = {}
    for row in rows:
        canonical = _canonical(row["id"])
        if canonical is not None:
            spellings.setdefault(canonical, []).append(row)
    now = datetime.now(UTC)
    for canonical, group in spellings.items():
        if all(row["id"] == canonical for row in group):
            continue
        keep = next((row for row in group if row["id"] == canonical), group[0])
        revoked = [row["revoked_at"] for row in group if row["revoked_at"] is not None]
        merged = {**keep, "id": canonical, "revoked_at": min(revoked) if revoked else None}
        if keep["id"] == canonical:
            connection.execute(
                devices.update()
                .where(devices.c.id == canonical)
                .values(revoked_at=merged["revoked_at"])
            )
        else:
            connection.execute(devices.insert().values(**merged))
        for row in group:
            if row["id"] == canonical:
                continue
            if row["user_id"] != keep["user_id"]:
                ended = sessions.update().where(
                    sessions.c.device_id == row["id"], sessions.c.revoked_at.is_(None)
                )
                connection.execute(ended.values(revoked_at=now))
            moved = sessions.update().where(sessions.c.device_id == row["id"])
            connection.execute(moved.values(device_id=canonical))
            connection.execute(devices.delete().where(devices.c.id == row["id"]))


def downgrade() -> None:
    """Canonical ids are valid ids for the older server too: nothing to undo."""
