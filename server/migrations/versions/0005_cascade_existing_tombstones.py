"""Tombstone what hangs off records deleted before deletes cascaded

A delete now tombstones everything under it (docs/sync.md, "Deletes"). Rows deleted
before left their children live and editable: contacts of a deleted account, lines
of a deleted quote, attachments of a deleted visit. Tombstone those now, each with a
feed ``delete`` entry, as a delete would today. The parent is gone already, so rows
that are frozen (a submitted order, an approved report) go with it: a tombstone
keeps them on the server.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

records = sa.table(
    "records",
    sa.column("entity", sa.String),
    sa.column("id", sa.String),
    sa.column("doc", sa.JSON),
    sa.column("row_version", sa.Integer),
    sa.column("deleted", sa.Boolean),
    sa.column("account_id", sa.String),
    sa.column("territory_id", sa.String),
    sa.column("personal_user_id", sa.String),
    sa.column("updated_at", sa.DateTime(timezone=True)),
    sa.column("updated_by", sa.String),
)
change_log = sa.table(
    "change_log",
    sa.column("seq", sa.BigInteger),
    sa.column("kind", sa.String),
    sa.column("entity", sa.String),
    sa.column("record_id", sa.String),
    sa.column("row_version", sa.Integer),
    sa.column("fields", sa.JSON),
    sa.column("versions", sa.JSON),
    sa.column("territory_id", sa.String),
    sa.column("personal_user_id", sa.String),
    sa.column("committed_at", sa.DateTime(timezone=True)),
)
sequencer = sa.table("feed_sequencer", sa.column("id", sa.Integer), sa.column("last_seq", sa.BigInteger))

# As server/cascade.py has it at this revision: parent -> [(child, its parent field)].
CHILDREN = {
    "visit": [("visit_report", "visit_id")],
    "quote": [("quote_line", "quote_id")],
    "order": [("order_line", "order_id")],
}
LIVE = records.c.deleted.is_(False)
COLUMNS = (
    records.c.entity,
    records.c.id,
    records.c.row_version,
    records.c.territory_id,
    records.c.personal_user_id,
)


def _dead(entity: str) -> sa.Select:
    return sa.select(records.c.id).where(records.c.deleted.is_(True), records.c.entity == entity)


def _orphans(connection: sa.Connection) -> list[sa.Row]:
    """Live rows under a deleted account, or whose parent or owner is deleted."""
    conditions = [
        sa.and_(records.c.entity != "account", records.c.account_id.in_(_dead("account")))
    ]
    for parent, children in CHILDREN.items():
        for child, name in children:
            conditions.append(
                sa.and_(
                    records.c.entity == child,
                    records.c.doc[name].as_string().in_(_dead(parent)),
                )
            )
    dead = sa.select(records.c.entity, records.c.id).where(records.c.deleted.is_(True))
    owner = sa.tuple_(records.c.doc["owner_entity"].as_string(), records.c.doc["owner_id"].as_string())
    conditions.append(sa.and_(records.c.entity == "attachment", owner.in_(dead)))
    query = sa.select(*COLUMNS).where(LIVE, sa.or_(*conditions)).order_by(*COLUMNS[:2])
    return list(connection.execute(query))


def upgrade() -> None:
    connection = op.get_bind()
    now = datetime.now(UTC)
    while orphans := _orphans(connection):  # each round reaches one level further down
        for row in orphans:
            connection.execute(
                records.update()
                .where(records.c.entity == row.entity, records.c.id == row.id)
                .values(
                    deleted=True,
                    row_version=row.row_version + 1,
                    updated_at=now,
                    updated_by="server",
                )
            )
        last = connection.execute(
            sequencer.update()
            .where(sequencer.c.id == 1)
            .values(last_seq=sequencer.c.last_seq + len(orphans))
            .returning(sequencer.c.last_seq)
        ).scalar_one()
        first = last - len(orphans) + 1
        connection.execute(
            change_log.insert(),
            [
                {
                    "seq": first + offset,
                    "kind": "delete",
                    "entity": row.entity,
                    "record_id": row.id,
                    "row_version": row.row_version + 1,
                    "fields": {},
                    "versions": {},
                    "territory_id": row.territory_id,
                    "personal_user_id": row.personal_user_id,
                    "committed_at": now,
                }
                for offset, row in enumerate(orphans)
            ],
        )


def downgrade() -> None:
    """Tombstones are final: nothing to undo."""
