"""ASGI middleware: one structured log line per request, body size limit, protocol check.

The log line carries method, path, status, duration and user id only: never a query
string, header, body, token or customer field. An unexpected error is answered here
with a JSON 500 and logged without its message (see ``error_answers``).
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from app.errors import translatable
from protocol.messages import MIN_PROTOCOL_VERSION
from server.api.error_answers import internal_error_body, log_unexpected

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

request_log = logging.getLogger("fieldsales.server.requests")

PROTOCOL_HEADER = b"x-fieldsales-protocol"


async def send_json(send: Send, status: int, body: dict[str, Any]) -> None:
    payload = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class RequestLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500
        answered = False
        scope.setdefault("state", {})

        async def send_and_note(message: Message) -> None:
            nonlocal status, answered
            if message["type"] == "http.response.start":
                status, answered = message["status"], True
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        except Exception as error:  # noqa: BLE001 - a bug: answer and log it once, safely
            # Handled here so that nothing above (Starlette, uvicorn) logs the
            # exception's message, which may hold customer values.
            log_unexpected(error, method=scope["method"], path=scope["path"])
            if not answered:
                await send_json(send, 500, internal_error_body())
        finally:
            log_request(scope, status, started)


def log_request(scope: Scope, status: int, started: float) -> None:
    """The request's log line; ``started``: its ``time.perf_counter()`` on arrival."""
    request_log.info(
        json.dumps(
            {
                "method": scope["method"],
                "path": scope["path"],
                "status": status,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "user_id": scope["state"].get("user_id"),
            }
        )
    )


class LimitsMiddleware:
    """Refuse oversized bodies and too-old clients before any handler runs."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, max_attachment_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_attachment_bytes = max_attachment_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        if PROTOCOL_HEADER in headers:
            try:
                version = int(headers[PROTOCOL_HEADER])
            except ValueError:
                version = -1
            if version < MIN_PROTOCOL_VERSION:
                await send_json(send, 426, _too_old())
                return
        is_upload = scope["path"].startswith("/api/v1/attachments/")
        limit = self.max_attachment_bytes if is_upload else self.max_bytes
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await send_json(send, 413, _too_large(limit))
            return
        # Buffer the body up to the limit, so a body without a length cannot run past it.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                await send_json(send, 413, _too_large(limit))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        await self.app(scope, replay_body(b"".join(chunks), receive), send)


def replay_body(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands over ``body``, already read, once; then ``receive``
    (which then tells of the client going away)."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if delivered:
            return await receive()
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay


def _too_old() -> dict[str, Any]:
    return {
        "detail": translatable(
            "errors", "this client is too old: the server needs sync protocol {version} or newer"
        ).format(version=MIN_PROTOCOL_VERSION),
        "code": "upgrade_required",
        "min_protocol_version": MIN_PROTOCOL_VERSION,
    }


def _too_large(limit: int) -> dict[str, Any]:
    return {
        "detail": translatable(
            "errors", "the request is larger than the {megabytes} MB limit"
        ).format(megabytes=round(limit / 1024 / 1024, 1)),
        "code": "too_large",
    }
