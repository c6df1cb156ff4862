"""Every error the server answers, in one JSON shape (``protocol.messages.ErrorBody``).

Our own refusals (``FieldsalesError``), FastAPI's request validation (422), Starlette's
routing errors (404 for an unknown path, 405 for a wrong method) and anything
unexpected (500) all answer ``{"detail", "code", ...}``, so a client reads one shape.

An unexpected error is logged without its message: a database error's message and
parameters hold customer field values and attempted usernames. The log keeps what an
operator needs to find the bug: the exception type, the SQL statement (without its
parameters), the SQLSTATE and the stack.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import StatementError
from starlette.exceptions import HTTPException
from starlette.routing import Match

from app.errors import FieldsalesError
from protocol.messages import ErrorBody
from server.api.strict_json import ValueRefused, first_problem
from server.errors import (
    ThrottledError,
    UpgradeRequiredError,
    refused_change,
    status_and_code,
)

log = logging.getLogger("fieldsales.server.errors")

# Starlette's own HTTP errors (a path no route serves, a method it does not allow).
HTTP_CODES = {400: "invalid", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def _json(body: ErrorBody, status: int, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


def error_response(error: FieldsalesError) -> JSONResponse:
    status, code = status_and_code(error)
    body = ErrorBody(detail=error.message, code=code, field=error.field)
    change = refused_change(error)
    if change is not None:
        body.change_index, body.change_id, body.entity = change.index, change.id, change.entity
    headers: dict[str, str] = {}
    if code == "device_revoked":
        body.wipe = True
    if isinstance(error, UpgradeRequiredError):
        body.min_protocol_version = error.min_version
    if isinstance(error, ThrottledError):
        headers["Retry-After"] = str(error.retry_after)
    return _json(body, status, headers)


def _dotted(location: tuple[Any, ...]) -> str:
    """``("body", "changes", 3, "op")`` -> ``changes.3.op``; ``("query", "limit")`` -> ``limit``."""
    if not location:
        return "body"
    kind, rest = location[0], location[1:]
    if kind == "body" and len(rest) == 1 and isinstance(rest[0], int):
        return "body"  # a JSON syntax error: FastAPI puts the character offset here
    return ".".join(str(part) for part in rest) or str(kind)


def change_of(location: tuple[Any, ...], body: Any) -> tuple[int | None, str | None, str | None]:
    """Which push change a problem at ``location`` lies in: (index, id, entity) or Nones."""
    if len(location) < 3 or location[:2] != ("body", "changes") or not isinstance(location[2], int):
        return None, None, None
    index = location[2]
    change = body.get("changes") if isinstance(body, dict) else None
    item = change[index] if isinstance(change, list) and 0 <= index < len(change) else {}
    item = item if isinstance(item, dict) else {}
    return index, _text_or_none(item.get("id")), _text_or_none(item.get("entity"))


def _text_or_none(value: Any) -> str | None:
    """``value`` if it is text fit to send back (the refused value itself may not be)."""
    if isinstance(value, str) and len(value) <= 100 and first_problem(value) is None:
        return value
    return None


def _located(detail: str, location: tuple[Any, ...], body: Any) -> ErrorBody:
    answer = ErrorBody(detail=detail, code="invalid", field=_dotted(location))
    answer.change_index, answer.change_id, answer.entity = change_of(location, body)
    return answer


def validation_response(error: RequestValidationError) -> JSONResponse:
    """FastAPI's 422, in our shape: the first problem, naming its field."""
    problems = error.errors()
    first = problems[0] if problems else {"loc": ("body",), "msg": "invalid request"}
    location = tuple(first.get("loc") or ("body",))
    more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
    detail = f"{_dotted(location)}: {first.get('msg')}{more}"
    return _json(_located(detail, location, error.body), 422)


def allowed_methods(request: Request) -> set[str]:
    """Every method some route serves at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.state.api_routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= route.methods or set()
    return methods


def http_error_response(request: Request, error: HTTPException) -> Response:
    headers = dict(error.headers or {})
    if error.status_code == 405:
        headers["Allow"] = ", ".join(sorted(allowed_methods(request)))
    if isinstance(error, ValueRefused):
        return _json(_located(str(error.detail), error.location, error.body), 422)
    code = HTTP_CODES.get(error.status_code, "invalid" if error.status_code < 500 else "error")
    return _json(ErrorBody(detail=str(error.detail), code=code), error.status_code, headers)


def internal_error_body() -> dict[str, Any]:
    return ErrorBody(
        detail="the server failed to handle this request; the error is logged",
        code="internal_error",
    ).model_dump(exclude_none=True)


def log_unexpected(error: BaseException, *, method: str, path: str) -> None:
    """Log a bug's type, statement and stack, never its message or SQL parameters."""
    described = type(error).__name__
    if isinstance(error, StatementError):
        original = error.orig
        sqlstate = getattr(original, "sqlstate", None)
        described += f" ({type(original).__name__}"
        described += f", SQLSTATE {sqlstate})" if sqlstate else ")"
        described += f" in: {error.statement}"
    stack = "".join(traceback.format_tb(error.__traceback__))
    log.error("unhandled error on %s %s: %s\n%s", method, path, described, stack)
