"""A workspace made by the first release opens in today's code, upgraded, with a backup."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Account, Attachment, Contact
from app.services.search import search_account_ids
from app.sync.tables import OutboxEntry
from app.workspace import Workspace
from app.workspace.migrations import current_revision, head_revision

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "workspace-rev0002"
PASSPHRASE = "fixture passphrase rev 0002"


@pytest.fixture
def old_workspace(tmp_path) -> Path:
    folder = tmp_path / "old"
    shutil.copytree(FIXTURE, folder)
    return folder


def test_old_workspace_is_upgraded_to_the_newest_schema_keeping_its_data(old_workspace):
    original_bytes = (old_workspace / "workspace.db").read_bytes()
    with Workspace.open(old_workspace, PASSPHRASE) as workspace:
        assert current_revision(workspace.engine) == head_revision() != "0002"
        assert workspace.device_prefix == "FIXTURE2"
        # The backup is the untouched old database, still encrypted.
        assert workspace.last_backup is not None
        assert workspace.last_backup.read_bytes() == original_bytes
        assert b"Altbau" not in workspace.last_backup.read_bytes()
        with workspace.session() as session:
            account = session.get(Account, "acc-1")
            assert account.name == "Altbau Baustoffe GmbH"
            assert str(account.open_balance) == "1250.50"
            assert session.get(Contact, "con-1").last_name == "Vorgänger"
            attachment = session.get(Attachment, "att-1")
            assert workspace.attachments.read(attachment) == b"photo taken with the first release"
            # Revision 0003 indexed the rows that were already there.
            assert search_account_ids(session, "altbau") == ["acc-1"]
            assert search_account_ids(session, "greta") == ["acc-1"]
            assert search_account_ids(session, "البناء") == ["acc-2"]
            # Revision 0005 queued what the workspace held, so a first sync pushes it,
            # and dropped the unique constraints without losing the search triggers.
            queued = set(session.execute(select(OutboxEntry.entity, OutboxEntry.record_id)))
            assert {("account", "acc-1"), ("contact", "con-1"), ("attachment", "att-1")} <= queued
            session.get(Account, "acc-1").name = "Neubau Baustoffe GmbH"
            session.flush()
            assert search_account_ids(session, "neubau") == ["acc-1"]


def test_opening_an_upgraded_workspace_again_takes_no_second_backup(old_workspace):
    Workspace.open(old_workspace, PASSPHRASE).close()
    with Workspace.open(old_workspace, PASSPHRASE) as workspace:
        assert workspace.last_backup is None
    assert len(list((old_workspace / "backups").iterdir())) == 1
