"""Property: hostile values in any field of any endpoint never make the server fail.

Hypothesis draws hostile strings and numbers (lone surrogates, NUL, bidi controls,
non-finite and huge numbers, deep nesting, long text ...) and puts one into each
field, path parameter and query parameter of every endpoint in turn, everything
else being valid, on SQLite and PostgreSQL. Every answer must be below 500 and JSON
with a ``code`` when it is an error; afterwards the change feed must still be JSON
that any strict reader accepts.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol.entities import CATALOG_ENTITIES, ENTITY_FIELDS, PARENT_FIELD, REFERENCES
from tests.server.server_helpers import PASSWORD, account, child

# json.dumps cannot write a number that overflows a double: this marker becomes 1e999.
OVERFLOW = "__overflow_1e999__"

hostile_strings = st.one_of(
    st.sampled_from(
        [
            "\ud800",
            "x\udfffy",
            "a\x00b",
            "\x00",
            "\u202eevil\u202c",
            "\u2066\u2067\u2068\u2069",
            "\ufeff",
            "\u200f\u200e",
            "١٢.٥٠",
            "12.50\n",
            "NaN",
            "-0",
            "",
            " ",
            "\r\n",
            "%00",
            "' OR 1=1 --",
            "../../etc/passwd",
            "\U0001f600" * 50,
            "x" * 5_000,
            "y" * 120_000,
            "00000000-0000-0000-0000-000000000000",
            "ABCDEF00-0000-4000-8000-000000000000",
        ]
    ),
    st.text(max_size=40),
)
hostile_numbers = st.one_of(
    st.sampled_from(
        [float("nan"), float("inf"), float("-inf"), OVERFLOW, 2**53, 2**63, -(2**64), 10**40]
    ),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
)


def _nest(depth: int) -> Any:
    value: Any = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


hostile_values = st.one_of(
    hostile_strings,
    hostile_numbers,
    st.builds(_nest, st.integers(min_value=30, max_value=600)),
    st.booleans(),
    st.none(),
    st.lists(hostile_strings | hostile_numbers, max_size=4),
    st.dictionaries(hostile_strings, hostile_strings | hostile_numbers, max_size=3),
)


def encode(value: Any) -> str:
    """JSON text as a careless client would send it: NaN, escapes of lone surrogates."""
    return json.dumps(value, ensure_ascii=True).replace(f'"{OVERFLOW}"', "1e999")


def strict_json(text: str) -> Any:
    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


@dataclass
class Request:
    """One request to make valid except for the slot being attacked."""

    method: str
    path: str  # with {name} placeholders
    who: str
    path_params: dict[str, str] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None


Slot = tuple[str, tuple[Any, ...]]  # ("path" | "query" | "body", where)


def _set(container: Any, where: tuple[Any, ...], value: Any) -> None:
    for key in where[:-1]:
        container = container[key]
    container[where[-1]] = value


def slots_of(request: Request) -> list[Slot]:
    found: list[Slot] = [("path", (name,)) for name in request.path_params]
    found += [("query", (name,)) for name in request.query]

    def walk(value: Any, where: tuple[Any, ...]) -> None:
        if isinstance(value, dict) and (value or not where):
            if where and where[-1] in {"fields", "base_versions"}:
                found.append(("key", where))  # a hostile name as well as hostile values
            for key, item in value.items():
                walk(item, (*where, key))
        elif isinstance(value, list) and where[-1:] == ("changes",):
            for index, item in enumerate(value):
                walk(item, (*where, index))
        elif where:
            found.append(("body", where))

    walk(request.body, ())
    return found


def send(world, request: Request, slot: Slot, value: Any):
    path_params = dict(request.path_params)
    query = dict(request.query)
    body = json.loads(json.dumps(request.body))
    kind, where = slot
    text = value if isinstance(value, str) else encode(value)
    if kind in {"path", "query"}:
        text = text[:2_000]  # a URL the client library will send (the body takes the long ones)
    if kind == "path":
        path_params[where[0]] = text
    elif kind == "query":
        query[where[0]] = text
    elif kind == "key":
        container = body
        for key in where:
            container = container[key]
        container[text] = 1
    else:
        _set(body, where, value)
    # Percent-encode by hand: httpx would refuse a lone surrogate in a URL.
    path = request.path.format(**{name: quote_any(text) for name, text in path_params.items()})
    params = "&".join(f"{name}={quote_any(str(text))}" for name, text in query.items())
    url = f"{path}?{params}" if params else path
    headers = {**world.people[request.who].headers, "content-type": "application/json"}
    content = None if body is None else encode(body).encode()
    return world.client.request(request.method, url, content=content, headers=headers)


def quote_any(text: str) -> str:
    from urllib.parse import quote

    return quote(text.encode("utf-8", "surrogatepass"), safe="")


def _seed(world) -> dict[str, str]:
    acme = account(world.territories["T1"])
    visit = child("visit", "account_id", acme["id"])
    report = child("visit_report", "visit_id", visit["id"], summary="s", submitted=True)
    quote = child("quote", "account_id", acme["id"], number="Q-1")
    order = child("order", "account_id", acme["id"], number="SO-1", status="draft")
    answer = world.push(world.r1, [acme, visit, report, quote, order])
    assert answer.status_code == 200, answer.text
    ids = {row["entity"]: row["id"] for row in (acme, visit, report, quote, order)}
    ids["territory"] = world.territories["T1"]
    return ids


def _change(entity: str, seeds: dict[str, str]) -> dict[str, Any]:
    """A valid change creating one ``entity``, every field present (so each is a slot)."""
    fields: dict[str, Any] = {}
    for name, kind in ENTITY_FIELDS[entity].items():
        fields[name] = {
            "str": "text",
            "text": "long text",
            "int": 1,
            "bool": True,
            "decimal": "1.50",
            "date": "2026-11-24",
            "datetime": "2026-11-24T09:30:00+00:00",
            "ref": None,
            "json": [],
        }[kind]
    parent = PARENT_FIELD.get(entity)
    if parent:
        target = REFERENCES[entity][parent]
        fields[parent] = seeds["account" if target == "<owner_entity>" else target]
    if entity == "attachment":
        fields.update(owner_entity="account", content_hash=None)
    if entity == "visit_report":
        fields.update(review_state=None, reviewed_by=None, reviewed_at=None, review_comment=None)
    return {"entity": entity, "id": str(uuid.uuid4()), "op": "upsert", "fields": fields}


def _push(entity: str) -> Callable[[Any, dict[str, str]], Request]:
    def build(_world, seeds: dict[str, str]) -> Request:
        body = {
            "idempotency_key": str(uuid.uuid4()),
            "changes": [_change(entity, seeds)],
        }
        body["changes"][0]["base_versions"] = {}
        who = "admin" if entity in CATALOG_ENTITIES else "r1"
        return Request("POST", "/api/v1/sync/push", who, body=body)

    return build


REQUESTS: dict[str, Callable[[Any, dict[str, str]], Request]] = {
    "handshake": lambda w, s: Request(
        "POST", "/api/v1/handshake", "r1", body={"protocol_version": 1, "client_version": "1"}
    ),
    "login": lambda w, s: Request(
        "POST",
        "/api/v1/auth/login",
        "r2",
        body={
            "username": "r2",
            "password": PASSWORD,
            "device_id": str(uuid.uuid4()),
            "device_name": "Laptop",
            "totp_code": "123456",
        },
    ),
    "refresh": lambda w, s: Request(
        "POST", "/api/v1/auth/refresh", "r2", body={"refresh_token": "x" * 43}
    ),
    "password": lambda w, s: Request(
        "POST",
        "/api/v1/auth/password",
        "r3",
        body={"current_password": PASSWORD, "new_password": "another long password"},
    ),
    "totp enrol": lambda w, s: Request(
        "POST", "/api/v1/auth/totp/enrol", "m_south", body={"password": PASSWORD}
    ),
    "totp confirm": lambda w, s: Request(
        "POST",
        "/api/v1/auth/totp/confirm",
        "m_south",
        body={"code": "123456", "password": PASSWORD},
    ),
    "revoke device": lambda w, s: Request(
        "POST",
        "/api/v1/devices/{device_id}/revoke",
        "r1",
        path_params={"device_id": str(uuid.uuid4())},
    ),
    "pull": lambda w, s: Request(
        "GET", "/api/v1/sync/pull", "r1", query={"cursor": "abc", "limit": 10}
    ),
    "record": lambda w, s: Request(
        "GET",
        "/api/v1/records/{entity}/{record_id}",
        "r1",
        path_params={"entity": "account", "record_id": s["account"]},
    ),
    "review": lambda w, s: Request(
        "POST",
        "/api/v1/visit-reports/{report_id}/review",
        "m_north",
        path_params={"report_id": str(uuid.uuid4())},
        body={"review_state": "changes_requested", "review_comment": "more"},
    ),
    "download": lambda w, s: Request(
        "GET", "/api/v1/attachments/{content_hash}", "r1", path_params={"content_hash": "0" * 64}
    ),
    "create user": lambda w, s: Request(
        "POST",
        "/api/v1/admin/users",
        "admin",
        body={"username": "newbie", "password": "a long password", "role": "rep", "team": "north"},
    ),
    "user action": lambda w, s: Request(
        "POST",
        "/api/v1/admin/users/{username}/reset-totp",
        "admin",
        path_params={"username": "nobody"},
    ),
    "set password": lambda w, s: Request(
        "POST",
        "/api/v1/admin/users/{username}/password",
        "admin",
        path_params={"username": "nobody"},
        body={"password": "a long password"},
    ),
    "create team": lambda w, s: Request(
        "POST", "/api/v1/admin/teams", "admin", body={"name": "east", "manager": "m_north"}
    ),
    "create territory": lambda w, s: Request(
        "POST", "/api/v1/admin/territories", "admin", body={"name": "T9", "team": "north"}
    ),
    "assign": lambda w, s: Request(
        "POST",
        "/api/v1/admin/territories/{territory_id}/assign",
        "admin",
        path_params={"territory_id": str(uuid.uuid4())},
        body={"username": "r1"},
    ),
    "totp policy": lambda w, s: Request(
        "PUT", "/api/v1/admin/settings/totp-required", "admin", body={"roles": []}
    ),
    **{f"push {entity}": _push(entity) for entity in ENTITY_FIELDS},
}


@pytest.mark.parametrize("name", list(REQUESTS))
def test_hostile_values_never_break_the_server_or_the_feed(world, name):
    seeds = _seed(world)
    request = REQUESTS[name](world, seeds)
    slots = slots_of(request)
    assert slots, name

    @given(data=st.data())
    @settings(
        max_examples=4,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def attack(data) -> None:
        for slot in slots:
            value = data.draw(hostile_values, label=str(slot))
            answer = send(world, request, slot, value)
            assert answer.status_code < 500, (name, slot, answer.text)
            if answer.status_code >= 400:
                assert strict_json(answer.text)["code"], (name, slot, answer.text)

    attack()
    assert world.login(world.admin).status_code == 200
    cursor = None
    while True:  # the whole feed, page by page: every page must be strict JSON
        params = {"cursor": cursor, "limit": 200} if cursor else {"limit": 200}
        page = world.client.get("/api/v1/sync/pull", params=params, headers=world.admin.headers)
        assert page.status_code == 200
        body = strict_json(page.text)
        cursor = body["cursor"]
        if not body["more"]:
            break
