"""Push and pull answered by lean endpoints, with FastAPI's routes as the fallback.

Every laptop pushes and pulls all day; nothing else the server does comes close in
number. FastAPI's per-request machinery (its route context, dependency solving,
building the body's and the parameters' validators' inputs, a second pass over the
parsed body) was, with uvicorn and the middleware, a tenth or more of a worker's
CPU on these two routes (py-spy, docs/scaling.md). A lean endpoint, served ahead
of the middleware stack by ``server.api.front_door``, answers the ordinary request
itself: a JSON push body that takes the strict parser's fast path
and validates as a ``PushRequest``, a pull with at most a well-formed ``cursor`` and
``limit``. It runs the very same work as the FastAPI route (``push_answer``,
``pull_answer``), so authorization, refusals and answers are the same, and its
errors go through the same exception handlers.

Anything else (another content type, a body that needs the flagging parser or fails
validation, an unknown or repeated parameter, a NUL) is handed on untouched to the FastAPI route, with the body it already read:
every 422 and 4xx is FastAPI's own, word for word, and the OpenAPI schema is
generated from the FastAPI routes alone.
"""

from __future__ import annotations

import re

from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPBearer
from pydantic import ValidationError
from pydantic_core import from_json
from starlette.requests import Request

from protocol.messages import PushRequest
from server.api.front_door import LeanEndpoint
from server.api.routes_sync import (
    PULL_DEFAULT_LIMIT,
    PULL_MAX_CURSOR,
    PULL_MAX_LIMIT,
    pull_answer,
    push_answer,
)
from server.api.strict_json import fast_path_fits

_LIMIT = re.compile(r"[1-9][0-9]{0,3}")  # no sign, no leading zero: FastAPI judges those

_bearer = HTTPBearer(auto_error=False)


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


def lean_endpoints() -> dict[tuple[str, str], LeanEndpoint]:
    """The lean push and pull, by method and path, for ``FieldsalesAPI.lean_endpoints``."""
    return {("POST", "/api/v1/sync/push"): _push, ("GET", "/api/v1/sync/pull"): _pull}
