"""Two server processes against one PostgreSQL behave as one server.

A client is driven through both, alternately: logging in on one and using the token
on the other, pushing on one and pulling on the other, replaying a batch on the
other process, revoking on one and being told to wipe by the other.
"""

from __future__ import annotations

import os
import uuid

import httpx
import pytest

from server.db import make_sessionmaker, transaction
from server.directory import create_territory, create_user
from tests.server.server_helpers import PASSWORD, account, child, live_server

pytestmark = pytest.mark.skipif(
    not os.environ.get("FIELDSALES_TEST_POSTGRES_URL"), reason="needs PostgreSQL"
)


def test_a_client_alternating_between_two_processes(settings, backend_engine):
    if not settings.database_url.startswith("postgresql"):
        pytest.skip("two processes share a PostgreSQL database")
    with transaction(make_sessionmaker(backend_engine)) as session:
        territory = create_territory(session, name="T1").id
        create_user(session, username="r1", password=PASSWORD, role="rep", territories=["T1"])
        create_user(session, username="boss", password=PASSWORD, role="admin")

    with live_server(settings.database_url) as a, live_server(settings.database_url) as b:
        device = str(uuid.uuid4())
        login = httpx.post(
            f"{a}/api/v1/auth/login",
            json={"username": "r1", "password": PASSWORD, "device_id": device},
        )
        assert login.status_code == 200
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}

        acme = account(territory)
        batch = {"idempotency_key": str(uuid.uuid4()), "changes": [acme]}
        assert httpx.post(f"{b}/api/v1/sync/push", json=batch, headers=headers).status_code == 200
        replay = httpx.post(f"{a}/api/v1/sync/push", json=batch, headers=headers)
        assert replay.json()["replayed"] is True

        cursor = None
        seen = []
        for base in (a, b, a, b):  # alternate pushes and pulls between the processes
            contact = child("contact", "account_id", acme["id"], last_name=base[-5:])
            body = {"idempotency_key": str(uuid.uuid4()), "changes": [contact]}
            assert (
                httpx.post(f"{base}/api/v1/sync/push", json=body, headers=headers).status_code
                == 200
            )
            other = b if base == a else a
            page = httpx.get(
                f"{other}/api/v1/sync/pull",
                params={"cursor": cursor} if cursor else {},
                headers=headers,
            ).json()
            cursor = page["cursor"]
            seen += [change["id"] for change in page["changes"]]
            assert contact["id"] in seen
        assert len(seen) == len(set(seen)) == 6  # territory, account, 4 contacts: each once

        refreshed = httpx.post(
            f"{b}/api/v1/auth/refresh", json={"refresh_token": login.json()["refresh_token"]}
        )
        assert refreshed.status_code == 200
        assert httpx.get(f"{a}/api/v1/me", headers=headers).status_code == 401  # rotated on b
        headers = {"Authorization": f"Bearer {refreshed.json()['access_token']}"}

        admin = httpx.post(
            f"{a}/api/v1/auth/login",
            json={"username": "boss", "password": PASSWORD, "device_id": str(uuid.uuid4())},
        )
        admin_headers = {"Authorization": f"Bearer {admin.json()['access_token']}"}
        assert (
            httpx.post(f"{a}/api/v1/devices/{device}/revoke", headers=admin_headers).status_code
            == 200
        )
        wiped = httpx.get(f"{b}/api/v1/sync/pull", headers=headers)
        assert wiped.status_code == 403 and wiped.json()["wipe"] is True
