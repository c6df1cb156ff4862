"""Photos in a visit report: thumbnails, a preview, and removing a file from a draft."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from app.models import Account, Attachment
from app.views.shared.bidi import plain


@pytest.fixture
def completed_visit(desk):
    from app.services.accounts import create_account
    from app.services.visits import check_in, check_out, plan_visit

    start = datetime.now().astimezone() - timedelta(hours=2)
    with desk.workspace.transaction() as session:
        account = create_account(session, account_number="V-1", name="Oasis Hotel")
        visit = plan_visit(
            session,
            account=session.get(Account, account.id),
            planned_start=start,
            planned_end=start + timedelta(hours=1),
        )
        check_in(session, visit, now=start)
        check_out(session, visit, now=start + timedelta(minutes=50))
        return visit.id


@pytest.fixture
def photo(tmp_path):
    image = QImage(1600, 1200, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7"))
    path = tmp_path / "shelf.png"
    assert image.save(str(path))
    return path


def open_form(desk, visit_id):
    page = desk.main_window.show_page("visits")
    page.open_record(visit_id)
    return page.open_report()


def stored(desk) -> list[str]:
    with desk.workspace.session() as session:
        return list(
            session.scalars(select(Attachment.filename).where(Attachment.deleted.is_(False)))
        )


def test_photos_show_as_thumbnails_and_open_a_preview(desk, completed_visit, photo, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shelf plan")
    form = open_form(desk, completed_visit)
    form.summary.setPlainText("Shelf space doubled.")
    form.outcome.setCurrentIndex(form.outcome.findData("interested"))
    form.attach_file(photo)
    form.attach_file(notes)
    assert form.save()
    assert sorted(stored(desk)) == ["notes.txt", "shelf.png"]

    strip = form.attachments
    assert strip.count() == 2
    by_name = {plain(strip.item(i).text()): strip.item(i) for i in range(strip.count())}
    shelf = by_name["shelf.png"].data(Qt.ItemDataRole.UserRole)
    assert shelf.attachment_id is not None and shelf.image.width() == 1600  # decrypted here
    assert by_name["notes.txt"].data(Qt.ItemDataRole.UserRole).image is None  # a file icon
    thumbnail = by_name["shelf.png"].icon().pixmap(strip.iconSize())
    assert thumbnail.width() <= strip.iconSize().width()

    strip.setCurrentItem(by_name["shelf.png"])
    preview = strip.preview()
    shown = preview.image.pixmap()
    assert 0 < shown.width() <= 900 and shown.height() <= 640  # fitted, aspect kept
    assert abs(shown.width() / shown.height() - 4 / 3) < 0.01
    preview.close()
    strip.setCurrentItem(by_name["notes.txt"])
    assert strip.preview() is None  # nothing to preview for a text file


def test_remove_an_attachment_from_a_draft_but_not_once_submitted(
    desk, completed_visit, photo, tmp_path
):
    form = open_form(desk, completed_visit)
    form.summary.setPlainText("Shelf space doubled.")
    form.outcome.setCurrentIndex(form.outcome.findData("interested"))
    form.attach_file(photo)
    assert form.save()
    form.attach_file(tmp_path.joinpath("x.txt"))  # chosen, not saved yet
    assert form.attachments.count() == 2

    assert form.remove_selected() is False  # nothing chosen: says so
    assert not form.attachment_error.isHidden()
    form.attachments.setCurrentRow(1)
    assert form.remove_selected()
    assert form.pending_files == [] and form.attachments.count() == 1
    form.attachments.setCurrentRow(0)
    assert form.remove_selected()
    assert stored(desk) == [] and form.attachments.count() == 0

    form.attach_file(photo)
    assert form.submit()
    form = open_form(desk, completed_visit)
    assert not form.remove_file_button.isEnabled()  # submitted: the files stay
    from app.errors import StateError
    from app.services.attachments import remove_attachment

    with pytest.raises(StateError), desk.workspace.transaction() as session:
        remove_attachment(session, session.scalars(select(Attachment)).first())
    assert stored(desk) == ["shelf.png"]
