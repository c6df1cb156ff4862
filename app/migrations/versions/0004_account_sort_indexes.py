"""Indexes for sorting the account list by city, country, type and status.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24

With 100k accounts, sorting the list by an unindexed column took over 100 ms a page.
Plain CREATE INDEX, not batch mode: a batch table copy would drop the search
triggers on ``account``.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ("billing_city", "billing_country", "status", "type")


def upgrade() -> None:
    for column in COLUMNS:
        op.create_index(f"ix_account_{column}", "account", [column])


def downgrade() -> None:
    for column in COLUMNS:
        op.drop_index(f"ix_account_{column}", table_name="account")
