"""The application object: push and pull answered before Starlette's middleware stack.

Every laptop pushes and pulls all day; nothing else the server does comes close in
number. Between uvicorn and a route, an ordinary request passed ten ASGI layers
(FastAPI's telemetry hook and exception recorder, Starlette's error, body-limit and
exception middleware, our log and limits middleware, the exit stack, the router and
the route), each an awaited call on the way in and a wrapped ``send`` on the way
out, with a ``Request`` built at three of them: a sixth of an empty pull's CPU
(py-spy, docs/scaling.md). ``FieldsalesAPI`` serves the ordinary push and pull
itself, doing what those layers would have done for them and nothing else:

* what ``LimitsMiddleware`` checks is checked first, and any request it could
  refuse (a protocol header too old or unreadable, a body without a declared
  length or past the limit, a GET with a body) goes the ordinary way untouched;
* our refusals (``FieldsalesError``) are answered by the app's own exception
  handlers, looked up as Starlette's ``ExceptionMiddleware`` looks them up;
* anything unexpected is answered and logged as ``RequestLogMiddleware`` does,
  and every answered request writes the same log line;
* a request the lean endpoint hands on (``server.api.lean_sync``) goes the
  ordinary way with the body it already read, and is logged there, once.

With FastAPI's own telemetry switched on, every request goes the ordinary way, so
that none goes unrecorded. The OpenAPI schema is built from the routes alone.
"""

from __future__ import annotations

import functools
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from protocol.messages import MIN_PROTOCOL_VERSION
from server.api.error_answers import internal_error_body, log_unexpected
from server.api.middleware import PROTOCOL_HEADER, log_request, replay_body, send_json

# The answer's JSON text, or None: hand the request on to the FastAPI route.
LeanEndpoint = Callable[[Request], Awaitable[bytes | str | None]]


class FieldsalesAPI(FastAPI):
    """FastAPI, with ``lean_endpoints`` (method, path) served ahead of the stack.

    ``max_request_bytes``: ``LimitsMiddleware``'s limit for these requests' bodies.
    """

    lean_endpoints: dict[tuple[str, str], LeanEndpoint]
    max_request_bytes: int

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        endpoint = self._lean_endpoint(scope)
        if endpoint is None:
            await super().__call__(scope, receive, send)
            return
        started = time.perf_counter()
        scope.setdefault("state", {})
        body = await _whole_body(receive) if scope["method"] == "POST" else b""
        if body is None:
            # The client went away: LimitsMiddleware returned, and the line said 500.
            log_request(scope, 500, started)
            return
        await self._serve(endpoint, scope, receive, send, body, started)

    def _lean_endpoint(self, scope: Scope) -> LeanEndpoint | None:
        """The lean endpoint for ``scope``, if the ordinary stack could do nothing else."""
        if scope["type"] != "http" or scope.get("root_path") or self.root_path:
            return None
        endpoint = self.lean_endpoints.get((scope["method"], scope["path"]))
        if endpoint is None or self._telemetry_on():
            return None
        declared: bytes | None = None
        for name, value in scope["headers"]:
            if name == b"content-length":
                if declared is not None:
                    return None
                declared = value
            elif name == PROTOCOL_HEADER:
                # Unreadable or too old: LimitsMiddleware answers 426.
                if not value.isdigit() or int(value) < MIN_PROTOCOL_VERSION:
                    return None
            elif name == b"transfer-encoding":
                return None
        if scope["method"] == "GET":
            return endpoint if declared in (None, b"0") else None
        if declared is None or not declared.isdigit() or int(declared) > self.max_request_bytes:
            return None
        return endpoint

    def _telemetry_on(self) -> bool:
        telemetry = getattr(self, "_native_telemetry", None)
        return telemetry is not None and telemetry.enabled()

    async def _serve(  # noqa: PLR0913 - the ASGI call and what was read of it
        self,
        endpoint: LeanEndpoint,
        scope: Scope,
        receive: Receive,
        send: Send,
        body: bytes,
        started: float,
    ) -> None:
        scope["app"] = self
        replay = replay_body(body, receive)
        status, answered = 500, False

        async def send_and_note(message: Message) -> None:
            nonlocal status, answered
            if message["type"] == "http.response.start":
                status, answered = message["status"], True
            await send(message)

        request = Request(scope, replay)
        handed_on = False
        try:
            try:
                content = await endpoint(request)
            except Exception as error:
                handler = self._handler_for(error)
                if handler is None:
                    raise
                response = await handler(request, error)
            else:
                handed_on = content is None
                response = Response(content=content, media_type="application/json")
            if not handed_on:
                await response(scope, replay, send_and_note)
        except Exception as error:  # noqa: BLE001 - a bug: answer and log it once, safely
            log_unexpected(error, method=scope["method"], path=scope["path"])
            if not answered:
                await send_json(send, 500, internal_error_body())
        finally:
            if not handed_on:
                log_request(scope, status, started)
        if handed_on:
            await super().__call__(scope, replay_body(body, receive), send)  # and logged there

    def _handler_for(self, error: Exception) -> Callable[..., Awaitable[Response]] | None:
        """The app's handler for ``error``, found as ``ExceptionMiddleware`` finds it."""
        handlers: dict[Any, Any] = self.exception_handlers
        for kind in type(error).__mro__:
            if kind in handlers and kind is not Exception:
                handler = handlers[kind]
                if inspect.iscoroutinefunction(handler):
                    return handler
                return functools.partial(run_in_threadpool, handler)
        return None


async def _whole_body(receive: Receive) -> bytes | None:
    """The request body (its declared length is within the limit), or None if the
    client went away before sending it all."""
    chunks: list[bytes] = []
    more = True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    return b"".join(chunks)
