"""Alembic, driven from code so `fieldsales-server migrate` needs no alembic.ini."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation would choke on '%' in a URL-encoded password.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str) -> None:
    """Bring the database to the newest schema; safe to run on every start.

    Then, on PostgreSQL, notice a database restored from a backup into a new
    database or cluster: its feed gets a new epoch (``server.epoch``).
    """
    command.upgrade(alembic_config(database_url), "head")
    _anchor(database_url)


def _anchor(database_url: str) -> None:
    from server.db import make_engine, make_sessionmaker, transaction
    from server.epoch import anchor_epoch

    if not database_url.startswith("postgresql"):
        return
    engine = make_engine(database_url, pool_size=1)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            moved = anchor_epoch(session)
    finally:
        engine.dispose()
    if moved:
        log.warning(
            "this database is not the one the server last ran on (restored from a "
            "backup, or moved): a new feed epoch was drawn; every laptop sends back "
            "what it lacks and reads the feed again"
        )
