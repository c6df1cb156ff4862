"""Devices: one id whatever its spelling, and listings with time zones."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest

from tests.server.server_helpers import PASSWORD

SPELLINGS = {
    "upper case": str.upper,
    "no hyphens": lambda value: value.replace("-", ""),
    "braces": lambda value: "{" + value.upper() + "}",
    "urn": lambda value: f"urn:uuid:{value}",
}


def _login(world, username: str, device_id: str):
    return world.client.post(
        "/api/v1/auth/login",
        json={"username": username, "password": PASSWORD, "device_id": device_id},
    )


@pytest.mark.parametrize("spelling", list(SPELLINGS))
def test_a_revoked_device_stays_revoked_in_any_spelling(world, spelling):
    device = str(uuid.uuid4())
    first = _login(world, "r1", SPELLINGS[spelling](device))
    assert first.status_code == 200
    assert first.json()["device_id"] == device  # the canonical form, whatever was sent
    revoked = world.client.post(
        f"/api/v1/devices/{device.upper()}/revoke", headers=world.admin.headers
    )
    assert revoked.status_code == 200 and revoked.json()["device_id"] == device
    for other in SPELLINGS.values():
        again = _login(world, "r1", other(device))
        assert again.status_code == 403 and again.json()["code"] == "device_revoked"
    assert _login(world, "r1", device).status_code == 403
    # And no second registration under another spelling.
    listed = world.client.get("/api/v1/devices", headers=world.r1.headers).json()
    assert [d["device_id"] for d in listed].count(device) == 1


def test_a_device_of_another_user_cannot_be_taken_over_by_respelling_it(world):
    device = str(uuid.uuid4())
    assert _login(world, "r1", device).status_code == 200
    assert _login(world, "r2", device.upper()).status_code == 401


def test_device_listing_times_carry_their_time_zone(world):
    listed = world.client.get("/api/v1/devices", headers=world.r1.headers).json()
    assert listed
    for device in listed:
        for name in ("created_at", "last_seen_at"):
            moment = datetime.fromisoformat(device[name])
            assert moment.utcoffset() is not None, device
