"""CPU time of groups of processes over a round, from ``/proc/<pid>/stat``.

Latency on a shared machine is noise; the CPU a process spent per row it moved
is not. A ``CpuMeter`` samples the user + system time of each group's processes
(the server's workers, the PostgreSQL backends serving them, the load generator)
every half second while a round runs, so a process that starts during the round
is counted from its birth and one that ends keeps what was last read of it (at
most half a second of a short-lived connection can go unseen).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of ``pid`` (all its threads), or None once it has gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name may hold spaces or parentheses: fields start after the last ")".
    fields = text[text.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (uvicorn's workers under its supervisor)."""
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        return found
    return found


class CpuMeter:
    """CPU seconds per group between ``start`` and ``stop``.

    ``groups`` maps a name to a function listing that group's pids now; it is
    called at every sample, so new processes join as they appear.
    """

    def __init__(self, groups: dict[str, Callable[[], Iterable[int]]], interval: float = 0.5):
        self.groups = groups
        self.interval = interval
        self._first: dict[str, dict[int, float]] = {name: {} for name in groups}
        self._last: dict[str, dict[int, float]] = {name: {} for name in groups}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._started = False

    def _sample(self) -> None:
        for name, pids in self.groups.items():
            for pid in pids():
                seconds = cpu_seconds(pid)
                if seconds is None:
                    continue
                if pid not in self._first[name]:
                    # Seen at the start: counted from here. Born later: from birth.
                    self._first[name][pid] = seconds if not self._started else 0.0
                self._last[name][pid] = seconds

    def start(self) -> None:
        self._sample()
        self._started = True

        def loop() -> None:
            while not self._stop.wait(self.interval):
                self._sample()

        self._thread = threading.Thread(target=loop, daemon=True)
        self._thread.start()

    def stop(self) -> dict[str, float]:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._sample()
        return {
            name: sum(self._last[name][pid] - first for pid, first in self._first[name].items())
            for name in self.groups
        }
