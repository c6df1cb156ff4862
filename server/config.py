"""Server settings: where the database lives and the limits an operator may tune.

Everything comes from the environment (or the CLI, which sets it), so any number of
server processes started the same way behave as one server.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

SERVER_VERSION = "0.1.0"


def data_dir() -> Path:
    configured = os.environ.get("FIELDSALES_SERVER_DATA_DIR")
    return Path(configured) if configured else Path(platformdirs.user_data_dir("fieldsales-server"))


def database_url(explicit: str | None = None) -> str:
    """--database-url, else $FIELDSALES_DATABASE_URL, else a SQLite file in the data dir."""
    if explicit:
        return explicit
    configured = os.environ.get("FIELDSALES_DATABASE_URL")
    if configured:
        return configured
    directory = data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{directory / 'server.sqlite3'}"


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass(frozen=True)
class Settings:
    database_url: str
    access_token_seconds: int = 15 * 60
    refresh_token_seconds: int = 30 * 24 * 3600
    max_request_bytes: int = 2 * 1024 * 1024
    max_attachment_bytes: int = 25 * 1024 * 1024
    pull_page_limit: int = 500
    # Failed logins before throttling starts, and the longest wait imposed.
    free_login_failures: int = 5
    max_login_delay_seconds: int = 15 * 60
    # Requests one process works on at once (threads; each holds one connection).
    # More only adds threads fighting for the GIL while a push holds the feed lock;
    # the rest wait their turn in the event loop, which costs nothing.
    request_threads: int = 4

    @classmethod
    def from_env(cls, url: str | None = None) -> Settings:
        return cls(
            database_url=database_url(url),
            access_token_seconds=_int_env("FIELDSALES_ACCESS_TOKEN_SECONDS", 15 * 60),
            max_request_bytes=_int_env("FIELDSALES_MAX_REQUEST_BYTES", 2 * 1024 * 1024),
            max_attachment_bytes=_int_env("FIELDSALES_MAX_ATTACHMENT_BYTES", 25 * 1024 * 1024),
            request_threads=_int_env("FIELDSALES_REQUEST_THREADS", 4),
        )
