"""Every endpoint, as every role, against an object in their scope and one outside it.

Outside the caller's scope an object answers 404 exactly like a missing one (never
its data); a role that may not use an endpoint at all gets 403.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

import pytest

from tests.server.server_helpers import PASSWORD, account, child

ROLES = {"rep": "r1", "manager": "m_north", "admin": "admin"}


@dataclass
class Objects:
    """One set of rows in T1 (r1's territory, m_north's team) and one in T3 (south)."""

    rows: dict[str, dict[str, Any]]
    blobs: dict[str, str]
    spare_devices: dict[str, str]


def _seed(world, territory: str, rep) -> dict[str, Any]:
    acme = account(world.territories[territory])
    contact = child("contact", "account_id", acme["id"], last_name="Okafor")
    visit = child("visit", "account_id", acme["id"], status="completed")
    report = child("visit_report", "visit_id", visit["id"], summary="ok", submitted=True)
    data = f"file of {territory}".encode()
    digest = hashlib.sha256(data).hexdigest()
    world.client.put(f"/api/v1/attachments/{digest}", content=data, headers=rep.headers)
    note = child(
        "attachment",
        "owner_id",
        acme["id"],
        owner_entity="account",
        filename="a.txt",
        content_hash=digest,
    )
    assert world.push(rep, [acme, contact, visit, report, note]).status_code == 200
    return {"account": acme["id"], "contact": contact["id"], "report": report["id"], "blob": digest}


@pytest.fixture
def objects(world) -> Objects:
    inside, outside = _seed(world, "T1", world.r1), _seed(world, "T3", world.r3)
    spare = {}
    for name in ("r1", "m_north", "admin", "r3"):
        device = str(uuid.uuid4())
        world.client.post(
            "/api/v1/auth/login", json={"username": name, "password": PASSWORD, "device_id": device}
        )
        spare[name] = device
    return Objects(rows={"in": inside, "out": outside}, blobs={}, spare_devices=spare)


def _push(changes):
    return "POST", "/api/v1/sync/push", {"idempotency_key": str(uuid.uuid4()), "changes": changes}


# name -> builder(objects row set, spare devices, role's username) -> (method, path, json)
ENDPOINTS = {
    "read record": lambda o, d, u: ("GET", f"/api/v1/records/contact/{o['contact']}", None),
    "update account": lambda o, d, u: _push(
        [
            {
                "entity": "account",
                "id": o["account"],
                "fields": {"phone": "+1"},
                "base_versions": {"phone": 0},
            }
        ]
    ),
    "delete contact": lambda o, d, u: _push(
        [{"entity": "contact", "id": o["contact"], "op": "delete"}]
    ),
    "create contact": lambda o, d, u: _push(
        [child("contact", "account_id", o["account"], last_name="New")]
    ),
    "review report": lambda o, d, u: (
        "POST",
        f"/api/v1/visit-reports/{o['report']}/review",
        {"review_state": "approved"},
    ),
    "download attachment": lambda o, d, u: ("GET", f"/api/v1/attachments/{o['blob']}", None),
    "revoke device": lambda o, d, u: ("POST", f"/api/v1/devices/{d}/revoke", None),
}

# Expected status for (endpoint, role) on the in-scope object; out of scope is 404
# unless listed in FORBIDDEN (then 403 whatever the object).
IN_SCOPE = {
    "read record": 200,
    "update account": 200,
    "delete contact": 200,
    "create contact": 200,
    "review report": 200,
    "download attachment": 200,
    "revoke device": 200,
}
FORBIDDEN = {("review report", "rep"), ("review report", "admin")}
ADMIN_SEES_ALL = {
    "read record",
    "update account",
    "delete contact",
    "create contact",
    "download attachment",
    "revoke device",
}


@pytest.mark.parametrize("scope", ["in", "out"])
@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_object_endpoints(world, objects, endpoint, role, scope):
    username = ROLES[role]
    person = world.people[username]
    device = objects.spare_devices[username if scope == "in" else "r3"]
    method, path, body = ENDPOINTS[endpoint](objects.rows[scope], device, username)
    response = world.client.request(method, path, json=body, headers=person.headers)
    if (endpoint, role) in FORBIDDEN:
        expected = 403
    elif scope == "in" or (role == "admin" and endpoint in ADMIN_SEES_ALL):
        expected = IN_SCOPE[endpoint]
    else:
        expected = 404
    assert response.status_code == expected, response.text
    if expected == 404:
        # Indistinguishable from a missing object, and nothing of it leaks.
        assert "Okafor" not in response.text and "ok" != response.json().get("detail")


ADMIN_ONLY = [
    ("GET", "/api/v1/admin/users", None, 200),
    (
        "POST",
        "/api/v1/admin/users",
        {"username": "newbie", "password": "a long password", "role": "rep"},
        201,
    ),
    ("POST", "/api/v1/admin/teams", {"name": "east"}, 201),
    ("POST", "/api/v1/admin/users/r2/deactivate", None, 200),
    ("POST", "/api/v1/admin/users/r2/password", {"password": "another long password"}, 200),
    ("POST", "/api/v1/admin/users/r2/reset-totp", None, 200),
    ("GET", "/api/v1/admin/territories", None, 200),
    ("POST", "/api/v1/admin/territories", {"name": "T9"}, 201),
    ("PUT", "/api/v1/admin/settings/totp-required", {"roles": []}, 200),
    ("GET", "/api/v1/admin/exchange-rates", None, 200),
    (
        "POST",
        "/api/v1/admin/exchange-rates",
        {"from_currency": "EUR", "to_currency": "USD", "rate": "1.1", "valid_from": "2026-01-01"},
        201,
    ),
    ("GET", "/api/v1/admin/visit-cadences", None, 200),
    ("PUT", "/api/v1/admin/visit-cadences", {"segment": "Retail", "days": 14}, 200),
    (
        "POST",
        "/api/v1/sync/push",
        {
            "idempotency_key": "catalog-1",
            "changes": [
                {
                    "entity": "product",
                    "id": "0b7e7cf4-5d49-4d4e-9a55-0a7f2d1f2f10",
                    "fields": {"sku": "Z", "name": "Z"},
                }
            ],
        },
        200,
    ),
]


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize(("method", "path", "body", "admin_status"), ADMIN_ONLY)
def test_admin_endpoints(world, role, method, path, body, admin_status):
    person = world.people[ROLES[role]]
    response = world.client.request(method, path, json=body, headers=person.headers)
    assert response.status_code == (admin_status if role == "admin" else 403), response.text


def test_assigning_a_territory_is_admin_only(world):
    path = f"/api/v1/admin/territories/{world.territories['T3']}/assign"
    for name in ("r1", "m_north"):
        assert (
            world.client.post(
                path, json={"username": "r1"}, headers=world.people[name].headers
            ).status_code
            == 403
        )
    assert (
        world.client.post(path, json={"username": "r1"}, headers=world.admin.headers).status_code
        == 200
    )


@pytest.mark.parametrize("role", list(ROLES))
def test_pull_and_self_endpoints_show_only_the_callers_scope(world, objects, role):
    person = world.people[ROLES[role]]
    changes, _, _ = world.pull_all(person)
    ids = {c["id"] for c in changes}
    assert objects.rows["in"]["contact"] in ids
    assert (objects.rows["out"]["contact"] in ids) == (role == "admin")
    for path in ("/api/v1/me", "/api/v1/devices"):
        assert world.client.get(path, headers=person.headers).status_code == 200
