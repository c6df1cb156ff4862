"""A small customer history to print: an account, a quote, its order and a visit report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal as D

from sqlalchemy.orm import Session

from app.services.accounts import create_account, create_contact
from app.services.catalog import create_product
from app.services.quotes import (
    accept_quote,
    add_quote_line,
    convert_quote_to_order,
    create_quote,
    send_quote,
)
from app.services.visits import check_in, check_out, plan_visit, submit_report, write_report

DAY = date(2026, 11, 24)


@dataclass(frozen=True)
class Printed:
    quote_number: str
    order_number: str
    visit_id: str
    report_id: str


def fill(session: Session) -> Printed:
    account = create_account(
        session, account_number="A-1001", name="Harbour View", legal_name="Harbour View Cafés LLC",
        currency="AED", billing_street="Shop 4, Marina Walk", billing_city="Dubai",
        billing_country="AE", tax_id="TRN 100555666700003", owner="omar", payment_terms="Net 14",
        shipping_street="Warehouse 7, Al Quoz Industrial Area 3", shipping_city="Dubai",
        shipping_country="AE",
    )  # fmt: skip
    contact = create_contact(
        session, account=account, first_name="Sarah", last_name="Mitchell", title="Owner"
    )
    grinder = create_product(
        session, sku="CF-GR-1", name="Coffee grinder", unit="pc", tax_rate=D(5)
    )
    quote = create_quote(
        session,
        account=account,
        contact=contact,
        device_prefix="K7Q2",
        issue_date=DAY,
        terms="Prices include installation.",
    )
    add_quote_line(
        session, quote, product=grinder, quantity=3, unit_price="1200.50", discount_percent=10
    )
    add_quote_line(
        session, quote, description="Barista training", quantity=1, unit_price="450", tax_rate=0
    )
    send_quote(session, quote)
    accept_quote(session, quote, today=DAY)
    order = convert_quote_to_order(session, quote, device_prefix="K7Q2", order_date=DAY)
    visit = plan_visit(
        session, account=account, contacts=[contact], purpose="Demonstrate the new grinder", owner="omar",
        planned_start=datetime(2026, 11, 24, 9, tzinfo=UTC), planned_end=datetime(2026, 11, 24, 10, tzinfo=UTC),
    )  # fmt: skip
    check_in(session, visit, now=datetime(2026, 11, 24, 9, 5, tzinfo=UTC))
    check_out(session, visit, now=datetime(2026, 11, 24, 9, 50, tzinfo=UTC))
    report = write_report(
        session, visit, summary="Owner liked the grinder.", outcome="Quote requested",
        next_steps="Send a quote for three grinders.", follow_up_title="Call about the quote",
        follow_up_due=date(2026, 12, 1),
    )  # fmt: skip
    submit_report(session, report, now=datetime(2026, 11, 24, 11, tzinfo=UTC))
    session.commit()
    return Printed(quote.number, order.number, visit.id, report.id)
