"""The totals under the line table: before discount, discount, net, tax per rate,
the total due in a band, and the total due in words.

Labels sit on the start side of the box; figures are right-aligned in a column of
their own on the end side, in every language, so their decimal separators line up
(in Arabic and Persian the figures' column is on the left, still right-aligned).
"""

from __future__ import annotations

from reportlab.lib.colors import white
from reportlab.lib.units import mm

from app.reports.amount_words import amount_in_words
from app.reports.catalogue import label
from app.reports.documents import Totals
from app.reports.locale_format import format_amount, format_money, format_percent
from app.reports.page import ACCENT, MUTED, PageWriter

WIDTH = 92 * mm
ROW_HEIGHT = 13.5
ROW_SIZE = 8.5
GRAND_SIZE = 10.0
INSET = 6.0
GAP = 10.0  # between a label and its figure


def total_rows(totals: Totals, *, currency: str, language: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if totals.discount:
        rows.append(
            (label(language, "gross_total"), format_amount(totals.gross, currency, language))
        )
        rows.append(
            (label(language, "discount_total"), format_amount(-totals.discount, currency, language))
        )
    rows.append((label(language, "net_total"), format_amount(totals.net, currency, language)))
    for row in totals.tax_rows:
        text = label(
            language, "tax_line", rate=format_percent(row.rate, language),
            base=format_amount(row.base, currency, language),
        )  # fmt: skip
        rows.append((text, format_amount(row.tax, currency, language)))
    return rows


def totals_block(writer: PageWriter, totals: Totals, *, currency: str) -> None:
    language = writer.language
    rows = total_rows(totals, currency=currency, language=language)
    grand = format_money(totals.grand_total, currency, language)
    figures_width = max(
        [writer.text_width(value, size=ROW_SIZE) for _, value in rows]
        + [writer.text_width(grand, size=GRAND_SIZE, bold=True)]
    )
    width = max(WIDTH, figures_width + 2 * INSET + 70)
    left, right = writer.span(writer.width - width, width)
    if writer.rtl:
        figures = (left + INSET, left + INSET + figures_width)
        labels = (figures[1] + GAP, right - INSET)
    else:
        figures = (right - INSET - figures_width, right - INSET)
        labels = (left + INSET, figures[0] - GAP)
    label_lines = [writer.lines(key, width=labels[1] - labels[0], size=ROW_SIZE) for key, _ in rows]
    writer.ensure(sum(ROW_HEIGHT * len(lines) for lines in label_lines) + 4 * ROW_HEIGHT + 12)
    writer.y -= 4
    for (_, value), laid in zip(rows, label_lines, strict=True):
        top = writer.y
        below = writer.draw_lines(
            laid, left=labels[0], right=labels[1], top=top, size=ROW_SIZE, leading=ROW_HEIGHT,
            color=MUTED,
        )  # fmt: skip
        writer.text(
            value, left=figures[0], right=figures[1], top=top, size=ROW_SIZE,
            leading=ROW_HEIGHT, align="number",
        )  # fmt: skip
        writer.y = below
    writer.y -= 3
    band = ROW_HEIGHT + 8
    writer.canvas.setFillColor(ACCENT)
    writer.canvas.rect(left, writer.y - band, width, band, stroke=0, fill=1)
    top = writer.y - 4
    writer.text(
        label(language, "grand_total"), left=labels[0], right=labels[1], top=top,
        size=GRAND_SIZE, leading=ROW_HEIGHT, bold=True, color=white,
    )  # fmt: skip
    writer.text(
        grand, left=figures[0], right=figures[1], top=top, size=GRAND_SIZE,
        leading=ROW_HEIGHT, bold=True, color=white, align="number",
    )  # fmt: skip
    writer.y -= band + 6
    words = amount_in_words(totals.grand_total, currency, language)
    if words:
        line = label(language, "field", label=label(language, "amount_in_words"), value=words)
        writer.y = writer.text(
            line, left=writer.left, right=writer.right, top=writer.y, size=ROW_SIZE, color=MUTED
        )
    writer.y -= 10
