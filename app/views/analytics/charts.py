"""The dashboard's charts: pipeline by stage and rep as stacked bars, weekly visits
as lines. Right to left they are mirrored (the first stage and the oldest week sit
at the right, the value axis on the right), and their numbers use the user's digits."""

from __future__ import annotations

from decimal import Decimal
from html import escape, unescape

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QEvent, QIODevice, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from app.services.dashboard import Dashboard
from app.views.analytics.sections import rep_name
from app.views.shared.bidi import fill
from app.views.shared.formatting import Formatter
from app.views.shared.labels import stage_label

PDF_CHART_SIZE = (1000, 420)
TILT = -90  # degrees, read upwards: QtCharts cuts a label wider than its slot at any
# other angle too (its rotated box must fit the slot)
LABEL_PADDING = 28  # pixels: QtCharts' label padding and its text item's margins, measured


def _new_chart(fmt: Formatter, *, rtl: bool) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)
    chart.setLocale(fmt.locale)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if rtl:
        chart.legend().setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return chart


def _axes(
    chart: QChart,
    series,
    categories: list[str],
    top: float,
    *,
    rtl: bool,
    counts: bool = False,
    label_angle: int = 0,
) -> None:
    x_axis = QBarCategoryAxis()
    x_axis.append(categories)  # already in reading order (reversed right to left)
    x_axis.setLabelsAngle(label_angle)
    y_axis = QValueAxis()
    y_axis.setLabelFormat("%.0f")
    if counts and top <= 10:
        # Whole visits: one tick per count, never "0, 1, 1, 2".
        highest = max(int(top), 1)
        y_axis.setRange(0, highest)
        y_axis.setTickCount(highest + 1)
    else:
        y_axis.setRange(0, top * 1.1 if top > 0 else 1)
        y_axis.applyNiceNumbers()
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
    for item in series:
        item.attachAxis(x_axis)
        item.attachAxis(y_axis)


def pipeline_chart(board: Dashboard, fmt: Formatter, *, rtl: bool) -> QChart:
    """One bar per stage, stacked by rep, of the total in the reporting currency."""
    chart = _new_chart(fmt, rtl=rtl)
    chart.setTitle(
        fill(
            QCoreApplication.translate("Dashboard", "Pipeline by stage and rep (%1)"),
            board.currency,
        )
    )
    # QBarCategoryAxis.setReverse does not move bars: mirror by ordering the data.
    ordered = list(reversed(board.stages)) if rtl else list(board.stages)
    stages = [stage.stage_id for stage in ordered]
    totals = {(c.stage_id, c.owner): c.total for c in board.pipeline}
    series = QStackedBarSeries()
    for owner in sorted({c.owner for c in board.pipeline}, key=str.casefold):
        bar = QBarSet(rep_name(owner))
        bar.append([float(totals.get((stage, owner), Decimal(0))) for stage in stages])
        series.append(bar)
    chart.addSeries(series)
    stage_totals = board.stage_totals()
    top = max((float(t.total) for t in stage_totals.values()), default=0.0)
    names = [_one_word_a_line(stage_label(stage.name)) for stage in ordered]
    _axes(chart, [series], names, top, rtl=rtl)
    chart.plotAreaChanged.connect(lambda _area: tilt_names_that_do_not_fit(chart))
    return chart


def tilt_names_that_do_not_fit(chart: QChart) -> None:
    """Names at an angle when one word is wider than its slot: QtCharts would cut a
    stage's "Квалификация" to "Квал..." (a name of several words already wraps), or
    a week's "30/11" to "...", under a narrow chart."""
    for axis in chart.axes(Qt.Orientation.Horizontal):
        if not isinstance(axis, QBarCategoryAxis) or not axis.count():
            continue
        metrics = QFontMetricsF(axis.labelsFont())
        widest = max(
            metrics.horizontalAdvance(unescape(line))
            for name in axis.categories()
            for line in name.split("<br>")
        )
        # QtCharts gives a label the axis width over the ticks (one more than the
        # categories), less its padding; wider, it cuts the label.
        slot = chart.plotArea().width() / (axis.count() + 1)
        angle = 0 if widest + LABEL_PADDING <= slot else TILT
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)


def visits_chart(board: Dashboard, fmt: Formatter, *, rtl: bool) -> QChart:
    """Per week, the shown reps' visits by status, one line each."""
    chart = _new_chart(fmt, rtl=rtl)
    chart.setTitle(QCoreApplication.translate("Dashboard", "Visits per week"))
    weeks = list(reversed(board.weeks())) if rtl else board.weeks()
    index = {week: n for n, week in enumerate(weeks)}
    names = {
        "planned": QCoreApplication.translate("Dashboard", "Planned"),
        "completed": QCoreApplication.translate("Dashboard", "Completed"),
        "missed": QCoreApplication.translate("Dashboard", "Missed"),
        "cancelled": QCoreApplication.translate("Dashboard", "Cancelled"),
    }
    counts = {status: [0] * len(weeks) for status in names}
    for activity in board.visits:
        n = index.get(activity.week)
        if n is None:
            continue
        for status in names:
            counts[status][n] += getattr(activity, status)
    lines = []
    for status, label in names.items():
        line = QLineSeries()
        line.setName(label)
        line.setPointsVisible(True)
        for n, value in enumerate(counts[status]):
            line.append(n, value)
        chart.addSeries(line)
        lines.append(line)
    top = max((max(values, default=0) for values in counts.values()), default=0)
    _axes(
        chart,
        lines,
        [short_day(fmt, week) for week in weeks],
        float(top),
        rtl=rtl,
        counts=True,
    )
    # Beside the wide Russian table the weeks' slots are narrower than "30/11":
    # upright, every date was cut to "...".
    chart.plotAreaChanged.connect(lambda _area: tilt_names_that_do_not_fit(chart))
    return chart


def _one_word_a_line(name: str) -> str:
    """A category label that wraps instead of being cut: "عميل محتمل" was "عميل مح..."
    under its bar (axis labels are rich text, so the name is escaped)."""
    return "<br>".join(escape(word) for word in name.split())


def short_day(fmt: Formatter, day) -> str:
    """Day/month in the user's calendar (a week's Monday on a crowded axis)."""
    parts = fmt.calendar.partsFromDate(QDate(day.year, day.month, day.day))
    return f"{fmt.number(parts.day)}/{fmt.number(parts.month)}"


def chart_view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(240)
    return view


def chart_png(chart: QChart, *, rtl: bool) -> bytes:
    """The chart drawn at print size, as PNG bytes (for the PDF)."""
    view = chart_view(chart)
    view.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    view.resize(*PDF_CHART_SIZE)
    view.grab()  # lays the chart out at print size, which may stand its names upright,
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # and again around them
    image = view.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    view.deleteLater()
    return bytes(data.data())
