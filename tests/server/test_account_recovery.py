"""Passwords and second factors: a user changes theirs, an admin resets a forgotten one."""

from __future__ import annotations

import uuid

from tests.server.server_helpers import PASSWORD, enrol_totp

NEW_PASSWORD = "a fresh long password"


def _login(world, username, password, **extra):
    return world.client.post(
        "/api/v1/auth/login",
        json={"username": username, "password": password, "device_id": str(uuid.uuid4()), **extra},
    )


def _change(world, person, current, new):
    return world.client.post(
        "/api/v1/auth/password",
        json={"current_password": current, "new_password": new},
        headers=person.headers,
    )


def test_changing_your_password_ends_your_other_sessions_but_not_this_one(world):
    laptop = world.r1.headers
    tablet = {"Authorization": f"Bearer {_login(world, 'r1', PASSWORD).json()['access_token']}"}

    assert _change(world, world.r1, PASSWORD, NEW_PASSWORD).status_code == 204

    assert world.client.get("/api/v1/me", headers=laptop).status_code == 200
    assert world.client.get("/api/v1/me", headers=tablet).status_code == 401
    assert _login(world, "r1", PASSWORD).status_code == 401
    assert _login(world, "r1", NEW_PASSWORD).status_code == 200


def test_a_wrong_current_or_short_new_password_changes_nothing(world):
    wrong = _change(world, world.r2, "not my password", NEW_PASSWORD)
    assert wrong.status_code == 400
    assert wrong.json()["field"] == "current_password"
    short = _change(world, world.r2, PASSWORD, "short")
    assert short.status_code == 422  # the schema says so: /openapi.json
    assert short.json()["field"] == "new_password" and "10 characters" in short.json()["detail"]
    assert _login(world, "r2", PASSWORD).status_code == 200


def test_guessing_the_current_password_with_a_stolen_token_is_throttled(world):
    for _ in range(5):
        assert _change(world, world.r3, "guess", NEW_PASSWORD).status_code == 400
    throttled = _change(world, world.r3, PASSWORD, NEW_PASSWORD)
    assert throttled.status_code == 429 and "Retry-After" in throttled.headers
    assert _login(world, "r3", NEW_PASSWORD).status_code in (401, 429)


def test_an_admin_sets_a_forgotten_password_and_every_session_ends(world):
    locked_out = [_login(world, "r2", "forgotten it") for _ in range(6)]
    assert locked_out[-1].status_code == 429
    answer = world.client.post(
        "/api/v1/admin/users/r2/password",
        json={"password": NEW_PASSWORD},
        headers=world.admin.headers,
    )
    assert answer.status_code == 200 and answer.json()["username"] == "r2"
    assert world.client.get("/api/v1/me", headers=world.r2.headers).status_code == 401
    assert _login(world, "r2", NEW_PASSWORD).status_code == 200  # the lock-out is lifted too
    missing = world.client.post(
        "/api/v1/admin/users/nobody/password",
        json={"password": NEW_PASSWORD},
        headers=world.admin.headers,
    )
    assert missing.status_code == 404


def test_an_admin_turns_off_a_lost_second_factor(world):
    enrol_totp(world.client, world.r1.headers)
    assert _login(world, "r1", PASSWORD).status_code == 401  # the code is needed now

    reset = world.client.post("/api/v1/admin/users/r1/reset-totp", headers=world.admin.headers)
    assert reset.status_code == 200
    assert world.client.get("/api/v1/me", headers=world.r1.headers).status_code == 401
    again = _login(world, "r1", PASSWORD)
    assert again.status_code == 200
    me = world.client.get(
        "/api/v1/me", headers={"Authorization": f"Bearer {again.json()['access_token']}"}
    )
    assert me.json()["totp_enabled"] is False
