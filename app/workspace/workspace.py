"""The encrypted workspace: one folder holding everything a rep keeps offline.

Layout of a workspace folder::

    workspace.key      the data key, wrapped by the passphrase (keyfile.py)
    workspace.db       SQLCipher database (+ -wal and -shm while open)
    attachments/       AES-GCM encrypted files (attachments.py)
    backups/           encrypted database copies taken before schema upgrades

Opening never creates anything over an existing workspace: a missing or damaged
file is an error that names it. A wrong passphrase fails before any file is
touched.
"""

from __future__ import annotations

import getpass
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.errors import CorruptWorkspaceError, WorkspaceError, translatable
from app.models.authorship import CURRENT_USER
from app.workspace import keyfile
from app.workspace.attachments import AttachmentStore
from app.workspace.database import create_encrypted_engine, verify_key
from app.workspace.keyfile import KdfParams
from app.workspace.local_settings import get_setting, set_setting
from app.workspace.migrations import upgrade_to_head

KEY_FILE = "workspace.key"
DATABASE_FILE = "workspace.db"
ATTACHMENTS_DIR = "attachments"
BACKUPS_DIR = "backups"
MIN_PASSPHRASE_LENGTH = 8


def default_data_dir() -> Path:
    if env_dir := os.environ.get("FIELDSALES_DATA_DIR"):
        return Path(env_dir)
    return Path(platformdirs.user_data_dir("Fieldsales", appauthor=False))


def check_passphrase_strength(passphrase: str) -> None:
    from app.errors import ValidationError

    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise ValidationError(
            translatable("errors", "The passphrase must have at least {count} characters"),
            field="passphrase",
            count=MIN_PASSPHRASE_LENGTH,
        )


def _new_device_prefix() -> str:
    # 40 random bits in Crockford-style base32 (8 characters): with 10,000 devices the
    # chance that any two share a prefix is about 1 in 20,000.
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    value = int.from_bytes(secrets.token_bytes(5), "big")
    return "".join(alphabet[(value >> shift) & 31] for shift in range(35, -1, -5))


class Workspace:
    def __init__(self, data_dir: Path, data_key: bytes, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.attachments = AttachmentStore(data_dir / ATTACHMENTS_DIR, data_key)
        self.last_backup: Path | None = None
        with Session(engine) as session:
            self.device_prefix = get_setting(session, "device_prefix") or ""
            # Who is working here: the server account once connected, else the OS user.
            self.username = get_setting(session, "username") or _os_username()

    # -- life cycle ---------------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / KEY_FILE).exists() or (data_dir / DATABASE_FILE).exists()

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, *, kdf: KdfParams | None = None) -> Workspace:
        data_dir = Path(data_dir)
        if cls.exists(data_dir):
            raise WorkspaceError(
                translatable("errors", "A workspace already exists in {path}"), path=str(data_dir)
            )
        check_passphrase_strength(passphrase)
        data_dir.mkdir(parents=True, exist_ok=True)
        _restrict_permissions(data_dir)
        data_key = secrets.token_bytes(32)
        content = keyfile.wrap_data_key(data_key, passphrase, kdf or KdfParams())
        keyfile.write_key_file_atomically(data_dir / KEY_FILE, content)
        engine = create_encrypted_engine(data_dir / DATABASE_FILE, data_key)
        upgrade_to_head(
            engine, database_path=data_dir / DATABASE_FILE, backups_dir=data_dir / BACKUPS_DIR
        )
        with Session(engine) as session, session.begin():
            set_setting(session, "device_prefix", _new_device_prefix())
        return cls(data_dir, data_key, engine)

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Workspace:
        data_dir = Path(data_dir)
        data_key = unlock_data_key(data_dir, passphrase)
        database = data_dir / DATABASE_FILE
        if not database.exists():
            raise CorruptWorkspaceError(
                translatable("errors", "The workspace database {path} is missing"),
                path=str(database),
            )
        verify_key(database, data_key)
        engine = create_encrypted_engine(database, data_key)
        backup = upgrade_to_head(engine, database_path=database, backups_dir=data_dir / BACKUPS_DIR)
        workspace = cls(data_dir, data_key, engine)
        workspace.last_backup = backup
        return workspace

    def close(self) -> None:
        """Close every connection and forget the keys (as far as Python lets us)."""
        if self._sessions is None:
            return
        # Fold the write-ahead log into the database now: otherwise the next open has
        # to read (and decrypt) a possibly huge WAL before the first query.
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        # The engine's connection factory and the attachment cipher hold the keys;
        # dropping every reference lets them be freed.
        self.engine = None  # type: ignore[assignment]
        self.attachments = None  # type: ignore[assignment]
        self._sessions = None  # type: ignore[assignment]

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- use --------------------------------------------------------------------------

    def session(self) -> Session:
        if self._sessions is None:
            raise WorkspaceError(translatable("errors", "The workspace is locked"))
        session = self._sessions()
        session.info[CURRENT_USER] = self.username
        return session

    def set_username(self, username: str) -> None:
        """Record who works in this workspace (the server account once connected)."""
        with self.transaction() as session:
            set_setting(session, "username", username)
        self.username = username

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits as a whole or not at all."""
        with self.session() as session, session.begin():
            yield session

    @property
    def database_path(self) -> Path:
        return self.data_dir / DATABASE_FILE


def unlock_data_key(data_dir: Path, passphrase: str) -> bytes:
    key_path = data_dir / KEY_FILE
    try:
        content = keyfile.read_key_file(key_path)
    except FileNotFoundError:
        if (data_dir / DATABASE_FILE).exists():
            raise CorruptWorkspaceError(
                translatable("errors", "The workspace key file {path} is missing"),
                path=str(key_path),
            ) from None
        raise WorkspaceError(
            translatable("errors", "No workspace in {path}; create one with 'fieldsales init'"),
            path=str(data_dir),
        ) from None
    return keyfile.unwrap_data_key(content, passphrase, path=key_path)


def change_passphrase(
    data_dir: Path, old_passphrase: str, new_passphrase: str, *, kdf: KdfParams | None = None
) -> None:
    """Re-wrap the data key under a new passphrase; the data itself is untouched."""
    data_dir = Path(data_dir)
    check_passphrase_strength(new_passphrase)
    data_key = unlock_data_key(data_dir, old_passphrase)
    current = keyfile.read_key_file(data_dir / KEY_FILE)["kdf"]
    params = kdf or KdfParams(current["memory_kib"], current["iterations"], current["lanes"])
    content = keyfile.wrap_data_key(data_key, new_passphrase, params)
    keyfile.write_key_file_atomically(data_dir / KEY_FILE, content)


def _os_username() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "local"


def _restrict_permissions(folder: Path) -> None:
    try:
        folder.chmod(0o700)
    except OSError:
        pass  # not every file system knows POSIX modes


__all__ = ["Workspace", "change_passphrase", "default_data_dir"]
