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
