"""Push, pull, single records and their versions, visit report review and attachments."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy.exc import DBAPIError, IntegrityError

from app.errors import NotFoundError, translatable
from protocol.messages import (
    Change,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordState,
    ReviewRequest,
    VersionsRequest,
    VersionsResponse,
)
from server import attachments
from server.api.deps import (
    Context,
    Credentials,
    Ctx,
    context_in,
    read_sessions,
    sessions,
    settings,
)
from server.api.params import ContentHash, EntityName, RecordId
from server.api.strict_json import STRICT
from server.apply import BatchApplier
from server.db import transaction
from server.epoch import replace_epoch
from server.errors import ForbiddenError, ResetRequiredError
from server.feed import FeedWriter
from server.models import Record
from server.pull import pull_json
from server.push import push_json, stored_result
from server.versions import record_versions

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api/v1", **STRICT)

# PostgreSQL asks to retry these: a deadlock victim or a serialisation failure.
RETRYABLE_SQLSTATES = {"40P01", "40001"}
# The pull's parameter limits, shared with its lean route (server/api/lean_sync.py).
PULL_MAX_CURSOR = 20_000
PULL_DEFAULT_LIMIT, PULL_MAX_LIMIT = 500, 5000


def _retryable(error: DBAPIError) -> bool:
    if isinstance(error, IntegrityError):
        return True  # a concurrent push created the same row or key first
    return getattr(error.orig, "sqlstate", None) in RETRYABLE_SQLSTATES


@router.post("/sync/push", response_model=PushResponse, tags=["sync"])
def push(body: PushRequest, credentials: Credentials, request: Request) -> Response:
    """Apply a batch atomically; replaying the same idempotency key returns the same answer."""
    # The answer is sent as the very text stored for replays: encoded once.
    return Response(content=push_answer(body, credentials, request), media_type="application/json")


def push_answer(
    body: PushRequest, credentials: HTTPAuthorizationCredentials | None, request: Request
) -> str:
    """The push route's work, shared with its lean twin (``server.api.lean_sync``).

    The token is checked in the push's own transaction, on its connection: a
    session of its own cost each push a second session, transaction and pool
    checkout (about 60 µs of the worker's CPU, measured), for a read that holds
    no lock. A refusal rolls back the transaction, which has written nothing yet.
    """
    factory = sessions(request)
    ctx: Context | None = None
    attempts = 5
    for attempt in range(attempts):
        try:
            with transaction(factory) as session:
                if ctx is None:
                    ctx = context_in(session, request, credentials)
                return push_json(session, ctx.viewer, body, commit=True)
        except DBAPIError as error:
            if ctx is None or not _retryable(error) or attempt == attempts - 1:
                raise
            with transaction(factory) as session:
                previous = stored_result(session, ctx.viewer, body)
            if previous is not None:
                return previous.model_dump_json()
    raise AssertionError("unreachable")


@router.get("/sync/pull", response_model=PullResponse, tags=["sync"])
def pull(
    credentials: Credentials,
    request: Request,
    cursor: Annotated[str | None, Query(max_length=PULL_MAX_CURSOR)] = None,
    limit: Annotated[int, Query(ge=1, le=PULL_MAX_LIMIT)] = PULL_DEFAULT_LIMIT,
) -> Response:
    """Changes since ``cursor`` that you may see; call again with the answer's cursor.

    409 ``reset_required``: the cursor is of another epoch of the feed (the server was
    restored from a backup since): reset (docs/sync.md, "Client reset").
    """
    return Response(
        content=pull_answer(credentials, request, cursor, limit), media_type="application/json"
    )


def pull_answer(
    credentials: HTTPAuthorizationCredentials | None,
    request: Request,
    cursor: str | None,
    limit: int,
) -> bytes:
    """The pull route's work, shared with its lean twin (``server.api.lean_sync``)."""
    try:
        with transaction(read_sessions(request)) as session:
            ctx = context_in(session, request, credentials)
            return pull_json(session, ctx.viewer, cursor, limit=limit)
    except ResetRequiredError as error:
        if error.feed_behind:
            # A cursor past the feed: the database went back in time and nobody ran
            # `fieldsales-server after-restore`. A new epoch makes every laptop reset.
            with transaction(sessions(request)) as session:
                replace_epoch(session, expected=error.epoch)
            log.warning(
                "a cursor is ahead of the change feed: the database was restored from a "
                "backup; a new feed epoch was drawn, every laptop will send its data again"
            )
        raise


@router.post("/sync/versions", response_model=VersionsResponse, tags=["sync"])
def versions(body: VersionsRequest, ctx: Ctx, request: Request) -> VersionsResponse:
    """The versions the server holds of these records (those you may see; others absent).

    A client resetting after a restore compares them with its own to find what the
    server lost (docs/sync.md, "Client reset").
    """
    with transaction(read_sessions(request)) as session:
        return record_versions(session, ctx.viewer, body.records)


@router.get("/records/{entity}/{record_id}", response_model=RecordState, tags=["sync"])
def get_record(entity: EntityName, record_id: RecordId, ctx: Ctx, request: Request) -> RecordState:
    """One record, if it is in your scope; otherwise 404 (never the data)."""
    with transaction(sessions(request)) as session:
        record = session.get(Record, (entity, record_id))
        if record is None or not ctx.viewer.sees_record(record):
            raise NotFoundError(
                translatable("errors", "no {entity} with id {id}"), entity=entity, id=record_id
            )
        return _state(record)


@router.post("/visit-reports/{report_id}/review", response_model=RecordState, tags=["review"])
def review(report_id: RecordId, body: ReviewRequest, ctx: Ctx, request: Request) -> RecordState:
    """A manager approves a team member's report or sends it back with a comment."""
    if ctx.viewer.role != "manager":
        raise ForbiddenError(
            translatable("errors", "only the team's manager reviews visit reports")
        )
    with transaction(sessions(request)) as session:
        record = session.get(Record, ("visit_report", report_id))
        if record is None or record.deleted or not ctx.viewer.sees_record(record):
            raise NotFoundError(
                translatable("errors", "no visit report with id {id}"), id=report_id
            )
        if not ctx.viewer.reviews(record):
            raise ForbiddenError(
                translatable("errors", "only the team's manager reviews visit reports")
            )
        feed = FeedWriter()
        applier = BatchApplier(session, ctx.viewer, feed, {("visit_report", report_id): record})
        fields = {"review_state": body.review_state, "review_comment": body.review_comment}
        applier.apply(
            Change(
                entity="visit_report",
                id=report_id,
                fields=fields,
                base_versions={name: record.versions.get(name, 0) for name in fields},
            )
        )
        applier.finish()
        applier.insert_created()
        feed.flush(session)
        return applier.touched_states()[0] if applier.touched else _state(record)


def _state(record: Record) -> RecordState:
    return RecordState(
        entity=record.entity,
        id=record.id,
        row_version=record.row_version,
        deleted=record.deleted,
        fields=record.doc,
        versions=record.versions,
    )


@router.put(
    "/attachments/{content_hash}",
    status_code=201,
    tags=["attachments"],
    openapi_extra={
        "requestBody": {
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
        }
    },
)
async def upload(
    content_hash: ContentHash, ctx: Ctx, request: Request, response: Response
) -> dict[str, str]:
    """Store a file by the SHA-256 of its bytes; sending the same bytes again is harmless."""
    data = await request.body()
    limit = settings(request).max_attachment_bytes

    def store() -> bool:
        # A concurrent upload of the same bytes may insert them first: the second
        # attempt then finds them and still records this caller's proof of upload.
        for attempt in range(2):
            try:
                with transaction(sessions(request)) as session:
                    return attachments.store(session, ctx.viewer, content_hash, data, limit=limit)
            except IntegrityError:
                if attempt:
                    raise
        raise AssertionError("unreachable")

    created = await run_in_threadpool(store)
    if not created:
        response.status_code = 200
    return {"content_hash": content_hash, "status": "stored" if created else "already stored"}


@router.get(
    "/attachments/{content_hash}",
    response_class=Response,
    tags=["attachments"],
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download(content_hash: ContentHash, ctx: Ctx, request: Request) -> Response:
    with transaction(sessions(request)) as session:
        data = attachments.load(session, ctx.viewer, content_hash)
    return Response(content=data, media_type="application/octet-stream")
