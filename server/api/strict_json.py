"""Request bodies parsed as strict JSON: values no field may hold are refused at the edge.

Python's ``json`` module accepts ``NaN``, ``Infinity`` and ``1e999`` (a float
infinity), lone UTF-16 surrogates (``"\\ud800"``) and NUL characters. None of them
can be stored faithfully: non-finite numbers make the change feed invalid JSON (or
are refused by PostgreSQL), a lone surrogate cannot be encoded as UTF-8, and
PostgreSQL text cannot hold NUL. So a body holding any of them, anywhere (a value, a
key, a username, an idempotency key), is answered 422 naming where it is.

Cheap on the common path: a body with no ``\\u0000`` or surrogate escape and no
number that could overflow (one with an exponent, or of 309 digits) is parsed by
pydantic-core's JSON parser, in Rust, which refuses NaN and Infinity itself; it
took half the time of ``json.loads`` on a 250-row push, whose parsing was an eighth
of a server worker's CPU (profiled). Anything else, and anything that parser
refuses, goes through ``json.loads`` with hooks that flag non-finite numbers, and
the value is walked only when the raw text holds a suspect escape: the same
answers, word for word, as before the fast path.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Depends, Request, Response
from fastapi.routing import APIRoute
from pydantic_core import from_json
from starlette.exceptions import HTTPException

# \u0000 and \ud800-\udfff: the only ways to write NUL or a surrogate in valid JSON text.
_SUSPECT_ESCAPE = re.compile(r"\\u(?:0000|[dD][89a-fA-F])")
# What keeps a body off the fast path: a suspect escape, a number with an exponent
# (a number follows ``:``, ``[`` or ``,``; a UUID's "3e" inside a string does not),
# a run of 309 digits (the shortest finite float too large for a double), a body
# that is not an object or array (a bare number).
# One regular expression of all four took 7 ms on a 250-row push (Python's engine
# tried every alternative at every byte: a quarter of a worker's CPU, profiled).
# Now the escape and the start are searched as they were, and the numbers on a
# copy of the body where each byte is replaced by its class and whitespace is left
# out (one C pass of ``bytes.translate``): a run of 309 digits is then a substring
# search, and the exponent pattern runs only when some ``:``, ``[`` or ``,`` is
# followed by a number at all (JSON of text and UUIDs has none). Leaving whitespace
# out can only send more bodies to the flagging parser (``1 2e5`` is not JSON
# anyway), never fewer, and that parser's answers are the reference.
_SUSPECT_ESCAPE_BYTES = re.compile(rb"\\u(?:0000|[dD][89a-fA-F])")
_NOT_OBJECT_OR_ARRAY = re.compile(rb"\A[ \t\r\n]*[^ \t\r\n{\[]")


def _byte_classes() -> bytes:
    table = bytearray(b"x" * 256)
    for byte in b":[,":
        table[byte] = ord(":")  # what may come before a number
    for byte in b"0123456789":
        table[byte] = ord("0")
    for byte, symbol in ((b"-", "-"), (b".", "."), (b"e", "e"), (b"E", "e")):
        table[byte[0]] = ord(symbol)
    return bytes(table)


_CLASSES = _byte_classes()
_WHITESPACE = b" \t\r\n"
_EXPONENT_IN_CLASSES = re.compile(rb":-?0+(?:\.0*)?e")
_DIGITS_309 = b"0" * 309


def fast_path_fits(body: bytes) -> bool:
    """True when nothing in ``body`` needs the flagging parser (see above)."""
    if _NOT_OBJECT_OR_ARRAY.match(body) or _SUSPECT_ESCAPE_BYTES.search(body):
        return False
    classes = body.translate(_CLASSES, _WHITESPACE)
    if _DIGITS_309 in classes:
        return False
    if b":0" not in classes and b":-" not in classes:
        return True  # no number anywhere, so no exponent
    return _EXPONENT_IN_CLASSES.search(classes) is None


class _NonFinite:
    """Stands in for NaN / Infinity / an overflowing number until the walk finds it."""


NON_FINITE = _NonFinite()


class ValueRefused(HTTPException):
    """A 422 naming where the value is: ``location`` as in FastAPI's own errors,
    ``("body", "changes", 3, "fields", "name")`` or ``("path", "record_id")``."""

    def __init__(self, detail: str, *, location: tuple[str | int, ...], body: Any) -> None:
        super().__init__(status_code=422, detail=detail)
        self.location = location
        self.body = body


def _body_refused(detail: str, path: tuple[str | int, ...] = (), body: Any = None) -> ValueRefused:
    return ValueRefused(detail, location=("body", *path), body=body)


def _string_problem(text: str) -> str | None:
    if "\x00" in text:
        return "holds a NUL character"
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return "holds a lone UTF-16 surrogate, which is not text"
    return None


def printable(text: str) -> str:
    """``text`` fit to send back: NUL and lone surrogates become U+FFFD."""
    return "".join("\ufffd" if c == "\x00" or "\ud800" <= c <= "\udfff" else c for c in text)


def first_problem(value: Any, path: tuple[str | int, ...] = ()) -> tuple[tuple, str] | None:
    """(path, reason) of the first value no field may hold, or None."""
    if value is NON_FINITE:
        return path, "is not a finite number (NaN, Infinity and overflowing numbers are refused)"
    if isinstance(value, str):
        reason = _string_problem(value)
        return (path, reason) if reason else None
    if isinstance(value, dict):
        for key, item in value.items():
            reason = _string_problem(key)
            if reason:
                return (*path, printable(key)), f"has a key that {reason}"
            found = first_problem(item, (*path, key))
            if found:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found = first_problem(item, (*path, index))
            if found:
                return found
    return None


def parse_strict_json(body: bytes) -> Any:
    """The JSON value of ``body``, or ``ValueRefused`` for anything no field may hold."""
    if body and fast_path_fits(body):
        try:
            return from_json(body, allow_inf_nan=False)
        except ValueError:
            pass  # invalid: the parser below gives the answer it always gave
    return _parse_flagging(body)


def _parse_flagging(body: bytes) -> Any:
    flagged = False

    def constant(_name: str) -> _NonFinite:
        nonlocal flagged
        flagged = True
        return NON_FINITE

    def number(text: str) -> float | _NonFinite:
        nonlocal flagged
        value = float(text)
        if math.isfinite(value):
            return value
        flagged = True
        return NON_FINITE

    try:
        text = body.decode("utf-8")
        value = json.loads(text, parse_constant=constant, parse_float=number)
    except UnicodeDecodeError:
        raise _body_refused("the body is not UTF-8 text") from None
    except RecursionError:
        raise _body_refused("the body is nested too deeply") from None
    except ValueError as error:  # JSONDecodeError, or an integer of thousands of digits
        raise _body_refused(f"the body is not valid JSON: {error}") from None
    if flagged or _SUSPECT_ESCAPE.search(text):
        try:
            found = first_problem(value)
        except RecursionError:
            found = ((), "is nested too deeply")
        if found:
            path, reason = found
            where = ".".join(str(part) for part in path) or "body"
            raise _body_refused(f"{where} {reason}", path, value)
    return value


async def refuse_nul_in_parameters(request: Request) -> None:
    """A router dependency: NUL in a path or query parameter is refused, naming it.

    (Percent-decoding cannot produce a surrogate: invalid UTF-8 becomes U+FFFD.)
    Async: a few string checks, not worth a hop to the thread pool and back.
    """
    for kind, parameters in (("path", request.path_params), ("query", request.query_params)):
        for name, value in parameters.items():
            if isinstance(value, str) and "\x00" in value:
                raise ValueRefused(
                    f"{name} holds a NUL character", location=(kind, name), body=None
                )


class StrictJsonRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = parse_strict_json(await self.body())
        return self._json


class StrictJsonRoute(APIRoute):
    """Every route of our routers reads its JSON body with ``parse_strict_json``."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def strict_handler(request: Request) -> Response:
            return await handler(StrictJsonRequest(request.scope, request.receive))

        return strict_handler


# Keyword arguments for every APIRouter of ours.
STRICT: dict[str, Any] = {
    "route_class": StrictJsonRoute,
    "dependencies": [Depends(refuse_nul_in_parameters)],
}
