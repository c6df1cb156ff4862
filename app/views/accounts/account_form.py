"""The account dialog, new or editing one: every problem shown under its field, nothing
saved until valid. Territory is chosen from the catalog (the server's, once synced)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.errors import FieldsalesError, ValidationError, translatable
from app.models import Account
from app.views.accounts.account_list_model import account_status_label, account_type_label
from app.views.shared.bidi import plain
from app.views.shared.context import AppContext
from app.views.shared.countries import CountryCombo
from app.views.shared.formatting import error_text
from app.views.shared.widgets import (
    FieldError,
    clear_when_edited,
    lay_out_form_dialog,
    with_error,
)

ACCOUNT_TYPES = ("prospect", "customer", "lead")
ACCOUNT_STATUSES = ("active", "inactive", "blocked")


def parse_decimal(text: str, *, field: str) -> Decimal:
    # Accept what people type: "1 500,50", "1500.50", Persian "۱۵۰۰٫۵" (Decimal reads
    # any Unicode digit; only the separators need mapping).
    cleaned = plain(text).strip()
    for separator in (" ", "\u00a0", "\u202f", "٬", "'"):
        cleaned = cleaned.replace(separator, "")
    if "," in cleaned and "." in cleaned:  # "1,500.50": the comma groups thousands
        cleaned = cleaned.replace(",", "")
    cleaned = cleaned.replace("٫", ".").replace(",", ".")
    try:
        return Decimal(cleaned or "0")
    except InvalidOperation:
        raise ValidationError(
            translatable("errors", "Enter a number, e.g. 1500.00"), field=field
        ) from None


class AccountDialog(QDialog):
    saved = Signal(str)  # the account's id

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, account_id: str | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.setWindowTitle(self.tr("Edit account") if account_id else self.tr("New account"))
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, FieldError] = {}
        form = QFormLayout()
        self._add(form, "account_number", self.tr("Account number"), QLineEdit())
        self._add(form, "name", self.tr("Name"), QLineEdit())
        kind = QComboBox()
        for value in ACCOUNT_TYPES:
            kind.addItem(account_type_label(value), value)
        self._add(form, "type", self.tr("Type"), kind)
        if account_id is not None:
            status = QComboBox()
            for value in ACCOUNT_STATUSES:
                status.addItem(account_status_label(value), value)
            self._add(form, "status", self.tr("Status"), status)
        self._add(form, "territory_id", self.tr("Territory"), QComboBox())
        self._add(form, "billing_city", self.tr("City"), QLineEdit())
        self._add(form, "billing_country", self.tr("Country"), CountryCombo(ctx.formatter.language))
        self._add(form, "phone", self.tr("Phone"), QLineEdit())
        self._add(form, "email", self.tr("E-mail"), QLineEdit())
        self._add(form, "credit_limit", self.tr("Credit limit"), QLineEdit("0"))
        self._add(form, "currency", self.tr("Currency"), QLineEdit("EUR"))
        self.general_error = FieldError()
        lay_out_form_dialog(self, form, self.general_error, minimum_width=460)
        self._load()

    def _load(self) -> None:
        """Territory choices, and the account's values when editing one."""
        from app.services.accounts import only_territory
        from app.services.server_catalog import territory_choices

        territory = self.fields["territory_id"]
        with self.ctx.session() as session:
            choices = [(t.id, t.name) for t in territory_choices(session)]
            account = session.get(Account, self.account_id) if self.account_id else None
            current = account.territory_id if account else only_territory(session)
            if account is not None and account.territory and current not in dict(choices):
                choices.append((account.territory_id, account.territory.name))
            territory.addItem(self.tr("(none)"), None)
            for territory_id, name in choices:
                territory.addItem(name, territory_id)
            territory.setCurrentIndex(max(territory.findData(current), 0))
            if account is None:
                return
            for name, widget in self.fields.items():
                value = getattr(account, name)
                if isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(widget.findData(value), 0))
                else:
                    widget.setText("" if value is None else str(value))

    def _add(self, form: QFormLayout, name: str, label: str, widget) -> None:
        widget.setObjectName(name)
        error = FieldError()
        form.addRow(label, with_error(widget, error))
        self.fields[name] = widget
        self.errors[name] = error
        clear_when_edited(widget, error)

    def value(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, CountryCombo):
            return widget.code() or ""
        return widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()

    def field_errors(self) -> list[FieldsalesError]:
        """Every field's problem at once, each checked alone by the service's rules."""
        from app.services.accounts import clean_account_values

        found = []
        for name in self.fields:
            value = self.value(name)
            try:
                if name == "credit_limit":
                    value = parse_decimal(value, field=name)
                clean_account_values({name: value if value != "" else None})
            except FieldsalesError as error:
                found.append(error)
        return found

    def save(self) -> None:
        for error in self.errors.values():
            error.clear()
        self.general_error.clear()
        if problems := self.field_errors():
            for problem in problems:
                self.errors.get(problem.field or "", self.general_error).show_error(
                    error_text(problem)
                )
            first = next((p.field for p in problems if p.field in self.fields), None)
            if first:
                self.fields[first].setFocus()
            return
        try:
            account_id = self._store()
        except FieldsalesError as error:
            target = self.errors.get(error.field or "", self.general_error)
            target.show_error(error_text(error))
            if error.field in self.fields:
                self.fields[error.field].setFocus()
            return
        self.accept()
        self.saved.emit(account_id)

    def _store(self) -> str:
        from app.services.accounts import create_account, update_account

        values = {name: self.value(name) for name in self.fields}
        values["credit_limit"] = parse_decimal(values["credit_limit"], field="credit_limit")
        values = {k: (v if v != "" else None) for k, v in values.items()}
        with self.ctx.transaction() as session:
            if self.account_id is None:
                account = create_account(session, **values)
            else:
                account = update_account(session, session.get(Account, self.account_id), **values)
            return account.id
