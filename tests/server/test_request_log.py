"""One structured log line per request, without secrets or customer data."""

from __future__ import annotations

import json
import logging

from tests.server.server_helpers import PASSWORD, account


def test_each_request_logs_one_line_without_secrets(world, caplog):
    caplog.set_level(logging.INFO, logger="fieldsales.server.requests")
    world.login(world.r1)
    world.push(
        world.r1,
        [account(world.territories["T1"], name="Secret Customer GmbH", phone="+49 40 123")],
    )
    world.client.get("/api/v1/sync/pull", params={"cursor": "garbage"}, headers=world.r1.headers)

    lines = [r.getMessage() for r in caplog.records if r.name == "fieldsales.server.requests"]
    assert len(lines) == 3
    entries = [json.loads(line) for line in lines]
    assert [(e["method"], e["path"], e["status"]) for e in entries] == [
        ("POST", "/api/v1/auth/login", 200),
        ("POST", "/api/v1/sync/push", 200),
        ("GET", "/api/v1/sync/pull", 400),
    ]
    user_id = world.client.get("/api/v1/me", headers=world.r1.headers).json()["user_id"]
    assert all(e["user_id"] == user_id for e in entries)
    assert all(isinstance(e["duration_ms"], float) for e in entries)
    text = "\n".join(lines)
    token = world.r1.headers["Authorization"].split()[1]
    for secret in (PASSWORD, token, world.r1.refresh_token, "Secret Customer", "+49 40", "garbage"):
        assert secret not in text
