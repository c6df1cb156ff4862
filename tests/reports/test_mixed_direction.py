"""Text of two directions on one page: each run keeps its own order and punctuation.

Read back from the PDF: where each piece of text sits, and with which glyphs.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pypdfium2 as pdfium
import pytest

from app.reports.page import MARGIN, PAGE_WIDTH
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_quote, sample_visit_report

from .pdf_reading import find, glyph_names, line_at, placed_texts


def follow_up_line(language: str, title: str):
    report = replace(
        sample_visit_report(language=language),
        follow_up_title=title,
        follow_up_due=date(2026, 12, 19),
    )
    pdf = render_pdf(report, created_at=FIXED_MOMENT)
    placed = placed_texts(pdf)
    first_word = next(p for p in placed if p.text.startswith(title.split()[0]))
    return pdf, line_at(placed, first_word.y)


def brackets(pdf: bytes, line) -> list[frozenset[str]]:
    """The bracket glyphs of a line, left to right."""
    glyphs = [names for piece in line for names in glyph_names(pdf, piece)]
    return [names for names in glyphs if names & {"parenleft", "parenright"}]


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ar", "Call the buyer about the quote."),
        ("ar", "Позвонить закупщику."),
        ("fa", "Позвонить закупщику."),
    ],
)
def test_a_follow_up_title_in_the_other_direction_comes_first_with_its_full_stop(language, title):
    pdf, line = follow_up_line(language, title)
    # Read from the right: the whole title, its full stop at its own end ...
    assert line[-1].text == title
    # ... then the due date in brackets, to its left, opening towards the date.
    left, right = brackets(pdf, line)
    assert "parenleft" in left and "parenright" in right


def test_an_arabic_follow_up_title_in_an_english_report_comes_first_on_the_left():
    title = "الاتصال بالمشتري بخصوص العرض."
    pdf, line = follow_up_line("en", title)
    due = next(piece for piece in line if "December 19, 2026" in piece.text)
    title_start = next(piece for piece in line if piece.text == "الاتصال")
    assert title_start.x < due.x  # the title on the left, read first; the date after it
    left, right = brackets(pdf, line)
    assert "parenleft" in left and "parenright" in right


def test_a_paragraph_takes_its_direction_from_its_own_text():
    notes = "يرجى التسليم إلى المستودع في الدمام.\nDelivery to the Dammam warehouse."
    quote = replace(sample_quote(lines=2, language="en"), notes=notes)
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    arabic_line = line_at(placed, find(placed, "يرجى").y)
    latin = find(placed, "Delivery to the Dammam warehouse.")
    assert arabic_line[-1].text == "يرجى"  # the first word at the right ...
    assert arabic_line[-1].x > PAGE_WIDTH / 2  # ... against the right margin
    assert latin.x == pytest.approx(MARGIN, abs=0.5)


def test_arabic_and_persian_list_parts_are_separated_by_the_arabic_comma():
    pdf = render_pdf(sample_visit_report(language="ar"), created_at=FIXED_MOMENT)
    document = pdfium.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    assert "سارة المنصوري، المالكة" in text
    assert "سارة المنصوري, " not in text


def test_us_dollars_print_as_us_dollar_sign_in_an_arabic_total():
    quote = replace(sample_quote(lines=2, language="ar"), currency="USD")
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    assert find(placed, "US$").drawn == "US$"  # one left-to-right run, "$" after "US"


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_a_phone_number_keeps_its_order_in_a_right_to_left_document(language):
    quote = replace(
        sample_quote(lines=1, language=language),
        customer=replace(sample_quote(language=language).customer, email=""),
    )
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    assert find(placed, "+971 50 555 0123").drawn == "+971 50 555 0123"  # the representative
    customer_phone = quote.customer.phone
    assert find(placed, customer_phone).drawn == customer_phone  # alone on its line
