"""A workspace used on its own before its first connection meets the server's catalog.

Territories, pipeline stages, products and price lists are kept by the server
(only an administrator changes them). Rows of them created here (the demo, an
import before connecting) are matched onto the server's rows after the first
pull: by name for territories and stages, by SKU for products, by name and
currency for price lists, by their parts for prices and price-list
assignments, by pair and day for exchange rates and by segment for visit
cadences. References to a matched local row are rewritten to the server's id
and the local duplicate is removed. What does not match stays queued and is
listed as refused (with the reason) when the push meets it: never dropped in
silence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app.models import SYNCED_MODELS
from app.sync.outbox import table_of
from app.sync.tables import WHOLE_RECORD, OutboxEntry, RecordVersions

# entity -> the columns that identify "the same row" across the two sides
MATCH_ON = {
    "territory": ("name",),
    "pipeline_stage": ("name",),
    "product": ("sku",),
    "price_list": ("name", "currency"),
    "price_list_item": ("price_list_id", "product_id", "min_quantity"),
    "price_list_account": ("price_list_id", "account_id"),
    "exchange_rate": ("from_currency", "to_currency", "valid_from"),
    "visit_cadence": ("segment",),
}


@dataclass
class MappingReport:
    matched: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def total(self) -> int:
        return sum(self.matched.values())


def _referencing(entity: str) -> list[tuple[Table, str]]:
    """Every (table, column) whose foreign key points at ``entity``."""
    found = []
    for model in SYNCED_MODELS.values():
        table: Table = model.__table__  # type: ignore[assignment]
        for column in table.columns:
            if any(fk.column.table.name == entity for fk in column.foreign_keys):
                found.append((table, column.name))
    return found


def _local_only_ids(session: Session, entity: str) -> set[str]:
    created = set(
        session.scalars(
            select(OutboxEntry.record_id).where(
                OutboxEntry.entity == entity, OutboxEntry.field == WHOLE_RECORD
            )
        )
    )
    known = set(
        session.scalars(select(RecordVersions.record_id).where(RecordVersions.entity == entity))
    )
    return created - known


def _identity(row: Any, columns: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(
        (row[name].strip().casefold() if isinstance(row[name], str) else row[name])
        for name in columns
    )


def map_local_catalog(session: Session) -> MappingReport:
    """Run inside ``apply.applying`` (the rewrites are not local edits to push)."""
    report = MappingReport()
    connection = session.connection()
    for entity, columns in MATCH_ON.items():
        local_ids = _local_only_ids(session, entity)
        if not local_ids:
            continue
        table = table_of(entity)
        server: dict[tuple[Any, ...], str] = {}
        local: list[tuple[str, tuple[Any, ...]]] = []
        for row in session.execute(select(table).where(table.c.deleted.is_(False))).mappings():
            identity = _identity(row, columns)
            if row["id"] in local_ids:
                local.append((row["id"], identity))
            else:
                server.setdefault(identity, row["id"])
        referencing = _referencing(entity)
        for local_id, identity in local:
            server_id = server.get(identity)
            if server_id is None:
                continue
            for ref_table, column in referencing:
                connection.exec_driver_sql(
                    f'UPDATE "{ref_table.name}" SET "{column}" = ? WHERE "{column}" = ?',
                    (server_id, local_id),
                )
            connection.exec_driver_sql(f'DELETE FROM "{table.name}" WHERE id = ?', (local_id,))
            connection.exec_driver_sql(
                "DELETE FROM sync_outbox WHERE entity = ? AND record_id = ?", (entity, local_id)
            )
            report.matched[entity] += 1
    return report
