"""Inserting many rows in one round trip on either database.

PostgreSQL gets one short, cached statement whose only value is the rows as one
JSON document (``INSERT ... SELECT ... FROM json_populate_recordset(...)``): the
SQL text does not grow with the batch, and the whole batch, JSON columns
included, is encoded by one call of orjson's encoder. Column arrays cost
psycopg a Python loop per element (its array dumper was a fifth of a push,
profiled) and every JSON column a separate encoding. SQLite uses SQLAlchemy's
batched executemany.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

import orjson
import psycopg
from psycopg.pq import ExecStatus
from pydantic_core import to_json
from sqlalchemy import Executable, Table, insert
from sqlalchemy.dialects.postgresql.psycopg import dialect as psycopg_dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

# A statement for the session's psycopg connection, and its values.
Statement = tuple[str, list[Any]]


def _rows(cursor: psycopg.Cursor[Any]) -> list[tuple[Any, ...]]:
    """The cursor's rows, or none for a statement that returns none.

    Asking ``cursor.description`` builds a ``Column`` object per column of the
    result (12 for the token check), only to learn whether there is one: the
    result's status says it without them (about 15 µs a statement, measured).
    """
    result = cursor.pgresult
    if result is None or result.status != ExecStatus.TUPLES_OK:
        return []
    return cursor.fetchall()


def rows_json(rows: list[Any]) -> str:
    """Rows as one JSON array for ``json_populate_recordset``: one encoder call.

    orjson encodes a push's rows in a third of pydantic-core's time (new rows 0.88
    -> 0.29 µs each, feed entries 0.69 -> 0.22). Datetimes become RFC 3339 text,
    which timestamptz reads. What orjson refuses (integers past 64 bits, Decimal)
    goes through pydantic-core as before. orjson writes a non-finite float as
    null where pydantic-core wrote NaN for PostgreSQL to refuse: none reaches here,
    the request parser refuses them (``server.api.strict_json``).
    """
    try:
        return orjson.dumps(rows).decode()
    except orjson.JSONEncodeError:
        return to_json(rows, inf_nan_mode="constants").decode()


def insert_statement(table: Table, rows: list[dict[str, Any]]) -> Statement:
    """PostgreSQL: insert ``rows`` (dicts with every column of ``table``) in one statement."""
    return _insert_sql(table), [rows_json(rows)]


@functools.cache
def _insert_sql(table: Table) -> str:
    # Written once per table: listing a table's columns walks SQLAlchemy's column
    # collection (about 1% of a worker's samples when done on every push).
    names = ", ".join(f'"{column.name}"' for column in table.columns)
    return (
        f"INSERT INTO {table.name} ({names}) "
        f"SELECT {names} FROM json_populate_recordset(NULL::{table.name}, %s::json)"
    )


def execute_pipeline(
    session: Session, statements: list[Statement], *, commit: bool = False
) -> list[tuple[Any, ...]]:
    """Run ``statements`` in one psycopg pipeline (one round trip), then COMMIT if asked.

    Returns the rows of the last statement. Errors are raised as SQLAlchemy's.
    """
    driver = session.connection().connection.driver_connection
    try:
        with driver.pipeline():
            cursors = []
            for statement, values in statements:
                cursor = driver.cursor()
                cursor.execute(statement, values, binary=True)
                cursors.append(cursor)
            if commit:
                driver.commit()
        return _rows(cursors[-1])
    except psycopg.Error as error:
        raise DBAPIError.instance(statements[-1][0], None, error, psycopg.Error) from error


def psycopg_sql(statement: Executable) -> str:
    """``statement``'s PostgreSQL text, compiled once, for ``execute_raw``.

    Its bound parameters stay named (``%(name)s``): pass their values as a dict.
    A request's few fixed reads go through psycopg directly: SQLAlchemy's cache key,
    compiled-statement lookup and result rows were most of their CPU (profiled).
    """
    return str(statement.compile(dialect=psycopg_dialect()))


def execute_raw(
    session: Session,
    statement: str,
    values: Sequence[Any] | Mapping[str, Any],
    *,
    commit: bool = False,
) -> list[tuple[Any, ...]]:
    """Run ``statement`` on the session's psycopg connection, raising SQLAlchemy's errors.

    ``commit=True`` sends COMMIT right behind it in one pipeline: one round trip.
    """
    driver = session.connection().connection.driver_connection
    try:
        if commit:
            with driver.pipeline(), driver.cursor() as cursor:
                cursor.execute(statement, values, binary=True)
                driver.commit()
                return _rows(cursor)
        with driver.cursor() as cursor:
            cursor.execute(statement, values, binary=True)
            return _rows(cursor)
    except psycopg.Error as error:
        # Raise what SQLAlchemy would have (IntegrityError, OperationalError ...), so
        # callers' retry logic sees the same exceptions on both paths.
        raise DBAPIError.instance(statement, None, error, psycopg.Error) from error


def is_postgresql(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    if not is_postgresql(session):
        primary = table.primary_key.columns.values()[0]
        # RETURNING lets SQLAlchemy batch the executemany into multi-row INSERTs.
        session.execute(insert(table).returning(primary), rows).all()
        return
    execute_raw(session, *insert_statement(table, rows))
