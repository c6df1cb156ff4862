"""What the status bar shows about sync, and who tells it.

The sync client (a later issue) implements :class:`SyncStatusProvider`: it emits
``changed`` with a fresh :class:`SyncState` whenever something moves, and starts
a sync when asked. Until then :class:`OfflineSyncProvider` honestly reports that
no server is connected, counting the changes waiting to go up.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class SyncState:
    connected: bool = False  # a server is configured and signed in
    online: bool = False  # the server answered on the last attempt
    syncing: bool = False
    progress_done: int = 0
    progress_total: int = 0
    pending_changes: int = 0
    last_sync: datetime | None = None
    error: str | None = None  # already fit to show a user
    notice: str | None = None  # something the last sync did a user should know, fit to show
    open_conflicts: int = 0


class SyncStatusProvider(QObject):
    """Interface for the sync client; the status bar only talks to this."""

    changed = Signal(object)  # SyncState

    def state(self) -> SyncState:
        raise NotImplementedError

    def can_sync(self) -> bool:
        return self.state().connected

    def sync_now(self) -> None:
        raise NotImplementedError


class OfflineSyncProvider(SyncStatusProvider):
    """No sync client yet: always "not connected", with a pending-changes count."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = SyncState()

    def state(self) -> SyncState:
        return self._state

    def can_sync(self) -> bool:
        return False

    def set_pending_changes(self, count: int) -> None:
        self._state = replace(self._state, pending_changes=count)
        self.changed.emit(self._state)

    def sync_now(self) -> None:
        self.changed.emit(self._state)
