"""What a sync reports while it runs and when it ends, and the workspace's sync status."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any


@dataclass
class SyncProgress:
    phase: str  # "push" | "pull" | "files"
    done: int
    total: int  # 0 when unknown (a pull does not know how much is coming)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    dropped: int = 0
    conflicts: int = 0
    refused: int = 0
    uploaded: int = 0
    downloaded: int = 0
    duration: float = 0.0
    pending: int = 0
    open_conflicts: int = 0
    open_refused: int = 0
    first_sync: bool = False
    reset: bool = False  # the server was restored: what it lost was sent again

    @property
    def converged(self) -> bool:
        """Nothing waiting to go up and nothing waiting for the user."""
        return self.pending == 0 and self.open_conflicts == 0 and self.open_refused == 0

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["duration"] = round(self.duration, 3)
        data["converged"] = self.converged
        return data


@dataclass
class LocalStatus:
    connected: bool
    signed_in: bool
    server_url: str | None
    username: str | None
    pending: int
    open_conflicts: int
    open_refused: int
    last_sync: datetime | None
