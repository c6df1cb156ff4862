"""File → Export to CSV: choose which records, then where; runs off the GUI thread.

Files are written for spreadsheets (a byte-order mark, so Excel shows Arabic,
Persian and Cyrillic names), with the columns of the CLI's ``fieldsales export``.
An export leaves the encrypted workspace, so the dialog says so before anyone
chooses a folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.services.csv_export import EXPORT_KINDS
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.long_jobs import run_with_progress
from app.views.shared.workers import Job, Progress


def kind_label(kind: str) -> str:
    labels = {
        "accounts": QCoreApplication.translate("CsvExport", "Accounts"),
        "contacts": QCoreApplication.translate("CsvExport", "Contacts"),
        "products": QCoreApplication.translate("CsvExport", "Products"),
        "prices": QCoreApplication.translate("CsvExport", "Price lists"),
        "visits": QCoreApplication.translate("CsvExport", "Visits and reports"),
        "quotes": QCoreApplication.translate("CsvExport", "Quotes (one row per line)"),
        "orders": QCoreApplication.translate("CsvExport", "Orders (one row per line)"),
        "contracts": QCoreApplication.translate("CsvExport", "Contracts"),
    }
    return labels[kind]


class CsvExportDialog(QDialog):
    """Emits ``exported(count, path)`` once the file is complete."""

    exported = Signal(int, object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Export to CSV"))
        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        for kind in EXPORT_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        form = QFormLayout()
        form.addRow(self.tr("Export"), self.kind)
        warning = QLabel(
            self.tr(
                "The file is not encrypted: it holds customer data in plain text. "
                "Keep it somewhere safe and delete it when you no longer need it."
            )
        )
        warning.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def suggested_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder or Path.home()) / f"{self.kind.currentData()}-{date.today()}.csv"

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to CSV"), str(self.suggested_path()), self.tr("CSV files (*.csv)")
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> Job:
        from app.services.csv_export import export_csv

        kind = self.kind.currentData()

        def work(progress: Progress) -> int:
            with self.ctx.session() as session:
                return export_csv(
                    session, kind, path, excel=True, progress=lambda _rows: progress.check()
                )

        def done(count: object) -> None:
            self.exported.emit(count, path)
            self.accept()

        label = fill(self.tr("Exporting %1…"), kind_label(kind))
        self.job = run_with_progress(self, label=label, work=work, on_done=done)
        return self.job
