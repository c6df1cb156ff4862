"""Full-text search over account names, cities, tags and contact names (FTS5).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

Two indexes kept right by triggers, so every writer (the UI, imports, sync) keeps
them up to date without knowing they exist:

* ``account_search(name, city, tags)``, rowid = the account's rowid;
* ``contact_search(name, account_id UNINDEXED)``, rowid = the contact's rowid.

Contact names live in their own index rather than in a column of the account's
row: updating an FTS5 row for every contact inserted forces FTS5 to flush its
pending terms each time, which made a bulk import of 100k accounts take minutes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
ACCOUNT_VALUES = "{t}.rowid, {t}.name, coalesce({t}.billing_city, ''), coalesce({t}.tags, '')"
CONTACT_VALUES = (
    "{t}.rowid, trim(coalesce({t}.first_name, '') || ' ' || coalesce({t}.last_name, '')), "
    "{t}.account_id"
)

TRIGGERS = {
    "account_search_insert": (
        "AFTER INSERT ON account WHEN new.deleted = 0 BEGIN "
        "INSERT INTO account_search (rowid, name, city, tags) "
        f"VALUES ({ACCOUNT_VALUES.format(t='new')}); END"
    ),
    "account_search_update": (
        "AFTER UPDATE OF name, billing_city, tags, deleted ON account BEGIN "
        "DELETE FROM account_search WHERE rowid = old.rowid; "
        "INSERT INTO account_search (rowid, name, city, tags) "
        f"SELECT {ACCOUNT_VALUES.format(t='new')} WHERE new.deleted = 0; END"
    ),
    "account_search_delete": (
        "AFTER DELETE ON account BEGIN DELETE FROM account_search WHERE rowid = old.rowid; END"
    ),
    "contact_search_insert": (
        "AFTER INSERT ON contact WHEN new.deleted = 0 BEGIN "
        "INSERT INTO contact_search (rowid, name, account_id) "
        f"VALUES ({CONTACT_VALUES.format(t='new')}); END"
    ),
    "contact_search_update": (
        "AFTER UPDATE OF first_name, last_name, account_id, deleted ON contact BEGIN "
        "DELETE FROM contact_search WHERE rowid = old.rowid; "
        "INSERT INTO contact_search (rowid, name, account_id) "
        f"SELECT {CONTACT_VALUES.format(t='new')} WHERE new.deleted = 0; END"
    ),
    "contact_search_delete": (
        "AFTER DELETE ON contact BEGIN DELETE FROM contact_search WHERE rowid = old.rowid; END"
    ),
}


def upgrade() -> None:
    op.execute(f"CREATE VIRTUAL TABLE account_search USING fts5(name, city, tags, {TOKENIZER})")
    op.execute(
        f"CREATE VIRTUAL TABLE contact_search USING fts5(name, account_id UNINDEXED, {TOKENIZER})"
    )
    op.execute(
        "INSERT INTO account_search (rowid, name, city, tags) "
        f"SELECT {ACCOUNT_VALUES.format(t='account')} FROM account WHERE deleted = 0"
    )
    op.execute(
        "INSERT INTO contact_search (rowid, name, account_id) "
        f"SELECT {CONTACT_VALUES.format(t='contact')} FROM contact WHERE deleted = 0"
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS contact_search")
    op.execute("DROP TABLE IF EXISTS account_search")
