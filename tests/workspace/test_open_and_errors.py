"""Creating, opening and refusing to open encrypted workspaces."""

from __future__ import annotations

import pytest

from app.errors import CorruptWorkspaceError, ValidationError, WorkspaceError, WrongPassphraseError
from app.workspace import KdfParams, Workspace
from app.workspace.local_settings import get_setting
from tests.workspace.helpers import snapshot

PASSPHRASE = "test passphrase"


@pytest.fixture
def closed_workspace(workspace):
    folder = workspace.data_dir
    workspace.close()
    return folder


def test_a_created_workspace_opens_again_with_its_device_prefix(workspace):
    prefix = workspace.device_prefix
    assert len(prefix) == 8 and prefix.isalnum() and prefix.isupper() or prefix.isdigit()
    folder = workspace.data_dir
    workspace.close()
    with Workspace.open(folder, PASSPHRASE) as reopened:
        assert reopened.device_prefix == prefix
        with reopened.session() as session:
            assert get_setting(session, "device_prefix") == prefix


def test_two_workspaces_get_different_device_prefixes(tmp_path):
    prefixes = set()
    for index in range(3):
        with Workspace.create(tmp_path / str(index), PASSPHRASE, kdf=KdfParams.for_tests()) as ws:
            prefixes.add(ws.device_prefix)
    assert len(prefixes) == 3


def test_wrong_passphrase_is_refused_and_touches_no_file(closed_workspace):
    before = snapshot(closed_workspace)
    with pytest.raises(WrongPassphraseError, match="Wrong passphrase"):
        Workspace.open(closed_workspace, "not the passphrase")
    assert snapshot(closed_workspace) == before


def test_creating_over_an_existing_workspace_is_refused(closed_workspace):
    before = snapshot(closed_workspace)
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(closed_workspace, "another passphrase", kdf=KdfParams.for_tests())
    assert snapshot(closed_workspace) == before


def test_opening_an_empty_folder_says_how_to_create_one_and_creates_nothing(tmp_path):
    with pytest.raises(WorkspaceError, match="fieldsales init"):
        Workspace.open(tmp_path, PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_missing_key_file_is_named_and_never_replaced(closed_workspace):
    (closed_workspace / "workspace.key").unlink()
    with pytest.raises(CorruptWorkspaceError, match="workspace.key is missing"):
        Workspace.open(closed_workspace, PASSPHRASE)
    with pytest.raises(WorkspaceError, match="already exists"):
        Workspace.create(closed_workspace, PASSPHRASE, kdf=KdfParams.for_tests())


def test_damaged_key_file_is_named(closed_workspace):
    (closed_workspace / "workspace.key").write_text("{not json", encoding="utf-8")
    with pytest.raises(CorruptWorkspaceError, match="workspace.key is damaged"):
        Workspace.open(closed_workspace, PASSPHRASE)


def test_missing_database_is_named(closed_workspace):
    for path in closed_workspace.glob("workspace.db*"):
        path.unlink()
    with pytest.raises(CorruptWorkspaceError, match="workspace.db is missing"):
        Workspace.open(closed_workspace, PASSPHRASE)


def test_damaged_database_is_named(closed_workspace):
    for path in closed_workspace.glob("workspace.db-*"):
        path.unlink()
    database = closed_workspace / "workspace.db"
    damaged = bytearray(database.read_bytes())
    damaged[0:64] = bytes(64)
    database.write_bytes(bytes(damaged))
    with pytest.raises(CorruptWorkspaceError, match="workspace.db is damaged"):
        Workspace.open(closed_workspace, PASSPHRASE)


def test_a_short_passphrase_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValidationError, match="at least 8") as error:
        Workspace.create(tmp_path / "ws", "short", kdf=KdfParams.for_tests())
    assert error.value.field == "passphrase"
    assert not (tmp_path / "ws").exists()


def test_a_locked_workspace_refuses_new_sessions(workspace):
    workspace.close()
    with pytest.raises(WorkspaceError, match="locked"):
        workspace.session()


def test_sqlcipher_prints_nothing_on_a_wrong_key(closed_workspace, capfd):
    (closed_workspace / "workspace.key").write_text(
        (closed_workspace / "workspace.key").read_text(), encoding="utf-8"
    )
    from app.workspace.database import verify_key

    with pytest.raises(CorruptWorkspaceError):
        verify_key(closed_workspace / "workspace.db", bytes(32))
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_changes_are_stamped_with_the_workspace_user(workspace):
    from app.models import Account

    workspace.set_username("rep.anna")
    with workspace.transaction() as session:
        session.add(Account(account_number="U-1", name="Stamped", currency="EUR"))
    with workspace.session() as session:
        assert session.query(Account).one().updated_by == "rep.anna"


def test_closing_folds_the_write_ahead_log_into_the_database(workspace):
    from app.models import Account

    with workspace.transaction() as session:
        session.add(Account(account_number="W-1", name="Logged", currency="EUR"))
    folder = workspace.data_dir
    workspace.close()
    wal = folder / "workspace.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_closing_drops_every_reference_to_the_keys(workspace):
    import gc
    import weakref

    engine_ref = weakref.ref(workspace.engine)
    store_ref = weakref.ref(workspace.attachments)
    workspace.close()
    gc.collect()
    assert engine_ref() is None and store_ref() is None
