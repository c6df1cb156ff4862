"""What a printed document says, as plain frozen values.

The renderer draws these and knows nothing of the database; the adapters in
``app.reports.sources`` fill them from the workspace. Amounts are exact Decimals,
already computed by the domain services (the PDF never recalculates a total).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.preset import CompanyProfile


@dataclass(frozen=True)
class Person:
    """Someone named on a document, with their job title if known."""

    name: str
    title: str = ""


@dataclass(frozen=True)
class SalesRep:
    """The representative a customer deals with: printed by name, with phone and e-mail."""

    name: str
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Party:
    """The customer block: who the document is addressed to."""

    name: str
    address_lines: tuple[str, ...] = ()
    account_number: str = ""
    tax_id: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    contact_title: str = ""


@dataclass(frozen=True)
class DocumentLine:
    position: int
    description: str
    sku: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    discount_percent: Decimal
    tax_rate: Decimal  # in percent: 5 means 5 %
    line_total: Decimal  # after discount, before tax


@dataclass(frozen=True)
class TaxRow:
    rate: Decimal  # in percent
    base: Decimal
    tax: Decimal


@dataclass(frozen=True)
class Totals:
    gross: Decimal  # sum of quantity x unit price, before discounts
    discount: Decimal
    net: Decimal
    tax_rows: tuple[TaxRow, ...]
    grand_total: Decimal

    @property
    def tax_total(self) -> Decimal:
        return sum((row.tax for row in self.tax_rows), Decimal(0))


@dataclass(frozen=True)
class Appearance:
    """How to print: language of the labels and numbers, and the calendar."""

    language: str = "en"
    calendar: str = "gregorian"
    second_calendar: str = ""  # printed beside every date when set (Gregorian and Hijri)


@dataclass(frozen=True)
class QuoteDocument:
    company: CompanyProfile
    customer: Party
    number: str
    issue_date: date
    valid_until: date | None
    currency: str
    lines: tuple[DocumentLine, ...]
    totals: Totals
    terms: str = ""
    notes: str = ""
    sales_rep: SalesRep | None = None
    payment_terms: str = ""  # the customer's own, from the account ("Net 14")
    status: str = ""  # draft, rejected and expired quotes print a watermark
    revision: int = 0  # printed beside the number once a quote was revised
    customer_reference: str = ""  # the customer's enquiry or PO number
    delivery_terms: str = ""  # Incoterms, e.g. "EXW Jebel Ali"
    appearance: Appearance = field(default_factory=Appearance)


@dataclass(frozen=True)
class OrderConfirmationDocument:
    company: CompanyProfile
    customer: Party
    number: str
    order_date: date
    requested_delivery_date: date | None
    quote_number: str
    currency: str
    lines: tuple[DocumentLine, ...]
    totals: Totals
    terms: str = ""
    notes: str = ""
    sales_rep: SalesRep | None = None
    payment_terms: str = ""  # the customer's own, from the account ("Net 14")
    status: str = ""  # draft and cancelled orders print a watermark
    customer_reference: str = ""  # the customer's purchase order number
    delivery_terms: str = ""  # Incoterms, e.g. "DAP Riyadh"
    delivery_address: tuple[str, ...] = ()
    appearance: Appearance = field(default_factory=Appearance)


@dataclass(frozen=True)
class Photo:
    caption: str
    data: bytes  # PNG or JPEG, decrypted from the workspace


@dataclass(frozen=True)
class VisitReportDocument:
    company: CompanyProfile
    customer: Party
    visit_reference: str
    visit_date: date
    checked_in_at: datetime | None
    checked_out_at: datetime | None
    purpose: str
    summary: str
    outcome: str  # a code the desktop offers ("quote_requested") or text as typed
    next_steps: str
    contacts_met: tuple[Person, ...] = ()
    follow_up_title: str = ""
    follow_up_due: date | None = None
    review_state: str = ""  # pending | approved | changes_requested, "" if not submitted
    review_comment: str = ""
    sales_rep: SalesRep | None = None
    photos: tuple[Photo, ...] = ()
    appearance: Appearance = field(default_factory=Appearance)
