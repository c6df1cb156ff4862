"""Values no field may hold: a 4xx naming the field, nothing stored, the feed stays JSON.

Each case once broke the server: a 500, or a value stored that made every teammate's
pull invalid JSON. Run on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import uuid

import pytest

from tests.server.server_helpers import account, child


def strict_json(text: str):
    """Parse as a strict JSON reader would: NaN and Infinity are not JSON."""

    def refuse(name: str):
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


def raw_post(world, path: str, text: str, headers: dict[str, str] | None = None):
    """POST ``text`` as it is: json.dumps writes NaN and lone surrogates as escapes."""
    return world.client.post(
        path, content=text.encode(), headers={**(headers or {}), "content-type": "application/json"}
    )


def push_text(world, changes: list[dict], key: str | None = None) -> str:
    body = {"idempotency_key": key or str(uuid.uuid4()), "changes": changes}
    return json.dumps(body, ensure_ascii=True)


def assert_feed_is_json(world) -> list[dict]:
    answer = world.client.get("/api/v1/sync/pull", headers=world.admin.headers)
    assert answer.status_code == 200
    return strict_json(answer.text)["changes"]


NON_FINITE = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"]


@pytest.mark.parametrize("number", NON_FINITE)
def test_non_finite_numbers_are_refused_naming_the_field(world, number):
    acme = account(world.territories["T1"])
    text = push_text(world, [acme]).replace('"type": "customer"', f'"tags": [1, {number}]')
    answer = raw_post(world, "/api/v1/sync/push", text, world.r1.headers)
    assert answer.status_code == 422, answer.text
    body = answer.json()
    assert body["code"] == "invalid" and body["field"] == "changes.0.fields.tags.1"
    assert body["change_index"] == 0 and body["change_id"] == acme["id"]
    assert "finite" in body["detail"]
    assert all(c["id"] != acme["id"] for c in assert_feed_is_json(world))
    version = raw_post(world, "/api/v1/handshake", f'{{"protocol_version": {number}}}')
    assert version.status_code == 422 and version.json()["field"] == "protocol_version"


LONE_SURROGATE = "\ud800"


def _login_body(**overrides) -> dict:
    return {
        "username": "r1",
        "password": "correct horse battery",
        "device_id": str(uuid.uuid4()),
        "device_name": "Laptop",
        **overrides,
    }


@pytest.mark.parametrize("bad", [LONE_SURROGATE, "a\x00b"], ids=["surrogate", "nul"])
def test_surrogates_and_nul_are_refused_anywhere_naming_the_field(world, bad):
    headers = world.r1.headers
    acme = account(world.territories["T1"], name=f"Acme {bad}")
    cases = [
        ("/api/v1/sync/push", push_text(world, [acme]), headers, "changes.0.fields.name"),
        (
            "/api/v1/sync/push",
            push_text(world, [{**acme, "entity": f"account{bad}"}]),
            headers,
            "changes.0.entity",
        ),
        (
            "/api/v1/sync/push",
            push_text(world, [account(world.territories["T1"])], key=f"key-{bad}-12345"),
            headers,
            "idempotency_key",
        ),
        ("/api/v1/auth/login", json.dumps(_login_body(username=f"r1{bad}")), {}, "username"),
        ("/api/v1/auth/login", json.dumps(_login_body(device_name=bad)), {}, "device_name"),
        (
            "/api/v1/handshake",
            json.dumps({"protocol_version": 1, "client_version": bad}),
            {},
            "client_version",
        ),
    ]
    for path, text, request_headers, field in cases:
        answer = raw_post(world, path, text, request_headers)
        assert answer.status_code == 422, (path, field, answer.text)
        assert answer.json()["code"] == "invalid"
        assert answer.json()["field"] == field, answer.json()
    assert all(c["id"] != acme["id"] for c in assert_feed_is_json(world))


def test_a_key_with_a_surrogate_is_named(world):
    text = push_text(world, [account(world.territories["T1"])]).replace(
        '"name"', '"na\\udc00me"', 1
    )
    answer = raw_post(world, "/api/v1/sync/push", text, world.r1.headers)
    assert answer.status_code == 422 and answer.json()["field"].startswith("changes.0.fields.na")


def test_nul_in_a_path_or_query_parameter_is_refused_naming_it(world):
    for path, field in [
        ("/api/v1/records/account/%00", "record_id"),
        ("/api/v1/admin/users/ad%00min/deactivate", "username"),
        ("/api/v1/devices/%00/revoke", "device_id"),
    ]:
        method = world.client.get if path.startswith("/api/v1/records") else world.client.post
        answer = method(path, headers=world.admin.headers)
        assert answer.status_code == 422, (path, answer.text)
        assert answer.json()["field"] == field
    pull = world.client.get(
        "/api/v1/sync/pull", params={"cursor": "a\x00b"}, headers=world.r1.headers
    )
    assert pull.status_code == 422 and pull.json()["field"] == "cursor"


def test_deeply_nested_json_is_refused_naming_the_field(world):
    deep: list = []
    for _ in range(300):
        deep = [deep]
    acme = account(world.territories["T1"], tags=deep)
    answer = world.push(world.r1, [acme])
    assert 400 <= answer.status_code < 500, answer.text
    assert answer.json()["field"] == "tags" and answer.json()["change_index"] == 0
    # A body nested past what a JSON parser will follow is refused as a whole.
    text = '{"idempotency_key": "deep-body-1", "changes": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert raw_post(world, "/api/v1/sync/push", text, world.r1.headers).status_code == 422
    assert_feed_is_json(world)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("credit_limit", "12.50\n"),
        ("credit_limit", "١٢.٥٠"),  # Arabic-Indic digits
        ("credit_limit", "1e3"),
        ("credit_limit", " 12"),
        ("credit_limit", "+12"),
        ("credit_limit", "12."),
        ("lead_score", 2**60),
        ("tags", [2**70]),
    ],
)
def test_numbers_are_exactly_what_the_protocol_says(world, field, value):
    answer = world.push(world.r1, [account(world.territories["T1"], **{field: value})])
    assert answer.status_code == 400, answer.text
    assert answer.json()["field"] == field


@pytest.mark.parametrize(
    "moment",
    [
        "2026-11-24T09:30:00",  # no time zone
        "2026-11-24",
        "20261124T093000Z",
        "٢٠٢٦-11-24T09:30:00+00:00",
        "2026-11-24T09:30:00+00:00\n",
    ],
)
def test_a_datetime_needs_a_time_zone_and_the_extended_format(world, moment):
    acme = account(world.territories["T1"])
    visit = child("visit", "account_id", acme["id"], planned_start=moment)
    answer = world.push(world.r1, [acme, visit])
    assert answer.status_code == 400, answer.text
    assert answer.json()["field"] == "planned_start" and answer.json()["change_index"] == 1


def test_good_values_still_pass(world):
    acme = account(world.territories["T1"], credit_limit="-1234.50", tags=["a", 1.5, None])
    visit = child(
        "visit",
        "account_id",
        acme["id"],
        planned_start="2026-11-24T09:30:00+03:30",
        planned_end="2026-11-24T10:30:00.250Z",
    )
    assert world.push(world.r1, [acme, visit]).status_code == 200


@pytest.mark.parametrize(
    "spelling", [str.upper, lambda u: u.replace("-", ""), lambda u: "{" + u + "}"]
)
def test_record_ids_and_references_must_be_canonical(world, spelling):
    acme = account(world.territories["T1"])
    odd = {**acme, "id": spelling(acme["id"])}
    answer = world.push(world.r1, [odd])
    assert answer.status_code == 400 and answer.json()["field"] == "id"
    assert world.push(world.r1, [acme]).status_code == 200
    contact = child("contact", "account_id", spelling(acme["id"]), last_name="X")
    answer = world.push(world.r1, [contact])
    assert answer.status_code == 400 and answer.json()["field"] == "account_id"
