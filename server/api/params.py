"""Path parameters, typed so that /openapi.json says exactly what each one accepts.

A client (or schemathesis) reading the schema then knows that a record id is a
canonical UUID and an entity one of the synced entities, and a malformed one is
refused with 422 before any handler runs.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

from protocol.entities import ENTITY_FIELDS
from protocol.messages import UUID_PATTERN

EntityName = Annotated[
    str,
    Path(pattern=f"^({'|'.join(sorted(ENTITY_FIELDS))})$", description="a synced entity"),
]
RecordId = Annotated[
    str, Path(pattern=UUID_PATTERN, description="a record's UUID, lower case with hyphens")
]
ContentHash = Annotated[
    str, Path(pattern="^[0-9a-f]{64}$", description="SHA-256 of the bytes, lowercase hex")
]
DeviceId = Annotated[
    str, Path(min_length=1, max_length=64, description="the device's UUID, in any spelling")
]
Username = Annotated[str, Path(min_length=1, max_length=150)]
TerritoryKey = Annotated[str, Path(min_length=1, max_length=200, description="its id or name")]
