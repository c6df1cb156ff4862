"""Protocol values straight to the values SQLite stores, one precomputed plan per table.

A first sync stores a few hundred thousand records, each with tens of fields. Going
through ``from_protocol`` and then each column type's bind processor made two or
three calls per field and was a third of the client's time; a ``ColumnPlan`` does
the same conversion in one step (or none: text, references and integers are
stored as they travel), producing exactly what the ORM would store:

* ``decimal``: the exact text of ``Decimal(value)`` (``DecimalText``);
* ``date``: ``YYYY-MM-DD``; ``datetime``: naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``
  (``UTCDateTime`` over SQLite's ``DateTime``);
* ``bool``: 0 or 1; ``json``: the column's own JSON encoding.

A value the column cannot hold (the server checks kinds, so this is a backstop)
gets the column's default, and a null in a column this client keeps NOT NULL too:
a bad value must never stop a page from applying, and with it every sync after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Dialect, Table

log = logging.getLogger(__name__)

Convert = Callable[[Any], Any]


def _decimal(value: Any) -> str:
    return str(Decimal(value))


def _date(value: str) -> str:
    return date.fromisoformat(value).isoformat()


def _datetime(value: str) -> str:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.isoformat(" ", "microseconds")


def _bool(value: Any) -> int:
    return 1 if value else 0


FAST: dict[str, Convert] = {
    "decimal": _decimal,
    "date": _date,
    "datetime": _datetime,
    "bool": _bool,
}
BAD_VALUE = (ValueError, TypeError, InvalidOperation, AttributeError)


@dataclass(frozen=True)
class Column:
    name: str
    convert: Convert | None  # None: stored as it travels
    if_null: Any  # what a null (or an absent field) is stored as
    if_bad: Any  # what a value of the wrong kind is stored as


class ColumnPlan:
    """How each synced column of one table is stored; built once per table and dialect."""

    def __init__(self, table: Table, kinds: dict[str, str], dialect: Dialect, now: datetime):
        self.table = table
        self.columns: dict[str, Column] = {}
        for name in table.columns.keys():
            kind = kinds.get(name)
            if kind is None:
                continue
            column = table.c[name]
            process = column.type.dialect_impl(dialect).bind_processor(dialect)
            convert = FAST.get(kind) or (process if kind == "json" else None)
            missing = _stored(process, _missing_value(table, name, kind, now))
            self.columns[name] = Column(
                name=name,
                convert=convert,
                if_null=None if column.nullable else missing,
                if_bad=missing,
            )

    def value(self, name: str, value: Any) -> Any:
        column = self.columns[name]
        if value is None:
            return column.if_null
        if column.convert is None:
            return value
        try:
            return column.convert(value)
        except BAD_VALUE:
            log.warning("%s.%s: a value of the wrong kind from the server", self.table.name, name)
            return column.if_bad

    def row(self, names: list[str], fields: dict[str, Any]) -> list[Any]:
        """The stored values of ``names`` (in order) for one record's fields."""
        out: list[Any] = []
        append = out.append
        columns = self.columns
        for name in names:
            value = fields.get(name)
            if value is None:
                append(columns[name].if_null)
            elif columns[name].convert is None:
                append(value)
            else:
                append(self.value(name, value))
        return out


def _stored(process: Convert | None, value: Any) -> Any:
    return value if process is None or value is None else process(value)


# A NOT NULL column with no default of its own, left out by the server: the zero of
# its kind. Every protocol kind is listed, so a new kind fails here (KeyError when
# the plan is built) instead of storing text in a typed column.
BLANK: dict[str, Any] = {
    "decimal": Decimal("0"),
    "bool": False,
    "int": 0,
    "json": [],
    "str": "",
    "text": "",
    "ref": "",
}


def _missing_value(table: Table, name: str, kind: str, now: datetime) -> Any:
    """What a NOT NULL column gets when the server's record does not carry it.

    The column's own default first (what the ORM would store), else a value of the
    column's kind: the time of the pull for a date or time, the kind's zero
    otherwise. A nullable column stores NULL instead (``ColumnPlan``); this value
    is then only what a value of the wrong kind is replaced with.
    """
    column = table.c[name]
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg
    if default is not None and default.is_callable:
        return default.arg(None)  # SQLAlchemy wraps it to take the execution context
    if column.nullable:
        return None
    # No default, or a SQL expression (it cannot be a bound value): the kind's own.
    if kind == "datetime":
        return now
    if kind == "date":
        return now.date()
    return BLANK[kind]
