"""Pipeline: opportunities by stage with counts, totals and the weighted forecast.

Totals are in one currency, converted with the synced exchange rates in force today
(as on the dashboard); the page says which rates it used and which amounts it left
out for want of a rate.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.errors import FieldsalesError
from app.models import Account, ExchangeRate, Opportunity, PipelineStage
from app.services.exchange_rates import reporting_currency
from app.services.pipeline import PipelineTotals, pipeline_by_stage
from app.views.analytics.charts import tilt_names_that_do_not_fit
from app.views.analytics.sections import rates_note
from app.views.shared.bidi import fill, isolated
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.labels import stage_label
from app.views.shared.splitter import SideBySide
from app.views.shared.widgets import FieldError, PageTitle, RecordTable

MAX_STAGE_TABLE_WIDTH = 600  # leaves the opportunities and their buttons 470 at 1280


class PipelinePage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext, *, today: date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.new_button = QPushButton(self.tr("New opportunity…"))
        self.new_button.clicked.connect(self.create_new)
        self.currency = QComboBox()
        self.currency.setObjectName("pipelineCurrency")
        self.currency.currentIndexChanged.connect(self._show)
        self.forecast = QLabel()
        self.forecast.setObjectName("forecast")
        font = self.forecast.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.forecast.setFont(font)
        self.rates = QLabel()
        self.rates.setObjectName("pipelineRates")
        self.rates.setWordWrap(True)
        self.rates.setStyleSheet("color: #555;")
        self.table = RecordTable(
            [
                self.tr("Stage"),
                self.tr("Probability"),
                self.tr("Opportunities"),
                self.tr("Total"),
                self.tr("Weighted"),
            ]
        )
        self.table.setObjectName("pipelineTable")
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        # Axis figures in the user's digits (Persian ۱۲۳, not 123).
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(ctx.formatter.locale)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.plotAreaChanged.connect(lambda _area: tilt_names_that_do_not_fit(self.chart))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Pipeline")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Currency")))
        top.addWidget(self.currency)
        top.addSpacing(12)
        top.addWidget(self.new_button)
        self.opportunities = RecordTable(
            [self.tr("Opportunity"), self.tr("Account"), self.tr("Amount"), self.tr("Close date")]
        )
        self.opportunities.setObjectName("stageOpportunities")
        self.opportunities.itemActivated.connect(lambda _item: self.edit_selected())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editOpportunity")
        self.edit_button.clicked.connect(self.edit_selected)
        self.account_button = QPushButton(self.tr("Open account"))
        self.account_button.clicked.connect(self._open_account)
        self.move_stage = QComboBox()
        self.move_stage.setObjectName("moveStage")
        self.lost_reason = QLineEdit()
        self.lost_reason.setPlaceholderText(self.tr("Reason, when moving to a lost stage"))
        self.lost_reason.setToolTip(self.lost_reason.placeholderText())  # cut when narrow
        self.move_button = QPushButton(self.tr("Move to stage"))
        self.move_button.clicked.connect(self.move_selected)
        self.move_error = FieldError()
        self._account_of: dict[str, str] = {}
        self.table.currentCellChanged.connect(lambda *_: self._show_stage())
        mover = QHBoxLayout()
        mover.addWidget(self.move_stage, 1)
        mover.addWidget(self.lost_reason, 1)
        mover.addWidget(self.move_button)
        mover.addWidget(self.edit_button)
        mover.addWidget(self.account_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.opportunities, 1)
        detail_layout.addLayout(mover)
        detail_layout.addWidget(self.move_error)
        lower = SideBySide()
        lower.addWidget(self.table)
        lower.addWidget(detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.forecast)
        layout.addWidget(self.rates)
        layout.addWidget(splitter, 1)

    def _day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        # Any currency an opportunity or a rate names; the reporting currency first time.
        with self.ctx.session() as session:
            default = reporting_currency(session)
            currencies = {default}
            currencies.update(
                session.scalars(
                    select(Opportunity.currency).distinct().where(Opportunity.deleted.is_(False))
                )
            )
            live_rates = ExchangeRate.deleted.is_(False)
            currencies.update(
                session.scalars(select(ExchangeRate.from_currency).distinct().where(live_rates))
            )
            currencies.update(
                session.scalars(select(ExchangeRate.to_currency).distinct().where(live_rates))
            )
        current = self.currency.currentData() or default
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in sorted(c for c in currencies if c):
            self.currency.addItem(code, code)
        index = self.currency.findData(current)
        self.currency.setCurrentIndex(max(index, 0))
        self.currency.blockSignals(False)
        self._show()

    def _show(self) -> None:
        currency = self.currency.currentData()
        if currency is None:
            return
        fmt = self.ctx.formatter
        with self.ctx.session() as session:
            totals = pipeline_by_stage(session, currency=currency, today=self._day())
        self.totals: PipelineTotals = totals
        stages = totals.stages
        self.table.set_rows(
            [
                (
                    s.stage_id,
                    [
                        stage_label(s.name),
                        fmt.percent(s.probability),
                        fmt.number(s.count),
                        fmt.money(s.total, currency),
                        fmt.money(s.weighted, currency),
                    ],
                )
                for s in stages
            ],
            right_aligned={1, 2, 3, 4},
        )
        # The stages are the page's subject: all their figures show, the
        # opportunities beside them take what is left.
        self.table.setMinimumWidth(min(self.table.natural_width(), MAX_STAGE_TABLE_WIDTH))
        open_stages = totals.open_stages
        forecast = sum((s.weighted for s in open_stages), Decimal(0))
        open_total = sum((s.total for s in open_stages), Decimal(0))
        self.forecast.setText(
            fill(
                self.tr("Weighted forecast: %1 (open pipeline %2)"),
                fmt.money(forecast, currency),
                fmt.money(open_total, currency),
            )
        )
        self.rates.setText(rates_note(fmt, totals.rates, totals.missing))
        self.rates.setHidden(not self.rates.text())
        self._draw(stages, currency)
        self.move_stage.clear()
        for stage in stages:
            self.move_stage.addItem(isolated(stage_label(stage.name)), stage.stage_id)
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 0)
        self._show_stage()

    def _show_stage(self) -> None:
        # Every opportunity of the stage, each in its own currency.
        stage_id = self.table.current_id()
        if stage_id is None:
            self.opportunities.set_rows([])
            return
        fmt = self.ctx.formatter
        with self.ctx.session() as session:
            rows = session.execute(
                select(Opportunity, Account.name)
                .join(Account, Account.id == Opportunity.account_id)
                .where(
                    Opportunity.stage_id == stage_id,
                    Opportunity.deleted.is_(False),
                )
                .order_by(Opportunity.expected_close_date)
                .limit(500)
            ).all()
            self._account_of = {o.id: o.account_id for o, _name in rows}
            self.opportunities.set_rows(
                [
                    (
                        o.id,
                        [
                            o.title,
                            name,
                            fmt.money(o.amount, o.currency),
                            fmt.date(o.expected_close_date),
                        ],
                    )
                    for o, name in rows
                ],
                right_aligned={2},
            )

    def _open_account(self) -> None:
        if (opportunity_id := self.opportunities.current_id()) in self._account_of:
            self.navigate.emit("accounts", self._account_of[opportunity_id])

    def create_new(self):
        """Ctrl+Shift+… from the New menu and the page's button: pick the account first."""
        from app.views.accounts.account_chooser import AccountChooser

        chooser = AccountChooser(self.ctx, self)
        chooser.accepted.connect(lambda: self.open_dialog(account_id=chooser.account_id()))
        chooser.open()
        return chooser

    def edit_selected(self):
        if (opportunity_id := self.opportunities.current_id()) is None:
            self.move_error.show_error(self.tr("Choose an opportunity first."))
            return None
        return self.open_dialog(opportunity_id=opportunity_id)

    def open_record(self, opportunity_id: str):
        """Global search opens an opportunity here."""
        self.refresh()
        return self.open_dialog(opportunity_id=opportunity_id)

    def open_dialog(self, *, account_id: str | None = None, opportunity_id: str | None = None):
        from app.views.pipeline.opportunity_form import OpportunityDialog

        dialog = OpportunityDialog(
            self.ctx, self, account_id=account_id, opportunity_id=opportunity_id
        )
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        self.opportunity_dialog = dialog
        return dialog

    def move_selected(self) -> bool:
        from app.services.activities import move_opportunity

        self.move_error.clear()
        opportunity_id = self.opportunities.current_id()
        if opportunity_id is None:
            self.move_error.show_error(self.tr("Choose an opportunity first."))
            return False
        try:
            with self.ctx.transaction() as session:
                move_opportunity(
                    session,
                    session.get(Opportunity, opportunity_id),
                    stage=session.get(PipelineStage, self.move_stage.currentData()),
                    lost_reason=self.lost_reason.text().strip() or None,
                )
        except FieldsalesError as error:
            self.move_error.show_error(error_text(error))
            return False
        self.lost_reason.clear()
        self._show()
        return True

    def _draw(self, stages, currency: str) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        total_set = QBarSet(self.tr("Total"))
        total_set.setColor(QColor("#8fb3e0"))
        weighted_set = QBarSet(self.tr("Weighted"))
        weighted_set.setColor(QColor("#1a5fb4"))
        # A right-to-left reader starts on the right: first stage there, values axis too.
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        ordered = list(reversed(stages)) if right_to_left else list(stages)
        for stage in ordered:
            total_set.append(float(stage.total))
            weighted_set.append(float(stage.weighted))
        series = QBarSeries()
        series.append(total_set)
        series.append(weighted_set)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([stage_label(s.name) for s in ordered])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(currency)
        top = max((float(s.total) for s in stages), default=0.0)
        values.setRange(0, top * 1.1 if top else 1)
        values.applyNiceNumbers()
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(
            values, Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("Opportunities by stage"))
        tilt_names_that_do_not_fit(self.chart)
