"""Suite-wide set-up: Qt runs offscreen, and PostgreSQL-backed tests know where to go."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The server hashes passwords with Argon2's cheapest profile in tests. It reads this when
# ``server.security`` is first imported, and collecting tests/cli, tests/data or
# tests/packaging imports it before tests/server's own conftest could set it: the
# whole suite then paid the production cost (64 MiB, 3 passes) for every user created
# and every login, about half of a full run's time.
os.environ.setdefault("FIELDSALES_ARGON2_PROFILE", "test")

# Never read (or write) the real user's or machine's configuration: an installer's
# preset.json there would change what the app under test does.
import atexit  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402

_ISOLATED_CONFIG = tempfile.mkdtemp(prefix="fieldsales-test-config-")
atexit.register(shutil.rmtree, _ISOLATED_CONFIG, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = os.path.join(_ISOLATED_CONFIG, "user")
os.environ["XDG_CONFIG_DIRS"] = os.path.join(_ISOLATED_CONFIG, "site")

POSTGRES_URL = os.environ.get("FIELDSALES_TEST_POSTGRES_URL")


def _database_note() -> str:
    if POSTGRES_URL:
        return (
            "Server database tests ran on SQLite and on PostgreSQL "
            f"({POSTGRES_URL.rsplit('@', 1)[-1]}); end-to-end sync tests on PostgreSQL, "
            "the every_backend ones on both"
        )
    return (
        "Server database tests ran on SQLite only: FIELDSALES_TEST_POSTGRES_URL is not set, "
        "so the PostgreSQL variants were skipped and end-to-end sync tests ran on SQLite"
    )


def pytest_report_header(config) -> str:  # noqa: ARG001 - pytest hook signature
    return _database_note()


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    terminalreporter.write_line(_database_note())


import pytest  # noqa: E402


@pytest.fixture
def workspace_dir(tmp_path):
    return tmp_path / "workspace"


@pytest.fixture
def workspace(workspace_dir):
    """An open, empty encrypted workspace with cheap key derivation."""
    from app.workspace import KdfParams, Workspace

    ws = Workspace.create(workspace_dir, "test passphrase", kdf=KdfParams.for_tests())
    yield ws
    ws.close()
