"""Importing price list items: one row per list, SKU and quantity break.

A row names its price list; the list's currency and validity travel on every row
of that list, so they must agree within the file. A list named for the first time
is created; an existing list takes the file's currency and validity.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.errors import translatable
from app.models import PriceList, PriceListItem, Product
from app.models.validation import label
from app.services.csv_reading import ParsedFile, ParsedRow
from app.services.csv_upsert import (
    ImportReport,
    Upsert,
    Writer,
    drop_duplicates,
    existing_rows,
    reject,
)


def _break(quantity: Decimal) -> Decimal:
    """The same normal form the CSV parser gives a quantity, for matching stored rows."""
    if quantity == quantity.to_integral_value():
        return quantity.quantize(Decimal(1))
    return quantity.normalize()


def _list_header(parsed: ParsedFile, row: ParsedRow) -> dict[str, Any]:
    header = {"name": row.values["price_list"], "currency": row.values["currency"]}
    for name in ("valid_from", "valid_to"):
        if parsed.has(name):
            header[name] = row.values[name]
    return header


def _check_rows(parsed: ParsedFile) -> dict[str, dict[str, Any]]:
    """Each list's header as its first good row gives it; rows that disagree are rejected."""
    headers: dict[str, tuple[int, dict[str, Any]]] = {}
    kept = []
    for row in parsed.rows:
        start, end = row.values.get("valid_from"), row.values.get("valid_to")
        if start is not None and end is not None and end < start:
            reject(
                parsed,
                row,
                "valid_to",
                translatable("errors", "the end ({end}) is before the start ({start})").format(
                    end=end.isoformat(), start=start.isoformat()
                ),
            )
            continue
        header = _list_header(parsed, row)
        first = headers.setdefault(header["name"], (row.line, header))
        conflict = next((key for key in header if header[key] != first[1][key]), None)
        if conflict is not None:
            reject(
                parsed,
                row,
                conflict,
                translatable(
                    "errors", "{label} of price list “{name}” differs from line {line}"
                ).format(label=label(conflict), name=header["name"], line=first[0]),
            )
            continue
        kept.append(row)
    parsed.rows = kept
    return {name: header for name, (_line, header) in headers.items()}


def plan_prices(session: Session, parsed: ParsedFile) -> Writer:
    drop_duplicates(
        parsed,
        lambda row: (row.values["price_list"], row.values["sku"], row.values["min_quantity"]),
        "min_quantity",
    )
    headers = _check_rows(parsed)

    skus = sorted({row.values["sku"] for row in parsed.rows})
    product_ids = {
        row["sku"]: row["id"] for row in existing_rows(session, Product.__table__, "sku", skus)
    }
    lists_by_name: dict[str, list[Any]] = defaultdict(list)
    for price_list in existing_rows(session, PriceList.__table__, "name", sorted(headers)):
        lists_by_name[price_list["name"]].append(price_list)

    kept = []
    for row in parsed.rows:
        name = row.values["price_list"]
        if row.values["sku"] not in product_ids:
            reject(
                parsed,
                row,
                "sku",
                translatable("errors", "no product with SKU {sku}").format(sku=row.values["sku"]),
            )
        elif len(lists_by_name.get(name, ())) > 1:
            reject(
                parsed,
                row,
                "price_list",
                translatable(
                    "errors", "several price lists are named “{name}”; rename one first"
                ).format(name=name),
            )
        else:
            kept.append(row)
    parsed.rows = kept

    def write(report: ImportReport) -> None:
        used = {row.values["price_list"] for row in parsed.rows}
        list_columns = [key for key in next(iter(headers.values()), {}) if key != "name"]
        lists = Upsert(PriceList.__table__, ["name", *list_columns])
        list_ids: dict[str, str] = {}
        for name in sorted(used):
            found = lists_by_name.get(name, [None])[0]
            lists.add(headers[name], found)
            list_ids[name] = found["id"] if found is not None else lists.inserts[-1]["id"]
        lists.write(session, None)

        existing = {
            (item["price_list_id"], item["product_id"], _break(item["min_quantity"])): item
            for item in existing_rows(
                session, PriceListItem.__table__, "price_list_id", sorted(list_ids.values())
            )
        }
        items = Upsert(
            PriceListItem.__table__, ["price_list_id", "product_id", "min_quantity", "unit_price"]
        )
        for row in parsed.rows:
            values = {
                "price_list_id": list_ids[row.values["price_list"]],
                "product_id": product_ids[row.values["sku"]],
                "min_quantity": row.values["min_quantity"],
                "unit_price": row.values["unit_price"],
            }
            key = (values["price_list_id"], values["product_id"], values["min_quantity"])
            items.add(values, existing.get(key))
        items.write(session, report)

    return write
