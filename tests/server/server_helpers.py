"""Small builders for sync changes used across the server tests."""

from __future__ import annotations

import uuid
from typing import Any

PASSWORD = "correct horse battery"


def new_id() -> str:
    return str(uuid.uuid4())


def account(territory_id: str, name: str = "Acme", **fields: Any) -> dict[str, Any]:
    return {
        "entity": "account",
        "id": new_id(),
        "fields": {"name": name, "territory_id": territory_id, "type": "customer", **fields},
    }


def child(entity: str, parent_field: str, parent_id: str, **fields: Any) -> dict[str, Any]:
    return {"entity": entity, "id": new_id(), "fields": {parent_field: parent_id, **fields}}
