"""The rows' JSON a push sends PostgreSQL: orjson, and pydantic-core for what it refuses."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal

from server.bulk import rows_json


def test_rows_read_back_as_they_were_given():
    rows = [
        {
            "id": "a",
            "doc": {"name": "عباسی", "tags": [1, {"a": 2.5}], "n": None},
            "at": "2026-12-02T10:00:00+00:00",
        }
    ]
    assert json.loads(rows_json(rows)) == rows


def test_what_orjson_refuses_is_still_encoded():
    # Integers past 64 bits and Decimal: orjson raises, pydantic-core writes them.
    rows = [{"n": 2**70, "price": Decimal("12.50")}]
    assert json.loads(rows_json(rows)) == [{"n": 2**70, "price": "12.50"}]


def test_datetimes_become_text_timestamptz_reads():
    at = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
    assert datetime.fromisoformat(json.loads(rows_json([{"at": at}]))[0]["at"]) == at


def test_a_new_row_names_every_column_of_records():
    # created_rows writes its columns out by name: a column added to ``records``
    # and missed there would go in as NULL, json_populate_recordset says nothing.
    from server.apply import BatchApplier, NewRecord
    from server.models import Record

    applier = BatchApplier.__new__(BatchApplier)
    at = datetime(2026, 12, 2, 10, 0, tzinfo=UTC)
    new = NewRecord(
        entity="contact",
        id="6f1c2a4e-0000-4000-8000-000000000001",
        doc={"last_name": "Lee"},
        versions={"last_name": 1},
        row_version=1,
        deleted=False,
        account_id=None,
        territory_id=None,
        personal_user_id=None,
        created_at=at,
        updated_at=at,
        updated_by="rep0",
        content_hash="c" * 64,
    )
    applier.created = {(new.entity, new.id): new}
    [row] = applier.created_rows(timestamps_as_text=True)
    assert list(row) == [column.key for column in Record.__table__.columns]
    assert row["created_at"] == row["updated_at"] == at.isoformat()
    assert row["content_hash"] == "c" * 64
    assert applier.created_rows()[0]["created_at"] == at
