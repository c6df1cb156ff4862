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

from app.models import PipelineStage, Territory
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


def _server_ids(entity: str):
    return select(RecordVersions.record_id).where(RecordVersions.entity == entity)


def territory_choices(session: Session) -> list[Territory]:
    """The territories an account form offers: once synced, only the server's, and only
    the rep's own when the server has said which those are."""
    from app.sync.connection import my_territories

    query = select(Territory).where(Territory.deleted.is_(False)).order_by(Territory.name)
    if server_catalog_is_truth(session):
        query = query.where(Territory.id.in_(_server_ids("territory")))
        if (mine := my_territories(session)) is not None:
            query = query.where(Territory.id.in_(mine))
    return list(session.scalars(query))


def stage_choices(session: Session) -> list[PipelineStage]:
    """The pipeline stages an opportunity can be in, in pipeline order (the server's once
    synced: a local stage would be refused at the next push)."""
    query = (
        select(PipelineStage)
        .where(PipelineStage.deleted.is_(False))
        .order_by(PipelineStage.position, PipelineStage.name)
    )
    if server_catalog_is_truth(session):
        query = query.where(PipelineStage.id.in_(_server_ids("pipeline_stage")))
    return list(session.scalars(query))
