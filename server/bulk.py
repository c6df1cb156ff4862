"""Inserting many rows in one round trip on either database.

PostgreSQL gets one short, cached statement whose values are column arrays
(``INSERT ... SELECT * FROM unnest(...)``): the SQL text does not grow with the
batch, so neither SQLAlchemy nor psycopg re-parses a huge multi-row VALUES list
on every push. SQLite uses SQLAlchemy's batched executemany.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg
from pydantic_core import to_json
from sqlalchemy import JSON, BigInteger, Boolean, Column, DateTime, Integer, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def _array_type(column_type: Any) -> str:
    if isinstance(column_type, JSON):
        # JSON travels as text[] (binary arrays of text need no quoting), cast per row.
        return "text[]"
    if isinstance(column_type, BigInteger):
        return "bigint[]"
    if isinstance(column_type, Integer):
        return "integer[]"
    if isinstance(column_type, Boolean):
        return "boolean[]"
    if isinstance(column_type, DateTime):
        return "timestamptz[]"
    return "text[]"


def _json_text(value: Any) -> str:
    # pydantic-core's encoder (already here with pydantic): a quarter of json.dumps's
    # time, and encoding four documents per new row was 13% of a push. NaN stays
    # NaN, which PostgreSQL refuses, as it did json.dumps's output.
    return to_json(value, inf_nan_mode="constants").decode()


@dataclass(frozen=True)
class Unnest:
    """``rows`` as parameters of ``unnest(...)``: SQL fragments and their column arrays."""

    names: str  # "col", "col", ... for the INSERT column list
    selected: str  # u.c0, u.c1::json, ... for the SELECT list
    source: str  # unnest(%b::text[], ...) AS u(c0, c1, ...)
    values: list[list[Any]]


def unnest(columns: list[Column], rows: list[dict[str, Any]], *, extra: str = "") -> Unnest:
    """``extra`` adds clauses after the arrays, e.g. ``WITH ORDINALITY``."""
    aliases = [f"c{index}" for index in range(len(columns))]
    # %b: binary arrays. With %s psycopg sends str lists as text arrays, quoting and
    # escaping every JSON document with a regular expression (5% of a push).
    arrays = ", ".join(f"%b::{_array_type(column.type)}" for column in columns)
    selected = ", ".join(
        f"u.{alias}::json" if isinstance(column.type, JSON) else f"u.{alias}"
        for alias, column in zip(aliases, columns, strict=True)
    )
    values = []
    for column in columns:
        if isinstance(column.type, JSON):
            values.append([_json_text(row[column.key]) for row in rows])
        else:
            values.append([row[column.key] for row in rows])
    ordinality = ", ord" if extra else ""
    return Unnest(
        names=", ".join(f'"{column.name}"' for column in columns),
        selected=selected,
        source=f"unnest({arrays}) {extra} AS u({', '.join(aliases)}{ordinality})",
        values=values,
    )


def execute_raw(
    session: Session, statement: str, values: list[Any], *, commit: bool = False
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
                return cursor.fetchall() if cursor.description else []
        with driver.cursor() as cursor:
            cursor.execute(statement, values, binary=True)
            return cursor.fetchall() if cursor.description else []
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
    parts = unnest(list(table.columns), rows)
    statement = (
        f"INSERT INTO {table.name} ({parts.names}) SELECT {parts.selected} FROM {parts.source}"
    )
    execute_raw(session, statement, parts.values)
