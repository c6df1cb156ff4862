"""A summary of a workspace for `fieldsales info`: where it is, its schema, its counts."""

from __future__ import annotations

from sqlalchemy import func, select

from app.workspace.migrations import current_revision
from app.workspace.workspace import Workspace
from protocol.entities import ENTITY_FIELDS


def workspace_info(workspace: Workspace) -> dict:
    from app.models.base import Base

    counts: dict[str, int] = {}
    with workspace.session() as session:
        for entity in ENTITY_FIELDS:
            table = Base.metadata.tables.get(entity)
            if table is None:
                continue
            query = select(func.count()).select_from(table)
            if "deleted" in table.c:
                query = query.where(table.c.deleted.is_(False))
            counts[entity] = session.scalar(query) or 0
    return {
        "path": str(workspace.data_dir.resolve()),
        "schema_version": current_revision(workspace.engine),
        "device_prefix": workspace.device_prefix,
        "counts": counts,
    }
