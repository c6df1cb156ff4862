"""The migrations build exactly the schema the models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

import app.models  # noqa: F401
import app.sync.tables  # noqa: F401 - the sync client's bookkeeping tables
import app.workspace.local_settings  # noqa: F401
from app.models.base import Base
from app.workspace.migrations import head_revision, upgrade_to_head


def test_migrations_match_the_models(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    upgrade_to_head(engine, database_path=tmp_path / "schema.db", backups_dir=tmp_path / "b")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = [
            diff
            for diff in compare_metadata(context, Base.metadata)
            # FTS5 tables and their shadow tables are made by hand in revision 0003.
            if not (diff[0] == "remove_table" and "_search" in diff[1].name)
        ]
    assert differences == []


def test_a_new_workspace_is_at_the_newest_revision(workspace):
    from app.workspace.migrations import current_revision

    assert current_revision(workspace.engine) == head_revision()


def test_the_name_index_autogenerate_cannot_compare_is_built_and_used(tmp_path):
    # SQLite cannot reflect an expression index, so the comparison above skips it.
    engine = create_engine(f"sqlite:///{tmp_path / 'schema.db'}")
    upgrade_to_head(engine, database_path=tmp_path / "schema.db", backups_dir=tmp_path / "b")
    with engine.connect() as connection:
        plan = " ".join(
            row[3]
            for row in connection.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT id FROM account ORDER BY lower(name) LIMIT 5"
            )
        )
    assert "ix_account_lower_name" in plan
