"""Documents built from workspace records, with the services' totals."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from datetime import UTC
from decimal import Decimal as D

import pytest
from PIL import Image

from app.errors import NotFoundError
from app.preset import CompanyProfile
from app.preset_documents import representatives
from app.reports.documents import Appearance, Person, SalesRep
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT
from app.reports.sources import order_document, quote_document, visit_report_document
from app.services.attachments import record_attachment
from app.services.quotes import get_quote_by_number, quote_totals
from tests.models.conftest import session  # noqa: F401 - the in-memory database fixture

from .pdf_reading import page_texts
from .workspace_data import fill

COMPANY = CompanyProfile()
ENGLISH = Appearance("en", "gregorian")


@pytest.fixture
def printed(session):  # noqa: F811 - pytest fixture injection
    return fill(session)


def test_quote_document_carries_the_services_totals(session, printed):  # noqa: F811
    document = quote_document(session, printed.quote_number, company=COMPANY, appearance=ENGLISH)
    service = quote_totals(get_quote_by_number(session, printed.quote_number))
    assert document.totals.grand_total == service.grand_total
    assert document.totals.net == service.subtotal
    assert [(row.rate, row.base, row.tax) for row in document.totals.tax_rows] == [
        (tax.rate, tax.base, tax.tax) for tax in service.taxes.values()
    ]
    grinder, training = document.lines
    assert (grinder.description, grinder.sku, grinder.unit) == ("Coffee grinder", "CF-GR-1", "pc")
    assert (grinder.quantity, grinder.unit_price, grinder.discount_percent) == (
        D(3),
        D("1200.50"),
        D(10),
    )
    assert grinder.line_total == D("3241.35")
    assert training.description == "Barista training" and training.sku == ""
    assert document.customer.name == "Harbour View Cafés LLC"
    assert document.customer.address_lines == (
        "Shop 4, Marina Walk",
        "Dubai",
        "United Arab Emirates",
    )
    assert (document.customer.contact_name, document.customer.contact_title) == (
        "Sarah Mitchell",
        "Owner",
    )
    assert document.terms == "Prices include installation."
    assert document.payment_terms == "Net 14"


def test_country_is_named_in_the_document_language(session, printed):  # noqa: F811
    document = quote_document(
        session, printed.quote_number, company=COMPANY, appearance=Appearance("ar")
    )
    assert document.customer.address_lines[-1] == "الإمارات العربية المتحدة"


def test_quote_pdf_from_the_workspace_shows_the_grand_total(session, printed):  # noqa: F811
    document = quote_document(session, printed.quote_number, company=COMPANY, appearance=ENGLISH)
    text = "\n".join(page_texts(render_pdf(document, created_at=FIXED_MOMENT)))
    assert printed.quote_number in text
    # 3 x 1,200.50 - 10 % = 3,241.35 at 5 % tax (162.07) + 450.00 untaxed = 3,853.42
    assert "AED\xa03,853.42" in text or "AED 3,853.42" in text


def test_order_document_names_its_quote(session, printed):  # noqa: F811
    document = order_document(session, printed.order_number, company=COMPANY, appearance=ENGLISH)
    assert document.quote_number == printed.quote_number
    assert document.totals.grand_total == D("3853.42")
    assert len(document.lines) == 2


def test_visit_report_document(session, printed):  # noqa: F811
    png = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(png, format="PNG")
    stored = {}
    for owner, name, media_type in (
        ("visit_report", "shelf.png", "image/png"),
        ("visit", "notes.pdf", "application/pdf"),
    ):
        owner_id = printed.report_id if owner == "visit_report" else printed.visit_id
        attachment = record_attachment(
            session, owner_entity=owner, owner_id=owner_id, filename=name, size=len(png.getvalue()),
            content_hash=hashlib.sha256(png.getvalue()).hexdigest(), media_type=media_type,
        )  # fmt: skip
        stored[attachment.id] = png.getvalue()
    document = visit_report_document(
        session, printed.visit_id, company=COMPANY, appearance=ENGLISH, timezone=UTC,
        read_attachment=lambda attachment: stored[attachment.id],
    )  # fmt: skip
    assert [photo.caption for photo in document.photos] == ["shelf.png"]  # the PDF is not a photo
    assert document.summary == "Owner liked the grinder."
    assert document.contacts_met == (Person("Sarah Mitchell", "Owner"),)
    assert document.follow_up_title == "Call about the quote"
    assert document.review_state == "pending"
    assert document.checked_in_at.hour == 9 and document.checked_in_at.minute == 5
    text = "\n".join(page_texts(render_pdf(document, created_at=FIXED_MOMENT)))
    assert "Owner liked the grinder." in text and "Awaiting review" in text


@pytest.mark.parametrize(
    ("build", "reference", "message"),
    [
        (quote_document, "Q-NOPE-00001", "No quote with number Q-NOPE-00001."),
        (order_document, "O-NOPE-00001", "No order with number O-NOPE-00001."),
        (visit_report_document, "no-such-visit", "No visit with id no-such-visit."),
    ],
)
def test_unknown_reference_is_not_found(session, printed, build, reference, message):  # noqa: F811
    with pytest.raises(NotFoundError) as error:
        build(session, reference, company=COMPANY, appearance=ENGLISH)
    assert str(error.value) == message


def test_the_representative_comes_from_the_preset_by_login(session, printed):  # noqa: F811
    company = replace(
        COMPANY,
        representatives=representatives(
            {"omar": {"name": {"en": "Omar Al-Harbi", "ar": "عمر الحربي"}, "phone": "+966 1"}}
        ),
    )
    arabic = quote_document(
        session, printed.quote_number, company=company, appearance=Appearance("ar")
    )
    assert arabic.sales_rep == SalesRep("عمر الحربي", "+966 1", "")
    unknown = quote_document(session, printed.quote_number, company=COMPANY, appearance=ENGLISH)
    assert unknown.sales_rep == SalesRep("omar")  # not in the preset: the login, not nothing


def test_preset_terms_are_taken_in_the_document_language(session, printed):  # noqa: F811
    quote = get_quote_by_number(session, printed.quote_number)
    with session.no_autoflush:  # an accepted quote may not be saved changed
        quote.terms = None  # as if the quote had no terms of its own
        persian = quote_document(
            session, printed.quote_number, company=COMPANY, appearance=Appearance("fa")
        )
    session.rollback()
    assert persian.terms == COMPANY.quote_terms.in_language("fa")
    assert persian.terms.startswith("قیمت‌ها")
    assert persian.payment_terms == "Net 14"


def test_an_order_goes_to_the_shipping_address_with_the_accounts_terms(session, printed):  # noqa: F811
    document = order_document(
        session, printed.order_number, company=COMPANY, appearance=Appearance("ar")
    )
    assert document.delivery_address == (
        "Warehouse 7, Al Quoz Industrial Area 3",
        "Dubai",
        "الإمارات العربية المتحدة",
    )
    assert document.payment_terms == "Net 14"
    assert document.status == "draft"


def test_a_quote_document_carries_its_status(session, printed):  # noqa: F811
    document = quote_document(session, printed.quote_number, company=COMPANY, appearance=ENGLISH)
    assert document.status == "accepted"
