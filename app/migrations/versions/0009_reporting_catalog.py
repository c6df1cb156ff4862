"""Exchange rates and visit cadences: catalog data for reports and Today's ranking.

Revision ID: 0009
Revises: 0011 (the head on main when this landed; numbers were handed out per helper)
Create Date: 2026-12-02

Both tables are synced catalog entities, so their capture triggers are installed
with them (an admin's workspace pushes what it writes).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.sync.capture import install_triggers

revision: str = "0009"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=120), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    # Each account's last completed visit, read from the index alone (dashboard, ranking).
    op.create_index(
        "ix_visit_account_status_start", "visit", ["account_id", "status", "planned_start"]
    )
    op.create_table(
        "exchange_rate",
        sa.Column("from_currency", sa.String(length=3), nullable=False),
        sa.Column("to_currency", sa.String(length=3), nullable=False),
        sa.Column("rate", app.models.base.DecimalText(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_exchange_rate_pair", "exchange_rate", ["from_currency", "to_currency", "valid_from"]
    )
    op.create_table(
        "visit_cadence",
        sa.Column("segment", sa.String(length=60), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        *_synced_columns(),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_visit_cadence_segment", "visit_cadence", ["segment"])
    install_triggers(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore a backup instead")
