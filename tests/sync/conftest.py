"""A real sync server on loopback and laptops (encrypted workspaces) that sync with it.

An end-to-end test runs against one server backend: PostgreSQL (production's) when
FIELDSALES_TEST_POSTGRES_URL is set (a schema of its own per test), else SQLite; the
test id names it. Tests marked ``every_backend`` (convergence, two laptops) run on
both. The server's own suite (tests/server) covers both backends everywhere, so the
client's scenarios need not repeat on each. The world:
team north with manager ``boss``; rep ``anna`` holds territory North, rep ``omar``
holds South; ``admin`` keeps the catalog (two pipeline stages, a product).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

os.environ.setdefault("FIELDSALES_ARGON2_PROFILE", "test")

from app.sync.engine import SyncEngine  # noqa: E402
from app.workspace import KdfParams, Workspace  # noqa: E402
from server.db import make_engine, make_sessionmaker, transaction  # noqa: E402
from server.directory import create_team, create_territory, create_user  # noqa: E402
from server.migrate import upgrade  # noqa: E402
from tests.server.conftest import BACKENDS, POSTGRES_URL, drop_schema, postgres_schema_url  # noqa: E402
from tests.server.server_helpers import PASSWORD, live_server  # noqa: E402

STAGES = {"Lead": (1, 10), "Won": (9, 100)}


@dataclass
class SyncWorld:
    url: str
    database_url: str
    territories: dict[str, str]
    stages: dict[str, str] = field(default_factory=dict)
    product: str = ""

    def admin_headers(self) -> dict[str, str]:
        login = httpx.post(
            f"{self.url}/api/v1/auth/login",
            json={"username": "admin", "password": PASSWORD, "device_id": str(uuid.uuid4())},
        )
        assert login.status_code == 200, login.text
        return {"Authorization": f"Bearer {login.json()['access_token']}"}

    def admin_push(self, changes: list[dict[str, Any]]) -> httpx.Response:
        return httpx.post(
            f"{self.url}/api/v1/sync/push",
            json={"idempotency_key": str(uuid.uuid4()), "changes": changes},
            headers=self.admin_headers(),
        )

    def server_session(self):
        engine = make_engine(self.database_url)
        return transaction(make_sessionmaker(engine))


def _seed(database_url: str) -> dict[str, str]:
    engine = make_engine(database_url)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            create_user(session, username="admin", password=PASSWORD, role="admin")
            create_user(session, username="boss", password=PASSWORD, role="manager")
            create_team(session, name="north", manager="boss")
            territories = {
                name: create_territory(session, name=name, team="north").id
                for name in ("North", "South")
            }
            create_user(
                session,
                username="anna",
                password=PASSWORD,
                role="rep",
                team="north",
                territories=["North"],
            )
            create_user(
                session,
                username="omar",
                password=PASSWORD,
                role="rep",
                team="north",
                territories=["South"],
            )
    finally:
        engine.dispose()
    return territories


PRIMARY_BACKEND = "postgres" if POSTGRES_URL else "sqlite"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "sync_world" not in metafunc.fixturenames:
        return
    every = metafunc.definition.get_closest_marker("every_backend") is not None
    metafunc.parametrize("sync_world", BACKENDS if every else [PRIMARY_BACKEND], indirect=True)


@pytest.fixture
def sync_world(request, tmp_path) -> Iterator[SyncWorld]:
    schema = f"fs_sync_{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        database_url = postgres_schema_url(POSTGRES_URL, schema)
    upgrade(database_url)
    territories = _seed(database_url)
    # A loaded machine (CI, several suites at once) can take a while to start it.
    with live_server(database_url, start_timeout=120, FIELDSALES_ARGON2_PROFILE="test") as url:
        world = SyncWorld(url=url, database_url=database_url, territories=territories)
        stages = {name: str(uuid.uuid4()) for name in STAGES}
        world.product = str(uuid.uuid4())
        answer = world.admin_push(
            [
                {
                    "entity": "pipeline_stage",
                    "id": stages[name],
                    "fields": {
                        "name": name,
                        "position": position,
                        "probability": probability,
                        "is_won": name == "Won",
                        "is_lost": False,
                    },
                }
                for name, (position, probability) in STAGES.items()
            ]
            + [
                {
                    "entity": "product",
                    "id": world.product,
                    "fields": {
                        "sku": "P-1",
                        "name": "Widget",
                        "unit": "pcs",
                        "tax_rate": "5",
                        "active": True,
                    },
                }
            ]
        )
        assert answer.status_code == 200, answer.text
        world.stages = stages
        yield world
    if request.param == "postgres":
        drop_schema(POSTGRES_URL, schema)


@dataclass
class Laptop:
    workspace: Workspace
    engine: SyncEngine
    folder: Path

    def connect(self, world: SyncWorld, username: str) -> None:
        self.engine.connect(server_url=world.url, username=username, password=PASSWORD)

    def sync(self):
        return self.engine.sync()


@pytest.fixture
def laptops(tmp_path) -> Iterator[Any]:
    opened: list[Laptop] = []

    def make(name: str = "laptop") -> Laptop:
        folder = tmp_path / f"{name}-{len(opened)}"
        workspace = Workspace.create(folder, "test passphrase", kdf=KdfParams.for_tests())
        laptop = Laptop(workspace, SyncEngine(workspace), folder)
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        if laptop.workspace.engine is not None:
            laptop.workspace.close()
