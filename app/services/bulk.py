"""Writing many rows at once, for imports and the demo.

SQLAlchemy's executemany keeps per-row statement bookkeeping that costs as much
as SQLite's own work on 100k-row files. ``bulk_insert`` hands the driver one
executemany of plain tuples instead. Values still pass through each column type's
own bind processor (exact decimal text, UTC datetimes, JSON lists), so a row is
stored exactly as the ORM would store it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

BATCH = 5000  # rows per executemany: bounded memory, few round trips


def bulk_insert(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` into ``table``: dicts keyed by column name, all with the same keys."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    given = rows[0].keys()
    # Columns the rows leave out get their model default (type "prospect", tags []...),
    # as a Core insert would; the rest are NULL.
    defaults = {
        column.name: column.default
        for column in table.columns
        if column.name not in given and column.default is not None
    }
    names = [name for name in table.columns.keys() if name in given or name in defaults]
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
        f"VALUES ({', '.join('?' for _ in names)})"
    )
    pairs = [
        (name, None if process is None else _RepeatAware(process))
        for name, process in zip(names, processors, strict=True)
    ]
    for start in range(0, len(rows), BATCH):
        connection.exec_driver_sql(
            sql,
            [
                tuple(
                    value if process is None or value is None else process(value)
                    for name, process in pairs
                    for value in (row[name] if name in row else _default(defaults[name]),)
                )
                for row in rows[start : start + BATCH]
            ],
        )


def _default(default: Any) -> Any:
    # A ColumnDefault holds a constant, or a callable SQLAlchemy wrapped to take
    # an execution context, which plain Python defaults ignore.
    return default.arg(None) if default.is_callable else default.arg


class _RepeatAware:
    """A bind processor that reuses its last result when handed the same object again.

    Bulk rows share objects (one ``created_at`` for a whole demo, the same Decimal
    zero), and converting a datetime costs more than inserting the row.
    """

    __slots__ = ("process", "last_in", "last_out")

    def __init__(self, process: Callable[[Any], Any]) -> None:
        self.process = process
        self.last_in: object = _NOTHING
        self.last_out: Any = None

    def __call__(self, value: Any) -> Any:
        if value is not self.last_in:
            self.last_out = self.process(value)
            self.last_in = value
        return self.last_out


_NOTHING = object()
