"""Push and pull served as plain Starlette routes, with FastAPI's routes as the fallback.

Every laptop pushes and pulls all day; nothing else the server does comes close in
number. FastAPI's per-request machinery (its route context, dependency solving,
building the body's and the parameters' validators' inputs, a second pass over the
parsed body) was, with uvicorn and the middleware, a tenth or more of a worker's
CPU on these two routes (py-spy, docs/scaling.md). A lean route answers the
ordinary request itself: a JSON push body that takes the strict parser's fast path
and validates as a ``PushRequest``, a pull with at most a well-formed ``cursor`` and
``limit``. It runs the very same work as the FastAPI route (``push_answer``,
``pull_answer``), so authorization, refusals and answers are the same, and its
errors go through the same exception handlers.

Anything else (another content type, a body that needs the flagging parser or fails
validation, an unknown or repeated parameter, a NUL, a method the route does not
serve) is handed on untouched to the FastAPI route, with the body it already read:
every 422 and 4xx is FastAPI's own, word for word, and the OpenAPI schema is
generated from the FastAPI routes alone.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPBearer
from pydantic import ValidationError
from pydantic_core import from_json
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from protocol.messages import PushRequest
from server.api.routes_sync import (
    PULL_DEFAULT_LIMIT,
    PULL_MAX_CURSOR,
    PULL_MAX_LIMIT,
    pull_answer,
    push_answer,
)
from server.api.strict_json import fast_path_fits

# Set on a request a lean route handed on, so that the router passes it by.
_HANDED_ON = "fieldsales.lean_handed_on"
_LIMIT = re.compile(r"[1-9][0-9]{0,3}")  # no sign, no leading zero: FastAPI judges those

_bearer = HTTPBearer(auto_error=False)


class LeanRoute(Route):
    """A Starlette route for one method that matches only requests it has not handed on.

    Any other method (HEAD included, which Starlette would add to GET) is not
    matched at all: FastAPI's route answers it as it always did.
    """

    def __init__(self, path: str, endpoint: ASGIApp, *, method: str) -> None:
        super().__init__(path, endpoint, methods=[method])
        self.method = method

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope.get(_HANDED_ON) or scope.get("method") != self.method:
            return Match.NONE, {}
        return super().matches(scope)


Answer = Callable[[Request], Awaitable[bytes | str | None]]


class _Lean:
    """The ASGI endpoint of a lean route: ``answer`` or, when it returns None, hand on."""

    def __init__(self, router: ASGIApp, answer: Answer) -> None:
        self.router = router
        self.answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        content = await self.answer(request)
        if content is not None:
            await Response(content=content, media_type="application/json")(scope, receive, send)
            return
        body = await request.body()
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        scope[_HANDED_ON] = True
        await self.router(scope, replay, send)


def _json_content(request: Request) -> bool:
    content_type = request.headers.get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == "application/json"


async def _push(request: Request) -> str | None:
    if request.scope.get("query_string") or not _json_content(request):
        return None
    body = await request.body()
    if not body or not fast_path_fits(body):
        return None
    try:
        push_request = PushRequest.model_validate(from_json(body, allow_inf_nan=False))
    except (ValueError, ValidationError):
        return None  # FastAPI's route gives its own 422
    credentials = await _bearer(request)
    return await run_in_threadpool(push_answer, push_request, credentials, request)


def _pull_parameters(request: Request) -> tuple[str | None, int] | None:
    cursor, limit = None, PULL_DEFAULT_LIMIT
    seen: set[str] = set()
    for name, value in request.query_params.multi_items():
        if name in seen or "\x00" in value:
            return None
        seen.add(name)
        if name == "cursor" and len(value) <= PULL_MAX_CURSOR:
            cursor = value
        elif name == "limit" and _LIMIT.fullmatch(value) and 1 <= int(value) <= PULL_MAX_LIMIT:
            limit = int(value)
        else:
            return None
    return cursor, limit


async def _pull(request: Request) -> bytes | None:
    parameters = _pull_parameters(request)
    if parameters is None:
        return None
    credentials = await _bearer(request)
    return await run_in_threadpool(pull_answer, credentials, request, *parameters)


def lean_routes(router: ASGIApp) -> list[Route]:
    """The lean push and pull routes; put them before FastAPI's in ``router``'s routes."""
    return [
        LeanRoute("/api/v1/sync/push", _Lean(router, _push), method="POST"),
        LeanRoute("/api/v1/sync/pull", _Lean(router, _pull), method="GET"),
    ]
