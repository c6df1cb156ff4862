"""Inserting many rows in one round trip on either database.

PostgreSQL gets one short, cached statement whose values are column arrays
(``INSERT ... SELECT * FROM unnest(...)``): the SQL text does not grow with the
batch, so neither SQLAlchemy nor psycopg re-parses a huge multi-row VALUES list
on every push. SQLite uses SQLAlchemy's batched executemany.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg
from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


def _array_type(column_type: Any) -> str:
    if isinstance(column_type, JSON):
        return "json[]"
    if isinstance(column_type, BigInteger):
        return "bigint[]"
    if isinstance(column_type, Integer):
        return "integer[]"
    if isinstance(column_type, Boolean):
        return "boolean[]"
    if isinstance(column_type, DateTime):
        return "timestamptz[]"
    return "text[]"


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        primary = table.primary_key.columns.values()[0]
        # RETURNING lets SQLAlchemy batch the executemany into multi-row INSERTs.
        session.execute(insert(table).returning(primary), rows).all()
        return
    columns = list(table.columns)
    names = ", ".join(f'"{column.name}"' for column in columns)
    aliases = [f"c{index}" for index in range(len(columns))]
    # JSON travels as text[] (binary arrays of text need no quoting) and is cast per row.
    arrays = ", ".join(
        "%s::text[]" if isinstance(c.type, JSON) else f"%s::{_array_type(c.type)}" for c in columns
    )
    selected = ", ".join(
        f"{alias}::json" if isinstance(c.type, JSON) else alias
        for alias, c in zip(aliases, columns, strict=True)
    )
    values = []
    for column in columns:
        if isinstance(column.type, JSON):
            values.append([json.dumps(row[column.key]) for row in rows])
        else:
            values.append([row[column.key] for row in rows])
    statement = (
        f"INSERT INTO {table.name} ({names}) "
        f"SELECT {selected} FROM unnest({arrays}) AS u({', '.join(aliases)})"
    )
    driver = connection.connection.driver_connection
    try:
        with driver.cursor() as cursor:
            cursor.execute(statement, values, binary=True)
    except psycopg.Error as error:
        # Raise what SQLAlchemy would have (IntegrityError, OperationalError ...), so
        # callers' retry logic sees the same exceptions on both paths.
        raise DBAPIError.instance(statement, None, error, psycopg.Error) from error
