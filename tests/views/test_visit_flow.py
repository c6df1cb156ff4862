"""Plan a visit, check in and out, report with a photo; a sent-back report is resubmitted."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from app.models import Attachment, Visit, VisitReport
from app.views.shared.bidi import plain


@pytest.fixture
def account_id(unlocked):
    from app.services.accounts import create_account

    with unlocked.workspace.transaction() as session:
        account = create_account(session, account_number="V-1", name="Oasis Hotel", currency="AED")
        session.flush()
        return account.id


@pytest.fixture
def photo(tmp_path):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    path = tmp_path / "shelf.png"
    assert image.save(str(path))
    return path


def test_plan_check_in_out_and_report_with_photo(unlocked, account_id, photo, qtbot):
    window = unlocked.main_window
    page = window.show_page("visits")
    planner = page.create_new(account_id)
    assert plain(planner.account_label.text()) == "Oasis Hotel"
    planner.purpose.setPlainText("Quarterly review")
    planner.duration.setValue(45)
    planner.save()
    assert page.selected_id is not None
    with unlocked.workspace.session() as session:
        visit = session.get(Visit, page.selected_id)
        assert visit.status == "planned"
        assert visit.planned_end - visit.planned_start == timedelta(minutes=45)
    shown = [
        page.day_lists[c].item(i).text() for c in range(7) for i in range(page.day_lists[c].count())
    ]
    assert any("Oasis Hotel" in text for text in shown)

    assert page.check_in_button.isEnabled() and not page.check_out_button.isEnabled()
    page.check_in_button.click()
    assert page.check_out_button.isEnabled()
    page.check_out_button.click()
    form = page.report_form  # checking out opens the report form
    assert form.isVisible()

    form.submit()  # no notes yet
    assert not form.summary_error.isHidden()
    form.summary.setPlainText("Shelf space doubled; manager wants a quote for 20 pumps.")
    form.outcome.setCurrentIndex(form.outcome.findData("quote_requested"))
    form.next_steps.setPlainText("Send quote by Friday")
    form.follow_up.setChecked(True)
    form.follow_up_title.setText("Send pump quote")
    form.attach_file(photo)
    assert form.submit()

    with unlocked.workspace.session() as session:
        visit = session.get(Visit, page.selected_id)
        assert visit.status == "completed"
        report = visit.report
        assert report.submitted and report.review_state == "pending"
        assert report.follow_up_task.title == "Send pump quote"
        stored = session.scalars(select(Attachment).where(Attachment.owner_id == report.id)).one()
        assert stored.filename == "shelf.png"
        assert unlocked.workspace.attachments.read(stored) == photo.read_bytes()
    files = [p for p in (unlocked.data_dir / "attachments").rglob("*") if p.is_file()]
    assert files and all(photo.read_bytes()[:16] not in p.read_bytes() for p in files)


def test_changes_requested_report_shows_comment_and_is_resubmitted(unlocked, account_id, qtbot):
    from app.services.actor import REVIEW_REPORTS, Actor
    from app.services.visits import (
        check_in,
        check_out,
        plan_visit,
        review_report,
        submit_report,
        write_report,
    )

    now = datetime.now().astimezone()
    with unlocked.workspace.transaction() as session:
        from app.models import Account

        visit = plan_visit(
            session,
            account=session.get(Account, account_id),
            planned_start=now - timedelta(hours=2),
            planned_end=now - timedelta(hours=1),
        )
        check_in(session, visit, now=now - timedelta(hours=2))
        check_out(session, visit, now=now - timedelta(hours=1))
        report = write_report(session, visit, summary="Met the buyer.")
        submit_report(session, report)
        review_report(
            session,
            report,
            decision="request_changes",
            reviewer=Actor("maria", {REVIEW_REPORTS}),
            comment="Which products did they ask about?",
        )
        visit_id, report_id = visit.id, report.id

    page = unlocked.main_window.show_page("visits")
    page.open_record(visit_id)
    assert page.selected_id == visit_id
    form = page.open_report()
    assert not form.review_banner.isHidden()
    assert "Which products did they ask about?" in form.review_banner.text()
    assert "maria" in form.review_banner.text()
    form.summary.setPlainText("Met the buyer; asked about pumps PUMP-1 and valves.")
    form.outcome.setCurrentIndex(form.outcome.findData("interested"))
    assert form.submit()
    with unlocked.workspace.session() as session:
        report = session.get(VisitReport, report_id)
        assert report.review_state == "pending"
        assert "valves" in report.summary


def test_account_360_lists_report_photos_and_attaches_files(
    unlocked, account_id, photo, tmp_path, qtbot
):
    from app.services.visits import check_in, check_out, plan_visit, write_report

    now = datetime.now().astimezone()
    with unlocked.main_window.ctx.transaction() as session:
        from app.models import Account

        visit = plan_visit(
            session,
            account=session.get(Account, account_id),
            planned_start=now - timedelta(hours=2),
            planned_end=now - timedelta(hours=1),
        )
        check_in(session, visit, now=now - timedelta(hours=2))
        check_out(session, visit, now=now - timedelta(hours=1))
        report = write_report(session, visit, summary="Shelf photo taken.")
        unlocked.workspace.attachments.add_file(
            session, owner_entity="visit_report", owner_id=report.id, path=photo
        )

    accounts = unlocked.main_window.show_page("accounts")
    accounts.open_record(account_id)
    view = accounts.detail
    table = view.attachments
    assert table.rowCount() == 1
    assert plain(table.item(0, 0).text()) == "shelf.png"
    assert plain(table.item(0, 1).text()) == "Visit report"

    contract = tmp_path / "framework.pdf"
    contract.write_bytes(b"%PDF-1.4 framework agreement")
    view.attach(contract)
    assert view.attachment_error.isHidden()
    assert sorted(plain(table.item(r, 0).text()) for r in range(table.rowCount())) == [
        "framework.pdf",
        "shelf.png",
    ]
    row = next(
        r for r in range(table.rowCount()) if plain(table.item(r, 0).text()) == "framework.pdf"
    )
    table.selectRow(row)
    copy = view.save_attachment_copy(tmp_path / "copy.pdf")
    assert copy.read_bytes() == contract.read_bytes()
    assert view.preview_attachment() is None  # not a photo: nothing to preview
    table.selectRow(1 - row)
    preview = view.preview_attachment()  # the photo, decrypted, in a preview
    assert preview.image.pixmap().size().toTuple() == (64, 48)
    preview.close()

    view.attach(tmp_path / "missing.jpg")
    assert not view.attachment_error.isHidden()
    assert table.rowCount() == 2


def test_visit_report_pdf_includes_the_summary(unlocked, account_id, tmp_path, qtbot):
    from pypdf import PdfReader

    from app.services.visits import check_in, check_out, plan_visit, write_report

    now = datetime.now().astimezone()
    with unlocked.main_window.ctx.transaction() as session:
        from app.models import Account

        visit = plan_visit(
            session,
            account=session.get(Account, account_id),
            planned_start=now - timedelta(hours=2),
            planned_end=now - timedelta(hours=1),
        )
        check_in(session, visit, now=now - timedelta(hours=2))
        check_out(session, visit, now=now - timedelta(hours=1))
        write_report(session, visit, summary="Lobby chiller inspected")
        visit_id = visit.id
    page = unlocked.main_window.show_page("visits")
    page.open_record(visit_id)
    form = page.open_report()
    assert form.pdf_button.isEnabled()
    target = tmp_path / "report.pdf"
    form.produce_pdf(target)
    qtbot.waitUntil(target.exists, timeout=20_000)
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Lobby chiller inspected" in text
    assert "Oasis Hotel" in text
