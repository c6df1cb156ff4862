"""The lean push and pull routes answer exactly what FastAPI's routes answer.

``server.api.lean_sync`` serves ordinary pushes and pulls itself and hands anything
unusual on to the FastAPI routes. Each request below is sent to the app as it runs
and to the same app without its lean routes: status and body must be the same.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from protocol.messages import PullResponse, PushResponse
from server.api.app import create_app
from tests.server.server_helpers import account


@pytest.fixture
def fastapi_only(settings) -> Iterator[TestClient]:
    app = create_app(settings)
    app.lean_endpoints = {}
    with TestClient(app) as test_client:
        yield test_client
    app.state.engine.dispose()


def _answer(response) -> tuple[int, object, str | None]:
    try:
        body = response.json()
    except json.JSONDecodeError:
        body = response.content
    return response.status_code, body, response.headers.get("allow")


def test_refused_requests_get_fastapis_own_answers(world, fastapi_only):
    headers = world.r1.headers
    territory = world.territories["T1"]
    good = {"idempotency_key": str(uuid.uuid4()), "changes": [account(territory)]}
    json_type = {"content-type": "application/json"}
    pushes = [
        (b'{"idempotency_key": "k", "changes": []}', {**headers, **json_type}),
        (b'{"idempotency_key": "12345678", "changes": [{"a": 1e999}]}', {**headers, **json_type}),
        (
            b'{"idempotency_key": "12345678", "changes": [{"a": "\\u0000"}]}',
            {**headers, **json_type},
        ),
        (b"[1, 2]", {**headers, **json_type}),
        *[
            (
                b'{"idempotency_key": "12345678", "changes": [{"entity": "account", "id": "'
                + str(uuid.uuid4()).encode()
                + b'", "fields": {"name": '
                + word
                + b"}}]}",
                {**headers, **json_type},
            )
            for word in (b"NaN", b"Infinity", b"-Infinity", b"1", b"null")
        ],
        (b"{not json", {**headers, **json_type}),
        (b"", {**headers, **json_type}),
        (b'{"idempotency_key": "k"}', {**headers, "content-type": "text/plain"}),
        (b'{"idempotency_key": "k"}', {**headers, "content-type": "application/x+json"}),
        (json.dumps(good).encode(), json_type),  # no token
        (json.dumps(good).encode(), {"authorization": "Bearer nonsense", **json_type}),
        (json.dumps(good).encode(), {"authorization": "Basic eDp5", **json_type}),
    ]
    for body, request_headers in pushes:
        lean = world.client.post("/api/v1/sync/push", content=body, headers=request_headers)
        plain = fastapi_only.post("/api/v1/sync/push", content=body, headers=request_headers)
        assert lean.status_code >= 400, body
        assert _answer(lean) == _answer(plain), body
    with_query = world.client.post("/api/v1/sync/push?x=%00", json=good, headers=headers)
    assert _answer(with_query) == _answer(
        fastapi_only.post("/api/v1/sync/push?x=%00", json=good, headers=headers)
    )
    for query in [
        "limit=0",
        "limit=5001",
        "limit=+5",
        "limit=05",
        "limit=x",
        "cursor=a&cursor=b",
        "cursor=%00",
        "cursor=" + "a" * 20_001,
        "cursor=not-a-cursor",
        "other=1",
    ]:
        url = f"/api/v1/sync/pull?{query}"
        lean = world.client.get(url, headers=headers)  # " 5" (+5) is a limit FastAPI takes
        assert _answer(lean) == _answer(fastapi_only.get(url, headers=headers)), query
    for method in ("HEAD", "PUT", "DELETE"):
        lean = world.client.request(method, "/api/v1/sync/pull", headers=headers)
        plain = fastapi_only.request(method, "/api/v1/sync/pull", headers=headers)
        assert lean.status_code == plain.status_code == 405, method
        assert lean.headers["allow"] == plain.headers["allow"]
    unauthorised = world.client.get("/api/v1/sync/pull")
    assert _answer(unauthorised) == _answer(fastapi_only.get("/api/v1/sync/pull"))


def test_ordinary_pushes_and_pulls_answer_alike_on_both_paths(world, fastapi_only):
    headers = world.r1.headers
    territory = world.territories["T1"]
    batch = {"idempotency_key": str(uuid.uuid4()), "changes": [account(territory)]}
    first = world.client.post(
        "/api/v1/sync/push",
        content=json.dumps(batch).encode(),
        headers={**headers, "content-type": "application/json; charset=utf-8"},
    )
    assert first.status_code == 200
    answer = PushResponse.model_validate_json(first.content)
    assert not answer.replayed and answer.records[0].id == batch["changes"][0]["id"]
    # The same key again, through the FastAPI route: the stored answer, replayed.
    again = PushResponse.model_validate_json(
        fastapi_only.post("/api/v1/sync/push", json=batch, headers=headers).content
    )
    assert again.replayed and again.records == answer.records

    lean = world.client.get("/api/v1/sync/pull?limit=1", headers=headers)
    plain = fastapi_only.get("/api/v1/sync/pull?limit=1", headers=headers)
    assert lean.status_code == plain.status_code == 200
    assert lean.content == plain.content
    page = PullResponse.model_validate_json(lean.content)
    rest = world.client.get(f"/api/v1/sync/pull?cursor={page.cursor}&limit=5000", headers=headers)
    assert (
        rest.content
        == fastapi_only.get(
            f"/api/v1/sync/pull?limit=5000&cursor={page.cursor}", headers=headers
        ).content
    )


def test_what_the_limits_refuse_is_refused_alike(world, fastapi_only):
    """The lean path leaves these to LimitsMiddleware: the same 426 and 413 answers."""
    headers = world.r1.headers
    good = {"idempotency_key": str(uuid.uuid4()), "changes": [account(world.territories["T1"])]}
    for protocol in ("0", "x", ""):
        old = {**headers, "x-fieldsales-protocol": protocol}
        lean = world.client.get("/api/v1/sync/pull", headers=old)
        assert lean.status_code == 426, protocol
        assert _answer(lean) == _answer(fastapi_only.get("/api/v1/sync/pull", headers=old))
        lean = world.client.post("/api/v1/sync/push", json=good, headers=old)
        assert _answer(lean) == _answer(
            fastapi_only.post("/api/v1/sync/push", json=good, headers=old)
        )
    huge = b'{"idempotency_key": "' + b"x" * (3 * 1024 * 1024) + b'"}'
    json_type = {**headers, "content-type": "application/json"}
    lean = world.client.post("/api/v1/sync/push", content=huge, headers=json_type)
    assert lean.status_code == 413
    assert _answer(lean) == _answer(
        fastapi_only.post("/api/v1/sync/push", content=huge, headers=json_type)
    )
    with_body = world.client.request("GET", "/api/v1/sync/pull", content=b"{}", headers=headers)
    assert _answer(with_body) == _answer(
        fastapi_only.request("GET", "/api/v1/sync/pull", content=b"{}", headers=headers)
    )


def test_an_unexpected_error_on_the_lean_path_is_a_logged_500(world, monkeypatch, caplog):
    from server.api import lean_sync

    def broken(*_args: object) -> bytes:
        raise RuntimeError("customer value " + "L" + "ee")  # the stack shows this line

    monkeypatch.setattr(lean_sync, "pull_answer", broken)
    caplog.set_level(logging.INFO, logger="fieldsales.server.requests")
    answer = world.client.get("/api/v1/sync/pull", headers=world.r1.headers)
    assert answer.status_code == 500
    assert answer.json()["code"] == "internal_error"
    assert "Lee" not in caplog.text
    lines = [r.getMessage() for r in caplog.records if r.name == "fieldsales.server.requests"]
    assert [json.loads(line)["status"] for line in lines] == [500]


def test_a_name_holding_nan_or_infinity_is_only_a_name(world):
    """The words that send a body to the two-pass parser are refused as numbers only."""
    change = account(world.territories["T1"], name="NaN Infinity Ltd")
    answer = world.push(world.r1, [change])
    assert answer.status_code == 200
    assert answer.json()["records"][0]["fields"]["name"] == "NaN Infinity Ltd"


def test_a_push_whose_client_goes_away_is_logged_once_and_not_answered(settings, caplog):
    caplog.set_level(logging.INFO, logger="fieldsales.server.requests")
    app = create_app(settings)
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/v1/sync/push",
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-length", b"10"), (b"content-type", b"application/json")],
    }
    sent: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    try:
        asyncio.run(app(scope, receive, send))
    finally:
        app.state.engine.dispose()
    assert sent == []
    lines = [r.getMessage() for r in caplog.records if r.name == "fieldsales.server.requests"]
    assert [json.loads(line)["status"] for line in lines] == [500]


def test_hostile_values_in_a_batch_are_refused_alike_and_write_nothing(world, fastapi_only):
    """The batch's values are checked set-wise on the lean path: a lone surrogate, a
    NUL, JSON nested thousands deep and another territory's id are each refused,
    with FastAPI's own answer, and no record of the batch is written."""
    headers = {**world.r1.headers, "content-type": "application/json"}
    mine = world.territories["T1"]
    deep = "[" * 5_000 + "]" * 5_000
    changes = [
        (account(mine), b'"name": "\\ud800 Ltd"'),
        (account(mine), b'"name": "A\\u0000B"'),
        (account(mine), b'"name": ' + deep.encode()),
        (account(world.territories["T3"]), None),  # another team's territory
    ]
    refused_ids = []
    for change, name in changes:
        body = json.dumps({"idempotency_key": str(uuid.uuid4()), "changes": [change]}).encode()
        if name is not None:
            body = body.replace(b'"name": "Acme"', name)
        lean = world.client.post("/api/v1/sync/push", content=body, headers=headers)
        plain = fastapi_only.post("/api/v1/sync/push", content=body, headers=headers)
        assert 400 <= lean.status_code < 500, body[:120]
        assert _answer(lean) == _answer(plain), body[:120]
        refused_ids.append(change["id"])
    accepted = account(mine)  # the control: what a good batch writes, the pull shows
    good = {"idempotency_key": str(uuid.uuid4()), "changes": [accepted]}
    assert world.client.post("/api/v1/sync/push", json=good, headers=headers).status_code == 200
    pulled = world.client.get("/api/v1/sync/pull", headers=world.r1.headers).json()
    held = {entry["id"] for entry in pulled["changes"]}
    assert accepted["id"] in held
    assert held.isdisjoint(refused_ids)
