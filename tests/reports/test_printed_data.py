"""Data printed as data: translated outcomes and units, one Russian tax term, the
customer's own payment terms, the representative by name, the seller's numbers."""

from __future__ import annotations

from dataclasses import replace

import pypdfium2 as pdfium
import pytest

from app.preset import CompanyProfile
from app.reports.documents import SalesRep
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_quote, sample_visit_report
from app.reports.vocabulary import payment_terms_text, unit_label

from .pdf_reading import placed_texts, reading_line


def text_of(pdf: bytes) -> str:
    """The text as PDFium reads it (Chrome's engine): reading order, logical letters."""
    document = pdfium.PdfDocument(pdf)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Quote requested"), ("ar", "طُلب عرض سعر"), ("fa", "درخواست پیش‌فاکتور"),
     ("ru", "Запрошено предложение")],
)  # fmt: skip
def test_a_visit_outcome_prints_as_its_label_in_the_document_language(language, expected):
    report = replace(sample_visit_report(language=language), outcome="quote_requested")
    text = text_of(render_pdf(report, created_at=FIXED_MOMENT))
    assert expected in text
    assert "quote_requested" not in text and (language == "en" or "Quote requested" not in text)


def test_an_outcome_typed_as_text_prints_as_typed():
    report = replace(sample_visit_report(language="en"), outcome="Wants a demo in March")
    assert "Wants a demo in March" in text_of(render_pdf(report, created_at=FIXED_MOMENT))


@pytest.mark.parametrize(
    ("unit", "language", "expected"),
    [("pcs", "ru", "шт."), ("pc", "ar", "قطعة"), ("hour", "fa", "ساعت"), ("pack", "ru", "упак."),
     ("Hour", "ar", "ساعة"), ("hour", "en", "h"), ("bale", "ru", "bale")],
)  # fmt: skip
def test_units_are_translated_and_unknown_ones_kept(unit, language, expected):
    assert unit_label(unit, language) == expected


def test_units_print_translated_in_the_line_table():
    quote = sample_quote(lines=2, language="ru")
    lines = tuple(
        replace(line, unit=unit) for line, unit in zip(quote.lines, ("hour", "pack"), strict=True)
    )
    text = text_of(render_pdf(replace(quote, lines=lines), created_at=FIXED_MOMENT))
    assert " ч " in f" {text} ".replace("\n", " ") and "упак." in text
    assert "hour" not in text and "pack" not in text


def test_russian_uses_one_tax_term():
    text = text_of(render_pdf(sample_quote(lines=6, language="ru"), created_at=FIXED_MOMENT))
    assert "НДС" in text and "Итого без НДС" in text and "НДС 5 % с" in text
    assert "Налог" not in text


@pytest.mark.parametrize(
    ("terms", "language", "expected"),
    [
        ("Net 14", "ru", "Оплата в течение 14 дней"),
        ("Net 21", "ru", "Оплата в течение 21 дня"),
        ("Net 14", "ar", "الدفع خلال ١٤ يومًا"),
        ("net 2", "ar", "الدفع خلال يومين"),
        ("Net 7", "ar", "الدفع خلال ٧ أيام"),
        ("Net 14", "fa", "پرداخت ظرف ۱۴ روز"),
        (
            "2% 10, net 30",
            "ru",
            "Скидка 2 % при оплате в течение 10 дней, иначе оплата в течение 30 дней",
        ),
        ("Prepayment", "fa", "پیش‌پرداخت"),
        ("Net 14", "en", "Net 14"),
        ("50% on order, 50% on delivery", "ar", "50% on order, 50% on delivery"),
    ],
)
def test_payment_terms_in_the_document_language(terms, language, expected):
    assert payment_terms_text(terms, language) == expected


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_customers_payment_terms_print_and_nothing_contradicts_them(language):
    quote = replace(sample_quote(lines=2, language=language), payment_terms="Net 14")
    text = text_of(render_pdf(quote, created_at=FIXED_MOMENT))
    assert payment_terms_text("Net 14", language) in text
    assert "30" not in text.replace("2026", "").replace("۳۰ ", "") or language == "ru"
    for days in ("30 дней", "٣٠ يومًا", "۳۰ روز"):
        assert days not in text


def lines_read(pdf: bytes, *, rtl: bool) -> list[str]:
    """Every line of the first page as a reader reads it, from our own decoding of the
    content stream (PDF libraries each guess the order of mixed-direction lines)."""
    placed = placed_texts(pdf)
    return [reading_line(placed, y, rtl=rtl) for y in sorted({p.y for p in placed}, reverse=True)]


def test_the_representative_prints_by_name_with_phone_and_email():
    rep = SalesRep("Omar Al-Harbi", "+966 50 555 0123", "omar.alharbi@example.com")
    quote = replace(sample_quote(lines=2, language="ar"), sales_rep=rep)
    text = "\n".join(lines_read(render_pdf(quote, created_at=FIXED_MOMENT), rtl=True))
    assert "مندوب المبيعات Omar Al-Harbi" in text  # the name, not the login
    assert "هاتف +966 50 555 0123" in text
    assert "البريد الإلكتروني omar.alharbi@example.com" in text


def test_the_sellers_tax_and_registration_numbers_carry_their_local_names():
    company = replace(
        sample_quote().company, tax_id="7701234567", kpp="770101001",
        registration_number="1027700132195",
    )  # fmt: skip
    quote = replace(sample_quote(lines=1, language="ru"), company=company)
    russian = text_of(render_pdf(quote, created_at=FIXED_MOMENT))
    assert "ИНН/КПП: 7701234567/770101001" in russian and "ОГРН: 1027700132195" in russian
    quote = replace(
        sample_quote(lines=1, language="ar"),
        company=replace(CompanyProfile(), registration_number="CN-1234567"),
    )
    arabic = lines_read(render_pdf(quote, created_at=FIXED_MOMENT), rtl=True)
    assert "السجل التجاري: CN-1234567" in arabic
    assert "الرقم الضريبي: TRN 100234567800003" in arabic
