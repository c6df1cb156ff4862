"""The table of document lines: header repeated on every page, zebra rows.

Column order follows the document's direction: in Arabic and Persian the position
number sits at the right edge. Numbers are written left to right in every language,
so numeric columns are right-aligned everywhere and their decimal separators line
up. Amounts are printed without a currency symbol; a note above the table names the
currency once.

Numeric columns are as wide as their widest figure. If that would squeeze the
description below a usable width, figures are set smaller, never below
``MIN_NUMBER_SIZE``; a figure still too wide breaks after a group separator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import white

from app.reports.catalogue import label
from app.reports.documents import DocumentLine
from app.reports.locale_format import format_amount, format_percent, format_quantity
from app.reports.page import ACCENT, MUTED, RULE, STRIPE, PageWriter
from app.reports.text_drawing import TextBatch
from app.reports.vocabulary import unit_label

PADDING = 3.5
BODY_SIZE = 8.3
SKU_SIZE = 7
HEADER_SIZE = 7.6
MIN_NUMBER_SIZE = 7.0  # the smallest figure a customer reads without a magnifier
MIN_DESCRIPTION_WIDTH = 130.0
CARRY = BODY_SIZE * 1.3 + 2 * PADDING  # the height of a carried-forward row
GROUP_BREAK = re.compile("(?<=[,\u066c\u00a0\u202f])")  # after a group separator


@dataclass(frozen=True)
class Column:
    key: str
    width: float  # points at least; the description column takes what is left
    align: str  # start | end | center | number (right, in every language)


COLUMNS = (
    Column("col_position", 28, "center"),
    Column("col_description", 0, "start"),
    Column("col_quantity", 38, "number"),
    Column("col_unit", 34, "center"),
    Column("col_unit_price", 60, "number"),
    Column("col_discount", 40, "number"),
    Column("col_tax", 44, "number"),
    Column("col_amount", 68, "number"),
)
NUMERIC = frozenset(index for index, column in enumerate(COLUMNS) if column.align == "number")


def fit_columns(
    writer: PageWriter, rows: list[list[str]], *, width: float
) -> tuple[list[float], float]:
    """(column widths, figure size): figures as large as possible, up to the body
    size, with the description at least ``MIN_DESCRIPTION_WIDTH`` wide."""
    natural = {
        index: max((writer.text_width(row[index], size=BODY_SIZE) for row in rows), default=0.0)
        for index in NUMERIC
    }

    def widths_at(size: float) -> list[float]:
        return [
            max(column.width, natural[index] * size / BODY_SIZE + 2 * PADDING + 0.5)
            if index in NUMERIC
            else column.width
            for index, column in enumerate(COLUMNS)
        ]

    size = BODY_SIZE
    widths = widths_at(size)
    while width - sum(widths) < MIN_DESCRIPTION_WIDTH and size > MIN_NUMBER_SIZE:
        size = max(MIN_NUMBER_SIZE, round(size - 0.1, 2))
        widths = widths_at(size)
    overflow = sum(widths) + MIN_DESCRIPTION_WIDTH - width
    if overflow > 0:
        # Even the smallest figures do not fit: numeric columns give back what they
        # grew by, in proportion, and their widest figures break over two lines.
        grown = {index: widths[index] - COLUMNS[index].width for index in NUMERIC}
        total_growth = sum(grown.values()) or 1.0
        for index in NUMERIC:
            widths[index] -= overflow * grown[index] / total_growth
    widths[1] = width - sum(w for index, w in enumerate(widths) if index != 1)
    return widths, size


def wrap_figure(writer: PageWriter, text: str, *, width: float, size: float) -> list[str]:
    """A figure too wide for its column, broken after group separators."""
    lines: list[str] = []
    for group in GROUP_BREAK.split(text):
        if lines and writer.text_width(lines[-1] + group, size=size) <= width:
            lines[-1] += group
        else:
            lines.append(group)
    return lines


class LineTable:
    def __init__(self, writer: PageWriter, *, currency: str) -> None:
        self.writer = writer
        self.currency = currency
        self.language = writer.language
        self.sku_label = label(self.language, "sku")
        self.widths = [column.width for column in COLUMNS]
        self.number_size = BODY_SIZE

    def fit(self, rows: list[list[str]]) -> None:
        """Size the columns for these rows and lay out the header."""
        writer, language = self.writer, self.language
        self.widths, self.number_size = fit_columns(writer, rows, width=writer.width)
        self.offsets = [sum(self.widths[:index]) for index in range(len(COLUMNS))]
        self.headers = [writer.lines(label(language, c.key), width=w - 2 * PADDING, size=HEADER_SIZE, bold=True)
                        for c, w in zip(COLUMNS, self.widths, strict=True)]  # fmt: skip
        self.header_height = (
            max(len(lines) for lines in self.headers) * HEADER_SIZE * 1.25 + 2 * PADDING
        )

    def draw(self, lines: Sequence[DocumentLine]) -> None:
        """The header, the rows, and where the table runs over pages, the running
        total carried forward at the foot of a page and brought forward at the top
        of the next, so every page can be checked on its own."""
        writer = self.writer
        rows = [self.cells(line) for line in lines]
        self.fit(rows)
        self.running_total = Decimal(0)
        writer.ensure(self.header_height + 30)
        self.draw_header()
        writer.page_ending.append(self.carry_forward)
        writer.page_started.append(self.continue_on_new_page)
        try:
            for index, (line, cells) in enumerate(zip(lines, rows, strict=True)):
                last = index == len(lines) - 1
                self.draw_row(line, cells, striped=index % 2 == 1, reserve=0 if last else CARRY)
                self.running_total += line.line_total
        finally:
            writer.page_ending.remove(self.carry_forward)
            writer.page_started.remove(self.continue_on_new_page)
        writer.rule(color=ACCENT, width=0.8)

    def carry_forward(self) -> None:
        if self.running_total:
            self.draw_running_total("carried_forward")

    def continue_on_new_page(self) -> None:
        self.draw_header()
        if self.running_total:
            self.draw_running_total("brought_forward")

    def draw_running_total(self, key: str) -> None:
        """A row with the total of the lines so far: its label under the description,
        the figure under the amounts."""
        writer = self.writer
        top = writer.y
        writer.rule(color=ACCENT, width=0.6)
        figure = format_amount(self.running_total, self.currency, self.language)
        batch = TextBatch(writer.canvas)
        for index in (1, len(COLUMNS) - 1):
            left, right = writer.span(
                self.offsets[index] + PADDING, self.widths[index] - 2 * PADDING
            )
            text = label(self.language, key) if index == 1 else figure
            writer.draw_lines(
                writer.lines(text, width=right - left, size=BODY_SIZE, bold=True),
                left=left, right=right, top=top - PADDING, size=BODY_SIZE,
                leading=BODY_SIZE * 1.3, bold=True, align=COLUMNS[index].align, into=batch,
            )  # fmt: skip
        batch.draw()
        writer.y = top - CARRY

    def draw_header(self) -> None:
        writer = self.writer
        canvas = writer.canvas
        top = writer.y
        canvas.setFillColor(ACCENT)
        canvas.rect(
            writer.left,
            top - self.header_height,
            writer.width,
            self.header_height,
            stroke=0,
            fill=1,
        )
        for column, offset, width, laid in zip(
            COLUMNS, self.offsets, self.widths, self.headers, strict=True
        ):
            left, right = writer.span(offset + PADDING, width - 2 * PADDING)
            writer.draw_lines(
                laid, left=left, right=right, top=top - PADDING, size=HEADER_SIZE,
                leading=HEADER_SIZE * 1.25, bold=True, align=column.align, color=white,
            )  # fmt: skip
        writer.y = top - self.header_height

    def cells(self, line: DocumentLine) -> list[str]:
        language, currency = self.language, self.currency
        return [
            format_quantity(Decimal(line.position), language),
            line.description,
            format_quantity(line.quantity, language),
            unit_label(line.unit, language),
            format_amount(line.unit_price, currency, language),
            format_percent(line.discount_percent, language) if line.discount_percent else "",
            format_percent(line.tax_rate, language),
            format_amount(line.line_total, currency, language),
        ]

    def lay_out_cell(self, text: str, column: Column, width: float) -> tuple[tuple, float]:
        """(laid lines, font size). Text wraps between words; a figure is set at the
        table's figure size and breaks only after a group separator."""
        if column.align != "number":
            return self.writer.lines(text, width=width, size=BODY_SIZE), BODY_SIZE
        size = self.number_size
        laid = self.writer.lines(text, width=width, size=size)
        if len(laid) > 1:
            text = "\n".join(wrap_figure(self.writer, text, width=width, size=size))
            laid = self.writer.lines(text, width=width, size=size)
        return laid, size

    def draw_row(
        self, line: DocumentLine, texts: list[str], *, striped: bool, reserve: float
    ) -> None:
        """One line of the table; ``reserve`` is room kept below it on the same page
        (for the carried-forward row)."""
        writer = self.writer
        leading = BODY_SIZE * 1.3
        cells = [
            self.lay_out_cell(text, column, width - 2 * PADDING)
            for text, column, width in zip(texts, COLUMNS, self.widths, strict=True)
        ]
        laid_cells = [laid for laid, _ in cells]
        sizes = [size for _, size in cells]
        description_width = self.widths[1] - 2 * PADDING
        sku_lines = (
            writer.lines(
                label(self.language, "field", label=self.sku_label, value=line.sku),
                width=description_width,
                size=SKU_SIZE,
            )
            if line.sku
            else []
        )
        text_height = max(
            len(laid_cells[1]) * leading + len(sku_lines) * SKU_SIZE * 1.25,
            max(len(cell) for cell in laid_cells) * leading,
        )
        height = text_height + 2 * PADDING
        writer.ensure(height + reserve)
        top = writer.y
        canvas = writer.canvas
        if striped:
            canvas.setFillColor(STRIPE)
            canvas.rect(writer.left, top - height, writer.width, height, stroke=0, fill=1)
        batch = TextBatch(canvas)  # the whole row in one text object
        for column, offset, width, laid, size in zip(
            COLUMNS, self.offsets, self.widths, laid_cells, sizes, strict=True
        ):
            left, right = writer.span(offset + PADDING, width - 2 * PADDING)
            below = writer.draw_lines(
                laid, left=left, right=right, top=top - PADDING, size=size, leading=leading,
                align=column.align, into=batch,
            )  # fmt: skip
            if column.key == "col_description" and sku_lines:
                writer.draw_lines(
                    sku_lines, left=left, right=right, top=below, size=SKU_SIZE,
                    leading=SKU_SIZE * 1.25, color=MUTED, into=batch,
                )  # fmt: skip
        batch.draw()
        writer.y = top - height
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(writer.left, writer.y, writer.right, writer.y)
