"""Remote wipe: destroy a workspace the company revoked, key file first.

The data key exists only in ``workspace.key`` (wrapped by the passphrase); once
that file is gone nothing else in the folder can be decrypted, so it goes first
and is overwritten before it is unlinked. Then the database (with its WAL),
the attachments and the backups. A small note, free of customer data, tells the
next start why the workspace is gone.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

WIPE_NOTE = "WIPED.txt"


def _shred(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass  # unlinking below is what matters; overwriting is best effort
    path.unlink(missing_ok=True)


def destroy_workspace(data_dir: Path, *, reason: str) -> None:
    from app.workspace.workspace import ATTACHMENTS_DIR, BACKUPS_DIR, DATABASE_FILE, KEY_FILE

    data_dir = Path(data_dir)
    _shred(data_dir / KEY_FILE)
    for name in (DATABASE_FILE, DATABASE_FILE + "-wal", DATABASE_FILE + "-shm"):
        (data_dir / name).unlink(missing_ok=True)
    for folder in (ATTACHMENTS_DIR, BACKUPS_DIR):
        shutil.rmtree(data_dir / folder, ignore_errors=True)
    (data_dir / WIPE_NOTE).write_text(
        f"{datetime.now(UTC).isoformat()}\n{reason}\n", encoding="utf-8"
    )


def wipe_note(data_dir: Path) -> str | None:
    """Why the workspace in ``data_dir`` was erased, if it was (for the next start)."""
    note = Path(data_dir) / WIPE_NOTE
    if not note.exists():
        return None
    lines = note.read_text(encoding="utf-8").splitlines()
    return lines[1] if len(lines) > 1 else ""


def clear_wipe_note(data_dir: Path) -> None:
    (Path(data_dir) / WIPE_NOTE).unlink(missing_ok=True)
