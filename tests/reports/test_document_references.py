"""What a B2B document carries, stored on the record and printed from it: the
customer's reference, delivery terms, the quote's revision, an order's own payment
terms and delivery address."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import StateError, ValidationError
from app.preset import CompanyProfile
from app.reports.documents import Appearance
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT
from app.reports.sources import order_document, quote_document
from app.services.accounts import create_account
from app.services.orders import get_order_by_number, update_order
from app.services.quotes import (
    add_quote_line,
    convert_quote_to_order,
    create_quote,
    get_quote_by_number,
    revise_quote,
    send_quote,
    update_quote,
)
from tests.models.conftest import session  # noqa: F401 - the in-memory database fixture

from .test_printed_data import text_of
from .workspace_data import fill

COMPANY = CompanyProfile()
ENGLISH = Appearance("en", "gregorian")
DAY = date(2026, 11, 24)


def _draft(session):  # noqa: F811
    account = create_account(
        session, account_number="A-7", name="Gulf Pumps", currency="USD", payment_terms="Net 14"
    )
    quote = create_quote(
        session,
        account=account,
        device_prefix="K7Q2",
        issue_date=DAY,
        customer_reference="RFQ-2026-118",
        delivery_terms="EXW Jebel Ali",
    )
    add_quote_line(session, quote, description="Pump", quantity=2, unit_price="900")
    return quote


def test_a_quote_keeps_the_customer_reference_and_delivery_terms_and_prints_them(session):  # noqa: F811
    quote = _draft(session)
    session.commit()
    document = quote_document(session, quote.number, company=COMPANY, appearance=ENGLISH)
    assert (document.customer_reference, document.delivery_terms) == (
        "RFQ-2026-118",
        "EXW Jebel Ali",
    )
    text = text_of(render_pdf(document, created_at=FIXED_MOMENT))
    assert "RFQ-2026-118" in text and "EXW Jebel Ali" in text


def test_revising_a_sent_quote_reopens_it_one_revision_on(session):  # noqa: F811
    quote = _draft(session)
    send_quote(session, quote)
    with pytest.raises(StateError):
        update_quote(session, quote, delivery_terms="DAP Riyadh")
    revise_quote(session, quote)
    update_quote(session, quote, delivery_terms="DAP Riyadh")
    send_quote(session, quote)
    session.commit()
    stored = get_quote_by_number(session, quote.number)
    assert (stored.status, stored.revision, stored.delivery_terms) == ("sent", 1, "DAP Riyadh")
    document = quote_document(session, quote.number, company=COMPANY, appearance=ENGLISH)
    assert f"{quote.number} (rev. 1)" in text_of(render_pdf(document, created_at=FIXED_MOMENT))


def test_a_draft_or_converted_quote_is_not_revised(session):  # noqa: F811
    printed = fill(session)
    converted = get_quote_by_number(session, printed.quote_number)
    with pytest.raises(StateError):
        revise_quote(session, converted)
    with pytest.raises(StateError):
        revise_quote(session, _draft(session))


def test_an_overlong_reference_is_refused_and_nothing_changes(session):  # noqa: F811
    quote = _draft(session)
    session.commit()
    with pytest.raises(ValidationError) as refused:
        update_quote(session, quote, customer_reference="R" * 81, notes="changed")
    assert refused.value.field == "customer_reference"
    session.rollback()
    stored = get_quote_by_number(session, quote.number)
    assert (stored.customer_reference, stored.notes) == ("RFQ-2026-118", None)


def test_an_order_carries_the_quote_reference_and_its_own_terms_and_address(session):  # noqa: F811
    printed = fill(session)
    quote = get_quote_by_number(session, printed.quote_number)
    order = get_order_by_number(session, printed.order_number)
    assert order.customer_reference == quote.customer_reference  # both None in the history
    update_order(
        session,
        order,
        customer_reference="  PO 4500012345 ",
        delivery_terms="DAP Dubai",
        payment_terms="50% in advance, 50% on delivery",
        delivery_address="Site office, Gate 3\n\nDubai Creek Harbour",
    )
    session.commit()
    document = order_document(session, order.number, company=COMPANY, appearance=ENGLISH)
    assert document.customer_reference == "PO 4500012345"
    assert document.delivery_address == ("Site office, Gate 3", "Dubai Creek Harbour")
    text = text_of(render_pdf(document, created_at=FIXED_MOMENT))
    for expected in ("PO 4500012345", "DAP Dubai", "50% in advance", "Dubai Creek Harbour"):
        assert expected in text
    assert "Net 14" not in text  # the order's own terms replace the account's


def test_converting_a_quote_copies_its_reference_and_terms(session):  # noqa: F811
    quote = _draft(session)
    send_quote(session, quote)
    from app.services.quotes import accept_quote

    accept_quote(session, quote, today=DAY)
    order = convert_quote_to_order(session, quote, device_prefix="K7Q2", order_date=DAY)
    assert (order.customer_reference, order.delivery_terms) == ("RFQ-2026-118", "EXW Jebel Ali")
