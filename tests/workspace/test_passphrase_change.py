"""Changing the passphrase re-wraps the key atomically; a crash leaves one that works."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from app.errors import WrongPassphraseError
from app.workspace import KdfParams, Workspace, change_passphrase
from app.workspace.local_settings import get_setting, set_setting

OLD, NEW = "old passphrase", "new passphrase"


@pytest.fixture
def folder(tmp_path):
    with Workspace.create(tmp_path / "ws", OLD, kdf=KdfParams.for_tests()) as workspace:
        with workspace.transaction() as session:
            set_setting(session, "marker", "kept across passphrase changes")
    return tmp_path / "ws"


def test_new_passphrase_opens_and_old_one_no_longer_does(folder):
    database_before = (folder / "workspace.db").read_bytes()
    change_passphrase(folder, OLD, NEW)
    # The data key is re-wrapped, not changed: the database file is not rewritten.
    assert (folder / "workspace.db").read_bytes() == database_before
    with pytest.raises(WrongPassphraseError):
        Workspace.open(folder, OLD)
    with Workspace.open(folder, NEW) as workspace, workspace.session() as session:
        assert get_setting(session, "marker") == "kept across passphrase changes"


def test_change_with_a_wrong_current_passphrase_changes_nothing(folder):
    key_before = (folder / "workspace.key").read_bytes()
    with pytest.raises(WrongPassphraseError):
        change_passphrase(folder, "not it at all", NEW)
    assert (folder / "workspace.key").read_bytes() == key_before


def test_crash_before_the_rename_leaves_the_old_passphrase_working(folder, monkeypatch):
    def crash(*args, **kwargs):
        raise OSError("power cut")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        change_passphrase(folder, OLD, NEW)
    monkeypatch.undo()
    assert (folder / "workspace.key.tmp").exists()  # the half-done new file is ignored
    Workspace.open(folder, OLD).close()
    change_passphrase(folder, OLD, NEW)  # and a retry succeeds
    Workspace.open(folder, NEW).close()


@pytest.mark.parametrize("kill_after", [0.0, 0.011, 0.029, 0.063])
def test_killing_a_process_in_the_middle_of_changes_leaves_one_passphrase_working(
    folder, kill_after
):
    # A separate process flips the passphrase back and forth as fast as it can; we kill
    # it at an arbitrary moment, as a power cut would, and one of the two must work.
    script = textwrap.dedent(
        f"""
        from app.workspace import KdfParams, change_passphrase
        passphrases = [{OLD!r}, {NEW!r}]
        for index in range(10_000):
            change_passphrase({str(folder)!r}, passphrases[index % 2], passphrases[(index + 1) % 2],
                              kdf=KdfParams(memory_kib=8192, iterations=1, lanes=1))
            if index == 0:
                print("changing", flush=True)
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script], cwd=os.getcwd(), stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline() == "changing\n"  # it is in the middle of its work now
    time.sleep(kill_after)
    process.send_signal(signal.SIGKILL)
    process.wait()
    working = []
    for candidate in (OLD, NEW):
        try:
            Workspace.open(folder, candidate).close()
            working.append(candidate)
        except WrongPassphraseError:
            pass
    assert len(working) == 1
