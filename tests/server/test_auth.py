"""Login, throttling, token refresh and revocation, device wipe, TOTP, handshake."""

from __future__ import annotations

import time
import uuid

import pyotp
from fastapi.testclient import TestClient

from server.api.app import create_app
from server.config import Settings
from tests.server.server_helpers import PASSWORD, enrol_totp


def _login(world, username, password=PASSWORD, device_id=None, **extra):
    return world.client.post(
        "/api/v1/auth/login",
        json={
            "username": username,
            "password": password,
            "device_id": device_id or str(uuid.uuid4()),
            **extra,
        },
    )


def test_wrong_password_and_unknown_user_look_the_same(world):
    wrong = _login(world, "r1", "not the password")
    unknown = _login(world, "nobody", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"] == "wrong username or password"


def test_repeated_failures_are_throttled_even_for_the_right_password(world):
    for _ in range(5):
        assert _login(world, "r2", "guess").status_code == 401
    throttled = _login(world, "r2", PASSWORD)
    assert throttled.status_code == 429
    assert int(throttled.headers["Retry-After"]) >= 1
    assert "try again" in throttled.json()["detail"]


def test_refresh_rotates_tokens_and_logout_revokes(world):
    old_headers, old_refresh = world.r1.headers, world.r1.refresh_token
    refreshed = world.client.post("/api/v1/auth/refresh", json={"refresh_token": old_refresh})
    assert refreshed.status_code == 200
    new_headers = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}
    assert refreshed.json()["device_id"] == world.r1.device_id  # still bound to the device
    assert world.client.get("/api/v1/me", headers=old_headers).status_code == 401
    assert (
        world.client.post("/api/v1/auth/refresh", json={"refresh_token": old_refresh}).status_code
        == 401
    )
    assert world.client.get("/api/v1/me", headers=new_headers).status_code == 200
    assert world.client.post("/api/v1/auth/logout", headers=new_headers).status_code == 204
    assert world.client.get("/api/v1/me", headers=new_headers).status_code == 401


def test_a_revoked_device_is_told_to_wipe(world):
    devices = world.client.get("/api/v1/devices", headers=world.r1.headers).json()
    assert [d["device_id"] for d in devices] == [world.r1.device_id]
    revoked = world.client.post(
        f"/api/v1/devices/{world.r1.device_id}/revoke", headers=world.admin.headers
    )
    assert revoked.status_code == 200
    answer = world.client.get("/api/v1/sync/pull", headers=world.r1.headers)
    assert answer.status_code == 403
    assert answer.json()["wipe"] is True
    assert answer.json()["code"] == "device_revoked"
    again = _login(world, "r1", device_id=world.r1.device_id)
    assert again.status_code == 403 and again.json()["wipe"] is True
    refresh = world.client.post(
        "/api/v1/auth/refresh", json={"refresh_token": world.r1.refresh_token}
    )
    assert refresh.json()["wipe"] is True


def test_a_rep_cannot_revoke_someone_elses_device(world):
    response = world.client.post(
        f"/api/v1/devices/{world.r2.device_id}/revoke", headers=world.r1.headers
    )
    assert response.status_code == 404
    assert world.client.get("/api/v1/me", headers=world.r2.headers).status_code == 200


def _enrol(world, headers, **body):
    return world.client.post("/api/v1/auth/totp/enrol", json=body, headers=headers)


def _confirm(world, headers, **body):
    return world.client.post("/api/v1/auth/totp/confirm", json=body, headers=headers)


def test_totp_enrolment_then_login_needs_the_code(world):
    enrol = _enrol(world, world.r1.headers, password=PASSWORD).json()
    totp = pyotp.TOTP(enrol["secret"])
    assert _confirm(world, world.r1.headers, code="000000", password=PASSWORD).status_code == 400
    confirmed = _confirm(world, world.r1.headers, code=totp.now(), password=PASSWORD)
    assert confirmed.status_code == 204
    assert _login(world, "r1", device_id=world.r1.device_id).status_code == 401
    assert _login(world, "r1", device_id=world.r1.device_id, totp_code="123456").status_code == 401
    next_code = totp.at(time.time() + totp.interval)  # one step of clock drift is allowed
    assert _login(world, "r1", device_id=world.r1.device_id, totp_code=next_code).status_code == 200


def test_a_code_is_accepted_once_in_its_time_step(world):
    totp = enrol_totp(world.client, world.r2.headers)
    code = totp.now()
    assert _login(world, "r2", totp_code=code).status_code == 200
    replayed = _login(world, "r2", totp_code=code)
    assert replayed.status_code == 401 and "already used" in replayed.json()["detail"]
    # An older step's code is no good either once a newer one was used.
    older = totp.at(time.time() - totp.interval)
    assert _login(world, "r2", totp_code=older).status_code == 401
    assert _login(world, "r2", totp_code=totp.at(time.time() + totp.interval)).status_code == 200


def test_a_stolen_access_token_cannot_turn_on_a_second_factor(world):
    # Enrolling the thief's phone would lock the owner out: it takes the password.
    assert _enrol(world, world.r3.headers).status_code == 422
    wrong = _enrol(world, world.r3.headers, password="not my password")
    assert wrong.status_code == 400 and wrong.json()["field"] == "password"
    secret = _enrol(world, world.r3.headers, password=PASSWORD).json()["secret"]
    code = pyotp.TOTP(secret).now()
    assert _confirm(world, world.r3.headers, code=code).status_code == 422
    assert _confirm(world, world.r3.headers, code=code, password="guess").status_code == 400
    # Guessing the password this way is throttled like a login.
    answers = [_enrol(world, world.r3.headers, password="guess").status_code for _ in range(6)]
    assert answers[-1] == 429
    me = world.client.get("/api/v1/me", headers=world.r3.headers).json()
    assert me["totp_enabled"] is False
    # Once on, enrolling again is refused: an admin resets a lost phone.
    totp = enrol_totp(world.client, world.r1.headers)
    assert totp is not None
    again = _enrol(world, world.r1.headers, password=PASSWORD)
    assert again.status_code == 400 and "already on" in again.json()["detail"]


def test_admin_can_require_totp_of_managers(world):
    policy = world.client.put(
        "/api/v1/admin/settings/totp-required",
        json={"roles": ["manager"]},
        headers=world.admin.headers,
    )
    assert policy.status_code == 200
    login = _login(world, "m_north")
    assert login.json()["totp_enrolment_required"] is True
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    blocked = world.client.get("/api/v1/sync/pull", headers=headers)
    assert blocked.status_code == 403 and "two-factor" in blocked.json()["detail"]
    enrol_totp(world.client, headers)
    assert world.client.get("/api/v1/sync/pull", headers=headers).status_code == 200
    # Reps are not affected.
    assert _login(world, "r3").json()["totp_enrolment_required"] is False


def test_health_and_version_handshake(client):
    health = client.get("/api/v1/health").json()
    assert health["status"] == "ok" and health["min_protocol_version"] >= 1
    ok = client.post("/api/v1/handshake", json={"protocol_version": health["protocol_version"]})
    assert ok.status_code == 200
    old = client.post("/api/v1/handshake", json={"protocol_version": 0})
    assert old.status_code == 426
    assert old.json()["min_protocol_version"] == health["min_protocol_version"]
    assert f"{health['min_protocol_version']} or newer" in old.json()["detail"]
    by_header = client.get("/api/v1/health", headers={"X-Fieldsales-Protocol": "0"})
    assert by_header.status_code == 426 and "or newer" in by_header.json()["detail"]


def test_health_answers_503_when_the_database_cannot_be_read(tmp_path):
    # An empty SQLite file: the database answers but was never migrated, exactly
    # what a worker pointed at the wrong database sees.
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'empty.sqlite3'}"))
    with TestClient(app) as client:
        answer = client.get("/api/v1/health")
    app.state.engine.dispose()
    assert answer.status_code == 503
    body = answer.json()
    assert body["status"] == "unavailable"
    assert body["detail"] == "the server cannot read its database"
    assert str(tmp_path) not in answer.text


def test_no_token_no_data(client):
    assert client.get("/api/v1/sync/pull").status_code == 401
    assert (
        client.get("/api/v1/sync/pull", headers={"Authorization": "Bearer forged"}).status_code
        == 401
    )
