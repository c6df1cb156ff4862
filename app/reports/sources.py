"""Build printable documents from the workspace: a quote or order by number, a
visit report by visit id.

Amounts come from the domain services (``quote_totals`` / ``order_totals``), never
recomputed here, so the PDF shows exactly what the screen shows. Unknown numbers
raise ``NotFoundError`` from the services.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from decimal import Decimal

from babel import Locale
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, translatable
from app.models import Account, Attachment, Contact, Quote
from app.models.money import DocumentTotals
from app.preset import CompanyProfile
from app.reports.documents import (
    Appearance,
    DocumentLine,
    OrderConfirmationDocument,
    Party,
    Person,
    Photo,
    QuoteDocument,
    SalesRep,
    TaxRow,
    Totals,
    VisitReportDocument,
)
from app.services.attachments import attachments_of
from app.services.orders import get_order_by_number, order_totals
from app.services.quotes import get_quote_by_number, quote_totals
from app.services.visits import get_visit, report_of

PRINTABLE_IMAGES = frozenset({"image/png", "image/jpeg"})


def typed_address(text: str | None) -> tuple[str, ...]:
    """An address typed on the order, one printed line per non-empty line."""
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def quote_document(
    session: Session, number: str, *, company: CompanyProfile, appearance: Appearance
) -> QuoteDocument:
    quote = get_quote_by_number(session, number)
    totals = quote_totals(quote)
    return QuoteDocument(
        company=company,
        customer=party(quote.account, quote.contact, language=appearance.language),
        number=quote.number,
        issue_date=quote.issue_date,
        valid_until=quote.valid_until,
        currency=quote.currency,
        lines=document_lines(totals, quote.lines),
        totals=document_totals(totals),
        terms=quote.terms or company.quote_terms.in_language(appearance.language),
        notes=quote.notes or "",
        sales_rep=sales_rep(company, quote.account.owner, language=appearance.language),
        payment_terms=quote.account.payment_terms or "",
        status=quote.status,
        revision=quote.revision or 0,
        customer_reference=quote.customer_reference or "",
        delivery_terms=quote.delivery_terms or "",
        appearance=appearance,
    )


def order_document(
    session: Session, number: str, *, company: CompanyProfile, appearance: Appearance
) -> OrderConfirmationDocument:
    order = get_order_by_number(session, number)
    totals = order_totals(order)
    quote_number = ""
    if order.quote_id:
        quote_number = session.scalar(select(Quote.number).where(Quote.id == order.quote_id)) or ""
    return OrderConfirmationDocument(
        company=company,
        customer=party(order.account, order.contact, language=appearance.language),
        number=order.number,
        order_date=order.order_date,
        requested_delivery_date=order.requested_delivery_date,
        quote_number=quote_number,
        currency=order.currency,
        lines=document_lines(totals, order.lines),
        totals=document_totals(totals),
        notes=order.notes or "",
        sales_rep=sales_rep(company, order.account.owner, language=appearance.language),
        payment_terms=order.payment_terms or order.account.payment_terms or "",
        status=order.status,
        delivery_address=typed_address(order.delivery_address)
        or delivery_address(order.account, language=appearance.language),
        customer_reference=order.customer_reference or "",
        delivery_terms=order.delivery_terms or "",
        appearance=appearance,
    )


def visit_report_document(
    session: Session,
    visit_id: str,
    *,
    company: CompanyProfile,
    appearance: Appearance,
    read_attachment: Callable[[Attachment], bytes] | None = None,
    timezone: tzinfo | None = None,
) -> VisitReportDocument:
    """``read_attachment`` decrypts photos (the workspace's ``attachments.read``);
    without it the report prints without photos. Times print in ``timezone``
    (default: this computer's)."""
    visit = get_visit(session, visit_id)
    report = report_of(session, visit)
    if report is None:
        raise NotFoundError(
            translatable("errors", "Visit {id} has no report yet."), id=visit_id, field="visit_id"
        )
    contacts = session.scalars(select(Contact).where(Contact.id.in_(visit.contact_ids or []))).all()
    follow_up = report.follow_up_task
    photos: list[Photo] = []
    if read_attachment is not None:
        for owner_entity, owner_id in (("visit_report", report.id), ("visit", visit.id)):
            for attachment in attachments_of(session, owner_entity=owner_entity, owner_id=owner_id):
                if attachment.media_type in PRINTABLE_IMAGES:
                    photos.append(Photo(attachment.filename, read_attachment(attachment)))
    started = local(visit.checked_in_at, timezone) or local(visit.planned_start, timezone)
    return VisitReportDocument(
        company=company,
        customer=party(visit.account, None, language=appearance.language),
        visit_reference=visit.id[:8].upper(),
        visit_date=started.date(),
        checked_in_at=local(visit.checked_in_at, timezone),
        checked_out_at=local(visit.checked_out_at, timezone),
        purpose=visit.purpose or "",
        summary=report.summary or "",
        outcome=report.outcome or "",
        next_steps=report.next_steps or "",
        contacts_met=tuple(Person(full_name(contact), contact.title or "") for contact in contacts),
        follow_up_title=follow_up.title if follow_up else "",
        follow_up_due=follow_up.due_date if follow_up else None,
        review_state=report.review_state if report.submitted else "",
        review_comment=report.review_comment or "",
        sales_rep=sales_rep(company, visit.owner, language=appearance.language),
        photos=tuple(photos),
        appearance=appearance,
    )


def sales_rep(company: CompanyProfile, login: str | None, *, language: str) -> SalesRep | None:
    """The representative by name, phone and e-mail from the preset; a login the
    preset does not list prints as it is rather than not at all."""
    if not login:
        return None
    known = company.representatives.find(login)
    if known is None:
        return SalesRep(login)
    return SalesRep(known.name.in_language(language) or login, known.phone, known.email)


def local(moment: datetime | None, timezone: tzinfo | None) -> datetime | None:
    return moment.astimezone(timezone) if moment is not None else None


def full_name(contact: Contact) -> str:
    return " ".join(part for part in (contact.first_name, contact.last_name) if part)


def address_lines(
    street: str | None,
    postal_code: str | None,
    city: str | None,
    region: str | None,
    country: str | None,
    *,
    language: str,
) -> tuple[str, ...]:
    """An address, with the country named in the document's language."""
    country_name = ""
    if country:
        country_name = Locale.parse(language).territories.get(country.upper(), country)
    city_line = " ".join(part for part in (postal_code, city) if part)
    return tuple(part for part in (street, city_line, region, country_name) if part)


def delivery_address(account: Account, *, language: str) -> tuple[str, ...]:
    """Where an order goes: the shipping address, or the billing address if none."""
    shipping = address_lines(
        account.shipping_street, account.shipping_postal_code, account.shipping_city,
        account.shipping_region, account.shipping_country, language=language,
    )  # fmt: skip
    if account.shipping_street or account.shipping_city:
        return shipping
    return billing_address(account, language=language)


def billing_address(account: Account, *, language: str) -> tuple[str, ...]:
    return address_lines(
        account.billing_street, account.billing_postal_code, account.billing_city,
        account.billing_region, account.billing_country, language=language,
    )  # fmt: skip


def party(account: Account, contact: Contact | None, *, language: str) -> Party:
    """The customer block: billing address, with the country named in the document's language."""
    return Party(
        name=account.legal_name or account.name,
        address_lines=billing_address(account, language=language),
        account_number=account.account_number,
        tax_id=account.tax_id or "",
        contact_name=full_name(contact) if contact else "",
        contact_title=(contact.title or "") if contact else "",
        phone=(contact.phone if contact and contact.phone else account.phone) or "",
        email=(contact.email if contact and contact.email else account.email) or "",
    )


def document_lines(totals: DocumentTotals, lines: Sequence) -> tuple[DocumentLine, ...]:
    """The service's per-line amounts, with the product's name when a line has no text."""
    printable = []
    for index, (amounts, line) in enumerate(zip(totals.lines, lines, strict=True), start=1):
        product = line.product
        description = amounts.description or (product.name if product else "")
        printable.append(
            DocumentLine(
                position=amounts.position or index,
                description=description,
                sku=amounts.sku or "",
                quantity=amounts.quantity,
                unit=amounts.unit or "",
                unit_price=amounts.unit_price,
                discount_percent=amounts.discount_percent,
                tax_rate=amounts.tax_rate,
                line_total=amounts.total,
            )
        )
    return tuple(printable)


def document_totals(totals: DocumentTotals) -> Totals:
    gross = sum((line.gross for line in totals.lines), Decimal(0))
    discount = sum((line.discount for line in totals.lines), Decimal(0))
    return Totals(
        gross=gross,
        discount=discount,
        net=totals.subtotal,
        tax_rows=tuple(TaxRow(tax.rate, tax.base, tax.tax) for tax in totals.taxes.values()),
        grand_total=totals.grand_total,
    )
