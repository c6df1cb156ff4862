"""One sync: push what changed here, pull what changed there, both idempotent.

The same engine serves ``fieldsales sync`` and the desktop's worker thread; it
knows nothing of Qt and reports through plain callbacks. It only puts the steps
in order; each lives in a module of its own:

* signing in and the signed-in API (``signin``);
* noticing a restored server and the client reset (``restored``, ``reset``);
* the push loop (``push_loop``) and the pull loop (``pull_loop``);
* attachment bytes (``attachments``).

Order of a sync (docs/sync.md, "The client"):

1. ``GET /me``: the user's territories and role, and the server feed's epoch; an
   epoch other than the one this workspace synced with starts the client reset;
2. a batch left from an interrupted sync is sent again first, with its stored
   idempotency key and body, so the server answers it from its replay store if it
   had committed it;
3. on the very first sync, everything is pulled first and the workspace's own
   catalog rows are matched onto the server's (``catalog_mapping``);
4. push: the outbox in batches, refused changes set aside, the rest goes on;
5. pull: page by page, each page, its drops and its cursor in one transaction
   (a cursor the restored server refuses starts the reset too);
6. attachment bytes that have not arrived are downloaded.

Stopping: ``cancelled`` is asked between batches and pages; a ``cancel`` event
(the desktop's job) is asked there too, and also cuts the transport's waits
between retries short. A sync whose event was set ends with ``SyncCancelled``,
never as a finished sync (the last-sync time stays) nor as "server unreachable".
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from app.sync import connection as stored
from app.sync.apply import RemoteWriter, applying
from app.sync.attachments import download_missing
from app.sync.catalog_mapping import map_local_catalog
from app.sync.errors import DeviceRevokedError, SyncCancelled
from app.sync.issues import open_counts, resolve
from app.sync.outbox import pending_record_count
from app.sync.pull_loop import pull
from app.sync.push_loop import Pusher
from app.sync.report import LocalStatus, SyncProgress, SyncReport
from app.sync.restored import pull_or_reset, reset_if_restored
from app.sync.signin import (
    SignedInApi,
    client_version,
    remember_who_i_am,
    sign_in,
    signed_in_api,
    stored_is_other_account,
)
from app.sync.tables import SyncIssue
from app.sync.transport import (
    NetworkSettings,
    ServerApi,
    ServerRefusal,
    TokenPair,
    enrolment_required_error,
)
from app.workspace.wipe import destroy_workspace

__all__ = [
    "BATCH_SIZE",
    "PAGE_SIZE",
    "LocalStatus",
    "SyncEngine",
    "SyncProgress",
    "SyncReport",
    "client_version",
    "stored_is_other_account",
]

log = logging.getLogger(__name__)

BATCH_SIZE = 250  # changes per push (the server takes up to 1,000)
PAGE_SIZE = 5000  # feed entries per pull page: the most the server serves


class SyncEngine:
    def __init__(
        self,
        workspace: Any,
        *,
        network: NetworkSettings | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        cancel: threading.Event | None = None,
        batch_size: int = BATCH_SIZE,
        page_size: int = PAGE_SIZE,
    ) -> None:
        self.workspace = workspace
        self.network = network or NetworkSettings()
        self.progress = progress or (lambda _progress: None)
        self.cancel = cancel
        asked = cancelled or (lambda: False)
        self.cancelled = asked if cancel is None else (lambda: cancel.is_set() or asked())
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
            server_url,
            network=self.network,
            tokens=tokens,
            on_tokens=self._store_tokens,
            cancel=self.cancel,
        )

    def _store_tokens(self, tokens: TokenPair | None) -> None:
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
        """Sign in, register this device and remember the server (``signin.sign_in``)."""
        return sign_in(
            self.workspace,
            self._api,
            server_url=server_url,
            username=username,
            password=password,
            totp_code=totp_code,
            allow_insecure_http=allow_insecure_http,
            device_name=device_name,
        )

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
        with self.workspace.transaction() as session:
            stored.save_tokens(session, None)

    def _signed_in_api(self) -> SignedInApi:
        return signed_in_api(self.workspace, self._api)

    # -- syncing ----------------------------------------------------------------------

    def sync(self) -> SyncReport:
        started = time.monotonic()
        report = SyncReport()
        try:
            with self._signed_in_api() as api:
                if api.enrolment_only:
                    raise enrolment_required_error()
                epoch = remember_who_i_am(api, self.workspace)
                reset_if_restored(api, self.workspace, report, epoch)
                self._pusher(api).resend_stored_batch(report)
                with self.workspace.session() as session:
                    first = not stored.first_sync_done(session)
                if first:
                    report.first_sync = True
                    # An interrupted first pull's cursor may be stale; the local catalog
                    # is matched before anything is pushed, so no push in between.
                    self._pull_or_reset(api, report, push_after_reset=False)
                    # A first pull cut short must not be matched against: ask again next time.
                    self._stop_if_cancelled()
                    with applying(self.workspace) as session:
                        map_local_catalog(session)
                        stored.mark_first_sync_done(session)
                self._push(api, report)
                self._pull_or_reset(api, report)
                self._files(api, report)
        except DeviceRevokedError:
            self._wipe()
            raise
        self._stop_if_cancelled()
        with self.workspace.transaction() as session:
            # Only the figures the report carries, not all of ``status()``; read before
            # the write, which would otherwise take the write lock at the first query.
            report.pending = pending_record_count(session)
            counts = open_counts(session)
            report.open_conflicts, report.open_refused = counts["conflict"], counts["refused"]
            stored.mark_synced(session)
        report.duration = time.monotonic() - started
        return report

    def _stop_if_cancelled(self) -> None:
        # Only the event: ``cancelled`` alone keeps the old way (the sync returns early).
        if self.cancel is not None and self.cancel.is_set():
            raise SyncCancelled()

    def _pusher(self, api: SignedInApi) -> Pusher:
        return Pusher(
            api,
            self.workspace,
            batch_size=self.batch_size,
            progress=self.progress,
            cancelled=self.cancelled,
        )

    def _push(self, api: SignedInApi, report: SyncReport) -> None:
        self._pusher(api).push(report)

    def _pull(self, api: SignedInApi, report: SyncReport) -> None:
        pull(
            api,
            self.workspace,
            report,
            page_size=self.page_size,
            writing=self._writing,
            progress=self.progress,
            cancelled=self.cancelled,
        )

    def _pull_or_reset(
        self, api: SignedInApi, report: SyncReport, *, push_after_reset: bool = True
    ) -> None:
        pull_or_reset(
            api,
            self.workspace,
            report,
            pull=self._pull,
            push=self._push,
            push_after_reset=push_after_reset,
        )

    def _files(self, api: SignedInApi, report: SyncReport) -> None:
        stats = download_missing(api.api, self.workspace, cancelled=self.cancelled)
        report.downloaded += stats.downloaded

    def _wipe(self) -> None:
        data_dir = self.workspace.data_dir
        self.workspace.close()
        destroy_workspace(
            data_dir,
            reason="This laptop was removed from the company's devices; its workspace was erased.",
        )

    # -- on demand --------------------------------------------------------------------

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

    def resolve(self, issue_id: int, keep: str) -> Any:
        """Settle a conflict or refused change; a discarded refusal takes the server's copy."""
        with self.workspace.session() as session:
            issue = session.get(SyncIssue, issue_id)
            needs_server = issue is not None and issue.kind == "refused" and keep == "theirs"
            if needs_server:
                entity, record_id = issue.entity, issue.record_id
        if needs_server:
            # Fetch first (it may need the network): the issue closes only if it worked.
            self._take_server_record(entity, record_id)
        with self.workspace.transaction() as session:
            return resolve(session, issue_id, keep)  # type: ignore[arg-type]

    def _take_server_record(self, entity: str, record_id: str) -> None:
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
