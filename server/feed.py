"""The change feed: a sequencer row taken just before commit, and paged pulls.

Why a sequencer row (docs/sync.md has the full argument): sequence numbers handed out
under a row lock held until commit are assigned in commit order, so once a reader
sees ``last_seq = V`` every change numbered up to V is committed and visible. A pull
therefore never returns a number past V and can move its cursor to V safely. SQLite
gets the same guarantee for free by being a single writer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.bulk import Statement, bulk_insert, execute_pipeline, is_postgresql, rows_json
from server.models import ChangeLogEntry, FeedSequencer, Record, utcnow


@dataclass
class FeedWriter:
    """Collects a transaction's feed entries; ``flush`` numbers them as its last step.

    Each entry is kept as the row it will be written as (``committed_at`` is set by
    ``flush``): an object per entry, turned into that row at the end, cost a push
    about 1 µs per row more (profiled).
    """

    rows: list[dict[str, Any]] = field(default_factory=list)

    def add_record(self, record: Record, *, kind: str, fields: dict[str, Any]) -> None:
        versions = record.versions
        self.rows.append(
            {
                "kind": kind,
                "entity": record.entity,
                "record_id": record.id,
                "row_version": record.row_version,
                "fields": fields,
                "versions": {name: versions.get(name, 0) for name in fields},
                "territory_id": record.territory_id,
                "personal_user_id": record.personal_user_id,
                "committed_at": None,
            }
        )

    def flush(
        self, session: Session, *, commit: bool = False, before: Sequence[Statement] = ()
    ) -> None:
        """Call last, just before commit: the sequencer lock is held only until then.

        ``commit=True`` commits the transaction too. On PostgreSQL the COMMIT then
        travels with the numbering statement (psycopg pipeline mode), so no push
        waits for this process to be scheduled again between the two while it
        holds the sequencer; the caller's own commit afterwards finds nothing to do.
        ``before``: PostgreSQL statements of the same transaction sent ahead of the
        numbering in that one round trip (a push's new rows and its stored answer).
        """
        if not self.rows:
            if before:
                session.flush()
                execute_pipeline(session, list(before), commit=commit)
            return
        session.flush()
        postgresql = is_postgresql(session)
        # As text for PostgreSQL's JSON document: one encoding, not one per entry.
        committed_at = utcnow().isoformat() if postgresql else utcnow()
        rows = self.rows
        for row in rows:
            row["committed_at"] = committed_at
        if postgresql:
            _number_and_insert(session, rows, commit=commit, before=before)
        else:
            if before:
                raise ValueError("statements to send before the feed are for PostgreSQL")
            _number_then_insert(session, rows)
        self.rows = []


def _number_then_insert(session: Session, rows: list[dict[str, Any]]) -> None:
    count = len(rows)
    last = session.execute(
        update(FeedSequencer)
        .where(FeedSequencer.id == 1)
        .values(last_seq=FeedSequencer.last_seq + count)
        .returning(FeedSequencer.last_seq)
    ).scalar_one()
    for offset, row in enumerate(rows):
        row["seq"] = last - count + 1 + offset
    bulk_insert(session, ChangeLogEntry.__table__, rows)


# Every column but seq, which the statement computes from the sequencer.
_NUMBERED = ", ".join(f'"{c.name}"' for c in ChangeLogEntry.__table__.columns if c.key != "seq")
_NUMBER_AND_INSERT = (
    "WITH s AS (UPDATE feed_sequencer SET last_seq = last_seq + %s WHERE id = 1 "
    "RETURNING last_seq), "
    f'i AS (INSERT INTO change_log ("seq", {_NUMBERED}) '
    f"SELECT s.last_seq - %s + u.ordinality, {_NUMBERED} FROM s, "
    "json_populate_recordset(NULL::change_log, %s::json) WITH ORDINALITY AS u "
    "RETURNING 1) "
    "SELECT count(*) FROM i"
)


def _number_and_insert(
    session: Session, rows: list[dict[str, Any]], *, commit: bool, before: Sequence[Statement]
) -> None:
    """Take the sequencer and insert the numbered entries in one statement.

    Between taking the sequencer row lock and committing, every other push waits:
    one round trip instead of two keeps that window as short as it can be.
    """
    numbering = (_NUMBER_AND_INSERT, [len(rows), len(rows), rows_json(rows)])
    [(inserted,)] = execute_pipeline(session, [*before, numbering], commit=commit)
    if inserted != len(rows):
        raise RuntimeError("the feed_sequencer row is missing: run the migrations")


def committed_horizon(session: Session) -> int:
    """The highest sequence number whose changes are all committed and visible."""
    return session.execute(select(FeedSequencer.last_seq).where(FeedSequencer.id == 1)).scalar_one()
