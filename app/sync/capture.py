"""Change capture: SQLite triggers that record every local write in the outbox.

Triggers, not ORM events: the CSV import, ``fieldsales demo`` and the
housekeeping jobs write with bulk SQL that no ORM event sees, and a trigger runs
in the writer's own transaction, so a change and its outbox row commit together
or not at all (the design PowerSync's client uses).

* an INSERT records ``(entity, id, "*")``: the whole record is new here;
* an UPDATE records one row per synced field whose value changed, in one
  statement; the bookkeeping columns (``updated_at``, ``row_version``...) are
  the server's own and never travel, except ``deleted`` (a local delete);
* ``INSERT OR REPLACE`` keeps one row per field and gives it a fresh id, so
  several edits of a field before a sync travel as one change (the push reads
  the field's current value) and an edit made during a push outlives that
  push's acknowledgement.

While a row exists in ``sync_applying`` (only inside the transaction that
applies the server's changes) the triggers do nothing: what came from the
server must not go back to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, text

from protocol.entities import ENTITY_FIELDS

QUIET = "NOT EXISTS (SELECT 1 FROM sync_applying)"
DELETED = "deleted"


def captured_columns(entity: str, existing: Iterable[str]) -> list[str]:
    """The synced fields of ``entity`` that exist as columns, plus ``deleted``."""
    present = set(existing)
    return [name for name in ENTITY_FIELDS[entity] if name in present] + [DELETED]


def trigger_statements(entity: str, columns: list[str]) -> dict[str, str]:
    """Trigger name -> CREATE TRIGGER statement for one synced table."""
    table = f'"{entity}"'
    # The first SELECT names the column; SQLite has no column list on a subquery alias.
    changed = " UNION ALL ".join(
        f"SELECT '{name}'{' AS field' if index == 0 else ''} "
        f'WHERE old."{name}" IS NOT new."{name}"'
        for index, name in enumerate(columns)
    )
    return {
        f"sync_capture_{entity}_insert": (
            f"CREATE TRIGGER sync_capture_{entity}_insert AFTER INSERT ON {table} "
            f"WHEN {QUIET} BEGIN "
            "INSERT OR REPLACE INTO sync_outbox (entity, record_id, field) "
            f"VALUES ('{entity}', new.id, '*'); END"
        ),
        f"sync_capture_{entity}_update": (
            f"CREATE TRIGGER sync_capture_{entity}_update AFTER UPDATE ON {table} "
            f"WHEN {QUIET} BEGIN "
            "INSERT OR REPLACE INTO sync_outbox (entity, record_id, field) "
            f"SELECT '{entity}', new.id, changed.field FROM ({changed}) AS changed; END"
        ),
    }


def _tables(connection: Connection) -> set[str]:
    """The tables present: an older migration runs before later ones create theirs."""
    rows = connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {row[0] for row in rows}


def install_triggers(connection: Connection) -> None:
    """(Re)create the capture triggers of every synced table from its current columns."""
    present = _tables(connection)
    for entity in ENTITY_FIELDS:
        if entity not in present:
            continue
        rows = connection.exec_driver_sql(f'PRAGMA table_info("{entity}")').all()
        columns = captured_columns(entity, (row[1] for row in rows))
        for name, statement in trigger_statements(entity, columns).items():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            connection.exec_driver_sql(statement)


def drop_triggers(connection: Connection) -> None:
    for entity in ENTITY_FIELDS:
        for suffix in ("insert", "update"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_capture_{entity}_{suffix}")


def enqueue_existing_rows(connection: Connection) -> None:
    """Queue every live row as created here: for a workspace made before sync existed."""
    present = _tables(connection)
    for entity in ENTITY_FIELDS:
        if entity not in present:
            continue
        connection.execute(
            text(
                "INSERT OR IGNORE INTO sync_outbox (entity, record_id, field) "
                f"SELECT :entity, id, '*' FROM \"{entity}\" WHERE deleted = 0 ORDER BY rowid"
            ),
            {"entity": entity},
        )
