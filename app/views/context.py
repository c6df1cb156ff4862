"""What every page needs: the open workspace, formatting, preferences, sync state."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.views.formatting import Formatter
from app.views.preferences import Preferences
from app.views.sync_status import SyncStatusProvider

if TYPE_CHECKING:
    from app.workspace import Workspace


def current_username(preferences: Preferences) -> str:
    return preferences.username or getpass.getuser()


@dataclass
class AppContext:
    workspace: Workspace
    formatter: Formatter
    preferences: Preferences
    sync: SyncStatusProvider
    username: str = field(default="")

    @property
    def actor(self):
        from app.services.actor import Actor

        return Actor(self.username)

    def session(self):
        return self.workspace.session()
