"""Long work off the GUI thread.

A :class:`Job` runs a plain function in QThreadPool and reports back through
signals, which Qt delivers on the GUI thread. The function never touches a
widget: it gets a :class:`Progress` to report progress and to check for
cancellation, and returns a value.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.errors import FieldsalesError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """Set on cancel: work that waits (a sync between retries) waits on it, not a sleep."""
        return self._cancel

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class JobSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.progress = Progress(self.signals)
        self._work = work
        self.setAutoDelete(False)  # the caller keeps it until finished (signals live on)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except FieldsalesError as error:
            self.signals.failed.emit(error)
        except Exception as error:  # noqa: BLE001 - reported to the user, logged in full
            log.exception("background job failed")
            self.signals.failed.emit(error)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def cancel(self) -> None:
        self.progress.cancel()


class _Relay(QObject):
    """Lives on the GUI thread, so queued signals call the callbacks there.

    Connecting a worker's signal straight to a lambda would run the lambda on the
    worker thread; a slot on a GUI-thread QObject is always called on the GUI thread.
    """

    def __init__(self, job: Job, callbacks: dict[str, Callable | None]) -> None:
        super().__init__()
        self._callbacks = callbacks
        job.signals.progress.connect(self.on_progress)
        job.signals.succeeded.connect(self.on_success)
        job.signals.failed.connect(self.on_failure)
        job.signals.cancelled.connect(self.on_cancelled)
        job.signals.finished.connect(self.on_finished)
        self._job = job

    def _call(self, name: str, *args: object) -> None:
        callback = self._callbacks.get(name)
        if callback is not None:
            callback(*args)

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, text: str) -> None:
        self._call("progress", done, total, text)

    @Slot(object)
    def on_success(self, result: object) -> None:
        self._call("success", result)

    @Slot(object)
    def on_failure(self, error: object) -> None:
        self._call("failure", error)

    @Slot()
    def on_cancelled(self) -> None:
        self._call("cancelled")

    @Slot()
    def on_finished(self) -> None:
        self._call("finished")
        _running.pop(self._job, None)


_running: dict[Job, _Relay] = {}


def start_job(
    work: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    on_finished: Callable[[], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Run ``work(progress)`` on the thread pool; callbacks run on the GUI thread."""
    job = Job(work)
    callbacks = {
        "success": on_success,
        "failure": on_failure,
        "progress": on_progress,
        "finished": on_finished,
        "cancelled": on_cancelled,
    }
    _running[job] = _Relay(job, callbacks)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def jobs_running() -> bool:
    """True while any background job started here has not finished."""
    return bool(_running)
