"""Opening the SQLCipher database with SQLAlchemy.

The data key is handed to SQLCipher as a raw key (``x'<hex>'``), so SQLCipher does
no second key derivation on open: the passphrase already went through Argon2id.

Durability and safety settings, applied on every connection:

* ``journal_mode=WAL``: readers (the UI) never block the writer (sync, imports), and
  a crash rolls back cleanly. SQLCipher encrypts the WAL too.
* ``synchronous=FULL``: the rep's data exists only on this laptop until the next
  sync, possibly days away, so a commit must survive a power cut. In WAL mode this
  costs one fsync per transaction, which bulk work amortises by batching.
* ``foreign_keys=ON``: SQLite leaves it off by default; our references rely on it.
* ``temp_store=MEMORY``: sorts and temporary indexes never reach disk unencrypted.
* ``cache_size=-65536`` (64 MiB): holds the working set of a 100k-account workspace;
  the default 2k pages makes every page miss pay for decryption again.
* ``cipher_log_level=NONE``: SQLCipher otherwise writes its own lines to stderr on a
  wrong key, which a user must never see.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from app.errors import CorruptWorkspaceError, translatable

CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cache_size = -65536",
)


def connect_encrypted(path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path), check_same_thread=False)
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def verify_key(path: Path, key: bytes) -> None:
    """Fail with a clear message if the database is not readable with this key."""
    connection = connect_encrypted(path, key)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        raise CorruptWorkspaceError(
            translatable(
                "errors", "The workspace database {path} is damaged or does not match its key file"
            ),
            path=str(path),
        ) from error
    finally:
        connection.close()


def create_encrypted_engine(path: Path, key: bytes) -> Engine:
    def creator() -> sqlcipher3.Connection:
        return connect_encrypted(path, key)

    engine = create_engine(
        "sqlite://", creator=creator, poolclass=QueuePool, pool_size=4, max_overflow=4
    )
    _apply_pragmas_on_connect(engine)
    return engine


def create_plain_engine(path: Path) -> Engine:
    """The same settings without encryption: used by the benchmark as the baseline."""
    engine = create_engine(f"sqlite:///{path}", poolclass=QueuePool, pool_size=4)
    _apply_pragmas_on_connect(engine)
    return engine


def _apply_pragmas_on_connect(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, connection_record) -> None:  # noqa: ARG001
        # pysqlite's own transaction handling would swallow BEGIN; let SQLAlchemy emit it.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in CONNECTION_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        connection.exec_driver_sql("BEGIN")
