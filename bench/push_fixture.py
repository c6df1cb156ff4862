"""The in-process push benches' common ground: a schema of their own, one rep with
one account, and batches of new contacts under it (the 200-client bench's push)."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import psycopg
from sqlalchemy import Engine, select
from sqlalchemy.orm import sessionmaker

from protocol.messages import PushRequest
from server import push
from server.db import make_engine, make_sessionmaker, transaction
from server.directory import create_territory, create_user
from server.migrate import upgrade
from server.models import Territory, User
from server.scope import Viewer, viewer_for


@contextlib.contextmanager
def bench_schema(name: str) -> Iterator[str]:
    """A URL into a new schema ``name`` of FIELDSALES_BENCH_POSTGRES_URL, dropped after."""
    base_url = os.environ.get("FIELDSALES_BENCH_POSTGRES_URL")
    if not base_url:
        raise SystemExit("set FIELDSALES_BENCH_POSTGRES_URL")
    with psycopg.connect(base_url, autocommit=True) as connection:
        connection.execute(f"CREATE SCHEMA {name}")
    try:
        yield f"{base_url}?options=-csearch_path%3D{name}"
    finally:
        with psycopg.connect(base_url, autocommit=True) as connection:
            connection.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


def rep_with_account(url: str) -> tuple[Engine, sessionmaker, Viewer, str]:
    """Migrate ``url``, add rep0 on territory T0 with one account pushed by him;
    return the engine, its sessions, rep0's viewer and the account's id."""
    upgrade(url)
    engine = make_engine(url, pool_size=1)
    sessions = make_sessionmaker(engine)
    with transaction(sessions) as session:
        create_territory(session, name="T0")
        create_user(session, username="rep0", password="x" * 12, role="rep", territories=["T0"])
    with transaction(sessions) as session:
        user = session.scalars(select(User).where(User.username == "rep0")).one()
        territory = session.scalars(select(Territory.id)).one()
        viewer = viewer_for(session, user, [territory])
        account_id = str(uuid.uuid4())
        first = {"entity": "account", "id": account_id}
        first["fields"] = {"name": "Bench", "territory_id": territory}
        body = {"idempotency_key": str(uuid.uuid4()), "changes": [first]}
        push.push_json(session, viewer, PushRequest.model_validate(body), commit=True)
    return engine, sessions, viewer, account_id


def new_contacts(account_id: str, batch: int) -> PushRequest:
    """One push of ``batch`` new contacts under the account."""
    fields = {"account_id": account_id, "last_name": "Lee", "phone": "+1 555"}
    changes = [
        {"entity": "contact", "id": str(uuid.uuid4()), "fields": fields} for _ in range(batch)
    ]
    return PushRequest.model_validate({"idempotency_key": str(uuid.uuid4()), "changes": changes})
