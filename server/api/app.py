"""The FastAPI application: routers, error answers and middleware."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from anyio import to_thread
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from app.errors import FieldsalesError
from protocol.messages import ErrorBody
from server.api import routes_admin, routes_auth, routes_sync
from server.api.middleware import LimitsMiddleware, RequestLogMiddleware
from server.config import SERVER_VERSION, Settings
from server.db import make_engine, make_read_sessionmaker, make_sessionmaker
from server.errors import ThrottledError, UpgradeRequiredError, status_and_code

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
        (426, "client protocol too old; names the minimum version"),
        (429, "too many failed logins; see Retry-After"),
    ]
}


def error_response(error: FieldsalesError) -> JSONResponse:
    status, code = status_and_code(error)
    body = ErrorBody(detail=error.message, code=code, field=error.field)
    headers: dict[str, str] = {}
    if code == "device_revoked":
        body.wipe = True
    if isinstance(error, UpgradeRequiredError):
        body.min_protocol_version = error.min_version
    if isinstance(error, ThrottledError):
        headers["Retry-After"] = str(error.retry_after)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status, headers=headers)


def create_app(settings: Settings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Sync routes run in anyio's thread pool: size it to the requests we work on at once.
        to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        yield

    app = FastAPI(
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

    for router in (routes_auth.router, routes_sync.router, routes_admin.router):
        app.include_router(router)
    app.add_middleware(
        LimitsMiddleware,
        max_bytes=settings.max_request_bytes,
        max_attachment_bytes=settings.max_attachment_bytes,
    )
    app.add_middleware(RequestLogMiddleware)
    return app
