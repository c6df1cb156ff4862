"""Quotes, order confirmations and visit reports, read back from the PDF."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from app.errors import ValidationError
from app.reports.documents import Appearance, Photo
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_order, sample_quote, sample_visit_report

from .pdf_reading import find, find_phrase, page_texts, placed_texts, reader, reading_line

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def english_quote() -> bytes:
    return render_pdf(sample_quote(lines=12, language="en"), created_at=FIXED_MOMENT)


def test_quote_shows_header_customer_references_lines_and_terms(english_quote):
    text = "\n".join(page_texts(english_quote))
    for expected in (
        "Quotation", "Fieldsales Demo Trading Ltd.", "12 Harbour Road", "TRN 100234567800003",
        "Harbour View Cafés LLC", "Attn.: Sarah Mitchell", "Quote no.", "Q-K7Q2-00042",
        "November 24, 2026", "December 24, 2026", "All amounts in AED",
        "Industrial coffee grinder, stainless steel", "SKU: CF-1000", "Terms and conditions",
        "Payment terms", "Net 30", "Accepted by the customer", "Name, signature and date", "Page 1 of 2", "Page 2 of 2",
    ):  # fmt: skip
        assert expected in text, expected


def test_quote_totals_match_the_document(english_quote):
    document = sample_quote(lines=12, language="en")
    text = "\n".join(page_texts(english_quote))
    totals = document.totals
    assert f"AED\xa0{totals.grand_total:,.2f}" in text or f"AED {totals.grand_total:,.2f}" in text
    assert f"{totals.net:,.2f}" in text
    assert f"\u2212{totals.discount:,.2f}" in text
    for row in totals.tax_rows:
        assert f"Tax {row.rate}% on {row.base:,.2f}" in text
        assert f"{row.tax:,.2f}" in text


def test_quote_metadata(english_quote):
    metadata = reader(english_quote).metadata
    assert metadata.title == "Quotation Q-K7Q2-00042"
    assert metadata.author == "Fieldsales Demo Trading Ltd."
    assert metadata.subject == "Quotation — Harbour View Cafés LLC"
    assert metadata["/CreationDate"] == "D:20261124093000+00'00'"


def test_a_300_line_quote_runs_over_pages_with_the_header_repeated():
    pdf = render_pdf(sample_quote(lines=300, language="en"), created_at=FIXED_MOMENT)
    pages = page_texts(pdf)
    # Each row is one description line plus its SKU line: 19 rows fit under the
    # letterhead, 26 on each following page, and the totals, terms and signature
    # block need the last page.
    assert len(pages) == 13
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        if "SKU: CF-" in text:  # the table header, on every page the table runs over
            assert "Description" in text and "Unit price" in text
    skus = re.findall(r"SKU: (CF-\d+)", "\n".join(pages))
    assert skus == [f"CF-{1000 + index}" for index in range(300)]
    assert "Quotation Q-K7Q2-00042 (continued)" in pages[1]
    assert "Total due" in "\n".join(pages)
    assert "Accepted by the customer" in pages[-1]


def test_same_input_gives_the_same_bytes():
    first = render_pdf(
        sample_quote(lines=40, language="fa", calendar="jalali"), created_at=FIXED_MOMENT
    )
    second = render_pdf(
        sample_quote(lines=40, language="fa", calendar="jalali"), created_at=FIXED_MOMENT
    )
    assert first == second
    later = render_pdf(
        sample_quote(lines=40, language="fa", calendar="jalali"),
        created_at=datetime(2026, 11, 25, tzinfo=UTC),
    )
    assert later != first


def test_bytes_do_not_depend_on_what_was_printed_before(tmp_path):
    """Glyph keys are handed out as documents need them; the output must not show it."""
    script = (
        "import sys; from app.reports.render import render_pdf; "
        "from app.reports.samples import FIXED_MOMENT, sample_quote; "
        "sys.stdout.buffer.write(render_pdf(sample_quote(lines=5, language='ar'), "
        "created_at=FIXED_MOMENT))"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, capture_output=True, check=True, timeout=120
    ).stdout
    for language in ("fa", "ru", "en"):
        render_pdf(sample_visit_report(language=language), created_at=FIXED_MOMENT)
    again = render_pdf(sample_quote(lines=5, language="ar"), created_at=FIXED_MOMENT)
    assert again == fresh


def test_arabic_quote_is_mirrored():
    pdf = render_pdf(sample_quote(lines=3, language="ar"), created_at=FIXED_MOMENT)
    placed = placed_texts(pdf)
    title, company = find_phrase(placed, "عرض سعر"), find(placed, "Fieldsales Demo Trading Ltd.")
    assert title.x < company.x  # the company heads the right-hand (start) side
    position, description, amount = find(placed, "م"), find(placed, "الوصف"), find(placed, "المبلغ")
    assert position.x > description.x > amount.x  # column order right to left
    assert find(placed, "١").x > find(placed, "مطحنة").x  # line numbers at the right edge


def test_persian_quote_uses_persian_digits_and_jalali_dates():
    pdf = render_pdf(
        sample_quote(lines=3, language="fa", calendar="jalali"), created_at=FIXED_MOMENT
    )
    drawn = {p.text for p in placed_texts(pdf)}
    assert {"۳", "آذر", "۱۴۰۵"} <= drawn  # 24 November 2026
    # The zero-width non-joiner is drawn (an invisible glyph) and reads back as typed.
    assert "پیش\u200cفاکتور" in drawn


def test_russian_quote():
    pdf = render_pdf(sample_quote(lines=3, language="ru"), created_at=FIXED_MOMENT)
    text = page_texts(pdf)[0]
    assert "Коммерческое предложение" in text and "Итого к оплате" in text
    assert "24 ноября 2026" in text


def test_unsupported_language_is_refused():
    document = replace(sample_quote(lines=1), appearance=Appearance(language="de"))
    with pytest.raises(ValidationError):
        render_pdf(document, created_at=FIXED_MOMENT)


def test_order_confirmation():
    pdf = render_pdf(sample_order(lines=5, language="en"), created_at=FIXED_MOMENT)
    text = page_texts(pdf)[0]
    for expected in (
        "Order confirmation",
        "O-K7Q2-00007",
        "Our quote",
        "Q-K7Q2-00042",
        "Requested delivery",
        "December 5, 2026",
        "Total due",
    ):
        assert expected in text, expected
    assert reader(pdf).metadata.title == "Order confirmation O-K7Q2-00007"


def _png(color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (400, 300), color).save(out, format="PNG")
    return out.getvalue()


def test_visit_report_with_photos():
    photos = (
        Photo("Shelf, before", _png((200, 60, 60))),
        Photo("Shelf, after", _png((60, 160, 60))),
    )
    pdf = render_pdf(sample_visit_report(language="en", photos=photos), created_at=FIXED_MOMENT)
    text = "\n".join(page_texts(pdf))
    for expected in (
        "Visit report",
        "Harbour View Cafés LLC",
        "Checked in",
        "November 24, 2026 09:05",
        "Purpose",
        "Summary",
        "Next steps",
        "Follow-up",
        "due December 1, 2026",
        "Awaiting review",
        "Photos",
        "Shelf, before",
        "Shelf, after",
    ):
        assert expected in text, expected
    images = [image for page in reader(pdf).pages for image in page.images]
    assert len(images) == 2


@pytest.mark.parametrize("language", ["en", "ar", "fa", "ru"])
def test_an_independent_renderer_draws_every_page(language):
    """PDFium (Chrome's PDF engine) opens the file and draws ink on every page.

    pypdf above reads our text back; this checks that a viewer a customer may
    use renders the document at all, fonts included.
    """
    pdf = render_pdf(sample_quote(lines=40, language=language), created_at=FIXED_MOMENT)
    document = pdfium.PdfDocument(pdf)
    try:
        assert len(document) == len(reader(pdf).pages) > 1
        for page in document:
            image = page.render(scale=30 / 72).to_pil().convert("L")
            assert image.getextrema()[0] < 100  # something dark was drawn
    finally:
        document.close()


def test_logo_from_the_preset_is_printed_and_a_missing_one_is_skipped(tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 58, 95)).save(logo)
    with_logo = replace(
        sample_quote(lines=2), company=replace(sample_quote().company, logo_path=str(logo))
    )
    pdf = render_pdf(with_logo, created_at=FIXED_MOMENT)
    assert len(reader(pdf).pages[0].images) == 1
    missing = replace(
        with_logo, company=replace(with_logo.company, logo_path=str(tmp_path / "gone.png"))
    )
    assert len(reader(render_pdf(missing, created_at=FIXED_MOMENT)).pages[0].images) == 0


def test_photos_are_turned_upright_scaled_down_and_unreadable_ones_left_out():
    sideways = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # EXIF orientation: rotate 90° to view
    Image.new("RGB", (4000, 3000), (90, 90, 90)).save(sideways, format="JPEG", exif=exif)
    photos = (Photo("sideways.jpg", sideways.getvalue()), Photo("broken.png", b"not an image"))
    pdf = render_pdf(sample_visit_report(language="en", photos=photos), created_at=FIXED_MOMENT)
    images = [image for page in reader(pdf).pages for image in page.images]
    assert len(images) == 1
    assert images[0].image.size == (1200, 1600)  # upright (portrait) and at most 1,600 px
    text = "\n".join(page_texts(pdf))
    assert "sideways.jpg" in text and "broken.png" not in text


def test_empty_quote_still_prints_header_totals_and_signature():
    quote = replace(sample_quote(lines=1), lines=())
    text = "\n".join(page_texts(render_pdf(quote, created_at=FIXED_MOMENT)))
    assert "Description" in text and "Total due" in text and "Accepted by the customer" in text


@pytest.mark.parametrize(
    ("language", "calendar", "second", "expected"),
    [
        (
            "ar",
            "gregorian",
            "islamic-umalqura",
            ("٢٤ نوفمبر ٢٠٢٦", "الموافق ١٤ جمادى الآخرة ١٤٤٨ هـ"),
        ),
        (
            "en",
            "islamic-umalqura",
            "gregorian",
            ("14 Jumada al-Akhirah 1448 AH", "(November 24, 2026)"),
        ),
        ("fa", "jalali", "gregorian", ("۳ آذر ۱۴۰۵", "برابر با ۲۴ نوامبر ۲۰۲۶")),
    ],
)
def test_dates_side_by_side_in_two_calendars(language, calendar, second, expected):
    quote = replace(
        sample_quote(lines=1, language=language),
        appearance=Appearance(language, calendar, second),
    )
    placed = placed_texts(render_pdf(quote, created_at=FIXED_MOMENT))
    ys = sorted({p.y for p in placed}, reverse=True)
    lines = [reading_line(placed, y, rtl=language != "en") for y in ys]
    first, second = expected  # the second calendar's date on the line below the first
    at = next(index for index, line in enumerate(lines) if line.endswith(first))
    assert lines[at + 1].endswith(second) or lines[at + 2].endswith(second), lines[at : at + 3]
