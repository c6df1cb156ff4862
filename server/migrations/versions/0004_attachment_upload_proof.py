"""Attachment bytes behind an upload proof, looked up by an index

``blob_uploads`` records every user who uploaded given bytes; a record may name a
content hash only if its writer is one of them, and ``records.content_hash`` (indexed)
holds the hash of such a proven attachment record. Existing data: each blob's first
uploader is recorded, and an attachment record keeps serving its bytes when the user
who last wrote it uploaded them; others need their bytes uploaded and their hash
pushed again.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "blob_uploads",
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("content_hash", "user_id"),
    )
    with op.batch_alter_table("records") as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=True))
    op.create_index(
        "ix_records_content_hash",
        "records",
        ["content_hash"],
        postgresql_where=sa.text("content_hash IS NOT NULL"),
        sqlite_where=sa.text("content_hash IS NOT NULL"),
    )
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "INSERT INTO blob_uploads (content_hash, user_id, created_at) "
            "SELECT content_hash, uploaded_by, created_at FROM blobs"
        )
    )
    blobs = dict(connection.execute(sa.text("SELECT content_hash, uploaded_by FROM blobs")).all())
    users = dict(connection.execute(sa.text("SELECT username, id FROM users")).all())
    attachments = connection.execute(
        sa.text("SELECT id, doc, updated_by FROM records WHERE entity = 'attachment'")
    ).all()
    for record_id, doc, updated_by in attachments:
        document = json.loads(doc) if isinstance(doc, str) else doc
        content_hash = (document or {}).get("content_hash")
        if content_hash and blobs.get(content_hash) == users.get(updated_by or ""):
            connection.execute(
                sa.text(
                    "UPDATE records SET content_hash = :hash "
                    "WHERE entity = 'attachment' AND id = :id"
                ),
                {"hash": content_hash, "id": record_id},
            )


def downgrade() -> None:
    op.drop_index("ix_records_content_hash", table_name="records")
    with op.batch_alter_table("records") as batch_op:
        batch_op.drop_column("content_hash")
    op.drop_table("blob_uploads")
