"""Crash reports in the log folder: a hard crash (abort, segfault) leaves its traceback.

A Qt abort or a segfault kills the process before Python's own error handling
runs, and an app started from an icon has nobody reading its stderr. Python's
``faulthandler`` writes every thread's stack into a file we keep open for that
moment. Each run gets its own file, and the handler stays on to the very end of
the process: a crash while Python and Qt tear down (a common place for them) is
reported too. So an empty file is all a clean run leaves; the next start removes
those of processes no longer running, and a non-empty one is a crash to look at.
"""

from __future__ import annotations

import faulthandler
import os
import time
from pathlib import Path
from typing import TextIO

import platformdirs

from app.preset import APP_NAME

LOG_DIR_ENV = "FIELDSALES_LOG_DIR"
CRASH_PREFIX = "crash-"

_report: TextIO | None = None


def log_dir() -> Path:
    """The app's log folder: ``$FIELDSALES_LOG_DIR``, else the user log directory."""
    if folder := os.environ.get(LOG_DIR_ENV):
        return Path(folder)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def crash_reports(folder: Path | None = None) -> list[Path]:
    """Reports that crashes left behind, oldest first."""
    folder = folder or log_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(f"{CRASH_PREFIX}*.log") if p.stat().st_size)


def install_crash_log(folder: Path | None = None) -> Path:
    """Route fatal-signal tracebacks into a new file in ``folder``; returns its path."""
    global _report
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    _remove_empty_reports(folder)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"{CRASH_PREFIX}{stamp}-{os.getpid()}.log"
    _report = path.open("a", encoding="utf-8")
    faulthandler.enable(file=_report, all_threads=True)
    return path


def write_to_crash_log(line: str) -> None:
    """Add a line (e.g. Qt's last fatal message) to this run's report, if one is open."""
    if _report is not None and not _report.closed:
        _report.write(line.rstrip("\n") + "\n")
        _report.flush()


def _remove_empty_reports(folder: Path) -> None:
    """Tidy the empty files of earlier runs that have ended (clean runs leave one each)."""
    for path in folder.glob(f"{CRASH_PREFIX}*.log"):
        try:
            pid = int(path.stem.rsplit("-", 1)[1])
            if path.stat().st_size == 0 and not _running(pid):
                path.unlink()
        except (ValueError, IndexError, OSError):
            continue  # not one of ours, or gone already


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        # os.kill would end the process there; Windows refuses to delete a file that a
        # running process holds open, which protects the live ones instead.
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process with that number: leave the file
    return True
