"""Create or edit an opportunity, and move it along the pipeline (won, or lost with why).

The stage is chosen from the catalog's stages (the server's, once synced). A lost
stage asks for the reason right there, under the chooser; any other stage hides it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import FieldsalesError, ValidationError, translatable
from app.models import Account, Opportunity, PipelineStage
from app.views.accounts.account_form import parse_decimal
from app.views.shared.bidi import isolated, shown
from app.views.shared.context import AppContext
from app.views.shared.formatting import date_of, error_text, qdate_of, use_date_format
from app.views.shared.labels import stage_label
from app.views.shared.widgets import FieldError, lay_out_form_dialog

NO_DATE = QDate(2000, 1, 1)  # shown as "No date": the close date is optional


class OpportunityDialog(QDialog):
    saved = Signal(str)  # the opportunity's id

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        account_id: str | None = None,
        opportunity_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.opportunity_id = opportunity_id
        self.setWindowTitle(
            self.tr("Edit opportunity") if opportunity_id else self.tr("New opportunity")
        )
        self.account_label = QLabel()
        self.account_label.setObjectName("opportunityAccount")
        self.title_field = QLineEdit()
        self.title_field.setObjectName("title")
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        self.stage.currentIndexChanged.connect(self._stage_changed)
        self.lost_reason = QLineEdit()
        self.lost_reason.setObjectName("lostReason")
        self.lost_reason.setPlaceholderText(self.tr("Why the customer said no"))
        self.lost_reason_label = QLabel(self.tr("Lost because"))
        self.amount = QLineEdit("0")
        self.amount.setObjectName("amount")
        self.currency = QLineEdit()
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        self.close_date = QDateEdit()
        self.close_date.setObjectName("closeDate")
        self.close_date.setCalendarPopup(True)
        # The lists' pattern and calendar ("04/10/1448", not the locale's "4/10/1448").
        use_date_format(self.close_date, ctx.formatter)
        self.close_date.setMinimumDate(NO_DATE)
        self.close_date.setSpecialValueText(self.tr("No date"))
        self.errors = {name: FieldError() for name in ("title", "stage", "lost_reason", "amount")}
        self.errors["currency"] = FieldError()
        form = QFormLayout()
        form.addRow(self.tr("Account"), self.account_label)
        form.addRow(self.tr("Title"), self.title_field)
        form.addRow("", self.errors["title"])
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow("", self.errors["stage"])
        form.addRow(self.lost_reason_label, self.lost_reason)
        form.addRow("", self.errors["lost_reason"])
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow("", self.errors["amount"])
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow("", self.errors["currency"])
        form.addRow(self.tr("Expected close"), self.close_date)
        self.general_error = FieldError()
        lay_out_form_dialog(self, form, self.general_error, minimum_width=440)
        self._load()

    def _load(self) -> None:
        from app.services.server_catalog import stage_choices

        with self.ctx.session() as session:
            stages = stage_choices(session)
            opportunity = (
                session.get(Opportunity, self.opportunity_id) if self.opportunity_id else None
            )
            if opportunity is not None:
                self.account_id = opportunity.account_id
                if opportunity.stage not in stages:
                    stages.append(opportunity.stage)
            account = session.get(Account, self.account_id)
            self.account_label.setText(shown(account.name) if account else "")
            self._lost = {s.id for s in stages if s.is_lost}
            self._stage_ids = {s.name: s.id for s in stages}
            for stage in stages:
                self.stage.addItem(isolated(stage_label(stage.name)), stage.id)
            if opportunity is None:
                self.currency.setText(account.currency if account else "")
                self.close_date.setDate(NO_DATE)
                self._stage_changed()
                return
            self.title_field.setText(opportunity.title)
            self.stage.setCurrentIndex(max(self.stage.findData(opportunity.stage_id), 0))
            self.lost_reason.setText(opportunity.lost_reason or "")
            self.amount.setText(str(opportunity.amount))
            self.currency.setText(opportunity.currency)
            when = opportunity.expected_close_date
            self.close_date.setDate(qdate_of(when) if when else NO_DATE)
        self._stage_changed()

    def _stage_changed(self) -> None:
        lost = self.stage.currentData() in self._lost
        self.lost_reason.setVisible(lost)
        self.lost_reason_label.setVisible(lost)
        if not lost:
            self.errors["lost_reason"].clear()

    def choose_stage(self, name: str) -> None:
        """Pick a stage by its stored name or as shown (keyboard users type it; tests use it)."""
        index = self.stage.findData(self._stage_ids.get(name, object()))
        if index < 0:
            index = self.stage.findText(isolated(name))
        self.stage.setCurrentIndex(index)

    def close_day(self) -> date | None:
        chosen = self.close_date.date()
        return None if chosen == NO_DATE else date_of(chosen)

    def save(self) -> bool:
        for error in (*self.errors.values(), self.general_error):
            error.clear()
        try:
            opportunity_id = self._store()
        except FieldsalesError as error:
            self.errors.get(error.field or "", self.general_error).show_error(error_text(error))
            return False
        self.opportunity_id = opportunity_id
        self.accept()
        self.saved.emit(opportunity_id)
        return True

    def _store(self) -> str:
        from app.services.activities import (
            create_opportunity,
            move_opportunity,
            update_opportunity,
        )

        amount = parse_decimal(self.amount.text(), field="amount")
        reason = self.lost_reason.text().strip() if self.lost_reason.isVisible() else ""
        with self.ctx.transaction() as session:
            stage = session.get(PipelineStage, self.stage.currentData())
            if stage is None:
                raise ValidationError(
                    translatable("errors", "Choose a pipeline stage."), field="stage"
                )
            if self.opportunity_id is None:
                opportunity = create_opportunity(
                    session,
                    account=session.get(Account, self.account_id),
                    title=self.title_field.text(),
                    stage=stage,
                    amount=amount,
                    currency=self.currency.text(),
                    expected_close_date=self.close_day(),
                    owner=self.ctx.username,
                )
            else:
                opportunity = update_opportunity(
                    session,
                    session.get(Opportunity, self.opportunity_id),
                    title=self.title_field.text(),
                    amount=amount,
                    currency=self.currency.text(),
                    expected_close_date=self.close_day(),
                )
            if stage.id != opportunity.stage_id or stage.is_lost:
                move_opportunity(session, opportunity, stage=stage, lost_reason=reason or None)
            return opportunity.id
