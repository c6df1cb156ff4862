"""A hard crash of the desktop app leaves a traceback in the log folder (issue 12)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from app.crash_log import crash_reports


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "FIELDSALES_LOG_DIR": str(tmp_path / "logs"),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_real_desktop_entry_point_writes_an_abort_into_the_log_folder(tmp_path):
    result = _run(
        f"""
        import os
        from pathlib import Path
        from PySide6.QtCore import QTimer
        import app.views.app_main as app_main

        real = app_main.create_application

        def abort_once_running(*args):
            application = real(*args)
            QTimer.singleShot(200, os.abort)  # the crash: mid-event-loop, like the report
            return application

        app_main.create_application = abort_once_running
        app_main.run_desktop(data_dir=Path({str(tmp_path / "ws")!r}))
        """,
        tmp_path,
    )
    assert result.returncode != 0
    [report] = crash_reports(tmp_path / "logs")
    text = report.read_text()
    assert "Fatal Python error: Aborted" in text
    assert "run_desktop" in text  # the stack of the main thread, down to our entry point


def test_a_clean_exit_leaves_no_report_and_the_next_start_tidies_up(tmp_path):
    start = """
        import faulthandler
        from app.views.app_main import prepare_desktop_process

        path = prepare_desktop_process()
        assert faulthandler.is_enabled()
        print(path)
        """
    first = _run(start, tmp_path)
    assert first.returncode == 0, first.stderr
    assert crash_reports(tmp_path / "logs") == []
    left = Path(first.stdout.strip())
    assert left.exists() and left.stat().st_size == 0  # the handler stayed on to the end

    second = _run(start, tmp_path)
    assert second.returncode == 0, second.stderr
    assert not left.exists()
    assert [p.name for p in (tmp_path / "logs").iterdir()] == [Path(second.stdout.strip()).name]


def test_a_crash_during_teardown_is_reported_too(tmp_path):
    result = _run(
        """
        import atexit, os
        from app.crash_log import install_crash_log

        install_crash_log()
        atexit.register(os.abort)  # dies after main returned, while Python shuts down
        """,
        tmp_path,
    )
    assert result.returncode != 0
    [report] = crash_reports(tmp_path / "logs")
    assert "Fatal Python error: Aborted" in report.read_text()


def test_a_segfault_in_a_worker_thread_is_reported_with_every_thread(tmp_path):
    result = _run(
        """
        import ctypes, threading
        from app.crash_log import install_crash_log

        install_crash_log()

        def crash_here():
            ctypes.string_at(0)

        thread = threading.Thread(target=crash_here, name="worker")
        thread.start()
        thread.join()
        """,
        tmp_path,
    )
    assert result.returncode != 0
    [report] = crash_reports(tmp_path / "logs")
    text = report.read_text()
    assert "Segmentation fault" in text
    assert "crash_here" in text


def test_the_desktop_tears_qt_down_before_python_exits(tmp_path):
    """A window closed: the entry point waits for background jobs, gives Qt's messages
    back to Qt and destroys the application before the interpreter finalises, so no Qt
    teardown runs inside a half-finalised Python (where it died silently, issue 12)."""
    result = _run(
        f"""
        import time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication, QTimer, qInstallMessageHandler
        import app.views.app_main as app_main
        from app.views.shared.workers import start_job

        real = app_main.create_application
        finished = []

        def quit_with_a_job_running(*args):
            application = real(*args)

            def leave():
                # A job still at work when the window closes, like a sync or a preview.
                start_job(lambda _progress: time.sleep(0.5), on_success=finished.append)
                application.quit()

            QTimer.singleShot(300, leave)
            return application

        app_main.create_application = quit_with_a_job_running
        code = app_main.run_desktop(data_dir=Path({str(tmp_path / "ws")!r}))
        assert code == 0, code
        assert QCoreApplication.instance() is None, "the application is left to Python's exit"
        assert finished == [None], "the job's result was delivered before teardown"
        assert qInstallMessageHandler(None) is None, "a Python message handler outlives Qt"
        print("clean")
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "clean"
    assert crash_reports(tmp_path / "logs") == []
