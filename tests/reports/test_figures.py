"""Figures on the page: right-aligned in every language, never too small to read."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from app.reports.line_table import MIN_NUMBER_SIZE
from app.reports.locale_format import format_amount
from app.reports.page import MARGIN, PAGE_WIDTH
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_quote
from app.reports.totals import total_rows

from .pdf_reading import placed_texts


@pytest.mark.parametrize("language", ["ar", "fa", "en"])
def test_amounts_in_the_line_table_are_right_aligned_so_decimals_line_up(language):
    quote = sample_quote(lines=8, language=language)
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    totals = {format_amount(line.line_total, quote.currency, language) for line in quote.lines}
    assert len({len(text) for text in totals}) > 1  # figures of different widths
    # The amount column is the last on the end side: the left edge in Arabic and Persian.
    if language in ("ar", "fa"):
        amounts = [p for p in placed if p.text in totals and p.x < MARGIN + 80]
    else:
        amounts = [p for p in placed if p.text in totals and p.x > PAGE_WIDTH - MARGIN - 80]
    assert len(amounts) >= len(quote.lines)
    assert max(p.right for p in amounts) - min(p.right for p in amounts) < 0.05
    assert len({round(p.x, 1) for p in amounts}) > 1  # so not left-aligned


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_figures_in_right_to_left_totals_are_right_aligned(language):
    quote = sample_quote(lines=8, language=language)
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    figures = [
        value for _, value in total_rows(quote.totals, currency=quote.currency, language=language)
    ]
    drawn = [p for p in placed if p.text in {f.strip("\u061c\u2066\u2069") for f in figures}]
    assert len(drawn) >= 3
    assert max(p.right for p in drawn) - min(p.right for p in drawn) < 0.05


@pytest.mark.parametrize(
    ("amount", "currency"),
    [(D("123456789012.5"), "AED"), (D("987654321098765432"), "IRR")],
)
def test_large_figures_stay_readable(amount, currency):
    quote = sample_quote(lines=2)
    wide = [replace(line, unit_price=amount, line_total=amount) for line in quote.lines]
    quote = replace(quote, lines=tuple(wide), currency=currency)
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    figure = format_amount(amount, currency, "en")
    digits = [p for p in placed if p.text and set(p.text) <= set("0123456789,.")]
    assert min(p.size for p in digits) >= MIN_NUMBER_SIZE
    # Every figure is drawn whole, or broken only after a group separator.
    joined = "".join(p.text for p in digits)
    assert joined.count(figure) == 4, joined
