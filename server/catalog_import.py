"""Import products and prices from CSV, with the client's column names.

Products upsert by SKU; prices by (price list name, SKU, min_quantity); a price list
is created on first mention. One bad row refuses the whole file, naming its line.
"""

from __future__ import annotations

import csv
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from server.feed import FeedWriter
from server.models import Record, utcnow

PRODUCT_COLUMNS = ("sku", "name", "description", "unit", "tax_rate", "active")
PRICE_COLUMNS = (
    "price_list",
    "currency",
    "valid_from",
    "valid_to",
    "sku",
    "min_quantity",
    "unit_price",
)


def _rows(
    path: str, known: tuple[str, ...], required: tuple[str, ...]
) -> list[tuple[int, dict[str, str]]]:
    with Path(path).open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        for column in header:
            if column not in known:
                raise ValidationError(
                    translatable("errors", "line 1: unknown column {column}"),
                    field=column,
                    column=column,
                )
        for column in required:
            if column not in header:
                raise ValidationError(
                    translatable("errors", "line 1: missing column {column}"),
                    field=column,
                    column=column,
                )
        rows = []
        for row in reader:
            rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}))
        return rows


def _decimal(line: int, column: str, text: str, default: str) -> str:
    try:
        return str(Decimal(text or default))
    except InvalidOperation:
        raise ValidationError(
            translatable("errors", "line {line}: {column} is not a number: {value}"),
            field=column,
            line=line,
            column=column,
            value=text,
        ) from None


def _catalog(session: Session, entity: str) -> list[Record]:
    return list(
        session.scalars(select(Record).where(Record.entity == entity, Record.deleted.is_(False)))
    )


def _write(
    session: Session, feed: FeedWriter, record: Record | None, entity: str, fields: dict[str, Any]
) -> Record:
    now = utcnow()
    if record is None:
        record = Record(
            entity=entity,
            id=str(uuid.uuid4()),
            doc=fields,
            versions={name: 1 for name in fields},
            row_version=1,
            deleted=False,
            created_at=now,
            updated_at=now,
            updated_by="import",
        )
        session.add(record)
        feed.add_record(record, kind="upsert", fields=fields)
        return record
    changed = {k: v for k, v in fields.items() if record.doc.get(k) != v}
    if changed:
        record.row_version += 1
        record.doc = {**record.doc, **changed}
        record.versions = {**record.versions, **{k: record.row_version for k in changed}}
        record.updated_at, record.updated_by = now, "import"
        feed.add_record(record, kind="upsert", fields=changed)
    return record


def import_products(session: Session, path: str) -> int:
    rows = _rows(path, PRODUCT_COLUMNS, ("sku", "name"))
    by_sku = {r.doc.get("sku"): r for r in _catalog(session, "product")}
    feed = FeedWriter()
    for line, row in rows:
        if not row.get("sku") or not row.get("name"):
            raise ValidationError(
                translatable("errors", "line {line}: sku and name are required"),
                field="sku",
                line=line,
            )
        fields = {
            "sku": row["sku"],
            "name": row["name"],
            "description": row.get("description") or None,
            "unit": row.get("unit") or "pcs",
            "tax_rate": _decimal(line, "tax_rate", row.get("tax_rate", ""), "0"),
            "active": (row.get("active") or "true").lower() in {"true", "1", "yes"},
        }
        by_sku[row["sku"]] = _write(session, feed, by_sku.get(row["sku"]), "product", fields)
    feed.flush(session)
    return len(rows)


def import_prices(session: Session, path: str) -> int:
    rows = _rows(path, PRICE_COLUMNS, ("price_list", "currency", "sku", "unit_price"))
    products = {r.doc.get("sku"): r for r in _catalog(session, "product")}
    lists = {r.doc.get("name"): r for r in _catalog(session, "price_list")}
    items = {
        (r.doc.get("price_list_id"), r.doc.get("product_id"), r.doc.get("min_quantity")): r
        for r in _catalog(session, "price_list_item")
    }
    feed = FeedWriter()
    for line, row in rows:
        product = products.get(row.get("sku"))
        if product is None:
            raise ValidationError(
                translatable("errors", "line {line}: unknown SKU {sku}"),
                field="sku",
                line=line,
                sku=row.get("sku"),
            )
        name = row["price_list"]
        list_fields = {
            "name": name,
            "currency": row["currency"],
            "valid_from": row.get("valid_from") or None,
            "valid_to": row.get("valid_to") or None,
        }
        lists[name] = _write(session, feed, lists.get(name), "price_list", list_fields)
        quantity = _decimal(line, "min_quantity", row.get("min_quantity", ""), "1")
        key = (lists[name].id, product.id, quantity)
        item_fields = {
            "price_list_id": lists[name].id,
            "product_id": product.id,
            "min_quantity": quantity,
            "unit_price": _decimal(line, "unit_price", row.get("unit_price", ""), ""),
        }
        items[key] = _write(session, feed, items.get(key), "price_list_item", item_fields)
    feed.flush(session)
    return len(rows)
