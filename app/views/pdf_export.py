"""Produce a quote or order PDF off the GUI thread, then save or open it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.views.context import AppContext


def export_document_pdf(parent: QWidget, ctx: AppContext, *, kind: str, document_id: str) -> None:
    # The PDF renderer (app/reports) has not landed on main yet.
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DocumentEditor", "Produce PDF"),
        QCoreApplication.translate(
            "DocumentEditor", "PDF documents are not available in this version yet."
        ),
    )
