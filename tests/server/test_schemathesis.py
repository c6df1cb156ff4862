"""schemathesis --checks all against a live server, on PostgreSQL (SQLite without it).

Run as an operator would run it: the schemathesis command line, every check it has
(server errors, status codes, content types, response schemas and headers, schema-valid
data accepted, schema-violating data refused, Allow headers, stateful sequences ...),
once as a rep and once as an admin. The few refusals no schema can express are listed
in tests/server/schemathesis.toml and explained in docs/sync.md.

Left out: calls that would end the caller's own session (logout, revoking a device)
and, for the admin, those that could deactivate or reset the admin running the test;
the rep's run and tests/server/test_hostile_property.py cover them.

One backend: production's, the stricter of the two (NUL in text, numeric range); the
hostile-value tests run on both. Each run takes half a minute of a CI core.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from server.db import make_engine, make_sessionmaker, transaction
from server.directory import create_territory, create_user
from server.migrate import upgrade
from tests.server.conftest import POSTGRES_URL, drop_schema, postgres_schema_url
from tests.server.server_helpers import PASSWORD, account, live_server

CONFIG = Path(__file__).with_name("schemathesis.toml")
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
EXCLUDED = {
    "rep": r"/auth/logout|/revoke$",
    "admin": r"/auth/logout|/revoke$|/admin/users/\{username\}/",
}


@pytest.fixture(scope="module", params=["postgres" if POSTGRES_URL else "sqlite"])
def server(request, tmp_path_factory, worker_id):
    schema = f"fs_fuzz_{worker_id}_{os.getpid()}"
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.sqlite3'}"
    else:
        url = postgres_schema_url(POSTGRES_URL, schema)
    upgrade(url)
    engine = make_engine(url)
    with transaction(make_sessionmaker(engine)) as session:
        territory = create_territory(session, name="T1").id
        create_user(session, username="rep", password=PASSWORD, role="rep", territories=["T1"])
        create_user(session, username="admin", password=PASSWORD, role="admin")
    engine.dispose()
    with live_server(url) as base:
        yield base, territory
    if request.param == "postgres":
        drop_schema(POSTGRES_URL, schema)


@pytest.mark.parametrize("role", ["rep", "admin"])
def test_schemathesis_finds_nothing_with_every_check(server, role, tmp_path):
    base, territory = server
    login = httpx.post(
        f"{base}/api/v1/auth/login",
        json={"username": role, "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    token = login.json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    body = {"idempotency_key": str(uuid.uuid4()), "changes": [account(territory)]}
    httpx.post(f"{base}/api/v1/sync/push", json=body, headers=headers).raise_for_status()

    run = subprocess.run(
        [
            str(SCHEMATHESIS),
            "--config-file",
            str(CONFIG),
            "run",
            f"{base}/openapi.json",
            "--checks",
            "all",
            "--header",
            f"Authorization: Bearer {token}",
            "--max-examples",
            "5",
            "--exclude-path-regex",
            EXCLUDED[role],
        ],
        cwd=tmp_path,  # its cache directory goes there
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert run.returncode == 0, run.stdout[-8000:] + run.stderr[-2000:]
    assert "passed" in run.stdout
