"""Schema migrations for workspaces, run with Alembic when a workspace opens.

Before upgrading an existing workspace, the (still encrypted) database file is
copied into ``backups/`` beside it, so a failed or unwanted upgrade can be undone
by hand. Developers add a revision with::

    .venv/bin/python -m app.workspace.migrations revision "what changed"
"""

from __future__ import annotations

import functools
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


@functools.cache
def head_revision() -> str | None:
    """The newest revision of the scripts this program ships.

    Read once per process: finding it parses every migration script (about 8 ms),
    and a command or a desktop session opens workspaces more than once.
    """
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine, *, database_path: Path, backups_dir: Path) -> Path | None:
    """Bring the schema to the newest revision; return the backup made, if any."""
    current = current_revision(engine)
    if current == head_revision():
        return None
    backup = None
    if current is not None:
        backup = _backup_database(engine, database_path, backups_dir, current)
    config = alembic_config()
    with engine.connect() as connection:
        # SQLite's own procedure for altering tables: batch mode copies a table and
        # drops the old one, which with foreign keys on would cascade into the rows
        # that refer to it. The pragma only takes effect outside a transaction.
        raw = connection.connection.driver_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # on the driver: SQLAlchemy would BEGIN first
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
    return backup


def _backup_database(engine: Engine, database_path: Path, backups_dir: Path, revision: str) -> Path:
    # Fold the WAL into the main file first so one file copy is a whole database.
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    backup = backups_dir / f"workspace-{revision}-{stamp}.db"
    shutil.copy2(database_path, backup)
    return backup


def _autogenerate_revision(message: str) -> None:
    """Diff the models against a scratch database at head and write a new revision."""
    engine = create_engine("sqlite://")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        command.revision(config, message=message, autogenerate=True)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "revision":
        sys.exit('usage: python -m app.workspace.migrations revision "message"')
    _autogenerate_revision(sys.argv[2])
