"""A demo server a newcomer can sync the demo app with: ``fieldsales-server demo``.

It holds a team with a manager (maria), a rep (anna) holding every territory the
desktop demo uses (so ``make run``'s workspace connects as anna and pushes what
it holds), a second rep (omar) on a territory of his own, an admin, and the
catalog the desktop demo builds (the same stage names, SKUs and price lists, so
the demo workspace's own catalog rows are matched onto these at its first sync).
The catalog goes in through the server's own push code, as the admin, so the
feed is the real thing. Running it again changes nothing.
"""

from __future__ import annotations

import random
import uuid
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.services.catalog import DEFAULT_STAGES
from app.services.demo_catalog import build_catalog
from app.services.demo_names import MARKETS
from app.sync.values import to_protocol
from protocol.entities import ENTITY_FIELDS
from protocol.messages import Change, PushRequest
from server.directory import create_team, create_territory, create_user
from server.models import User
from server.push import push
from server.scope import viewer_for

DEMO_PASSWORD = "fieldsales demo"
EXTRA_TERRITORY = "Muscat"
BATCH = 1000


class _CatalogRows:
    """Stands in for the desktop demo's BulkWriter: keeps the rows it is handed."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, dict[str, Any]]] = []

    def add(self, model: type, **values: Any) -> str:
        record_id = str(uuid.uuid4())
        self.rows.append((model.__tablename__, record_id, values))
        return record_id

    def flush(self) -> None:  # the desktop writer's interface; nothing to do here
        return None


def _changes(rows: list[tuple[str, str, dict[str, Any]]]) -> list[Change]:
    changes = []
    for entity, record_id, values in rows:
        kinds = ENTITY_FIELDS[entity]
        fields = {
            name: to_protocol(kinds[name], value)
            for name, value in values.items()
            if name in kinds and value is not None
        }
        changes.append(Change(entity=entity, id=record_id, fields=fields))
    return changes


def seed_demo(session: Session) -> bool:
    """Create the demo world; False if this database already has users (nothing done)."""
    if session.scalar(select(User.id).limit(1)) is not None:
        return False
    admin = create_user(session, username="admin", password=DEMO_PASSWORD, role="admin")
    create_user(session, username="maria", password=DEMO_PASSWORD, role="manager")
    create_team(session, name="Field sales", manager="maria")
    names = [name for market in MARKETS for name in market.territories]
    for name in [*names, EXTRA_TERRITORY]:
        create_territory(session, name=name, team="Field sales")
    create_user(
        session, username="anna", password=DEMO_PASSWORD, role="rep", team="Field sales",
        territories=names,
    )  # fmt: skip
    create_user(
        session, username="omar", password=DEMO_PASSWORD, role="rep", team="Field sales",
        territories=[EXTRA_TERRITORY],
    )  # fmt: skip

    catalog = _CatalogRows()
    for position, (name, probability, won, lost) in enumerate(DEFAULT_STAGES, start=1):
        catalog.add(
            _Stage, name=name, position=position, probability=probability, is_won=won, is_lost=lost
        )
    build_catalog(catalog, rng=random.Random(7), today=date.today())  # type: ignore[arg-type]
    viewer = viewer_for(session, admin)
    changes = _changes(catalog.rows)
    for start in range(0, len(changes), BATCH):
        push(
            session,
            viewer,
            PushRequest(idempotency_key=str(uuid.uuid4()), changes=changes[start : start + BATCH]),
        )
    return True


class _Stage:
    __tablename__ = "pipeline_stage"
