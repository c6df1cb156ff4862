"""A report goes round: rep, manager, rep, manager, through a real server process.

Anna reports a visit with a photo on her laptop; Boss, the manager of team north,
reviews from a terminal (``fieldsales sync`` and ``fieldsales reviews``), offline
between syncs like anyone else. A manager of another team never sees the report.
"""

from __future__ import annotations

import json
import struct
import uuid
import zlib
from datetime import datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from app.cli.main import main
from app.errors import StateError
from app.models import Attachment, Territory, VisitReport
from app.services.accounts import create_account, create_contact
from app.services.review_inbox import team_inbox
from app.services.visits import (
    check_in,
    check_out,
    plan_visit,
    resubmit,
    submit_report,
    update_report,
    write_report,
)
from app.workspace import Workspace
from server.directory import create_team, create_territory, create_user
from tests.server.server_helpers import PASSWORD

PASSPHRASE = "test passphrase"


def _png(width: int, height: int) -> bytes:
    """A real PNG (grey gradient), written by hand so this module needs no Qt."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes((x + y) % 256 for x in range(width)) for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


PHOTO = _png(160, 120)


@pytest.fixture
def terminal(monkeypatch, capsys):
    monkeypatch.setenv("FIELDSALES_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDSALES_PASSWORD", PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _anna_reports_a_visit(laptop) -> tuple[str, str]:
    now = datetime.now().astimezone().replace(microsecond=0)
    with laptop.workspace.transaction() as session:
        north = session.scalar(select(Territory.id).where(Territory.name == "North"))
        account = create_account(
            session, account_number="N-1", name="Nordic Pumps", territory_id=north
        )
        buyer = create_contact(session, account=account, first_name="Olga", last_name="Ivanova")
        visit = plan_visit(
            session,
            account=account,
            planned_start=now - timedelta(hours=3),
            planned_end=now - timedelta(hours=2),
            owner="anna",
            contacts=[buyer],
        )
        check_in(session, visit, now=now - timedelta(hours=3))
        check_out(session, visit, now=now - timedelta(hours=2))
        report = write_report(
            session,
            visit,
            summary="Shelf space doubled.",
            outcome="interested",
            follow_up_title="Send pump quote",
            follow_up_due=now.date() + timedelta(days=2),
        )
        laptop.workspace.attachments.add(
            session,
            owner_entity="visit_report",
            owner_id=report.id,
            filename="shelf.png",
            media_type="image/png",
            data=PHOTO,
        )
        submit_report(session, report)
        return visit.id, report.id


def _report(laptop, report_id: str) -> VisitReport | None:
    with laptop.workspace.session() as session:
        report = session.get(VisitReport, report_id)
        if report is not None:
            session.expunge(report)
        return report


def test_a_report_is_sent_back_resubmitted_and_approved(sync_world, laptops, terminal) -> None:
    anna, boss = laptops("anna"), laptops("boss")
    anna.connect(sync_world, "anna")
    anna.sync()
    visit_id, report_id = _anna_reports_a_visit(anna)
    assert anna.sync().converged

    boss_dir = str(boss.folder)
    boss.workspace.close()
    code, _, err = terminal(
        "sync", "--data-dir", boss_dir, "--server", sync_world.url, "--username", "boss"
    )
    assert code == 0, err
    code, out, err = terminal("reviews", "list", "--json", "--data-dir", boss_dir)
    assert code == 0, err
    inbox = json.loads(out)
    [row] = inbox["reports"]
    assert (row["visit_id"], row["rep"], row["review_state"]) == (visit_id, "anna", "pending")
    assert row["account"] == "Nordic Pumps" and row["attachments"] == 1
    assert inbox["pending_by_rep"] == {"anna": 1}

    code, _, err = terminal(
        "reviews", "send-back", visit_id, "--data-dir", boss_dir, "--comment", ""
    )
    assert code == 1 and err.count("\n") == 1 and "comment" in err
    code, out, err = terminal(
        "reviews",
        "send-back",
        visit_id,
        "--comment",
        "Which pumps, how many?",
        "--data-dir",
        boss_dir,
    )
    assert code == 0, err
    assert terminal("sync", "--data-dir", boss_dir)[0] == 0

    anna.sync()
    sent_back = _report(anna, report_id)
    assert sent_back.review_state == "changes_requested"
    assert (sent_back.review_comment, sent_back.reviewed_by) == ("Which pumps, how many?", "boss")
    with anna.workspace.transaction() as session:  # a draft saved, not yet resubmitted
        report = session.get(VisitReport, report_id)
        update_report(session, report, summary="Shelf space doubled; PUMP-250 wanted.")
    assert anna.sync().converged
    assert _report(anna, report_id).review_state == "changes_requested"
    with anna.workspace.transaction() as session:
        report = session.get(VisitReport, report_id)
        update_report(session, report, summary="Shelf space doubled; 20 PUMP-250 wanted.")
        resubmit(session, report)
    assert anna.sync().converged
    assert _report(anna, report_id).review_state == "pending"

    assert terminal("sync", "--data-dir", boss_dir)[0] == 0
    code, out, _ = terminal(
        "reviews", "list", "--json", "--state", "pending", "--data-dir", boss_dir
    )
    [row] = json.loads(out)["reports"]
    assert row["visit_id"] == visit_id
    code, out, err = terminal("reviews", "approve", visit_id, "--data-dir", boss_dir)
    assert code == 0, err
    assert terminal("sync", "--data-dir", boss_dir)[0] == 0

    anna.sync()
    approved = _report(anna, report_id)
    assert (approved.review_state, approved.reviewed_by) == ("approved", "boss")
    assert "20 PUMP-250" in approved.summary
    with pytest.raises(StateError), anna.workspace.transaction() as session:
        update_report(session, session.get(VisitReport, report_id), summary="Changed later")
    with pytest.raises(StateError), anna.workspace.transaction() as session:
        session.get(VisitReport, report_id).summary = "Changed behind the service's back"
    assert "20 PUMP-250" in _report(anna, report_id).summary

    # The manager's copy: the photo arrived encrypted, and comes on demand if it went missing.
    with Workspace.open(boss.folder, PASSPHRASE) as workspace:
        with workspace.session() as session:
            photo = session.scalar(select(Attachment).where(Attachment.owner_id == report_id))
            assert team_inbox(session)[0].review_state == "approved"
        stored = workspace.attachments.path_for(photo.id)
        assert PHOTO[:64] not in stored.read_bytes()
        stored.unlink()
        from app.sync.engine import SyncEngine

        engine = SyncEngine(workspace)
        workspace.attachments.fetch_missing = lambda attachment: engine.fetch_attachment(
            attachment.id
        )
        assert workspace.attachments.read(photo) == PHOTO

    # A rep who tries to review gets one line and a non-zero exit.
    anna.workspace.close()
    code, out, err = terminal("reviews", "list", "--data-dir", str(anna.folder))
    assert code == 1 and out == "" and err.count("\n") == 1 and "manager" in err
    code, _, err = terminal("reviews", "approve", visit_id, "--data-dir", str(anna.folder))
    assert code == 1 and "manager" in err


def test_a_manager_of_another_team_never_sees_the_report(sync_world, laptops) -> None:
    with sync_world.server_session() as session:
        create_user(session, username="hugo", password=PASSWORD, role="manager")
        create_team(session, name="east", manager="hugo")
        create_territory(session, name="East", team="east")
    anna, hugo = laptops("anna"), laptops("hugo")
    anna.connect(sync_world, "anna")
    anna.sync()
    visit_id, report_id = _anna_reports_a_visit(anna)
    assert anna.sync().converged

    hugo.connect(sync_world, "hugo")
    hugo.sync()
    with hugo.workspace.session() as session:
        assert team_inbox(session) == []
        assert session.get(VisitReport, report_id) is None
    login = httpx.post(
        f"{sync_world.url}/api/v1/auth/login",
        json={"username": "hugo", "password": PASSWORD, "device_id": str(uuid.uuid4())},
    )
    headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
    review = httpx.post(
        f"{sync_world.url}/api/v1/visit-reports/{report_id}/review",
        json={"review_state": "approved", "review_comment": ""},
        headers=headers,
    )
    assert review.status_code == 404
    record = httpx.get(f"{sync_world.url}/api/v1/records/visit_report/{report_id}", headers=headers)
    assert record.status_code == 404
