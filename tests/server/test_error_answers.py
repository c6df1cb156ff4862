"""Every error answers in one JSON shape with a ``code``; a refused push names its change."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import update

from server.api.app import create_app
from server.config import Settings
from server.db import transaction
from server.models import AuthSession
from tests.server.server_helpers import account, child


def test_fastapi_and_starlette_errors_answer_with_a_code(world):
    headers = world.r1.headers
    bad_op = world.client.post(
        "/api/v1/sync/push",
        json={
            "idempotency_key": str(uuid.uuid4()),
            "changes": [
                account(world.territories["T1"]),
                {"entity": "contact", "id": str(uuid.uuid4()), "op": "merge"},
            ],
        },
        headers=headers,
    )
    assert bad_op.status_code == 422
    body = bad_op.json()
    assert body["code"] == "invalid" and body["field"] == "changes.1.op"
    assert body["change_index"] == 1 and body["entity"] == "contact"

    not_json = world.client.post(
        "/api/v1/sync/push",
        content=b"{not json",
        headers={**headers, "content-type": "application/json"},
    )
    assert not_json.status_code == 422
    assert not_json.json()["code"] == "invalid" and not_json.json()["field"] == "body"

    not_utf8 = world.client.post(
        "/api/v1/handshake", content=b"\xff\xfe{", headers={"content-type": "application/json"}
    )
    assert 400 <= not_utf8.status_code < 500 and not_utf8.json()["code"] == "invalid"

    nowhere = world.client.get("/api/v1/no/such/path", headers=headers)
    assert nowhere.status_code == 404 and nowhere.json()["code"] == "not_found"

    wrong_method = world.client.delete("/api/v1/admin/users", headers=world.admin.headers)
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == "method_not_allowed"
    # Both routes at that path are named, not only the first one Starlette found.
    assert {"GET", "POST"} <= set(wrong_method.headers["allow"].split(", "))


def test_a_refused_batch_names_the_change(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Ok")
    bad = child("contact", "account_id", acme["id"], shoe_size=44)
    response = world.push(world.r1, [acme, contact, bad])
    assert response.status_code == 400
    body = response.json()
    assert (body["change_index"], body["change_id"], body["entity"]) == (2, bad["id"], "contact")
    assert body["field"] == "shoe_size" and body["code"] == "invalid"

    foreign = account(world.territories["T3"])
    out_of_scope = world.push(world.r1, [acme, foreign])
    assert out_of_scope.status_code == 404
    assert out_of_scope.json()["change_index"] == 1
    assert out_of_scope.json()["change_id"] == foreign["id"]

    product = {"entity": "product", "id": str(uuid.uuid4()), "fields": {"sku": "A"}}
    catalog = world.push(world.r1, [acme, product])
    assert catalog.status_code == 403 and catalog.json()["change_index"] == 1

    # A refusal about the batch as a whole names no change.
    key = str(uuid.uuid4())
    assert world.push(world.r1, [acme], key=key).status_code == 200
    reused = world.push(world.r1, [account(world.territories["T1"])], key=key)
    assert reused.status_code == 400
    assert "change_index" not in reused.json() and reused.json()["field"] == "idempotency_key"


def test_an_expired_access_token_and_a_dead_session_have_different_codes(world, sessions):
    with transaction(sessions) as session:
        session.execute(
            update(AuthSession).values(access_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    expired = world.client.get("/api/v1/me", headers=world.r1.headers)
    assert expired.status_code == 401 and expired.json()["code"] == "token_expired"
    # Refreshing is the cure ...
    refreshed = world.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": world.r1.refresh_token}
    )
    assert refreshed.status_code == 200
    fresh = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    assert world.client.get("/api/v1/me", headers=fresh).status_code == 200
    # ... while an unknown or ended session means signing in again.
    forged = world.client.get("/api/v1/me", headers={"Authorization": "Bearer forged"})
    assert forged.status_code == 401 and forged.json()["code"] == "unauthenticated"
    assert world.client.get("/api/v1/me").json()["code"] == "unauthenticated"
    old_pair = world.client.get("/api/v1/me", headers=world.r1.headers)  # rotated away
    assert old_pair.status_code == 401 and old_pair.json()["code"] == "unauthenticated"
    for token in ("forged", world.r1.refresh_token):
        again = world.client.post("/api/v1/auth/refresh", json={"refresh_token": token})
        assert again.status_code == 401 and again.json()["code"] == "unauthenticated"


def test_a_refresh_token_past_its_lifetime_means_signing_in_again(world, sessions):
    with transaction(sessions) as session:
        session.execute(
            update(AuthSession).values(refresh_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    answer = world.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": world.r2.refresh_token}
    )
    assert answer.status_code == 401 and answer.json()["code"] == "unauthenticated"


def test_a_server_bug_answers_json_and_logs_no_values(tmp_path, caplog):
    # A database that was never migrated: every query fails, as a real fault would.
    caplog.set_level(logging.DEBUG)
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}"))
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.post(
            "/api/v1/auth/login",
            json={
                "username": "probe-username-4711",
                "password": "a password",
                "device_id": str(uuid.uuid4()),
            },
        )
    app.state.engine.dispose()
    assert answer.status_code == 500
    assert answer.json()["code"] == "internal_error"
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "probe-username-4711" not in logged
    assert "SELECT" in logged and "OperationalError" in logged  # what an operator needs
    assert "probe-username-4711" not in answer.text
