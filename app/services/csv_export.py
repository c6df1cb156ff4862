"""Exporting records to UTF-8 CSV.

Accounts, contacts, products and prices are written with exactly the columns their
import reads, so export then import gives the same records. Visits, quotes, orders
and contracts are for spreadsheets and reports: quotes and orders get one row per
line, with the line total computed by ``app.models.money``.

Values go through ``csv_columns.format_cell``: exact decimals, ISO dates, never a
float. Text that a spreadsheet would run as a formula gets a leading apostrophe
(``csv_columns.spreadsheet_safe``). ``excel=True`` writes a byte-order mark,
without which Excel shows Arabic, Persian and Cyrillic names as mojibake.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Numeric, Select, cast, select
from sqlalchemy.orm import Session, aliased

from app.errors import ValidationError, translatable
from app.models import (
    Account,
    Contact,
    Contract,
    Order,
    OrderLine,
    PriceList,
    PriceListItem,
    Product,
    Quote,
    QuoteLine,
    Territory,
    Visit,
    VisitReport,
)
from app.models.money import line_amounts
from app.services import csv_columns
from app.services.csv_columns import format_cell, spreadsheet_safe
from app.services.csv_kinds import EXPORT_KINDS

Rows = Iterable[Sequence[Any]]


def _names(columns: Sequence[csv_columns.Column]) -> list[str]:
    return [column.name for column in columns]


def _live(query: Select, *models: type) -> Select:
    return query.where(*(model.deleted.is_(False) for model in models))


def _joined_live(model: type) -> ColumnElement[bool]:
    """Only live rows of a joined table (soft-deleted rows stay for sync)."""
    return model.deleted.is_(False)


def _stream(session: Session, query: Select) -> Rows:
    return session.execute(query.execution_options(yield_per=2000))


def _accounts(session: Session) -> tuple[list[str], Rows]:
    header = _names(csv_columns.ACCOUNT_COLUMNS)
    fields = [Territory.name if name == "territory" else getattr(Account, name) for name in header]
    query = _live(
        select(*fields).outerjoin(Territory, Account.territory_id == Territory.id), Account
    ).order_by(Account.account_number)
    return header, _stream(session, query)


def _contacts(session: Session) -> tuple[list[str], Rows]:
    header = _names(csv_columns.CONTACT_COLUMNS)
    fields = [
        Account.account_number if name == "account_number" else getattr(Contact, name)
        for name in header
    ]
    query = _live(select(*fields).join(Account, Contact.account_id == Account.id), Contact, Account)
    return header, _stream(
        session,
        query.order_by(
            Account.account_number, Contact.last_name, Contact.first_name, Contact.email
        ),
    )


def _products(session: Session) -> tuple[list[str], Rows]:
    header = _names(csv_columns.PRODUCT_COLUMNS)
    query = _live(select(*(getattr(Product, name) for name in header)), Product)
    return header, _stream(session, query.order_by(Product.sku))


def _prices(session: Session) -> tuple[list[str], Rows]:
    query = _live(
        select(
            PriceList.name,
            PriceList.currency,
            PriceList.valid_from,
            PriceList.valid_to,
            Product.sku,
            PriceListItem.min_quantity,
            PriceListItem.unit_price,
        )
        .join(PriceList, PriceListItem.price_list_id == PriceList.id)
        .join(Product, PriceListItem.product_id == Product.id),
        PriceListItem,
        PriceList,
    ).order_by(PriceList.name, Product.sku, cast(PriceListItem.min_quantity, Numeric))
    return _names(csv_columns.PRICE_COLUMNS), _stream(session, query)


def _visits(session: Session) -> tuple[list[str], Rows]:
    header = [
        "account_number", "account_name", "planned_start", "planned_end", "status",
        "checked_in_at", "checked_out_at", "purpose", "owner",
        "report_summary", "report_outcome", "report_submitted", "review_state", "review_comment",
    ]  # fmt: skip
    query = _live(
        select(
            Account.account_number,
            Account.name,
            Visit.planned_start,
            Visit.planned_end,
            Visit.status,
            Visit.checked_in_at,
            Visit.checked_out_at,
            Visit.purpose,
            Visit.owner,
            VisitReport.summary,
            VisitReport.outcome,
            VisitReport.submitted,
            VisitReport.review_state,
            VisitReport.review_comment,
        )  # fmt: skip
        .join(Account, Visit.account_id == Account.id)
        .outerjoin(VisitReport, (VisitReport.visit_id == Visit.id) & _joined_live(VisitReport)),
        Visit,
    ).order_by(Visit.planned_start, Visit.id)
    return header, _stream(session, query)


_LINE_HEADER = [
    "position", "sku", "description", "quantity", "unit_price", "discount_percent",
    "tax_rate", "line_total",
]  # fmt: skip


def _with_line_totals(rows: Rows, currency_index: int) -> Rows:
    """Append each line's total, or nothing for a document without lines."""
    for row in rows:
        *document, position, sku, description, quantity, unit_price, discount, tax = row
        total = None
        if quantity is not None:
            total = line_amounts(
                quantity=quantity,
                unit_price=unit_price,
                discount_percent=discount,
                tax_rate=tax,
                currency=document[currency_index],
            ).total
        yield (*document, position, sku, description, quantity, unit_price, discount, tax, total)


def _document_lines(session: Session, document: type, line: type, link: str, fields: list) -> Rows:
    line_alias = aliased(line)
    product = aliased(Product)
    query = (
        select(
            *fields,
            line_alias.position,
            product.sku,
            line_alias.description,
            line_alias.quantity,
            line_alias.unit_price,
            line_alias.discount_percent,
            line_alias.tax_rate,
        )  # fmt: skip
        .join(Account, document.account_id == Account.id)
        .outerjoin(
            line_alias,
            (getattr(line_alias, link) == document.id) & _joined_live(line_alias),
        )
        .outerjoin(product, line_alias.product_id == product.id)
        .where(document.deleted.is_(False))
        .order_by(document.number, line_alias.position)
    )
    return _stream(session, query)


def _quotes(session: Session) -> tuple[list[str], Rows]:
    header = ["number", "account_number", "status", "currency", "issue_date", "valid_until"]
    fields = [Quote.number, Account.account_number, Quote.status, Quote.currency,
              Quote.issue_date, Quote.valid_until]  # fmt: skip
    rows = _document_lines(session, Quote, QuoteLine, "quote_id", fields)
    return header + _LINE_HEADER, _with_line_totals(rows, currency_index=3)


def _orders(session: Session) -> tuple[list[str], Rows]:
    header = ["number", "account_number", "status", "currency", "order_date",
              "requested_delivery_date", "submitted_at"]  # fmt: skip
    fields = [Order.number, Account.account_number, Order.status, Order.currency,
              Order.order_date, Order.requested_delivery_date, Order.submitted_at]  # fmt: skip
    rows = _document_lines(session, Order, OrderLine, "order_id", fields)
    return header + _LINE_HEADER, _with_line_totals(rows, currency_index=3)


def _contracts(session: Session) -> tuple[list[str], Rows]:
    header = ["number", "account_number", "title", "start_date", "end_date", "auto_renew",
              "notice_period_days", "value", "currency", "status"]  # fmt: skip
    fields = [Account.account_number if name == "account_number" else getattr(Contract, name)
              for name in header]  # fmt: skip
    query = _live(select(*fields).join(Account, Contract.account_id == Account.id), Contract)
    return header, _stream(session, query.order_by(Contract.number))


_EXPORTERS: dict[str, Callable[[Session], tuple[list[str], Rows]]] = {
    "accounts": _accounts,
    "contacts": _contacts,
    "products": _products,
    "prices": _prices,
    "visits": _visits,
    "quotes": _quotes,
    "orders": _orders,
    "contracts": _contracts,
}


def _cell(value: object) -> str:
    text = format_cell(value)
    # Only text typed by people can carry a formula; a negative amount stays a number.
    return spreadsheet_safe(text) if isinstance(value, str | list) else text


def export_csv(
    session: Session,
    kind: str,
    path: Path,
    *,
    excel: bool = False,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write every live record of ``kind`` to ``path``; returns the number of data rows.

    ``progress`` is called with the rows written so far every thousand rows; if it
    raises (a cancelled export), no file is left behind and the error propagates.
    """
    exporter = _EXPORTERS.get(kind)
    if exporter is None:
        raise ValidationError(
            translatable("errors", "Cannot export “{kind}”; choose one of {kinds}."),
            field="kind",
            kind=kind,
            kinds=", ".join(EXPORT_KINDS),
        )
    path = Path(path)
    header, rows = exporter(session)
    # Written beside the target and renamed, so a failed export never leaves half a file.
    partial = path.with_name(path.name + ".partial")
    count = 0
    try:
        with open(partial, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            for row in rows:
                writer.writerow([_cell(value) for value in row])
                count += 1
                if progress is not None and count % 1000 == 0:
                    progress(count)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(
            translatable("errors", "Cannot write {path}: {reason}"),
            field="file",
            path=str(path),
            reason=error.strerror or str(error),
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
