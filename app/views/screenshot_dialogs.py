"""The dialogs of editing, searching and confirming, for ``make screenshots``.

Each screen is opened the way a user opens it and closed without saving, so the
next language finds the same data.
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from sqlalchemy import select


def _photo(folder: Path) -> Path:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#d9e7f5"))
    painter = QPainter(image)
    painter.fillRect(120, 140, 560, 320, QColor("#1a5fb4"))
    painter.fillRect(200, 220, 180, 160, QColor("#f6d32d"))
    painter.end()
    path = folder / "shelf-photo.jpg"
    image.save(str(path))
    return path


def dialog_screens(window, prefix: Path, save) -> list[Path]:
    from app.models import Account, Opportunity, PipelineStage, Quote

    written: list[Path] = []

    def shot(widget, name: str) -> None:
        widget.resize(max(widget.width(), widget.sizeHint().width()), widget.sizeHint().height())
        written.append(save(widget, Path(f"{prefix}_{name}.png")))
        widget.close()

    with window.ctx.session() as session:
        account_id = session.scalars(select(Account.id).order_by(Account.name)).first()
        opportunity_id = session.scalars(select(Opportunity.id)).first()
        lost = session.scalar(select(PipelineStage.name).where(PipelineStage.is_lost))
        draft_id = session.scalars(select(Quote.id).where(Quote.status == "draft")).first()

    accounts = window.show_page("accounts")
    accounts.open_record(account_id)
    shot(accounts.detail.edit_account(), "23_account_edit")
    pipeline = window.show_page("pipeline")
    dialog = pipeline.open_record(opportunity_id)
    if lost:
        dialog.choose_stage(lost)
    shot(dialog, "24_opportunity_lost")

    search = window.search_everything()
    search.field.setText("Haddad")
    search.search()
    search.resize(640, 520)
    written.append(save(search, Path(f"{prefix}_25_search_everything.png")))
    search.close()

    quotes = window.show_page("quotes")
    quotes.open_record(draft_id)
    quotes.editor.run_action("delete")
    written.append(save(quotes.confirmation, Path(f"{prefix}_26_delete_draft.png")))
    quotes.confirmation.close()
    written.append(save(window, Path(f"{prefix}_27_quote_draft_actions.png")))
    quotes.show_list()

    written.extend(_report_with_photo(window, prefix, save))
    return written


def _report_with_photo(window, prefix: Path, save) -> list[Path]:
    from app.models import Account, Visit
    from app.services.visits import check_in, check_out, plan_visit
    from app.views.documents.pdf_saved import PdfSavedDialog

    start = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    start -= timedelta(days=1)
    with window.ctx.transaction() as session:
        visit = session.scalar(select(Visit).where(Visit.purpose == "Screenshot visit"))
        if visit is None:
            account = session.scalars(select(Account).order_by(Account.name.desc())).first()
            visit = plan_visit(
                session,
                account=account,
                planned_start=start,
                planned_end=start + timedelta(hours=1),
                purpose="Screenshot visit",
            )
            check_in(session, visit, now=start)
            check_out(session, visit, now=start + timedelta(minutes=40))
        visit_id = visit.id
    page = window.show_page("visits")
    page.open_record(visit_id)
    written = []
    form = page.open_report()
    if form is not None:
        with tempfile.TemporaryDirectory() as folder:
            form.summary.setPlainText("Shelf photo attached.")
            form.attach_file(_photo(Path(folder)))
            written.append(save(form, Path(f"{prefix}_28_report_photos.png")))
            form.pending_files.clear()
            form.close()
    with window.ctx.session() as session:
        planned = session.scalars(select(Visit.id).where(Visit.status == "planned")).first()
    page.open_record(planned)
    box = page.confirm_cancel()
    if box is not None:
        written.append(save(box, Path(f"{prefix}_29_cancel_visit.png")))
        box.close()
    saved = PdfSavedDialog(window, Path.home() / "Documents" / "Q-0001.pdf", opened=False)
    saved.show()
    written.append(save(saved, Path(f"{prefix}_30_pdf_saved.png")))
    saved.close()
    return written
