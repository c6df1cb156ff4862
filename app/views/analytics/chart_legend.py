"""A chart's legend as a label under it, wrapping onto as many lines as it needs.

QtCharts lays a bottom legend out on one line and cuts every name when the line is
too long: beside the Russian visits table "Запланировано" was "Запланиров...", and
a big team's rep names would all be cut under the pipeline chart. On screen the
chart's own legend is hidden and this label shows the same markers and names, whole;
the PDF's wider picture keeps the chart's own legend.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.views.shared.bidi import isolated_html, layout_mark

MARKER = "\u25a0"  # a filled square, as QtCharts draws its markers
GAP = "&nbsp;&nbsp;&nbsp; "  # between entries; the plain space is where a line may end


def legend_entries(chart: QChart) -> list[tuple[str, str]]:
    """(name, colour as #rrggbb) of each of the chart's legend markers, in order."""
    return [(marker.label(), marker.brush().color().name()) for marker in chart.legend().markers()]


def legend_html(entries: list[tuple[str, str]]) -> str:
    """Rich text of the entries; no entry breaks inside itself (a name's spaces do not
    break), a line may only end between entries."""
    shown = [
        f'<span style="color:{colour}">{MARKER}</span>&nbsp;'
        # Each name its own directional run: a Latin rep name in an Arabic legend.
        + isolated_html(name).replace(" ", "&nbsp;")
        for name, colour in entries
    ]
    return layout_mark() + GAP.join(shown)


def legend_label(chart: QChart) -> QLabel:
    """A label standing in for ``chart``'s legend, which it hides."""
    label = QLabel(legend_html(legend_entries(chart)))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    chart.legend().hide()
    return label
