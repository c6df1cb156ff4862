"""Importing accounts, contacts, products and prices from CSV.

An import is all or nothing: every row is parsed and checked against the file and
the workspace first (``plan``); only a file without a bad row is written, unless the
caller asks to skip bad rows. Existing records are updated in place (upsert):

* accounts by ``account_number``, products by ``sku``;
* contacts by account + e-mail, else account + name;
* prices by price list name + SKU + ``min_quantity`` (one row per quantity break).

Lookups are done per file, not per row, and writes go out as executemany batches,
so 100k rows take seconds. Unchanged rows are left alone, so an import of the same
file twice produces no sync traffic the second time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.models import Account, Contact, Product, Territory
from app.services import csv_columns
from app.services.csv_kinds import IMPORT_KINDS
from app.services.csv_prices import plan_prices
from app.services.csv_reading import (
    CsvImportError,
    ParsedFile,
    ParsedRow,
    RowProblem,
    open_csv,
    parse_rows,
)
from app.services.csv_upsert import (
    ImportReport,
    Upsert,
    Writer,
    drop_duplicates,
    existing_rows,
    model_columns,
    reject,
)
from app.services.server_catalog import server_catalog_is_truth, server_territory_names

CATALOG_KINDS = frozenset({"products", "prices"})


def import_csv(
    session: Session, kind: str, path: Path, *, skip_invalid: bool = False
) -> ImportReport:
    """Import ``path`` into the session's transaction; raises CsvImportError if nothing may be written."""
    importer = _IMPORTERS.get(kind)
    if importer is None:
        raise CsvImportError(
            translatable("errors", "Cannot import “{kind}”; choose one of {kinds}."),
            problems=[],
            kind=kind,
            kinds=", ".join(IMPORT_KINDS),
        )
    spec, plan = importer
    if kind in CATALOG_KINDS and server_catalog_is_truth(session):
        raise CsvImportError(
            translatable(
                "errors",
                "Products and prices are kept by the server this workspace syncs with; "
                "ask your administrator to import them there.",
            ),
            problems=[],
        )
    with open_csv(path) as stream:
        parsed = parse_rows(stream, spec)
    if any(problem.line == 1 for problem in parsed.problems):
        raise _refusal(parsed.problems, path)  # a bad header makes every row suspect
    write = plan(session, parsed)
    problems = sorted(parsed.problems, key=lambda problem: problem.line)
    if problems and not skip_invalid:
        raise _refusal(problems, path)
    report = ImportReport(kind=kind, skipped=len(parsed.bad_lines), problems=problems)
    write(report)
    return report


def _refusal(problems: Sequence[RowProblem], path: Path) -> CsvImportError:
    rows = len({problem.line for problem in problems})
    return CsvImportError(
        translatable(
            "errors",
            "{path}: {count} bad row(s), nothing imported (first: {first}); "
            "fix them or skip bad rows (--skip-invalid)",
        ),
        problems=problems,
        path=path.name,
        count=rows,
        first=str(problems[0]) if problems else "",
    )


# -- accounts -------------------------------------------------------------------------


def _plan_accounts(session: Session, parsed: ParsedFile) -> Writer:
    drop_duplicates(parsed, lambda row: row.values["account_number"], "account_number")
    if parsed.has("territory") and server_catalog_is_truth(session):
        _refuse_unknown_territories(session, parsed)
    table = Account.__table__
    columns = model_columns(parsed, leave_out={"territory"})
    with_territory = parsed.has("territory")
    if with_territory:
        columns.append("territory_id")
    existing = {
        row["account_number"]: row
        for row in existing_rows(
            session, table, "account_number", [row.values["account_number"] for row in parsed.rows]
        )
    }

    def write(report: ImportReport) -> None:
        territory_ids = _territory_ids(session, parsed.rows) if with_territory else {}
        upsert = Upsert(table, columns)
        for row in parsed.rows:
            values = {name: row.values[name] for name in columns if name != "territory_id"}
            if with_territory:
                values["territory_id"] = territory_ids.get(row.values["territory"])
            upsert.add(values, existing.get(row.values["account_number"]))
        upsert.write(session, report)

    return write


def _refuse_unknown_territories(session: Session, parsed: ParsedFile) -> None:
    """Connected: a territory the server does not have is a mistake, not a new territory."""
    known = server_territory_names(session)
    kept = []
    for row in parsed.rows:
        name = row.values.get("territory")
        if name is not None and name not in known:
            reject(
                parsed,
                row,
                "territory",
                translatable(
                    "errors",
                    "territory “{name}” is not on the server; use one of your territories",
                ).format(name=name),
            )
        else:
            kept.append(row)
    parsed.rows = kept


def _territory_ids(session: Session, rows: Sequence[ParsedRow]) -> dict[str | None, str]:
    """Territory id by name; a name not seen before becomes a new territory."""
    table = Territory.__table__
    known: dict[str | None, str] = {}
    for row in session.execute(select(table.c.id, table.c.name).where(table.c.deleted.is_(False))):
        known.setdefault(row.name, row.id)
    missing = {row.values["territory"] for row in rows} - set(known) - {None}
    new = Upsert(table, ["name"])
    for name in sorted(missing):
        new.add({"name": name}, None)
        known[name] = new.inserts[-1]["id"]
    new.write(session, None)
    return known


# -- contacts -------------------------------------------------------------------------


def _contact_key(values: dict[str, Any]) -> tuple[str, ...]:
    if values.get("email"):
        return (values["account_number"], "email", values["email"].lower())
    return (values["account_number"], "name", _full_name(values))


def _full_name(values: Any) -> str:
    return " ".join(filter(None, (values.get("first_name"), values.get("last_name")))).lower()


def _plan_contacts(session: Session, parsed: ParsedFile) -> Writer:
    drop_duplicates(
        parsed,
        lambda row: _contact_key(row.values),
        lambda row: "email" if row.values.get("email") else "last_name",
    )
    numbers = sorted({row.values["account_number"] for row in parsed.rows})
    accounts = Account.__table__
    account_ids = {
        row["account_number"]: row["id"]
        for row in existing_rows(session, accounts, "account_number", numbers)
    }
    kept = []
    for row in parsed.rows:
        if row.values["account_number"] not in account_ids:
            reject(
                parsed,
                row,
                "account_number",
                translatable("errors", "no account with number {number}").format(
                    number=row.values["account_number"]
                ),
            )
        else:
            kept.append(row)
    parsed.rows = kept
    table = Contact.__table__
    by_email: dict[tuple[str, str], Any] = {}
    by_name: dict[tuple[str, str], Any] = {}
    for contact in existing_rows(session, table, "account_id", list(account_ids.values())):
        if contact["email"]:
            by_email.setdefault((contact["account_id"], contact["email"].lower()), contact)
        by_name.setdefault((contact["account_id"], _full_name(contact)), contact)
    columns = [*model_columns(parsed, leave_out={"account_number"}), "account_id"]

    def write(report: ImportReport) -> None:
        upsert = Upsert(table, columns)
        for row in parsed.rows:
            account_id = account_ids[row.values["account_number"]]
            values = {name: row.values[name] for name in columns if name != "account_id"}
            values["account_id"] = account_id
            email = (row.values.get("email") or "").lower()
            match = by_email.get((account_id, email)) if email else None
            if match is None:
                # Same person by name, unless both sides carry different e-mail addresses.
                candidate = by_name.get((account_id, _full_name(row.values)))
                if candidate is not None and not (email and candidate["email"]):
                    match = candidate
            upsert.add(values, match)
        upsert.write(session, report)

    return write


# -- products -------------------------------------------------------------------------


def _plan_products(session: Session, parsed: ParsedFile) -> Writer:
    drop_duplicates(parsed, lambda row: row.values["sku"], "sku")
    table = Product.__table__
    existing = {
        row["sku"]: row
        for row in existing_rows(session, table, "sku", [r.values["sku"] for r in parsed.rows])
    }
    columns = model_columns(parsed)

    def write(report: ImportReport) -> None:
        upsert = Upsert(table, columns)
        for row in parsed.rows:
            upsert.add(
                {name: row.values[name] for name in columns}, existing.get(row.values["sku"])
            )
        upsert.write(session, report)

    return write


_IMPORTERS: dict[
    str, tuple[Sequence[csv_columns.Column], Callable[[Session, ParsedFile], Writer]]
] = {
    "accounts": (csv_columns.ACCOUNT_COLUMNS, _plan_accounts),
    "contacts": (csv_columns.CONTACT_COLUMNS, _plan_contacts),
    "products": (csv_columns.PRODUCT_COLUMNS, _plan_products),
    "prices": (csv_columns.PRICE_COLUMNS, plan_prices),
}
