"""Whose catalog counts: this workspace's own, or the server's once it has synced.

Territories, pipeline stages, products and price lists are kept by the server
(only an administrator changes them). A workspace used on its own keeps its own
(the demo, an import before connecting); from its first sync on, a name the
server does not have is refused instead of creating a local row a rep could not
push. Administrators keep the catalog, so the rule does not bind them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Territory
from app.sync.connection import FIRST_SYNC_DONE, ROLE, SERVER_URL
from app.sync.tables import RecordVersions
from app.workspace.local_settings import get_setting


def server_catalog_is_truth(session: Session) -> bool:
    if not get_setting(session, SERVER_URL) or get_setting(session, FIRST_SYNC_DONE) != "1":
        return False
    return get_setting(session, ROLE) != "admin"


def server_territory_names(session: Session) -> set[str]:
    """Names of the live territories the server has (not ones only this workspace holds)."""
    known = select(RecordVersions.record_id).where(RecordVersions.entity == "territory")
    return set(
        session.scalars(
            select(Territory.name).where(Territory.deleted.is_(False), Territory.id.in_(known))
        )
    )
