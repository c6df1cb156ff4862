"""What a B2B quote and order carry: status mark, total in words, references,
delivery and payment conditions, a place for the stamp, carried-forward totals."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal as D

import pypdfium2 as pdfium
import pytest

from app.reports.amount_words import amount_in_words
from app.reports.locale_format import format_amount
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_order, sample_quote

from .pdf_reading import page_texts, placed_texts, reader, reading_line


def pdfium_pages(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def marks(pdf: bytes, page: int = 0) -> list[str]:
    """Text drawn at poster size: the status mark."""
    return [p.text for p in placed_texts(pdf, page) if p.size >= 40]


@pytest.mark.parametrize(
    ("status", "language", "mark"),
    [("draft", "en", "DRAFT"), ("rejected", "ru", "ОТКЛОНЕНО"), ("expired", "ar", "منتهي"),
     ("draft", "fa", "پیش‌نویس")],
)  # fmt: skip
def test_a_quote_that_is_not_a_valid_offer_carries_a_mark_on_every_page(status, language, mark):
    quote = replace(sample_quote(lines=40, language=language), status=status)
    pdf = render_pdf(quote, created_at=FIXED_MOMENT)
    pages = len(reader(pdf).pages)
    assert pages > 1
    for page in range(pages):
        assert mark in " ".join(marks(pdf, page))


@pytest.mark.parametrize("status", ["sent", "accepted", ""])
def test_a_valid_quote_carries_no_mark(status):
    quote = replace(sample_quote(lines=3), status=status)
    assert marks(render_pdf(quote, created_at=FIXED_MOMENT)) == []


def test_a_cancelled_order_is_marked_and_a_confirmed_one_is_not():
    cancelled = render_pdf(
        replace(sample_order(lines=2), status="cancelled"), created_at=FIXED_MOMENT
    )
    assert marks(cancelled) == ["CANCELLED"]
    assert "CANCELLED" in pdfium_pages(cancelled)[0]  # it can be found, too
    confirmed = render_pdf(
        replace(sample_order(lines=2), status="confirmed"), created_at=FIXED_MOMENT
    )
    assert marks(confirmed) == []


@pytest.mark.parametrize(
    ("amount", "currency", "language", "expected"),
    [
        (D("45751.82"), "AED", "en", "Forty-five thousand, seven hundred and fifty-one UAE dirhams and 82/100"),
        (D("45751.82"), "RUB", "ru", "Сорок пять тысяч семьсот пятьдесят один рубль, восемьдесят две копейки"),
        (D("45751.82"), "AED", "ru", "Сорок пять тысяч семьсот пятьдесят один дирхам ОАЭ 82/100"),
        (D("45751.82"), "SAR", "ar", "فقط \u2068خمسة وأربعون ألفاً وسبعمائة وواحد وخمسون ريال سعودي و٨٢/١٠٠\u2069 لا غير"),
        (D("45752"), "IRR", "fa", "\u2068چهل و پنج هزار و هفتصد و پنجاه و دو ریال\u2069"),
        (D("0"), "AED", "en", ""),
    ],
)  # fmt: skip
def test_the_total_in_words(amount, currency, language, expected):
    assert amount_in_words(amount, currency, language) == expected


@pytest.mark.parametrize("language", ["en", "ar", "fa", "ru"])
def test_the_total_due_is_printed_in_words_under_the_totals(language):
    quote = sample_quote(lines=3, language=language)
    pdf = render_pdf(quote, created_at=FIXED_MOMENT)
    placed = placed_texts(pdf)
    words = amount_in_words(quote.totals.grand_total, quote.currency, language)
    words = words.replace("\u2068", "").replace("\u2069", "")
    lines = [reading_line(placed, y, rtl=language in ("ar", "fa")) for y in {p.y for p in placed}]
    # The words may wrap: the line holding their start is enough to find them.
    assert any(words.split()[0] in line and words.split()[1] in line for line in lines)
    assert words.split()[-1] in " ".join(lines)


def test_revision_and_customer_reference_are_printed_with_the_quote_number():
    quote = replace(sample_quote(lines=2), revision=2, customer_reference="RFQ-2026-118")
    text = page_texts(render_pdf(quote, created_at=FIXED_MOMENT))[0]
    assert "Q-K7Q2-00042 (rev. 2)" in text
    assert "Your reference" in text and "RFQ-2026-118" in text


def test_an_order_carries_delivery_address_delivery_terms_and_payment_terms():
    order = replace(
        sample_order(lines=2, language="ru"), customer_reference="PO 4500012345",
        delivery_terms="DAP Казань (Инкотермс 2020)", payment_terms="Net 14",
        delivery_address=("ул. Заводская, д. 3, склад 2", "Казань, Россия"),
    )  # fmt: skip
    text = pdfium_pages(render_pdf(order, created_at=FIXED_MOMENT))[0]
    for expected in (
        "Ваш номер", "PO 4500012345", "Условия поставки", "DAP Казань (Инкотермс 2020)",
        "Адрес доставки", "ул. Заводская, д. 3, склад 2", "Условия оплаты",
        "Оплата в течение 14 дней",
    ):  # fmt: skip
        assert expected in text, expected


@pytest.mark.parametrize(("language", "place"), [("ru", "М. П."), ("ar", "الختم"), ("en", "Stamp")])
def test_the_company_signature_box_has_a_place_for_the_stamp(language, place):
    pdf = render_pdf(sample_quote(lines=2, language=language), created_at=FIXED_MOMENT)
    assert place in [p.text for p in placed_texts(pdf, len(reader(pdf).pages) - 1)]


def test_each_page_carries_its_running_total_forward():
    quote = sample_quote(lines=80)
    pdf = render_pdf(quote, created_at=FIXED_MOMENT)
    pages = page_texts(pdf)
    by_sku = {line.sku: line.line_total for line in quote.lines}
    running = D(0)
    carried = 0
    for number, text in enumerate(pages):
        skus = re.findall(r"SKU: (CF-\d+)", text)
        if number and skus:  # a continuation page starts with what came before
            assert "Brought forward" in text and format_amount(running, "AED", "en") in text
        running += sum(by_sku[sku] for sku in skus)
        if skus and number < len(pages) - 1 and "Total due" not in text:
            assert "Carried forward" in text and format_amount(running, "AED", "en") in text
            carried += 1
    assert carried >= 2
    assert running == quote.totals.net
