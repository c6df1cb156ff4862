"""The write side of an import: existing-row lookups in batches, and upserts.

Rows are read and written with Core statements on the tables: one ``IN (...)``
query per 500 keys to find what exists, and executemany batches to insert and
update. The ORM's per-object bookkeeping would make a 100k-row import take minutes.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, bindparam, select
from sqlalchemy.orm import Session

from app.errors import translatable
from app.models.base import new_id, utc_now
from app.services.bulk import bulk_insert
from app.services.csv_reading import ParsedFile, ParsedRow, RowProblem

_CHUNK = 500  # bound parameters per IN (...) query, well under SQLite's limit


@dataclass
class ImportReport:
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    problems: list[RowProblem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.kind}: {self.created} created, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.skipped} skipped"
        )


Writer = Callable[[ImportReport], None]


def chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def existing_rows(
    session: Session,
    table: Table,
    key_column: str,
    keys: Sequence[Any],
    extra: ColumnElement[bool] | None = None,
):
    """Live rows of ``table`` whose ``key_column`` is one of ``keys``, as mappings."""
    rows = []
    for chunk in chunks(list(keys)):
        live = table.c.deleted.is_(False)
        query = select(table).where(table.c[key_column].in_(chunk), live)
        if extra is not None:
            query = query.where(extra)
        rows.extend(session.execute(query).mappings())
    return rows


def drop_duplicates(
    parsed: ParsedFile,
    key_of: Callable[[ParsedRow], Hashable],
    column: str | Callable[[ParsedRow], str],
) -> None:
    """A key twice in one file is ambiguous: the later row is reported, the first kept.

    ``column`` names the column to blame, or says for each row which one it is.
    """
    first_line: dict[Hashable, int] = {}
    kept: list[ParsedRow] = []
    for row in parsed.rows:
        key = key_of(row)
        if key in first_line:
            parsed.problems.append(
                RowProblem(
                    row.line,
                    column(row) if callable(column) else column,
                    translatable("errors", "duplicate of line {line}").format(line=first_line[key]),
                )
            )
            continue
        first_line[key] = row.line
        kept.append(row)
    parsed.rows = kept


def reject(parsed: ParsedFile, row: ParsedRow, column: str, message: str) -> None:
    parsed.problems.append(RowProblem(row.line, column, message))


@dataclass
class Upsert:
    """Rows to insert and to update in one table, written in executemany batches."""

    table: Table
    columns: list[str]
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    unchanged: int = 0

    def add(self, values: dict[str, Any], existing: Any | None) -> None:
        now = utc_now()
        if existing is None:
            self.inserts.append(
                {
                    "id": new_id(),
                    "created_at": now,
                    "updated_at": now,
                    "deleted": False,
                    "row_version": 1,
                    **values,
                }
            )
        elif any(existing[name] != values[name] for name in self.columns):
            self.updates.append(
                {
                    "b_id": existing["id"],
                    "b_updated_at": now,
                    **{f"b_{name}": values[name] for name in self.columns},
                }
            )
        else:
            self.unchanged += 1

    def write(self, session: Session, report: ImportReport | None) -> None:
        if self.inserts:
            bulk_insert(session, self.table, self.inserts)
        if self.updates:
            # Bump row_version as the ORM would, so sync sees the change.
            statement = (
                self.table.update()
                .where(self.table.c.id == bindparam("b_id"))
                .values(
                    row_version=self.table.c.row_version + 1,
                    updated_at=bindparam("b_updated_at"),
                    **{name: bindparam(f"b_{name}") for name in self.columns},
                )
            )
            session.execute(statement, self.updates)
        if report is not None:
            report.created += len(self.inserts)
            report.updated += len(self.updates)
            report.unchanged += self.unchanged


def model_columns(parsed: ParsedFile, *, leave_out: Iterable[str] = ()) -> list[str]:
    excluded = set(leave_out)
    return [column.name for column in parsed.columns if column.name and column.name not in excluded]
