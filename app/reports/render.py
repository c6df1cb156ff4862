"""Draw quotes, order confirmations and visit reports to PDF bytes.

``created_at`` is the moment written into the PDF metadata; pass a fixed value to
get byte-identical output for identical input (tests do).
"""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from app.reports import sections
from app.reports.catalogue import join_list, label
from app.reports.documents import OrderConfirmationDocument, QuoteDocument, VisitReportDocument
from app.reports.line_table import LineTable
from app.reports.locale_format import check_language, format_date, localize_digits
from app.reports.page import MUTED, PageWriter
from app.reports.photos import photo_grid
from app.reports.totals import totals_block
from app.reports.vocabulary import outcome_label, payment_terms_text
from app.reports.watermark import ORDER_MARKS, QUOTE_MARKS

Document = QuoteDocument | OrderConfirmationDocument | VisitReportDocument


def render_pdf(document: Document, *, created_at: datetime | None = None) -> bytes:
    check_language(document.appearance.language)
    out = io.BytesIO()
    moment = created_at or datetime.now(UTC)
    if isinstance(document, QuoteDocument):
        render_quote(document, out, created_at=moment)
    elif isinstance(document, OrderConfirmationDocument):
        render_order(document, out, created_at=moment)
    else:
        render_visit_report(document, out, created_at=moment)
    return out.getvalue()


def _writer(
    out, document: Document, *, title: str, subject: str, created_at: datetime
) -> PageWriter:
    language = check_language(document.appearance.language)
    writer = PageWriter(
        out, language=language, title=title, author=document.company.name, subject=subject,
        created_at=created_at, footer_text=sections.company_footer(document.company),
    )  # fmt: skip
    writer.page_started.append(lambda: _running_header(writer, title))
    return writer


def _running_header(writer: PageWriter, title: str) -> None:
    """Continuation pages name the document at the top."""
    continued = label(
        writer.language,
        "running_header",
        title=title,
        continued=label(writer.language, "continued"),
    )
    writer.y = writer.text(
        continued, left=writer.left, right=writer.right, top=writer.y, size=8, color=MUTED
    )
    writer.y -= 6


def _date(day: date | None, document: Document) -> str:
    """A date in the document's calendar, and below it in its second calendar if it has
    one ("24 November 2026" / "(14 Jumada al-Akhirah 1448 AH)", "... الموافق ...")."""
    if day is None:
        return ""
    appearance = document.appearance
    first = format_date(day, appearance.language, appearance.calendar)
    second_calendar = appearance.second_calendar
    if not second_calendar or second_calendar == appearance.calendar:
        return first
    second = format_date(day, appearance.language, second_calendar)
    return label(appearance.language, "dual_date", first=first, second=second)


def _moment(moment: datetime | None, document: Document) -> str:
    if moment is None:
        return ""
    appearance = document.appearance
    clock = localize_digits(moment.strftime("%H:%M"), appearance.language)
    return f"{format_date(moment.date(), appearance.language, appearance.calendar)} {clock}"


def render_quote(document: QuoteDocument, out, *, created_at: datetime) -> None:
    language = document.appearance.language
    number = document.number
    if document.revision:
        revision = localize_digits(str(document.revision), language)
        number = label(language, "with_revision", number=number, revision=revision)
    references = [
        ("quote_number", number),
        ("issue_date", _date(document.issue_date, document)),
        ("valid_until", _date(document.valid_until, document)),
        ("customer_reference", document.customer_reference),
    ]
    _render_trade(document, out, title_key="quote", references=references, created_at=created_at)


def render_order(document: OrderConfirmationDocument, out, *, created_at: datetime) -> None:
    references = [
        ("order_number", document.number),
        ("order_date", _date(document.order_date, document)),
        ("requested_delivery", _date(document.requested_delivery_date, document)),
        ("quote_reference", document.quote_number),
        ("customer_reference", document.customer_reference),
    ]
    _render_trade(document, out, title_key="order", references=references, created_at=created_at)


def _render_trade(
    document: QuoteDocument | OrderConfirmationDocument,
    out,
    *,
    title_key: str,
    references: list[tuple[str, str]],
    created_at: datetime,
) -> None:
    """A quote or an order confirmation: ``references`` are (label key, value) pairs."""
    language = document.appearance.language
    title = label(language, title_key)
    writer = _writer(
        out,
        document,
        title=f"{title} {document.number}",
        subject=f"{title} — {document.customer.name}",
        created_at=created_at,
    )  # metadata: plain text, no direction marks
    marks = QUOTE_MARKS if isinstance(document, QuoteDocument) else ORDER_MARKS
    if document.status in marks:
        writer.watermark = label(language, marks[document.status])
    labelled = [(label(language, key), value) for key, value in references]
    _trade_document(writer, document, title=title, references=labelled)


def _trade_document(
    writer: PageWriter,
    document: QuoteDocument | OrderConfirmationDocument,
    *,
    title: str,
    references,
) -> None:
    language = document.appearance.language
    sections.letterhead(writer, document.company, title=title, references=references)
    aside = sections.sales_rep_rows(document.sales_rep, language)
    sections.customer_block(writer, document.customer, language=language, aside=aside)
    note = label(language, "currency_note", currency=document.currency)
    writer.ensure(40)
    writer.y = (
        writer.text(
            note,
            left=writer.left,
            right=writer.right,
            top=writer.y,
            size=7.5,
            color=MUTED,
            align="end",
        )
        - 2
    )
    LineTable(writer, currency=document.currency).draw(document.lines)
    totals_block(writer, document.totals, currency=document.currency)
    sections.text_section(writer, label(language, "notes"), document.notes)
    delivery_address = getattr(document, "delivery_address", ())
    conditions = [
        (label(language, "payment_terms"), payment_terms_text(document.payment_terms, language)),
        (label(language, "delivery_terms"), document.delivery_terms),
        (label(language, "delivery_address"), "\n".join(delivery_address)),
    ]
    sections.conditions_block(writer, conditions)
    sections.text_section(writer, label(language, "terms"), document.terms)
    sections.text_section(writer, label(language, "bank_details"), document.company.bank_details)
    sections.signature_block(writer, document.company, language=language)
    writer.save()


def render_visit_report(document: VisitReportDocument, out, *, created_at: datetime) -> None:
    language = document.appearance.language
    title = label(language, "visit_report")
    writer = _writer(
        out, document, title=f"{title} — {document.customer.name}",
        subject=f"{title} {document.visit_reference}", created_at=created_at,
    )  # fmt: skip
    references = [
        (label(language, "visit_date"), _date(document.visit_date, document)),
        (label(language, "checked_in"), _moment(document.checked_in_at, document)),
        (label(language, "checked_out"), _moment(document.checked_out_at, document)),
        (
            label(language, "review"),
            label(language, f"review_{document.review_state}") if document.review_state else "",
        ),
    ]
    sections.letterhead(writer, document.company, title=title, references=references)
    aside = [
        *sections.sales_rep_rows(document.sales_rep, language),
        (label(language, "report_number"), document.visit_reference),
    ]
    sections.customer_block(writer, document.customer, language=language, aside=aside)
    sections.text_section(writer, label(language, "purpose"), document.purpose)
    met = "\n".join(
        join_list(language, (person.name, person.title)) for person in document.contacts_met
    )
    sections.text_section(writer, label(language, "contacts_met"), met)
    sections.text_section(writer, label(language, "summary"), document.summary)
    outcome = outcome_label(document.outcome, language)
    sections.text_section(writer, label(language, "outcome"), outcome)
    sections.text_section(writer, label(language, "next_steps"), document.next_steps)
    if document.follow_up_title:
        follow_up = document.follow_up_title
        if document.follow_up_due:
            # Two directions may meet here (a Russian task in a Persian report): the
            # title and the due date are isolated runs, never pasted together.
            due = label(language, "due", date=_date(document.follow_up_due, document))
            follow_up = label(language, "follow_up_line", title=follow_up, due=due)
        sections.text_section(writer, label(language, "follow_up"), follow_up)
    sections.text_section(writer, label(language, "review"), document.review_comment)
    photo_grid(writer, document.photos)
    writer.save()
