"""Produce a quote or order PDF off the GUI thread, then open it and show where it is.

The renderer (``app.reports``) builds the document from the workspace and returns
bytes; that runs on the thread pool with its own database session while a busy
dialog is shown. Cancel stops waiting and discards the result (ReportLab cannot be
interrupted half-way, and a half-written PDF is worse than none).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.errors import FieldsalesError
from app.models import Order, Quote
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.workers import Job, start_job


def renderer_available() -> bool:
    try:
        import app.reports.render  # noqa: F401
        import app.reports.sources  # noqa: F401
    except ImportError:
        return False
    return True


def render_document_pdf(ctx: AppContext, *, kind: str, number: str) -> bytes:
    """Runs on a worker thread: no widgets here, only the workspace and the renderer."""
    from app.reports.documents import Appearance
    from app.reports.render import render_pdf
    from app.reports.sources import order_document, quote_document, visit_report_document

    appearance = Appearance(language=ctx.preferences.language, calendar=ctx.preferences.calendar)
    company = ctx.preferences.preset.company
    with ctx.session() as session:
        if kind == "visit_report":
            document = visit_report_document(
                session,
                number,  # the visit id: reports have no number of their own
                company=company,
                appearance=appearance,
                read_attachment=ctx.workspace.attachments.read,
            )
        else:
            build = quote_document if kind == "quote" else order_document
            document = build(session, number, company=company, appearance=appearance)
    return render_pdf(document)


def write_atomically(path: Path, data: bytes) -> None:
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".pdf")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_document_pdf(
    parent: QWidget,
    ctx: AppContext,
    *,
    kind: str,
    document_id: str,
    target: Path | None = None,
    open_when_done: bool = True,
) -> Job | None:
    """Ask where to save (unless ``target``), render in the background, then open it."""
    if not renderer_available():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("PdfExport", "Produce PDF"),
            QCoreApplication.translate(
                "PdfExport", "PDF documents are not available in this version yet."
            ),
        )
        return None
    if kind == "visit_report":
        number = document_id
        suggested = QCoreApplication.translate("PdfExport", "visit-report")
    else:
        with ctx.session() as session:
            model = Quote if kind == "quote" else Order
            number = suggested = session.get(model, document_id).number
    if target is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("PdfExport", "Save PDF"),
            str(Path(folder) / f"{suggested}.pdf"),
            QCoreApplication.translate("PdfExport", "PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        target = Path(chosen)

    progress = QProgressDialog(
        fill(QCoreApplication.translate("PdfExport", "Producing %1…"), suggested),
        QCoreApplication.translate("PdfExport", "Cancel"),
        0,
        0,
        parent,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def work(job_progress) -> Path:
        data = render_document_pdf(ctx, kind=kind, number=number)
        job_progress.check()  # cancelled while rendering: do not write
        write_atomically(target, data)
        return target

    def done(path: Path) -> None:
        from app.views.documents.pdf_saved import show_pdf_saved

        progress.close()
        show_pdf_saved(parent, path, try_open=open_when_done)

    def failed(error: BaseException) -> None:
        progress.close()
        text = error_text(error) if isinstance(error, FieldsalesError) else str(error)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PdfExport", "Produce PDF"),
            fill(
                QCoreApplication.translate("PdfExport", "The PDF could not be produced: %1"), text
            ),
        )

    job = start_job(work, on_success=done, on_failure=failed, on_cancelled=progress.close)
    progress.canceled.connect(job.cancel)
    return job
