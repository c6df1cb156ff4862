"""What every page needs: the open workspace, formatting, preferences, sync state."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from app.views.settings.preferences import Preferences
from app.views.shared.formatting import Formatter, use_for_messages
from app.views.sync.sync_status import SyncStatusProvider

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

    def __post_init__(self) -> None:
        # Error messages show dates and amounts as this workspace's screens do.
        use_for_messages(self.formatter)

    @property
    def actor(self):
        from app.services.actor import Actor

        return Actor(self.username)

    def session(self):
        return self.workspace.session()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action, one commit; rows written are stamped with this user."""
        from app.models.authorship import CURRENT_USER

        with self.workspace.transaction() as session:
            session.info[CURRENT_USER] = self.username
            yield session
