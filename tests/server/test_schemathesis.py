"""Property-based API testing: schemathesis drives a live server from /openapi.json.

Authenticated as a rep, every operation is fed generated valid and invalid input.
The server must never answer 5xx and every answer must match the published schema.
Operations that would end the rep's own session (logout, revoking this device) are
left out so the rest of the run stays authenticated.
"""

from __future__ import annotations

import uuid

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server.db import make_engine, make_sessionmaker, transaction
from server.directory import create_territory, create_user
from server.migrate import upgrade
from tests.server.server_helpers import PASSWORD, account, live_server

SESSION_ENDING = {("POST", "/api/v1/auth/logout"), ("POST", "/api/v1/devices/{device_id}/revoke")}


@pytest.fixture(scope="module")
def rep_server(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'server.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    with transaction(make_sessionmaker(engine)) as session:
        territory = create_territory(session, name="T1").id
        create_user(session, username="rep", password=PASSWORD, role="rep", territories=["T1"])
    engine.dispose()
    with live_server(url) as base:
        login = httpx.post(
            f"{base}/api/v1/auth/login",
            json={"username": "rep", "password": PASSWORD, "device_id": str(uuid.uuid4())},
        )
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        body = {"idempotency_key": str(uuid.uuid4()), "changes": [account(territory)]}
        httpx.post(f"{base}/api/v1/sync/push", json=body, headers=headers).raise_for_status()
        yield base, headers


CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
    content_type_conformance,
]


def test_api_never_fails_and_matches_its_schema(rep_server):
    base, headers = rep_server
    schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
    tried = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) in SESSION_ENDING:
            continue

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def check(case) -> None:
            case.call_and_validate(base_url=base, headers=headers, checks=CHECKS)

        check()
        tried += 1
    assert tried >= 20  # every operation but the two session-ending ones
