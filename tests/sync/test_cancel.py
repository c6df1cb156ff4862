"""A sync that waits to retry an unreachable or busy server stops at once when cancelled:
no further attempt, no error, nothing half-applied, and the next sync carries on.

The server's stand-in is a loopback listener that counts connections and answers
each one the same way: hanging up (the client backs off) or 503 with a Retry-After
(the client waits as told). It is the laptop's proxy, so the real server stays
where the workspace was connected.
"""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from app.services.accounts import create_account
from app.sync.engine import SyncEngine
from app.sync.errors import SyncCancelled
from app.sync.transport import NetworkSettings
from app.workspace import KdfParams, Workspace
from tests.server.server_helpers import PASSWORD
from tests.views.conftest import make_controller, preferences, translations_cache  # noqa: F401

HANG_UP = b""
BUSY = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 30\r\nContent-Length: 0\r\n\r\n"
# Backoff after the second hang-up: 10 s (the transport's longest), far longer than
# a test needs to notice the second attempt and cancel.
LONG_BACKOFF = 5.0
PASSPHRASE = "correct horse battery"


class Attempts:
    def __init__(self) -> None:
        self.count = 0


@contextlib.contextmanager
def listener(answer: bytes) -> Iterator[tuple[str, Attempts]]:
    """``http://127.0.0.1:PORT`` answering every connection with ``answer``, and the count."""
    attempts = Attempts()
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    stopping = threading.Event()

    def serve() -> None:
        while not stopping.is_set():
            try:
                client, _address = server.accept()
            except TimeoutError:
                continue
            attempts.count += 1
            with client:
                client.settimeout(5)
                with contextlib.suppress(OSError):
                    client.recv(65536)  # the request line and headers
                    client.sendall(answer)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", attempts
    finally:
        stopping.set()
        thread.join()
        server.close()


def wait_until(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 60  # a bound for a busy machine, not a measurement
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def in_background(work: Callable[[], object]) -> tuple[threading.Thread, queue.Queue]:
    outcome: queue.Queue = queue.Queue()

    def run() -> None:
        try:
            outcome.put(work())
        except BaseException as error:  # noqa: BLE001 - handed to the test to inspect
            outcome.put(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, outcome


@pytest.mark.parametrize(
    ("answer", "attempts_before_wait"),
    [(HANG_UP, 2), (BUSY, 1)],
    ids=["backoff", "retry-after"],
)
def test_a_sync_waiting_to_retry_ends_cancelled_at_once(
    sync_world, laptops, answer, attempts_before_wait
) -> None:
    laptop = laptops()
    laptop.connect(sync_world, "anna")
    laptop.sync()
    with laptop.workspace.transaction() as session:
        create_account(session, account_number="A-1", name="Written offline")
    before = laptop.engine.status()
    assert before.pending == 1

    with listener(answer) as (proxy, attempts):
        cancel = threading.Event()
        network = NetworkSettings(proxy=proxy, backoff_factor=LONG_BACKOFF)
        engine = SyncEngine(laptop.workspace, network=network, cancel=cancel)
        thread, outcome = in_background(engine.sync)
        wait_until(lambda: attempts.count >= attempts_before_wait, "the client is waiting")
        cancel.set()
        seen = attempts.count
        thread.join(timeout=60)
        assert not thread.is_alive(), "the sync went on after it was cancelled"
        assert isinstance(outcome.get_nowait(), SyncCancelled)
        assert attempts.count == seen, "no attempt after the cancel"

    after = engine.status()
    assert after.pending == 1 and after.last_sync == before.last_sync
    report = laptop.sync()  # the real server again: the change goes up as if nothing happened
    assert report.converged and report.pushed == 1


def test_a_sign_in_waiting_to_retry_ends_cancelled_at_once(laptops) -> None:
    laptop = laptops()
    with listener(HANG_UP) as (url, attempts):
        cancel = threading.Event()
        network = NetworkSettings(backoff_factor=LONG_BACKOFF)
        engine = SyncEngine(laptop.workspace, network=network, cancel=cancel)
        thread, outcome = in_background(
            lambda: engine.connect(server_url=url, username="anna", password=PASSWORD)
        )
        wait_until(lambda: attempts.count >= 2, "the client is waiting")
        cancel.set()
        seen = attempts.count
        thread.join(timeout=60)
        assert not thread.is_alive(), "the sign-in went on after it was cancelled"
        assert isinstance(outcome.get_nowait(), SyncCancelled)
        assert attempts.count == seen
    assert not engine.status().connected


def test_closing_the_app_while_the_first_sync_waits_leaves_nothing_running(
    make_controller,  # noqa: F811 - the imported fixture
    preferences,  # noqa: F811
    sync_world,
    tmp_path,
    qtbot,
) -> None:
    from app.preset import Preset
    from app.views.shared.workers import jobs_running

    workspace = Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=KdfParams.for_tests())
    SyncEngine(workspace).connect(server_url=sync_world.url, username="anna", password=PASSWORD)
    workspace.close()

    with listener(BUSY) as (proxy, attempts):
        preferences.preset = Preset(proxy=proxy)  # the installer's proxy, the busy one
        controller = make_controller()
        controller.start()
        controller.unlock(PASSPHRASE)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15_000)
        provider = controller.sync
        qtbot.waitUntil(lambda: attempts.count >= 1, timeout=30_000)
        assert provider.running(), "the first sync waits for the busy server"
        seen = attempts.count

        controller.shutdown()
        assert not provider.running() and not jobs_running()
        assert controller.workspace is None and controller.main_window is None
        assert provider.state().error is None, "a cancelled sync is not 'unreachable'"
        assert attempts.count == seen

    reopened = Workspace.open(tmp_path / "ws", PASSPHRASE)  # closed properly: it opens
    try:
        assert SyncEngine(reopened).status().last_sync is None
    finally:
        reopened.close()


def _nothing_stored(workspace: Workspace) -> bool:
    from app.sync.connection import ACCESS_TOKEN, SERVER_URL
    from app.workspace.local_settings import get_setting

    with workspace.session() as session:
        return (
            get_setting(session, SERVER_URL) is None and get_setting(session, ACCESS_TOKEN) is None
        )


def test_closing_the_connect_dialog_while_it_waits_to_retry_stops_the_sign_in(
    tmp_path, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from app.views.shared.workers import jobs_running
    from app.views.sync.connect_dialog import ConnectDialog
    from app.views.sync.workspace_sync import WorkspaceSyncProvider

    workspace = Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=KdfParams.for_tests())
    network = NetworkSettings(backoff_factor=LONG_BACKOFF)
    provider = WorkspaceSyncProvider(workspace, network=network, watch_network=False)
    try:
        with listener(HANG_UP) as (url, attempts):
            dialog = ConnectDialog(provider, server_url=url, username="anna")
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.password.setText(PASSWORD)
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: attempts.count >= 2, timeout=60_000)
            assert not dialog.connect_button.isEnabled(), "the sign-in waits to retry"
            seen = attempts.count

            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert not dialog.isVisible()
            qtbot.waitUntil(lambda: not jobs_running(), timeout=60_000)
            assert attempts.count == seen, "no attempt after the dialog was closed"
            assert not provider.running()
            assert all(error.isHidden() for error in dialog.errors.values())
            assert dialog.connect_button.isEnabled() and dialog.busy.text() == ""
        assert _nothing_stored(workspace) and not provider.engine().status().connected
    finally:
        provider.stop()
        workspace.close()


def test_closing_the_app_while_the_connect_dialog_signs_in_leaves_nothing_running(
    make_controller,  # noqa: F811 - the imported fixture
    tmp_path,
    qtbot,
) -> None:
    from app.views.shared.workers import jobs_running

    Workspace.create(tmp_path / "ws", PASSPHRASE, kdf=KdfParams.for_tests()).close()
    with listener(HANG_UP) as (url, attempts):
        controller = make_controller()
        controller.start()
        controller.unlock(PASSPHRASE)
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15_000)
        dialog = controller.main_window.show_page("settings").open_connect_dialog()
        dialog.server_url.setText(url)
        dialog.username.setText("anna")
        dialog.password.setText(PASSWORD)
        dialog.submit()
        # The preset's retries (backoff 0, 1, 2, 4 s): the second wait has begun.
        qtbot.waitUntil(lambda: attempts.count >= 3, timeout=60_000)
        provider = controller.sync
        seen = attempts.count

        controller.shutdown()
        assert not provider.running() and not jobs_running()
        assert controller.workspace is None and controller.main_window is None
        assert attempts.count == seen, "no attempt after the app was closed"

    reopened = Workspace.open(tmp_path / "ws", PASSPHRASE)  # closed properly: it opens
    try:
        assert _nothing_stored(reopened)
    finally:
        reopened.close()
