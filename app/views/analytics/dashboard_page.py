"""Dashboard: the team's (or the rep's own) pipeline, forecast and activity.

A manager sees the whole team or picks one rep; a rep sees their own records only.
Every chart has its table beside it; every table exports to CSV, and the whole
dashboard to a PDF in the user's language and calendar.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.errors import FieldsalesError
from app.models import ExchangeRate, Opportunity
from app.services.dashboard import DEFAULT_IDLE_DAYS, Dashboard, build_dashboard, team_members
from app.services.exchange_rates import reporting_currency, set_reporting_currency
from app.views.analytics import charts
from app.views.analytics.chart_legend import legend_label
from app.views.analytics.section_table import SectionTable
from app.views.analytics.sections import Section, all_sections, rep_name
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.formatting import error_text
from app.views.shared.splitter import SideBySide
from app.views.shared.widgets import FieldError, PageTitle
from app.workspace.local_settings import get_setting, set_setting

IDLE_DAYS_SETTING = "dashboard_idle_days"
CHARTED = ("pipeline", "visits")
MAX_TABLE_WIDTH = 620  # beside a chart at least 420 wide, in a 1280-pixel window


def is_manager(ctx: AppContext) -> bool:
    """Managers (and a workspace never connected) see the team; a rep their own."""
    return viewer(ctx)[0]


def viewer(ctx: AppContext) -> tuple[bool, str]:
    """(sees the team?, whose records are "mine"): the server's username once connected,
    since that is what the records' owner fields hold."""
    from app.sync.connection import load_connection

    with ctx.session() as session:
        connection = load_connection(session)
    if connection is None:
        return True, ctx.username
    return connection.role in ("manager", "admin"), connection.username or ctx.username


class SectionPanel(QWidget):
    """One section: its chart (if it has one) beside its table, and a CSV button.

    The table's columns are sized and the chart drawn when the panel is first shown
    (:meth:`make_ready`), not when the figures arrive: a manager opening the
    dashboard looks at one tab, and the others wait until they are picked.
    """

    export_requested = Signal(str)

    def __init__(self, key: str, with_chart: bool) -> None:
        super().__init__()
        self.key = key
        self.note = QLabel()
        self.note.setObjectName(f"{key}Note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.table = SectionTable()
        self.table.setObjectName(f"{key}Table")
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.setObjectName(f"{key}Csv")
        self.csv_button.clicked.connect(lambda: self.export_requested.emit(self.key))
        self.chart_holder: QWidget | None = None
        self._make_chart: Callable[[], QChart] | None = None
        body = SideBySide()
        if with_chart:
            self.chart_holder = QWidget()
            QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
            body.addWidget(self.chart_holder)
        body.addWidget(self.table)
        if with_chart:
            self.chart_holder.setMinimumWidth(420)
            body.setStretchFactor(0, 3)
            body.setStretchFactor(1, 2)
            body.setSizes([600, 400])
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(body, 1)

    def show_section(
        self, section: Section, make_chart: Callable[[], QChart] | None = None
    ) -> None:
        """Hand the figures over; the columns and the chart follow in make_ready."""
        self.table.show_section(section)
        self.note.setText(section.note)
        self._make_chart = make_chart

    def make_ready(self) -> None:
        """Size the table and draw the chart, once per set of figures."""
        if not self.table.sized:
            natural = self.table.size_columns()
            if self.chart_holder is not None:
                # Beside a chart the table must not be narrower than its columns: its
                # text column stretches, and squeezed it showed Russian stage names
                # as "…".
                chrome = (
                    2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
                )
                self.table.setMinimumWidth(min(natural + chrome, MAX_TABLE_WIDTH))
        if self._make_chart is not None:
            self.show_chart(self._make_chart())
            self._make_chart = None

    def show_chart(self, chart: QChart) -> None:
        layout = self.chart_holder.layout()
        while layout.count():
            old = layout.takeAt(0).widget()
            old.deleteLater()
        view = charts.chart_view(chart)
        view.setObjectName(f"{self.key}Chart")
        legend = legend_label(chart)
        legend.setObjectName(f"{self.key}Legend")
        layout.addWidget(view, 1)
        layout.addWidget(legend)


class DashboardPage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext, *, today: date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.today = today
        self.manager, self.me = viewer(ctx)
        self.board: Dashboard | None = None
        self.sections: dict[str, Section] = {}
        self.rep = QComboBox()
        self.rep.setObjectName("dashboardRep")
        self.currency = QComboBox()
        self.currency.setObjectName("dashboardCurrency")
        self.currency.setEditable(True)
        self.currency.setMaximumWidth(90)
        self.idle_days = QSpinBox()
        self.idle_days.setObjectName("idleDays")
        self.idle_days.setRange(1, 3650)
        self.idle_days.setSuffix(self.tr(" days"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("dashboardPdf")
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        self.error = FieldError()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.panels: dict[str, SectionPanel] = {}
        titles = {
            "pipeline": self.tr("Pipeline"),
            "forecast": self.tr("Forecast"),
            "visits": self.tr("Visits"),
            "idle": self.tr("Not visited"),
            "quotes": self.tr("Quotes"),
            "renewals": self.tr("Renewals"),
        }
        for key, title in titles.items():
            panel = SectionPanel(key, key in CHARTED)
            panel.export_requested.connect(self._choose_csv)
            self.panels[key] = panel
            self.tabs.addTab(panel, title)
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Dashboard")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Rep")))
        top.addWidget(self.rep)
        top.addWidget(QLabel(self.tr("Currency")))
        top.addWidget(self.currency)
        top.addWidget(QLabel(self.tr("Not visited in")))
        top.addWidget(self.idle_days)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self._loading = False
        self.rep.currentIndexChanged.connect(lambda _i: self._reload())
        self.currency.activated.connect(lambda _i: self._currency_chosen())
        self.currency.lineEdit().editingFinished.connect(self._currency_chosen)
        self.idle_days.editingFinished.connect(self._idle_days_chosen)
        self.tabs.currentChanged.connect(lambda _i: self._current_tab_ready())

    # -- data ----------------------------------------------------------------
    def _day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        # A first connection may have just told us who we are.
        self.manager, self.me = viewer(self.ctx)
        self._loading = True
        try:
            with self.ctx.session() as session:
                currency = reporting_currency(session)
                idle = int(get_setting(session, IDLE_DAYS_SETTING) or DEFAULT_IDLE_DAYS)
                members = team_members(session) if self.manager else []

                currencies = {currency}
                currencies.update(session.scalars(select(Opportunity.currency).distinct()))
                currencies.update(session.scalars(select(ExchangeRate.to_currency).distinct()))
                currencies.update(session.scalars(select(ExchangeRate.from_currency).distinct()))
            chosen = self.rep.currentData()
            self.rep.clear()
            if self.manager:
                self.rep.addItem(self.tr("Whole team"), None)
                for name in members:
                    self.rep.addItem(rep_name(name), name)
            else:
                self.rep.addItem(self.me, self.me)
            self.rep.setEnabled(self.manager)
            index = self.rep.findData(chosen)
            self.rep.setCurrentIndex(max(index, 0))
            self.currency.clear()
            self.currency.addItems(sorted(c for c in currencies if c))
            self.currency.setCurrentText(currency)
            self.idle_days.setValue(idle)
        finally:
            self._loading = False
        self._reload()

    def _currency_chosen(self) -> None:
        if self._loading:
            return
        self.error.clear()
        try:
            with self.ctx.transaction() as session:
                set_reporting_currency(session, self.currency.currentText())
        except FieldsalesError as error:
            self.error.show_error(error_text(error))
            return
        self._reload()

    def _idle_days_chosen(self) -> None:
        with self.ctx.transaction() as session:
            set_setting(session, IDLE_DAYS_SETTING, str(self.idle_days.value()))
        self._reload()

    def _reload(self) -> None:
        if self._loading:
            return
        with self.ctx.session() as session:
            self.board = build_dashboard(
                session,
                currency=reporting_currency(session),
                today=self._day(),
                owner=self.rep.currentData() if self.manager else self.me,
                idle_days=self.idle_days.value(),
            )
        self._show()

    def _show(self) -> None:
        board, fmt = self.board, self.ctx.formatter
        self.sections = {section.key: section for section in all_sections(board, fmt)}
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        makers = {
            "pipeline": lambda: charts.pipeline_chart(board, fmt, rtl=rtl),
            "visits": lambda: charts.visits_chart(board, fmt, rtl=rtl),
        }
        for key, panel in self.panels.items():
            panel.show_section(self.sections[key], makers.get(key))
        self._current_tab_ready()
        self.summary.setText(self._summary_text())

    def _current_tab_ready(self) -> None:
        panel = self.tabs.currentWidget()
        if isinstance(panel, SectionPanel):
            panel.make_ready()

    def _whose(self) -> str:
        if self.board.owner is None:
            return self.tr("Whole team")
        return rep_name(self.board.owner)

    def _summary_text(self) -> str:
        fmt = self.ctx.formatter
        # Isolated values: a rep's Latin name first would turn an Arabic line around.
        return fill(
            self.tr("%1 · as of %2 · amounts in %3"),
            self._whose(),
            fmt.date(self.board.today),
            self.board.currency,
        )

    # -- exports -------------------------------------------------------------
    def _choose_csv(self, key: str) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export CSV"), f"{key}.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(key, Path(path))

    def export_csv(self, key: str, path: Path) -> None:
        section = self.sections[key]
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(section.headers)
            writer.writerows(section.csv_rows)

    def _choose_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export PDF"), "dashboard.pdf", self.tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(Path(path))

    def pdf_bytes(self, *, created_at: datetime | None = None) -> bytes:
        from app.reports.dashboard_pdf import DashboardDocument, ReportTable, render_dashboard_pdf

        board, fmt = self.board, self.ctx.formatter
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        pictures = {
            "pipeline": charts.chart_png(charts.pipeline_chart(board, fmt, rtl=rtl), rtl=rtl),
            "visits": charts.chart_png(charts.visits_chart(board, fmt, rtl=rtl), rtl=rtl),
        }
        tables = [
            ReportTable(
                heading=section.title,
                headers=section.headers,
                rows=section.rows,
                numeric=section.numeric,
                chart_png=pictures.get(key),
                note=section.note,
            )
            for key, section in self.sections.items()
        ]
        document = DashboardDocument(
            language=fmt.language,
            title=self.tr("Dashboard"),
            lines=[self._summary_text()],
            footer=self.tr("Fieldsales dashboard"),
            tables=tables,
            page_number=fmt.number,
        )
        return render_dashboard_pdf(document, created_at=created_at or datetime.now(UTC))

    def export_pdf(self, path: Path) -> None:
        from app.views.documents.pdf_export import write_atomically

        write_atomically(path, self.pdf_bytes())
