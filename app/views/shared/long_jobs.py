"""Importing a CSV file and filling demo data: long work with progress and Cancel.

Both run in one transaction on the thread pool. Cancel raises inside the work at
the next progress report, the transaction rolls back, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import FieldsalesError
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.workers import Job, Progress, start_job

DEMO_ACCOUNTS = 1000


def run_with_progress(
    parent: QWidget,
    *,
    label: str,
    work: Callable[[Progress], object],
    on_done: Callable[[object], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Job:
    dialog = QProgressDialog(label, QCoreApplication.translate("LongJobs", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(done: int, total: int, _text: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def succeeded(result: object) -> None:
        dialog.close()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        text = error_text(error) if isinstance(error, FieldsalesError) else str(error)
        QMessageBox.warning(parent, label, text)

    job = start_job(
        work,
        on_success=succeeded,
        on_failure=failed,
        on_progress=progressed,
        on_cancelled=lambda: (dialog.close(), on_cancelled and on_cancelled()),
    )
    dialog.canceled.connect(job.cancel)
    dialog.show()
    return job


def import_accounts_csv(
    parent: QWidget, ctx: AppContext, path: Path, *, on_done: Callable[[object], None]
) -> Job:
    from app.services.csv_import import import_csv

    def work(progress: Progress) -> object:
        with ctx.transaction() as session:
            report = import_csv(session, "accounts", path)
            progress.check()  # cancelled while importing: roll back
            return report

    label = fill(QCoreApplication.translate("LongJobs", "Importing %1…"), path.name)
    return run_with_progress(parent, label=label, work=work, on_done=on_done)


def fill_demo_data(
    parent: QWidget,
    ctx: AppContext,
    *,
    accounts: int = DEMO_ACCOUNTS,
    on_done: Callable[[object], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Job:
    from app.services.demo import fill_demo

    def work(progress: Progress) -> object:
        def report(done: int, total: int) -> None:
            progress.check()
            progress.report(done, total)

        with ctx.transaction() as session:
            return fill_demo(
                session,
                accounts=accounts,
                device_prefix=ctx.workspace.device_prefix,
                progress=report,
            )

    label = QCoreApplication.translate("LongJobs", "Creating demo data…")
    return run_with_progress(
        parent, label=label, work=work, on_done=on_done, on_cancelled=on_cancelled
    )
