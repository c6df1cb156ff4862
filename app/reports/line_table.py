"""The table of document lines: header repeated on every page, zebra rows.

Column order and alignment follow the document's direction: in Arabic and Persian
the position number sits at the right edge and amounts line up on the left.
Amounts are printed without a currency symbol; a note above the table names the
currency once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.colors import white

from app.reports.catalogue import label
from app.reports.documents import DocumentLine
from app.reports.locale_format import format_amount, format_percent, format_quantity
from app.reports.page import ACCENT, MUTED, RULE, STRIPE, PageWriter
from app.reports.text_drawing import TextBatch

PADDING = 3.5
BODY_SIZE = 8.3
SKU_SIZE = 7
HEADER_SIZE = 7.6
MIN_NUMBER_SIZE = 5.0


@dataclass(frozen=True)
class Column:
    key: str
    width: float  # points; the description column takes what is left
    align: str  # start | end | center


COLUMNS = (
    Column("col_position", 28, "center"),
    Column("col_description", 0, "start"),
    Column("col_quantity", 38, "end"),
    Column("col_unit", 34, "center"),
    Column("col_unit_price", 60, "end"),
    Column("col_discount", 40, "end"),
    Column("col_tax", 44, "end"),
    Column("col_amount", 68, "end"),
)


class LineTable:
    def __init__(self, writer: PageWriter, *, currency: str) -> None:
        self.writer = writer
        self.currency = currency
        language = writer.language
        self.language = language
        fixed = sum(column.width for column in COLUMNS)
        self.widths = [column.width or writer.width - fixed for column in COLUMNS]
        self.offsets = [sum(self.widths[:index]) for index in range(len(COLUMNS))]
        self.headers = [writer.lines(label(language, c.key), width=w - 2 * PADDING, size=HEADER_SIZE, bold=True)
                        for c, w in zip(COLUMNS, self.widths, strict=True)]  # fmt: skip
        self.header_height = (
            max(len(lines) for lines in self.headers) * HEADER_SIZE * 1.25 + 2 * PADDING
        )
        self.sku_label = label(language, "sku")

    def draw(self, lines: Sequence[DocumentLine]) -> None:
        writer = self.writer
        writer.ensure(self.header_height + 30)
        self.draw_header()
        writer.page_started.append(self.draw_header)
        try:
            for index, line in enumerate(lines):
                self.draw_row(line, striped=index % 2 == 1)
        finally:
            writer.page_started.remove(self.draw_header)
        writer.rule(color=ACCENT, width=0.8)

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
            line.unit,
            format_amount(line.unit_price, currency, language),
            format_percent(line.discount_percent, language) if line.discount_percent else "",
            format_percent(line.tax_rate, language),
            format_amount(line.line_total, currency, language),
        ]

    def lay_out_cell(self, text: str, column: Column, width: float) -> tuple[tuple, float]:
        """(laid lines, font size). Text wraps; a number is never broken over two
        lines: a too-wide one is set smaller instead."""
        laid = self.writer.lines(text, width=width, size=BODY_SIZE)
        if column.align != "end" or len(laid) <= 1:
            return laid, BODY_SIZE
        natural = self.writer.text_width(text, size=BODY_SIZE)
        size = max(MIN_NUMBER_SIZE, BODY_SIZE * width / natural * 0.98)
        return self.writer.lines(text, width=width, size=size), size

    def draw_row(self, line: DocumentLine, *, striped: bool) -> None:
        writer = self.writer
        leading = BODY_SIZE * 1.3
        cells = [
            self.lay_out_cell(text, column, width - 2 * PADDING)
            for text, column, width in zip(self.cells(line), COLUMNS, self.widths, strict=True)
        ]
        laid_cells = [laid for laid, _ in cells]
        sizes = [size for _, size in cells]
        description_width = self.widths[1] - 2 * PADDING
        sku_lines = (
            writer.lines(f"{self.sku_label}: {line.sku}", width=description_width, size=SKU_SIZE)
            if line.sku
            else []
        )
        text_height = max(
            len(laid_cells[1]) * leading + len(sku_lines) * SKU_SIZE * 1.25,
            max(len(cell) for cell in laid_cells) * leading,
        )
        height = text_height + 2 * PADDING
        writer.ensure(height)
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
