"""Server test fixtures: a migrated database per backend, a world of users, an API client.

Every database test runs on SQLite, and again on PostgreSQL when
FIELDSALES_TEST_POSTGRES_URL is set. Each pytest-xdist worker gets its own
PostgreSQL schema, so parallel workers never see each other's rows.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

os.environ.setdefault("FIELDSALES_ARGON2_PROFILE", "test")

from server.api.app import create_app  # noqa: E402
from server.config import Settings  # noqa: E402
from server.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from server.directory import create_team, create_territory, create_user  # noqa: E402
from server.migrate import upgrade  # noqa: E402

POSTGRES_URL = os.environ.get("FIELDSALES_TEST_POSTGRES_URL")
from tests.server.server_helpers import PASSWORD  # noqa: E402

TABLES = [
    "auth_sessions",
    "devices",
    "push_results",
    "blob_uploads",
    "blobs",
    "change_log",
    "records",
    "territories",
    "users",
    "teams",
]

BACKENDS = [
    "sqlite",
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(not POSTGRES_URL, reason="FIELDSALES_TEST_POSTGRES_URL not set"),
    ),
]


def postgres_schema_url(base: str, schema: str) -> str:
    """A URL whose connections all use ``schema`` (works for psycopg and SQLAlchemy)."""
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        connection.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in base else "?"
    return f"{base}{separator}options={quote(f'-csearch_path={schema}')}"


def drop_schema(base: str, schema: str) -> None:
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request, tmp_path_factory, worker_id) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'server.sqlite3'}"
    else:
        # Unique per worker and per run: two suites running at once never collide.
        url = postgres_schema_url(POSTGRES_URL, f"fs_test_{worker_id}_{os.getpid()}")
    upgrade(url)
    yield url
    if request.param == "postgres":
        drop_schema(POSTGRES_URL, f"fs_test_{worker_id}_{os.getpid()}")


@pytest.fixture(scope="session")
def backend_engine(database_url):
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def wipe(engine) -> None:
    with engine.begin() as connection:
        for table in TABLES:
            connection.execute(text(f"DELETE FROM {table}"))
        connection.execute(text("DELETE FROM server_settings WHERE key <> 'cursor_secret'"))
        connection.execute(text("UPDATE feed_sequencer SET last_seq = 0"))


@pytest.fixture
def settings(database_url, backend_engine) -> Settings:
    wipe(backend_engine)
    return Settings(database_url=database_url, max_attachment_bytes=64 * 1024)


@pytest.fixture
def sessions(settings, backend_engine):
    return make_sessionmaker(backend_engine)


@pytest.fixture
def client(settings) -> Iterator[TestClient]:
    app = create_app(settings)
    with TestClient(app) as test_client:
        yield test_client
    app.state.engine.dispose()


@dataclass
class Person:
    username: str
    role: str
    headers: dict[str, str] = field(default_factory=dict)
    device_id: str = ""
    refresh_token: str = ""


@dataclass
class World:
    """Two teams: north (manager m_north; reps r1 on T1, r2 on T2) and south (m_south, r3 on T3)."""

    client: TestClient
    people: dict[str, Person]
    territories: dict[str, str]

    def __getattr__(self, name: str) -> Person:
        try:
            return self.people[name]
        except KeyError:
            raise AttributeError(name) from None

    def login(self, person: Person, **extra: Any) -> Any:
        person.device_id = person.device_id or str(uuid.uuid4())
        response = self.client.post(
            "/api/v1/auth/login",
            json={
                "username": person.username,
                "password": PASSWORD,
                "device_id": person.device_id,
                **extra,
            },
        )
        if response.status_code == 200:
            person.headers = {"Authorization": f"Bearer {response.json()['access_token']}"}
            person.refresh_token = response.json()["refresh_token"]
        return response

    def push(self, person: Person, changes: list[dict[str, Any]], key: str | None = None) -> Any:
        body = {"idempotency_key": key or str(uuid.uuid4()), "changes": changes}
        return self.client.post("/api/v1/sync/push", json=body, headers=person.headers)

    def pull_all(
        self, person: Person, cursor: str | None = None
    ) -> tuple[list[dict], list[dict], str]:
        changes: list[dict] = []
        drops: list[dict] = []
        while True:
            params = {"cursor": cursor} if cursor else {}
            response = self.client.get("/api/v1/sync/pull", params=params, headers=person.headers)
            assert response.status_code == 200, response.text
            body = response.json()
            changes += body["changes"]
            drops += body["drop"]
            cursor = body["cursor"]
            if not body["more"]:
                return changes, drops, cursor


def make_world(client: TestClient, sessions) -> World:
    people = {
        "admin": Person("admin", "admin"),
        "m_north": Person("m_north", "manager"),
        "m_south": Person("m_south", "manager"),
        "r1": Person("r1", "rep"),
        "r2": Person("r2", "rep"),
        "r3": Person("r3", "rep"),
    }
    with transaction(sessions) as session:
        create_user(session, username="admin", password=PASSWORD, role="admin")
        for team, manager in (("north", "m_north"), ("south", "m_south")):
            create_user(session, username=manager, password=PASSWORD, role="manager")
            create_team(session, name=team, manager=manager)
        territories = {}
        for name, team, rep in (
            ("T1", "north", "r1"),
            ("T2", "north", "r2"),
            ("T3", "south", "r3"),
        ):
            territories[name] = create_territory(session, name=name, team=team).id
            create_user(
                session, username=rep, password=PASSWORD, role="rep", team=team, territories=[name]
            )
    world = World(client=client, people=people, territories=territories)
    for person in people.values():
        assert world.login(person).status_code == 200
    return world


@pytest.fixture
def world(client, sessions) -> World:
    return make_world(client, sessions)
