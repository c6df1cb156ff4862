"""Text a reader can search and copy: extracted by two independent PDF libraries.

pypdf (pure Python) and PDFium (Chrome's PDF engine, through pypdfium2) each turn
our right-to-left lines back into reading order from the glyphs' ToUnicode maps.
Both must find Arabic and Persian words exactly as typed: ordinary letters, not
presentation forms, lam-alef ligatures in the right order, and Persian's zero-width
non-joiner kept.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_quote, sample_visit_report

from .pdf_reading import reader

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def pdfium_text(pdf: bytes) -> str:
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


EXTRACTORS = {"pypdf": pypdf_text, "pdfium": pdfium_text}


def arabic_quote() -> bytes:
    quote = sample_quote(lines=3, language="ar")
    customer = replace(
        quote.customer, address_lines=("طريق الملك فهد", "الدمام، المملكة العربية السعودية")
    )
    return render_pdf(replace(quote, customer=customer), created_at=FIXED_MOMENT)


@pytest.mark.parametrize("extract", EXTRACTORS.values(), ids=EXTRACTORS.keys())
def test_arabic_words_are_found_as_typed(extract):
    text = extract(arabic_quote())
    # "الأسعار" and "صالحة" hold lam-alef ligatures: one glyph for two letters; the
    # tanween of "يومًا" (payment within 30 days) is a mark HarfBuzz raises.
    words = ("الدمام", "عرض", "سعر", "الأسعار", "صالحة", "الإجمالي", "المستحق", "مطحنة", "يومًا")
    for word in words:
        assert word in text, word
    assert not PRESENTATION_FORMS.search(text)


@pytest.mark.parametrize("extract", EXTRACTORS.values(), ids=EXTRACTORS.keys())
def test_persian_words_are_found_as_typed_with_the_zero_width_non_joiner(extract):
    quote = render_pdf(sample_quote(lines=3, language="fa"), created_at=FIXED_MOMENT)
    report = render_pdf(sample_visit_report(language="fa"), created_at=FIXED_MOMENT)
    text = extract(quote) + extract(report)
    for word in ("پیش\u200cفاکتور", "کافه\u200cهای", "پلاک", "خلاصه", "فولاد", "گزارش", "بازدید"):
        assert word in text, word
    assert "پیشفاکتور" not in text
    assert not PRESENTATION_FORMS.search(text)


def test_pdfium_reads_a_right_to_left_line_in_reading_order():
    text = pdfium_text(render_pdf(sample_visit_report(language="fa"), created_at=FIXED_MOMENT))
    assert "کافه\u200cهای ساحل پارس" in text
    assert "آسیاب قهوه صنعتی از فولاد ضدزنگ" in text


def test_stacked_marks_are_read_in_their_place():
    """A shadda carrying a fatha (raised by HarfBuzz) reads back inside its word.

    Compared in canonical form (NFC), as search does: shadda-then-fatha and
    fatha-then-shadda are the same text, and readers differ in which they give.
    """
    typed = "الحمد لِلَّهِ وشكراً لكم."
    quote = replace(sample_quote(lines=1, language="ar"), notes=typed)
    pdf = render_pdf(quote, created_at=FIXED_MOMENT)
    for extract in EXTRACTORS.values():
        assert unicodedata.normalize("NFC", typed) in unicodedata.normalize("NFC", extract(pdf))
