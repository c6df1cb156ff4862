"""Add a contact to an account or edit one; each problem is shown under its field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.errors import FieldsalesError
from app.models import Account, Contact
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.widgets import (
    FieldError,
    clear_when_edited,
    lay_out_form_dialog,
    with_error,
)


class ContactDialog(QDialog):
    saved = Signal(str)  # the contact's id

    def __init__(
        self,
        ctx: AppContext,
        account_id: str,
        parent: QWidget | None = None,
        *,
        contact_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        for name, label in (
            ("first_name", self.tr("First name")),
            ("last_name", self.tr("Last name")),
            ("title", self.tr("Job title")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
        ):
            field = QLineEdit()
            field.setObjectName(name)
            error = FieldError()
            form.addRow(label, with_error(field, error))
            self.fields[name] = field
            self.errors[name] = error
            clear_when_edited(field, error)
        self.general_error = FieldError()
        lay_out_form_dialog(self, form, self.general_error, minimum_width=420)
        if contact_id is not None:
            with ctx.session() as session:
                contact = session.get(Contact, contact_id)
                for name, field in self.fields.items():
                    field.setText(getattr(contact, name) or "")

    def save(self) -> bool:
        from app.services.accounts import create_contact, update_contact

        for error in (*self.errors.values(), self.general_error):
            error.clear()
        values = {name: field.text().strip() or None for name, field in self.fields.items()}
        try:
            with self.ctx.transaction() as session:
                if self.contact_id is not None:
                    values["last_name"] = values["last_name"] or ""
                    contact = update_contact(
                        session, session.get(Contact, self.contact_id), **values
                    )
                else:
                    contact = create_contact(
                        session,
                        account=session.get(Account, self.account_id),
                        last_name=values.pop("last_name") or "",
                        **values,
                    )
                contact_id = contact.id
        except FieldsalesError as error:
            self.errors.get(error.field or "", self.general_error).show_error(error_text(error))
            return False
        self.accept()
        self.saved.emit(contact_id)
        return True
