"""Full-text search over account names, cities, tags and contact names (FTS5).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

The index is kept up to date by triggers, so every writer (the UI, imports, sync)
keeps it right without knowing it exists. Its rowid is the account's rowid.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

def _contact_names(account_id: str) -> str:
    return (
        "coalesce((SELECT group_concat(trim(coalesce(c.first_name, '') || ' ' || "
        f"coalesce(c.last_name, '')), ' ') FROM contact c WHERE c.account_id = {account_id} "
        "AND c.deleted = 0), '')"
    )


def _row_values(alias: str) -> str:
    return (
        f"{alias}.rowid, {alias}.name, coalesce({alias}.billing_city, ''), "
        f"coalesce({alias}.tags, ''), {_contact_names(alias + '.id')}"
    )


def _refresh_contacts(account_id: str) -> str:
    return (
        f"UPDATE account_search SET contacts = {_contact_names(account_id)} "
        f"WHERE rowid = (SELECT a.rowid FROM account a WHERE a.id = {account_id});"
    )


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE account_search USING fts5("
        "name, city, tags, contacts, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    op.execute(
        "INSERT INTO account_search (rowid, name, city, tags, contacts) "
        f"SELECT {_row_values('account')} FROM account WHERE account.deleted = 0"
    )
    op.execute(
        "CREATE TRIGGER account_search_insert AFTER INSERT ON account WHEN new.deleted = 0 BEGIN "
        "INSERT INTO account_search (rowid, name, city, tags, contacts) "
        f"SELECT {_row_values('account')} FROM account WHERE account.rowid = new.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER account_search_update AFTER UPDATE OF name, billing_city, tags, deleted "
        "ON account BEGIN "
        "DELETE FROM account_search WHERE rowid = old.rowid; "
        "INSERT INTO account_search (rowid, name, city, tags, contacts) "
        f"SELECT {_row_values('account')} FROM account "
        "WHERE account.rowid = new.rowid AND new.deleted = 0; END"
    )
    op.execute(
        "CREATE TRIGGER account_search_delete AFTER DELETE ON account BEGIN "
        "DELETE FROM account_search WHERE rowid = old.rowid; END"
    )
    op.execute(
        "CREATE TRIGGER account_search_contact_insert AFTER INSERT ON contact BEGIN "
        + _refresh_contacts("new.account_id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER account_search_contact_update AFTER UPDATE OF first_name, last_name, "
        "deleted, account_id ON contact BEGIN "
        + _refresh_contacts("old.account_id")
        + " "
        + _refresh_contacts("new.account_id")
        + " END"
    )
    op.execute(
        "CREATE TRIGGER account_search_contact_delete AFTER DELETE ON contact BEGIN "
        + _refresh_contacts("old.account_id")
        + " END"
    )


def downgrade() -> None:
    for trigger in (
        "account_search_insert",
        "account_search_update",
        "account_search_delete",
        "account_search_contact_insert",
        "account_search_contact_update",
        "account_search_contact_delete",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS account_search")
