"""The published schema (/openapi.json), saying what the server really accepts.

Pydantic describes the shapes; this adds what the server enforces at the edge
(``strict_json``) so that a client generated from the schema, or schemathesis, knows it:
no string, and no key of an object, may hold a NUL character. (Lone UTF-16 surrogates are refused as well; JSON
Schema has no way to say so.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI

NO_NUL = "^[^\\u0000]*$"


def _forbid_nul(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("type") == "string" and not {"pattern", "format", "enum", "const"} & set(node):
            node["pattern"] = NO_NUL
        if node.get("type") == "object" and "additionalProperties" in node:
            node.setdefault("propertyNames", {"pattern": NO_NUL})
        for value in node.values():
            _forbid_nul(value)
    elif isinstance(node, list):
        for value in node:
            _forbid_nul(value)


def publish_exact_schema(app: FastAPI) -> None:
    """Replace ``app.openapi`` by one that adds the edge's rules to FastAPI's schema."""
    generate: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            _forbid_nul(generate())  # FastAPI caches what it generated in app.openapi_schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
