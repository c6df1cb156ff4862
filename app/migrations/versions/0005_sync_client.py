"""The sync client: outbox, per-field server versions, conflicts, and capture triggers.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

Unique constraints on synced tables go: the server is the authority on what exists,
and it may hold two accounts numbered alike by two reps offline; a pull that failed
on them would stop sync for good. The services still refuse a duplicate typed here.
SQLite drops a table's triggers when batch mode copies it, so each copied table's
triggers are read first and created again after, and the account search index is
rebuilt because the copy renumbers rowids.

Every live row already in the workspace is queued as created here, so a workspace
used standalone before its first connection pushes what it holds.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import app.models.base
from app.sync.capture import enqueue_existing_rows, install_triggers

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}
# table -> (reflected unique constraint, column indexed instead or None)
UNIQUES = {
    "account": ("uq_account_account_number", "account_number"),
    "product": ("uq_product_sku", "sku"),
    "quote": ("uq_quote_number", "number"),
    "order": ("uq_order_number", "number"),
    "contract": ("uq_contract_number", "number"),
    "price_list_account": ("uq_price_list_account_price_list_id", None),
    "price_list_item": ("uq_price_list_item_price_list_id", None),
}
ACCOUNT_SEARCH_VALUES = "rowid, name, coalesce(billing_city, ''), coalesce(tags, '')"


def _drop_unique(table: str, constraint: str, column: str | None) -> None:
    bind = op.get_bind()
    triggers = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).scalars().all()
    with op.batch_alter_table(table, naming_convention=NAMING) as batch_op:
        batch_op.drop_constraint(constraint, type_="unique")
        if column is not None:
            batch_op.create_index(f"ix_{table}_{column}", [column], unique=False)
    for statement in triggers:
        bind.exec_driver_sql(statement)


def upgrade() -> None:
    for table, (constraint, column) in UNIQUES.items():
        _drop_unique(table, constraint, column)
    op.execute("DELETE FROM account_search")
    op.execute(
        "INSERT INTO account_search (rowid, name, city, tags) "
        f"SELECT {ACCOUNT_SEARCH_VALUES} FROM account WHERE deleted = 0"
    )

    op.create_table(
        "sync_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entity", "record_id", "field", name="uq_sync_outbox_field"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_record",
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("versions", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "record_id"),
    )
    op.create_table(
        "sync_applying",
        sa.Column("token", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("token"),
    )
    op.create_table(
        "sync_push_batch",
        sa.Column("idempotency_key", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("outbox_ids", sa.Text(), nullable=False),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("idempotency_key"),
    )
    op.create_table(
        "sync_issue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=64), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("mine", sa.Text(), nullable=True),
        sa.Column("theirs", sa.Text(), nullable=True),
        sa.Column("their_version", sa.Integer(), nullable=True),
        sa.Column("record_deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("created_at", app.models.base.UTCDateTime(), nullable=False),
        sa.Column("resolved_at", app.models.base.UTCDateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    bind = op.get_bind()
    enqueue_existing_rows(bind)
    install_triggers(bind)


def downgrade() -> None:
    raise NotImplementedError("workspaces are never downgraded; restore a backup instead")
