"""What a B2B quote and order carry: the customer's reference, delivery terms, revision.

Revision ID: 0011
Revises: 0005
Create Date: 2026-12-02

Quotes gain the customer's enquiry or PO number, the delivery terms (Incoterms) and
a revision number (counted when a sent quote is reopened for changes). Orders gain
the customer's PO number, delivery terms, and their own payment terms and delivery
address, which print instead of the account's when set. Plain ADD COLUMN keeps the
tables (and their triggers) in place; the capture triggers are then recreated so an
edit of a new field reaches the outbox.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from app.sync.capture import install_triggers

revision: str = "0011"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "quote": [
        sa.Column("customer_reference", sa.String(length=80), nullable=True),
        sa.Column("delivery_terms", sa.String(length=120), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True, server_default="0"),
    ],
    "order": [
        sa.Column("customer_reference", sa.String(length=80), nullable=True),
        sa.Column("delivery_terms", sa.String(length=120), nullable=True),
        sa.Column("payment_terms", sa.String(length=120), nullable=True),
        sa.Column("delivery_address", sa.Text(), nullable=True),
    ],
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in columns:
            op.add_column(table, column)
    install_triggers(op.get_bind())


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        for column in columns:
            op.drop_column(table, column.name)
    install_triggers(op.get_bind())
