"""The server as an operator starts it (`fieldsales-server serve`), over a real socket."""

from __future__ import annotations

import json
import socket

import httpx
import pytest

from server.migrate import upgrade
from tests.server.server_helpers import live_server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('live') / 'server.sqlite3'}"
    upgrade(url)
    with live_server(url) as base:
        yield base


def _raw(base: str, request: bytes) -> bytes:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"GET /api/v1/health?" + b"a" * 100_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n",
    ],
    ids=["overlong URL", "malformed header"],
)
def test_a_request_the_http_parser_refuses_still_gets_our_json(server, request_bytes):
    answer = _raw(server, request_bytes)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")
    assert b"content-type: application/json" in head.lower()
    assert json.loads(body)["code"] == "invalid"


def test_the_server_answers_normally(server):
    assert httpx.get(f"{server}/api/v1/health").json()["status"] == "ok"
