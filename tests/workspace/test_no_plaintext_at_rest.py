"""Customer data never reaches the disk in plaintext: database, WAL or attachments."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.models import Account, Visit, VisitReport
from app.workspace import Workspace

MARKER = "ZEBRA-7731-PLAINTEXT-MARKER"


def _raw_hits(folder: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits.extend(f"{path.name}: {needle!r}" for needle in needles if needle in data)
    return hits


def _write_marked_records(workspace: Workspace) -> None:
    start = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    with workspace.transaction() as session:
        account = Account(
            account_number="M-1", name=f"Account {MARKER}", type="customer", currency="EUR"
        )
        session.add(account)
        session.flush()
        visit = Visit(
            account_id=account.id,
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            status="completed",
            purpose=f"Visit note {MARKER}",
        )
        session.add(visit)
        session.flush()
        session.add(VisitReport(visit_id=visit.id, summary=f"Report {MARKER}", outcome="positive"))
        workspace.attachments.add(
            session,
            owner_entity="visit",
            owner_id=visit.id,
            filename="shelf-photo.txt",
            media_type="text/plain",
            data=f"Photo caption {MARKER}".encode(),
        )


def test_marker_is_nowhere_in_the_folder_while_open_and_after_close(workspace):
    needles = [
        MARKER.encode("utf-8"),
        MARKER.encode("utf-16-le"),
        MARKER.encode("utf-16-be"),
    ]
    _write_marked_records(workspace)
    folder = workspace.data_dir
    # While open, the write-ahead log holds the newest pages: scan it too.
    assert any(path.name.endswith("-wal") for path in folder.iterdir())
    assert _raw_hits(folder, needles) == []
    workspace.close()
    assert _raw_hits(folder, needles) == []

    # And the data really is there, behind the passphrase.
    with Workspace.open(folder, "test passphrase") as reopened, reopened.session() as session:
        account = session.query(Account).one()
        assert MARKER in account.name
        from app.models import Attachment

        attachment = session.query(Attachment).one()
        assert MARKER.encode() in reopened.attachments.read(attachment)
