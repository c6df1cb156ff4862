"""The desktop's sync: the engine on the thread pool, on a timer, on demand, on reconnect.

The UI never waits on the network: every sync runs as a background job (the
same ``start_job`` the imports use) and reports through queued signals. Three
things start one: the "Sync now" action, a timer (every few minutes while a
server is connected) and the network coming back (``QNetworkInformation``).
Locking the workspace or closing the app cancels a running sync: at its next
page or batch, or at once while it waits to retry an unreachable server (the
job's cancel event reaches the transport). It ends as cancelled, with nothing
shown; what was applied stays applied (each page and batch is its own
transaction, an unanswered push goes again with its idempotency key). The
Connect dialog's sign-in runs through ``start_network_job``, so the same stop
reaches it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from app.errors import FieldsalesError
from app.sync.engine import SyncEngine, SyncReport
from app.sync.errors import (
    DeviceRevokedError,
    EnrolmentRequiredError,
    ServerBusyError,
    ServerUnreachableError,
    SignInRequiredError,
    SyncCancelled,
)
from app.sync.transport import NetworkSettings
from app.views.shared.bidi import fill
from app.views.shared.formatting import error_text
from app.views.shared.workers import Cancelled, Job, Progress, start_job
from app.views.sync.sync_status import SyncState, SyncStatusProvider

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 5 * 60_000
# Smaller pull pages than the command line's 5,000: parsing a page holds the GIL
# (about 30 ms of CPU for 5,000 entries, far longer on a busy machine), which the
# Accounts filter on the GUI thread then waits for. Not much smaller: every commit
# of a page also empties the UI connection's page cache (bench/desktop_sync_bench.py).
DESKTOP_PAGE_SIZE = 2000


@contextmanager
def cancelled_as_job_cancel() -> Iterator[None]:
    """A sync cancelled through its job's event ends as a cancelled job, not a failure."""
    try:
        yield
    except SyncCancelled:
        raise Cancelled from None


class WorkspaceSyncProvider(SyncStatusProvider):
    """Runs ``SyncEngine.sync`` for the open workspace and tells the status bar."""

    sign_in_needed = Signal(str)  # the reason, fit to show
    enrolment_needed = Signal(str)
    wiped = Signal(str)
    synced = Signal(object)  # SyncReport: pages re-read what they show

    def __init__(
        self,
        workspace: Any,
        *,
        network: NetworkSettings | None = None,
        interval_ms: int = SYNC_INTERVAL_MS,
        watch_network: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.network = network or NetworkSettings()
        self._state = SyncState()
        self._job: Job | None = None
        self._network_jobs: set[Job] = set()  # sign-ins and enrolments from the dialog
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.sync_now)
        self._network_info: QNetworkInformation | None = None
        if watch_network:
            self._watch_network()
        workspace.attachments.fetch_missing = self._fetch_attachment
        self.refresh()
        self.timer.start()

    # -- SyncStatusProvider -------------------------------------------------------------

    def state(self) -> SyncState:
        return self._state

    def can_sync(self) -> bool:
        return self._state.connected and self._job is None

    def engine(self, **kwargs: Any) -> SyncEngine:
        kwargs.setdefault("page_size", DESKTOP_PAGE_SIZE)
        return SyncEngine(self.workspace, network=self.network, **kwargs)

    def refresh(self) -> None:
        """Re-read the local figures (pending changes, open issues, last sync)."""
        if self.workspace is None or self.workspace.engine is None:
            return
        status = self.engine().status()
        self._set(
            connected=status.connected and status.signed_in,
            pending_changes=status.pending,
            open_conflicts=status.open_conflicts + status.open_refused,
            last_sync=status.last_sync,
        )

    def sync_now(self) -> None:
        if self._job is not None or self.workspace is None:
            return
        self.refresh()
        if not self._state.connected:
            return

        def work(progress: Progress) -> SyncReport:
            engine = self.engine(
                progress=lambda step: progress.report(step.done, step.total, step.phase),
                cancel=progress.cancel_event,
            )
            with cancelled_as_job_cancel():
                return engine.sync()

        self._set(syncing=True, progress_done=0, progress_total=0, error=None)
        self._job = start_job(
            work,
            on_success=self._succeeded,
            on_failure=self._failed,
            on_progress=self._progressed,
            on_finished=self._finished,
        )

    def _fetch_attachment(self, attachment: Any) -> bool:
        """Download one attachment a user opened before it arrived (any thread)."""
        if not self._state.connected:
            return False
        try:
            return self.engine().fetch_attachment(attachment.id)
        except FieldsalesError as error:
            log.info("attachment %s not fetched: %s", attachment.id, type(error).__name__)
            return False

    def start_network_job(
        self,
        work: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_cancelled: Callable[[], None],
    ) -> Job:
        """Run other work that talks to the server (the Connect dialog's sign-in) so that
        ``stop`` cancels it too; ``work`` gives its engine ``progress.cancel_event``."""

        def finished() -> None:
            self._network_jobs.discard(job)

        job = start_job(
            work,
            on_success=on_success,
            on_failure=on_failure,
            on_cancelled=on_cancelled,
            on_finished=finished,
        )
        self._network_jobs.add(job)
        return job

    def stop(self) -> None:
        """Cancel a running sync (at its next batch or page, or its next retry), any
        sign-in started here, and the timer."""
        self.timer.stop()
        for job in [self._job, *self._network_jobs]:
            if job is not None:
                job.cancel()

    def running(self) -> bool:
        """A sync or a sign-in still runs (it uses the workspace: keep this object)."""
        return self._job is not None or bool(self._network_jobs)

    # -- job callbacks (GUI thread) ----------------------------------------------------

    def _progressed(self, done: int, total: int, _phase: str) -> None:
        self._set(progress_done=done, progress_total=total)

    def _succeeded(self, report: SyncReport) -> None:
        if report.reset:
            # Kept until the workspace is closed: later syncs do not make it less true.
            notice = self.tr(
                "The server was restored from a backup; this laptop sent back what it had lost."
            )
            self._set(online=True, error=None, notice=notice)
        else:
            self._set(online=True, error=None)
        self.synced.emit(report)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, DeviceRevokedError):
            self.workspace = None
            self._set(connected=False, online=True, error=error_text(error))
            self.wiped.emit(error_text(error))
            return
        if isinstance(error, (ServerUnreachableError, ServerBusyError)):
            self._set(online=False, error=error_text(error))
            return
        if isinstance(error, EnrolmentRequiredError):
            self._set(online=True, error=error_text(error))
            self.enrolment_needed.emit(error_text(error))
            return
        if isinstance(error, SignInRequiredError):
            self._set(online=True, error=error_text(error))
            self.sign_in_needed.emit(error_text(error))
            return
        if isinstance(error, FieldsalesError):
            self._set(error=error_text(error))
            return
        log.error("sync failed: %s", error)
        self._set(error=fill(self.tr("Sync failed: %1"), str(error)))

    def _finished(self) -> None:
        self._job = None
        self._set(syncing=False)
        self.refresh()

    # -- the network ------------------------------------------------------------------

    def _watch_network(self) -> None:
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except RuntimeError:  # pragma: no cover - no backend on this platform
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            return
        self._network_info = info
        info.reachabilityChanged.connect(self._reachability_changed)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online:
            self.sync_now()
        elif reachability == QNetworkInformation.Reachability.Disconnected:
            self._set(online=False)

    # -- state ------------------------------------------------------------------------

    def _set(self, **changes: Any) -> None:
        self._state = replace(self._state, **changes)
        self.changed.emit(self._state)
