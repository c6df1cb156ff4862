"""Ask before a destructive action; the question names what will happen.

The box is opened window-modal and answered through signals (``open``, never
``exec``), so the event loop keeps running and tests can answer it like a user.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_confirm(
    parent: QWidget,
    *,
    title: str,
    question: str,
    confirm_text: str,
    keep_text: str,
    on_confirm: Callable[[], object],
) -> QMessageBox:
    """A question with two named buttons; the safe one is the default (Enter keeps)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, question, parent=parent)
    box.setObjectName("confirmation")
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.DestructiveRole)
    confirm.setObjectName("confirmButton")
    keep = box.addButton(keep_text, QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keepButton")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def answered(_button) -> None:
        if box.clickedButton() is confirm:
            on_confirm()

    box.buttonClicked.connect(answered)
    box.open()
    return box
