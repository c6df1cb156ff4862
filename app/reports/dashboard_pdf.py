"""The team dashboard as a PDF: its figures as tables, its charts as pictures.

Unlike quotes, the dashboard is printed from the desktop only, so the view hands
over every text already translated and every figure and date already formatted
in the user's language and calendar (the screen's own strings). This module only
lays them out on the shared ``PageWriter``: right to left for Arabic and Persian,
with the header row repeated on each page a table continues on.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from reportlab.lib.colors import white
from reportlab.lib.utils import ImageReader

from app.reports.locale_format import check_language
from app.reports.page import ACCENT, MUTED, RULE, STRIPE, TEXT, PageWriter
from app.reports.sections import fit_image
from app.reports.text_drawing import TextBatch

PADDING = 3.0
BODY_SIZE = 8.0
HEADER_SIZE = 7.6
CHART_HEIGHT = 210.0


@dataclass(frozen=True)
class ReportTable:
    heading: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric: frozenset[int] = frozenset()  # columns of figures: right-aligned everywhere
    chart_png: bytes | None = None  # drawn above the table
    note: str = ""  # under the heading (rates used, amounts left out)


@dataclass(frozen=True)
class DashboardDocument:
    language: str
    title: str
    lines: Sequence[str]  # under the title: whose dashboard, as of when, in which currency
    footer: str
    tables: Sequence[ReportTable] = field(default_factory=tuple)
    # The screen's way of writing a number, so that the page numbers use the same
    # digits as the figures above them (Latin in Arabic on screen, Persian in Persian).
    page_number: Callable[[int], str] | None = None


def render_dashboard_pdf(
    document: DashboardDocument, *, created_at: datetime | None = None
) -> bytes:
    language = check_language(document.language)
    out = io.BytesIO()
    writer = PageWriter(
        out, language=language, title=document.title, author="Fieldsales",
        subject=document.title, created_at=created_at or datetime.now(UTC),
        footer_text=document.footer, page_number=document.page_number,
    )  # fmt: skip
    writer.y = writer.text(
        document.title, left=writer.left, right=writer.right, top=writer.y, size=16,
        bold=True, color=ACCENT,
    )  # fmt: skip
    for line in document.lines:
        writer.y = writer.text(
            line, left=writer.left, right=writer.right, top=writer.y, size=9, color=MUTED
        )
    writer.y -= 4
    for table in document.tables:
        _table(writer, table)
    writer.save()
    return out.getvalue()


def _chart(writer: PageWriter, png: bytes) -> None:
    image = ImageReader(io.BytesIO(png))
    width, height = fit_image(image.getSize(), writer.width, CHART_HEIGHT)
    writer.ensure(height + 6)
    left = writer.left + (writer.width - width) / 2
    writer.canvas.drawImage(image, left, writer.y - height, width, height)
    writer.y -= height + 6


def _widths(writer: PageWriter, table: ReportTable) -> list[float]:
    """Each column as wide as its widest text, scaled down together to fit the page."""
    natural = [
        max(
            [writer.text_width(str(header), size=HEADER_SIZE, bold=True)]
            + [writer.text_width(str(row[index]), size=BODY_SIZE) for row in table.rows]
        )
        + 2 * PADDING
        + 1
        for index, header in enumerate(table.headers)
    ]
    total = sum(natural)
    if total <= writer.width:
        spare = (writer.width - total) / len(natural)
        return [width + spare for width in natural]
    return [width * writer.width / total for width in natural]


def _row(
    writer: PageWriter,
    cells: Sequence[str],
    widths: list[float],
    numeric: frozenset[int],
    *,
    header: bool = False,
    striped: bool = False,
) -> None:
    size = HEADER_SIZE if header else BODY_SIZE
    leading = size * 1.3
    laid = [
        writer.lines(str(text), width=width - 2 * PADDING, size=size, bold=header)
        for text, width in zip(cells, widths, strict=True)
    ]
    height = max(len(lines) for lines in laid) * leading + 2 * PADDING
    writer.ensure(height)
    top = writer.y
    canvas = writer.canvas
    if header or striped:
        canvas.setFillColor(ACCENT if header else STRIPE)
        canvas.rect(writer.left, top - height, writer.width, height, stroke=0, fill=1)
    batch = TextBatch(canvas)
    offset = 0.0
    for index, (lines, width) in enumerate(zip(laid, widths, strict=True)):
        left, right = writer.span(offset + PADDING, width - 2 * PADDING)
        writer.draw_lines(
            lines, left=left, right=right, top=top - PADDING, size=size, leading=leading,
            bold=header, align="number" if index in numeric else "start",
            color=white if header else TEXT,
            into=batch,
        )  # fmt: skip
        offset += width
    batch.draw()
    writer.y = top - height
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(writer.left, writer.y, writer.right, writer.y)


def _table(writer: PageWriter, table: ReportTable) -> None:
    # A heading never ends a page: keep it with its chart, or with a few rows.
    writer.ensure((CHART_HEIGHT if table.chart_png else 0) + 90)
    writer.heading(table.heading)
    if table.note:
        writer.paragraph(table.note, size=7.5, color=MUTED)
        writer.y -= 2
    if table.chart_png:
        _chart(writer, table.chart_png)
    widths = _widths(writer, table)
    header = list(table.headers)

    def repeat_header() -> None:
        _row(writer, header, widths, table.numeric, header=True)

    writer.ensure(HEADER_SIZE * 1.3 * 2 + BODY_SIZE * 3)
    repeat_header()
    writer.page_started.append(repeat_header)
    try:
        for index, row in enumerate(table.rows):
            _row(writer, list(row), widths, table.numeric, striped=index % 2 == 1)
    finally:
        writer.page_started.remove(repeat_header)
    writer.y -= 8
