"""The FastAPI application: routers, error answers and middleware."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

from app.errors import FieldsalesError
from protocol.messages import ErrorBody
from server.api import routes_admin, routes_auth, routes_sync
from server.api.error_answers import error_response, http_error_response, validation_response
from server.api.front_door import FieldsalesAPI
from server.api.lean_sync import lean_endpoints
from server.api.middleware import LimitsMiddleware, RequestLogMiddleware
from server.api.openapi import publish_exact_schema
from server.config import SERVER_VERSION, Settings
from server.db import make_engine, make_read_sessionmaker, make_sessionmaker

log = logging.getLogger(__name__)

# Documented on every route so clients (and schemathesis) know the error shape.
ERROR_RESPONSES = {
    status: {"model": ErrorBody, "description": meaning}
    for status, meaning in [
        (400, "invalid values: unknown entity or field, wrong kind, bad cursor ..."),
        (401, "not logged in, or the token is no longer valid"),
        (403, "not allowed; code device_revoked with wipe=true: wipe local data"),
        (404, "no such object in your scope"),
        (409, "refused: the object is in a state that forbids the change"),
        (413, "body too large"),
        (422, "the request does not match this schema (names the field)"),
        (426, "client protocol too old; names the minimum version"),
        (429, "too many failed logins; see Retry-After"),
        (500, "a server bug (logged); the same shape, code internal_error"),
    ]
}


def create_app(settings: Settings) -> FieldsalesAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in anyio's thread pool: size it to the requests we work on at once.
        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        # What exists now (modules, the app, mappers, schemas) lives as long as the
        # process: keep it out of the cyclic collector's full passes. A push makes
        # thousands of short-lived objects, each pass over the whole heap set off by
        # them was a third of a push's CPU (measured in process: 16 ms -> 11 ms).
        gc.collect()
        gc.freeze()
        yield

    app = FieldsalesAPI(
        lifespan=lifespan,
        title="Fieldsales sync server",
        version=SERVER_VERSION,
        description="Sync protocol for the Fieldsales desktop client. See docs/sync.md.",
        responses=ERROR_RESPONSES,
    )
    # A connection for every request thread, and as many again for bursts.
    engine = make_engine(settings.database_url, pool_size=settings.request_threads)
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = make_sessionmaker(engine)
    app.state.read_sessions = make_read_sessionmaker(engine)

    @app.exception_handler(FieldsalesError)
    async def _fieldsales_error(_request: Request, error: FieldsalesError) -> JSONResponse:
        return error_response(error)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        return validation_response(error)

    @app.exception_handler(HTTPException)
    async def _http_error(request: Request, error: HTTPException) -> Response:
        return http_error_response(request, error)

    routers = (routes_auth.router, routes_sync.router, routes_admin.router)
    for router in routers:
        app.include_router(router)
    # Our routes, each with its full path: a 405 answer lists every method of a path.
    app.state.api_routes = [route for router in routers for route in router.routes]
    # Push and pull, the requests every laptop makes all day, first try their lean
    # twins, served ahead of the middleware (they hand anything unusual on to these).
    app.lean_endpoints = lean_endpoints()
    app.max_request_bytes = settings.max_request_bytes
    publish_exact_schema(app)
    app.add_middleware(
        LimitsMiddleware,
        max_bytes=settings.max_request_bytes,
        max_attachment_bytes=settings.max_attachment_bytes,
    )
    app.add_middleware(RequestLogMiddleware)
    return app
