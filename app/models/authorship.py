"""Stamp ``updated_by`` on every row this user creates or changes.

The workspace puts the signed-in username in ``session.info[CURRENT_USER]``; every
flush then records it on new and changed synced rows, so the sync issue knows who
made each change without every service passing the name around. Changes applied
from the server (``APPLYING_REMOTE_CHANGES``) keep the author they came with.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.models.base import Synced
from app.models.guards import APPLYING_REMOTE_CHANGES

CURRENT_USER = "fieldsales.current_user"


@event.listens_for(Session, "before_flush")
def _stamp_author(session: Session, _context: object, _instances: object) -> None:
    username = session.info.get(CURRENT_USER)
    if not username or session.info.get(APPLYING_REMOTE_CHANGES):
        return
    for obj in session.new:
        if isinstance(obj, Synced):
            obj.updated_by = username
    for obj in session.dirty:
        # Only real column changes: appending a line must not touch the parent's row.
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            obj.updated_by = username
