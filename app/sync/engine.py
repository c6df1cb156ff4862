"""One sync: push what changed here, pull what changed there, both idempotent.

The same engine serves ``fieldsales sync`` and the desktop's worker thread; it
knows nothing of Qt and reports through plain callbacks.

Order of a sync (docs/sync.md, "The client"):

1. a batch left from an interrupted sync is sent again first, with its stored
   idempotency key and body, so the server answers it from its replay store if it
   had committed it;
2. on the very first sync, everything is pulled first and the workspace's own
   catalog rows are matched onto the server's (``catalog_mapping``);
3. push: the outbox in batches; each batch is stored with its key before it is
   sent and removed in the transaction that stores its answer. A change the server
   refuses is set aside as a refused issue and the rest goes on, so one bad change
   never blocks the queue;
4. pull: page by page, each page, its drops and its cursor in one transaction;
5. attachment bytes that have not arrived are downloaded.

Before all this, ``GET /me`` names the server feed's epoch. Another epoch than the
one this workspace synced with, or a pull refused with ``reset_required``, means
the server was restored from a backup: the client reset (``app.sync.reset``)
queues what the server lost, and the push and a pull from the start follow.
"""

from __future__ import annotations

import json
import logging
import platform
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from app.errors import ValidationError, translatable
from app.sync import connection as stored
from app.sync.acknowledge import acknowledge
from app.sync.apply import RemoteWriter, applying
from app.sync.attachments import download_missing, upload_for
from app.sync.catalog_mapping import map_local_catalog
from app.sync.errors import DeviceRevokedError, NotConnectedError, SignInRequiredError
from app.sync.issues import open_counts, resolve
from app.sync.outbox import (
    PendingChange,
    _chunks,
    collect_changes,
    pending_record_count,
    queue_fields,
)
from app.sync.reset import reset_with_server
from app.sync.server_url import validate_server_url
from app.sync.tables import OutboxEntry, PendingPush, SyncIssue
from app.sync.transport import (
    NetworkSettings,
    ServerApi,
    ServerRefusal,
    TokenPair,
    enrolment_required_error,
)
from app.workspace.wipe import destroy_workspace

log = logging.getLogger(__name__)

BATCH_SIZE = 250  # changes per push (the server takes up to 1,000)
PAGE_SIZE = 5000  # feed entries per pull page: the most the server serves
PUSH_ROUNDS = 4  # collect-and-push passes per sync (deferred references need a second)


@dataclass
class SyncProgress:
    phase: str  # "push" | "pull" | "files"
    done: int
    total: int  # 0 when unknown (a pull does not know how much is coming)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    dropped: int = 0
    conflicts: int = 0
    refused: int = 0
    uploaded: int = 0
    downloaded: int = 0
    duration: float = 0.0
    pending: int = 0
    open_conflicts: int = 0
    open_refused: int = 0
    first_sync: bool = False
    reset: bool = False  # the server was restored: what it lost was sent again

    @property
    def converged(self) -> bool:
        """Nothing waiting to go up and nothing waiting for the user."""
        return self.pending == 0 and self.open_conflicts == 0 and self.open_refused == 0

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["duration"] = round(self.duration, 3)
        data["converged"] = self.converged
        return data


@dataclass
class LocalStatus:
    connected: bool
    signed_in: bool
    server_url: str | None
    username: str | None
    pending: int
    open_conflicts: int
    open_refused: int
    last_sync: datetime | None


@dataclass
class _Refused:
    changes: list[PendingChange]
    code: str
    reason: str
    field_name: str | None = None


@dataclass
class _BatchOutcome:
    pushed: int = 0
    conflicts: int = 0
    refused: list[_Refused] = field(default_factory=list)
    retry: list[PendingChange] = field(default_factory=list)
    split: bool = False


def client_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fieldsales")
    except PackageNotFoundError:
        return "0+checkout"


class SyncEngine:
    def __init__(
        self,
        workspace: Any,
        *,
        network: NetworkSettings | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        batch_size: int = BATCH_SIZE,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.workspace = workspace
        self.network = network or NetworkSettings()
        self.progress = progress or (lambda _progress: None)
        self.cancelled = cancelled or (lambda: False)
        self.batch_size = batch_size
        self.page_size = page_size
        self._writing = threading.RLock()  # this engine's own write transactions

    # -- status -----------------------------------------------------------------------

    def status(self) -> LocalStatus:
        with self.workspace.session() as session:
            connection = stored.load_connection(session)
            counts = open_counts(session)
            return LocalStatus(
                connected=connection is not None,
                signed_in=bool(connection and connection.signed_in),
                server_url=connection.server_url if connection else None,
                username=connection.username if connection else None,
                pending=pending_record_count(session),
                open_conflicts=counts["conflict"],
                open_refused=counts["refused"],
                last_sync=stored.last_sync(session),
            )

    # -- connecting -------------------------------------------------------------------

    def _api(self, server_url: str, tokens: TokenPair | None = None) -> ServerApi:
        return ServerApi(
            server_url, network=self.network, tokens=tokens, on_tokens=self._store_tokens
        )

    def _store_tokens(self, tokens: TokenPair) -> None:
        # The pull's fetcher thread may refresh the tokens while a page is being
        # written: wait for that transaction rather than time out on SQLite's lock,
        # because the server has already rotated the pair and it must not be lost.
        with self._writing, self.workspace.transaction() as session:
            stored.save_tokens(session, tokens)

    def connect(
        self,
        *,
        server_url: str,
        username: str,
        password: str,
        totp_code: str | None = None,
        allow_insecure_http: bool = False,
        device_name: str | None = None,
    ) -> dict[str, Any]:
        """Sign in, register this device and remember the server; returns the token answer.

        Raises SecondFactorRequiredError when the account needs a code, and
        EnrolmentRequiredError (after storing the tokens) when the server requires
        a second factor this account has not set up yet.
        """
        url = validate_server_url(server_url, allow_insecure=allow_insecure_http)
        if not username.strip():
            raise ValidationError(translatable("errors", "Enter your username."), field="username")
        with self.workspace.session() as session:
            existing = stored.load_connection(session)
        if existing and stored_is_other_account(existing, url, username):
            raise ValidationError(
                translatable(
                    "errors",
                    "This workspace belongs to {username} on {server}; it cannot sync "
                    "with another account. Create a new workspace for it.",
                ),
                field="username",
                username=existing.username,
                server=existing.server_url,
            )
        api = self._api(url)
        try:
            api.handshake(client_version())
            with self.workspace.transaction() as session:
                device = stored.device_id(session)
            answer = api.login(
                username=username.strip(),
                password=password,
                device_id=device,
                device_name=device_name or _device_name(),
                totp_code=totp_code,
            )
        finally:
            api.close()
        with self.workspace.transaction() as session:
            stored.save_connection(
                session,
                server_url=url,
                username=username.strip(),
                user_id=str(answer.get("user_id", "")),
                role=str(answer.get("role", "rep")),
                allow_insecure_http=allow_insecure_http,
            )
        self.workspace.set_username(username.strip())
        if answer.get("totp_enrolment_required"):
            raise enrolment_required_error()
        return answer

    def enrol_second_factor(self, *, password: str) -> dict[str, Any]:
        """Start TOTP enrolment: the secret and the otpauth:// URI for an authenticator."""
        with self._signed_in_api() as api:
            return api.totp_enrol(password=password)

    def confirm_second_factor(self, code: str, *, password: str) -> None:
        with self._signed_in_api() as api:
            api.totp_confirm(code, password=password)

    def disconnect(self) -> None:
        """Sign out here (the server ends the session); the data stays."""
        with self.workspace.session() as session:
            connection = stored.load_connection(session)
        if connection and connection.tokens:
            api = self._api(connection.server_url, connection.tokens)
            try:
                api.logout()
            except Exception:  # noqa: BLE001 - signing out locally must work offline too
                log.info("could not tell the server about the sign-out")
            finally:
                api.close()
        self._store_tokens_none()

    def _store_tokens_none(self) -> None:
        with self.workspace.transaction() as session:
            stored.save_tokens(session, None)

    # -- syncing ----------------------------------------------------------------------

    def _signed_in_api(self) -> _ApiContext:
        with self.workspace.session() as session:
            connection = stored.load_connection(session)
        if connection is None:
            raise NotConnectedError(
                translatable(
                    "errors",
                    "This workspace is not connected to a server yet; connect it first "
                    "(fieldsales sync --server URL --username NAME).",
                )
            )
        if connection.tokens is None:
            raise SignInRequiredError(
                translatable("errors", "Sign in to {server} again to sync."),
                server=connection.server_url,
            )
        validate_server_url(connection.server_url, allow_insecure=connection.allow_insecure_http)
        return _ApiContext(self._api(connection.server_url, connection.tokens), connection.role)

    def sync(self) -> SyncReport:
        started = time.monotonic()
        report = SyncReport()
        try:
            with self._signed_in_api() as api:
                if api.enrolment_only:
                    raise enrolment_required_error()
                epoch = self._remember_my_territories(api)
                self._reset_if_restored(api, report, epoch)
                self._resend_stored_batch(api, report)
                with self.workspace.session() as session:
                    first = not stored.first_sync_done(session)
                if first:
                    report.first_sync = True
                    # An interrupted first pull's cursor may be stale; the local catalog
                    # is matched before anything is pushed, so no push in between.
                    self._pull_or_reset(api, report, push_after_reset=False)
                    with applying(self.workspace) as session:
                        map_local_catalog(session)
                        stored.mark_first_sync_done(session)
                self._push(api, report)
                self._pull_or_reset(api, report)
                self._files(api, report)
        except DeviceRevokedError:
            self._wipe()
            raise
        with self.workspace.transaction() as session:
            stored.mark_synced(session)
        status = self.status()
        report.pending = status.pending
        report.open_conflicts = status.open_conflicts
        report.open_refused = status.open_refused
        report.duration = time.monotonic() - started
        return report

    def _remember_my_territories(self, api: _ApiContext) -> str | None:
        """Which territories are this user's (a new account goes to the only one), and the
        role: a rep promoted to manager gets the Team section at the next sync.

        Returns the server feed's epoch (None from a server that has none).
        """
        me = api.api.me()
        with self.workspace.transaction() as session:
            stored.save_my_territories(session, [str(t) for t in me.get("territories", [])])
            if me.get("role"):
                stored.save_role(session, str(me["role"]))
            if "reviewed_territories" in me:  # a server from before it sends none
                territories = [str(t) for t in me["reviewed_territories"]]
                stored.save_reviewed_territories(session, territories)
        return str(me["epoch"]) if me.get("epoch") else None

    # -- client reset (the server was restored from a backup) -------------------------

    def _reset_if_restored(self, api: _ApiContext, report: SyncReport, epoch: str | None) -> None:
        if epoch is None:
            return
        with self.workspace.session() as session:
            known = stored.epoch(session)
        if known is None:
            with self.workspace.transaction() as session:
                stored.save_epoch(session, epoch)  # the first sync under epochs
        elif known != epoch:
            self._reset(api, report, epoch)

    def _pull_or_reset(
        self, api: _ApiContext, report: SyncReport, *, push_after_reset: bool = True
    ) -> None:
        """Pull; a cursor the restored server refuses starts the reset, then again."""
        try:
            self._pull(api, report)
        except ServerRefusal as refusal:
            if refusal.code != "reset_required":
                raise
            epoch = self._remember_my_territories(api) or ""
            self._reset(api, report, epoch)
            if push_after_reset:
                self._push(api, report)
            self._pull(api, report)

    def _reset(self, api: _ApiContext, report: SyncReport, epoch: str) -> None:
        reset_with_server(api.api, self.workspace, role=api.role, epoch=epoch)
        report.reset = True

    def _wipe(self) -> None:
        data_dir = self.workspace.data_dir
        self.workspace.close()
        destroy_workspace(
            data_dir,
            reason="This laptop was removed from the company's devices; its workspace was erased.",
        )

    # -- push -------------------------------------------------------------------------

    def _resend_stored_batch(self, api: _ApiContext, report: SyncReport) -> None:
        with self.workspace.session() as session:
            batch = session.scalar(select(PendingPush))
        if batch is None:
            return
        try:
            answer = api.api.push(batch.body)
        except ServerRefusal:
            # Refused now (the server did not apply it): collect again, which names the
            # change that is refused and sets only that one aside.
            with self.workspace.transaction() as session:
                session.execute(delete(PendingPush))
            return
        changes = json.loads(batch.body)["changes"]
        with applying(self.workspace) as session:
            stats = acknowledge(session, batch=session.merge(batch), changes=changes, answer=answer)
        report.pushed += stats.pushed
        report.conflicts += stats.conflicts

    def _push(self, api: _ApiContext, report: SyncReport) -> None:
        for _round in range(PUSH_ROUNDS):
            with self.workspace.transaction() as session:
                collected = collect_changes(session, role=api.role)
                for aside in collected.set_aside:
                    _record_refusal(session, aside.change, aside.code, aside.reason, None)
                report.refused += len(collected.set_aside)
                settled = collected.discarded_ids + [
                    entry_id
                    for aside in collected.set_aside
                    for entry_id in aside.change.outbox_ids
                ]
                _delete_outbox(session, settled)
                queue_fields(session, collected.deferred_fields)
            queue = collected.changes
            if not queue:
                return
            total, done, limit = len(queue), 0, self.batch_size
            while queue:
                if self.cancelled():
                    return
                batch, queue = queue[:limit], queue[limit:]
                outcome = self._push_batch(api, batch)
                report.pushed += outcome.pushed
                report.conflicts += outcome.conflicts
                for refused in outcome.refused:
                    report.refused += len(refused.changes)
                queue = outcome.retry + queue
                limit = max(1, len(batch) // 2) if outcome.split else self.batch_size
                done = total - len(queue)
                self.progress(SyncProgress("push", done, total))
            if not collected.deferred_fields:
                with self.workspace.session() as session:
                    if session.scalar(select(OutboxEntry.id).limit(1)) is None:
                        return

    def _push_batch(self, api: _ApiContext, batch: list[PendingChange]) -> _BatchOutcome:
        upload_for(api.api, self.workspace, batch)
        body = json.dumps(
            {"idempotency_key": str(uuid.uuid4()), "changes": [c.as_protocol() for c in batch]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        ids = [entry_id for change in batch for entry_id in change.outbox_ids]
        with self.workspace.transaction() as session:
            pending = PendingPush(
                idempotency_key=json.loads(body)["idempotency_key"],
                body=body,
                outbox_ids=json.dumps(ids),
            )
            session.add(pending)
        try:
            answer = api.api.push(body)
        except ServerRefusal as refusal:
            with self.workspace.transaction() as session:
                session.execute(
                    delete(PendingPush).where(
                        PendingPush.idempotency_key == pending.idempotency_key
                    )
                )
            return self._refused(batch, refusal)
        changes = [change.as_protocol() for change in batch]
        with applying(self.workspace) as session:
            stats = acknowledge(
                session, batch=session.merge(pending), changes=changes, answer=answer
            )
        return _BatchOutcome(pushed=stats.pushed, conflicts=stats.conflicts)

    def _refused(self, batch: list[PendingChange], refusal: ServerRefusal) -> _BatchOutcome:
        index = refusal.body.get("change_index")
        if refusal.status == 413 and len(batch) > 1:
            return _BatchOutcome(retry=batch, split=True)
        if isinstance(index, int) and 0 <= index < len(batch):
            bad = [batch[index]]
        elif len(batch) == 1:
            bad = list(batch)
        else:
            # The server did not say which change: halve the batch until it is alone.
            return _BatchOutcome(retry=batch, split=True)
        bad += _dependents(batch, bad)
        rest = [change for change in batch if change not in bad]
        reason = refusal.detail or translatable("errors", "The server refused this change.")
        with self.workspace.transaction() as session:
            for change in bad:
                is_first = change is bad[0]
                _record_refusal(
                    session,
                    change,
                    refusal.code or "refused",
                    reason
                    if is_first
                    else translatable("errors", "Not sent: the record it belongs to was refused."),
                    refusal.body.get("field") if is_first else None,
                )
            _delete_outbox(session, [i for change in bad for i in change.outbox_ids])
        return _BatchOutcome(refused=[_Refused(bad, refusal.code, reason)], retry=rest)

    # -- pull -------------------------------------------------------------------------

    def _pull(self, api: _ApiContext, report: SyncReport) -> None:
        """Page by page; the next page is fetched while this one is written.

        The server, the network and parsing the answer then overlap with SQLite's
        work instead of taking turns with it (a first sync is mostly these two).
        Pages are still applied strictly in order, each with its cursor in one
        transaction; a page fetched but never applied (cancel, error) is simply
        asked for again next time.
        """
        with self.workspace.session() as session:
            cursor = stored.cursor(session)
        if self.cancelled():
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            upcoming = fetcher.submit(api.api.pull, cursor, limit=self.page_size)
            while upcoming is not None:
                page = upcoming.result()
                more = page["more"] and not self.cancelled()
                upcoming = (
                    fetcher.submit(api.api.pull, page["cursor"], limit=self.page_size)
                    if more
                    else None
                )
                with self._writing, applying(self.workspace, refetchable=True) as session:
                    stats = RemoteWriter(session).apply_page(page["changes"], page["drop"])
                    stored.save_cursor(session, page["cursor"])
                report.pulled += len(page["changes"])
                report.dropped += stats.drops
                report.refused += stats.refused_on_drop
                self.progress(SyncProgress("pull", report.pulled, 0))
                if self.cancelled():
                    return

    # -- files ------------------------------------------------------------------------

    def _files(self, api: _ApiContext, report: SyncReport) -> None:
        stats = download_missing(api.api, self.workspace, cancelled=self.cancelled)
        report.downloaded += stats.downloaded

    def fetch_attachment(self, attachment_id: str) -> bool:
        """Download one attachment now (a user opened it before it arrived)."""
        from app.models import Attachment
        from app.sync.attachments import download

        with self.workspace.session() as session:
            attachment = session.get(Attachment, attachment_id)
        if attachment is None:
            return False
        with self._signed_in_api() as api:
            return download(api.api, self.workspace, attachment)

    # -- issues -----------------------------------------------------------------------

    def resolve(self, issue_id: int, keep: str) -> Any:
        """Settle a conflict or refused change; a discarded refusal takes the server's copy."""

        def take_server_record(entity: str, record_id: str) -> None:
            with self._signed_in_api() as api:
                try:
                    state = api.api.record(entity, record_id)
                except ServerRefusal as refusal:
                    if refusal.status != 404:
                        raise
                    state = None
            with applying(self.workspace) as session:
                writer = RemoteWriter(session)
                if state is None:
                    writer.remove_local(entity, record_id)
                else:
                    writer.replace_with_state(state)

        with self.workspace.session() as session:
            issue = session.get(SyncIssue, issue_id)
            needs_server = issue is not None and issue.kind == "refused" and keep == "theirs"
        if needs_server:
            # Fetch first (it may need the network): the issue closes only if it worked.
            with self.workspace.session() as session:
                issue = session.get(SyncIssue, issue_id)
                entity, record_id = issue.entity, issue.record_id
            take_server_record(entity, record_id)
        with self.workspace.transaction() as session:
            return resolve(session, issue_id, keep)  # type: ignore[arg-type]


class _ApiContext:
    def __init__(self, api: ServerApi, role: str) -> None:
        self.api = api
        self.role = role

    @property
    def enrolment_only(self) -> bool:
        return self.api.enrolment_only

    def __enter__(self) -> _ApiContext:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.api.close()

    # endpoint passthroughs used by enrolment
    def totp_enrol(self, *, password: str) -> dict[str, Any]:
        return self.api.totp_enrol(password=password)

    def totp_confirm(self, code: str, *, password: str) -> None:
        self.api.totp_confirm(code, password=password)


def stored_is_other_account(existing: stored.ServerConnection, url: str, username: str) -> bool:
    with_data = existing.user_id != ""
    return with_data and (
        existing.server_url.rstrip("/") != url.rstrip("/")
        or existing.username.casefold() != username.strip().casefold()
    )


def _device_name() -> str:
    return platform.node() or "laptop"


def _dependents(batch: list[PendingChange], bad: list[PendingChange]) -> list[PendingChange]:
    """Creates in ``batch`` whose parent is one of ``bad`` (they would be refused too)."""
    refused = {(change.entity, change.record_id) for change in bad}
    found: list[PendingChange] = []
    grew = True
    while grew:
        grew = False
        for change in batch:
            if change in bad or change in found or not change.creates:
                continue
            if change.parent in refused:
                found.append(change)
                refused.add((change.entity, change.record_id))
                grew = True
    return found


def _record_refusal(
    session: Any, change: PendingChange, code: str, reason: str, field_name: str | None
) -> None:
    session.add(
        SyncIssue(
            kind="refused",
            entity=change.entity,
            record_id=change.record_id,
            field=field_name,
            op=change.op,
            mine=json.dumps(change.fields, ensure_ascii=False),
            code=code,
            reason=reason,
        )
    )


def _delete_outbox(session: Any, ids: list[int]) -> None:
    for chunk in _chunks(sorted(ids)):
        session.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(chunk)))
