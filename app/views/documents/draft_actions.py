"""What the Quotes and Orders pages do with drafts: delete (asked, undoable), duplicate,
and quietly drop a "New" draft the rep left without putting anything in it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.errors import FieldsalesError
from app.views.shared.bidi import fill, left_to_right, plain
from app.views.shared.confirm import ask_to_confirm
from app.views.shared.formatting import error_text

if TYPE_CHECKING:
    from app.views.documents.documents_page import DocumentsPage


def discard_abandoned(page: DocumentsPage) -> bool:
    """The draft "New" made, if still empty, goes away when the rep leaves it."""
    from app.services.quote_drafts import discard_if_untouched

    fresh, page._fresh_id = page._fresh_id, None
    if fresh is None or page.ctx.workspace is None:
        return False
    with page.ctx.transaction() as session:
        document = session.get(page.model, fresh)
        return document is not None and discard_if_untouched(session, document)


def duplicate_current(page: DocumentsPage) -> str | None:
    """A new draft with the open quote's lines, opened in the editor."""
    from app.services.quote_drafts import duplicate_quote

    page.editor.action_error.clear()
    try:
        with page.ctx.transaction() as session:
            copy = duplicate_quote(
                session,
                session.get(page.model, page.editor.document_id),
                device_prefix=page.ctx.workspace.device_prefix,
                issue_date=date.today(),
            )
            copy_id = copy.id
    except FieldsalesError as error:
        page.editor.action_error.show_error(error_text(error))
        return None
    page.open_record(copy_id)
    return copy_id


def confirm_delete(page: DocumentsPage) -> QMessageBox:
    number = plain(page.editor.title.text())  # the number, without the label's marks
    quote = page.kind == "quote"
    return ask_to_confirm(
        page,
        title=QCoreApplication.translate("DraftActions", "Delete draft"),
        question=fill(
            QCoreApplication.translate("DraftActions", "Delete draft quote %1?")
            if quote
            else QCoreApplication.translate("DraftActions", "Delete draft order %1?"),
            left_to_right(number),
        ),
        confirm_text=QCoreApplication.translate("DraftActions", "Delete"),
        keep_text=QCoreApplication.translate("DraftActions", "Keep"),
        on_confirm=lambda: delete_current(page),
    )


def delete_current(page: DocumentsPage) -> bool:
    """Delete the open draft, go back to the list, and offer to undo."""
    from app.services.quote_drafts import delete_draft, restore_draft

    document_id = page.editor.document_id
    page.editor.action_error.clear()
    try:
        with page.ctx.transaction() as session:
            document = session.get(page.model, document_id)
            number = document.number
            line_ids = delete_draft(session, document)
    except FieldsalesError as error:
        page.editor.action_error.show_error(error_text(error))
        return False
    if page._fresh_id == document_id:
        page._fresh_id = None

    def undo() -> None:
        with page.ctx.transaction() as session:
            restore_draft(session, session.get(page.model, document_id), line_ids=line_ids)
        page.refresh()

    page.show_list()
    page.undo_bar.offer(
        fill(
            QCoreApplication.translate("DraftActions", "Draft %1 deleted."), left_to_right(number)
        ),
        undo,
    )
    return True
