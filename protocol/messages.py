"""Sync messages exchanged by the desktop client and the server (protocol version 2).

Pydantic models only: the desktop sync client imports this module, so nothing here
may pull in FastAPI or SQLAlchemy. Field values travel as JSON values whose kind is
fixed per field by ``protocol.entities.ENTITY_FIELDS``; the server checks them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from protocol.entities import ENTITY_FIELDS

# 2: the feed's epoch (``Me.epoch``, 409 ``reset_required``) and ``/sync/versions``,
# for the client reset after a server restore. Version 1 clients still work.
PROTOCOL_VERSION = 2
MIN_PROTOCOL_VERSION = 1
# A new password (set by its user or an admin) has at least this many characters.
MIN_PASSWORD_LENGTH = 10

# A UUID as text, in canonical form (lower case, hyphenated); the server checks it.
RecordId = str
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


def _not_a_bool(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("true and false are not numbers")  # noqa: TRY004 - pydantic wants ValueError
    return value


# An integer as JSON has it: 12 or 12.0, never true or false (which Python counts as 1, 0).
JsonInt = Annotated[int, BeforeValidator(_not_a_bool)]


class _Message(BaseModel):
    # Unknown keys are a client bug: refuse them instead of silently ignoring them.
    model_config = ConfigDict(extra="forbid")


# --- handshake and health ---------------------------------------------------------


class Health(_Message):
    # "unavailable" (with HTTP 503) when this worker cannot read its database, so a
    # load balancer's health check takes it out of rotation.
    status: Literal["ok", "unavailable"] = "ok"
    detail: str | None = None
    server_version: str
    protocol_version: int
    min_protocol_version: int


class HandshakeRequest(_Message):
    protocol_version: JsonInt = Field(ge=0, le=1_000_000)
    client_version: str = Field(default="", max_length=64)


class HandshakeResponse(_Message):
    protocol_version: int
    min_protocol_version: int
    server_version: str


# --- authentication ---------------------------------------------------------------


class LoginRequest(_Message):
    username: str = Field(min_length=1, max_length=150)
    password: str = Field(min_length=1, max_length=1024)
    device_id: str = Field(min_length=1, max_length=64, description="client-generated UUID")
    device_name: str = Field(default="", max_length=200)
    totp_code: str | None = Field(default=None, max_length=16)


class TokenPair(_Message):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"
    access_expires_in: int = Field(description="seconds")
    user_id: str
    role: Literal["rep", "manager", "admin"]
    device_id: str
    totp_enrolment_required: bool = False


class RefreshRequest(_Message):
    refresh_token: str = Field(min_length=1, max_length=256)


class TotpEnrolment(_Message):
    secret: str
    provisioning_uri: str


class TotpEnrolRequest(_Message):
    """Turning on a second factor needs the current password, not only a token."""

    password: str = Field(min_length=1, max_length=1024)


class TotpConfirm(_Message):
    code: str = Field(pattern=r"^\s*[0-9]{6,8}\s*$")
    password: str = Field(min_length=1, max_length=1024)


class PasswordChange(_Message):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)


class Me(_Message):
    user_id: str
    username: str
    role: Literal["rep", "manager", "admin"]
    team: str | None
    territories: list[str]
    totp_enabled: bool
    # The teams this user manages and their territories: the visit reports the user
    # reviews (a manager who is only a member of a team does not review its reports).
    # Added in 1.x without a version bump: older clients ignore them, and a client
    # talking to an older server, which sends neither, keeps its former behaviour.
    managed_teams: list[str] = []
    reviewed_territories: list[str] = []
    # Changes when the server's database goes back in time (a restored backup): a
    # client that synced under another epoch resets (docs/sync.md, "Client reset").
    epoch: str


class DeviceInfo(_Message):
    device_id: str
    name: str
    created_at: str
    last_seen_at: str | None
    revoked: bool


# --- push -------------------------------------------------------------------------


class Change(_Message):
    """One record's changed fields, or its deletion (a tombstone)."""

    # The server refuses (400) an entity or id of another form, naming the change.
    entity: str = Field(
        min_length=1, max_length=64, json_schema_extra={"enum": sorted(ENTITY_FIELDS)}
    )
    id: RecordId = Field(min_length=1, max_length=64, json_schema_extra={"pattern": UUID_PATTERN})
    op: Literal["upsert", "delete"] = "upsert"
    fields: dict[str, Any] = Field(default_factory=dict)
    # Per field, the version the client last saw (0 or absent: never seen it).
    base_versions: dict[str, Annotated[JsonInt, Field(ge=0)]] = Field(default_factory=dict)


class PushRequest(_Message):
    idempotency_key: str = Field(min_length=8, max_length=64)
    changes: list[Change] = Field(min_length=1, max_length=1000)


class RecordState(_Message):
    """A record as the server holds it after a push."""

    entity: str
    id: RecordId
    row_version: int
    deleted: bool
    fields: dict[str, Any]
    versions: dict[str, int]


class Conflict(_Message):
    """A field the client changed from a stale version: the server kept ``kept_value``.

    Rule: the first write to commit wins; a later write based on an older version of
    the same field loses, and the losing client is told what was kept.
    """

    entity: str
    id: RecordId
    field: str
    your_value: Any
    kept_value: Any
    kept_version: int


class PushResponse(_Message):
    idempotency_key: str
    replayed: bool = False
    records: list[RecordState]
    conflicts: list[Conflict]


# --- pull -------------------------------------------------------------------------


class FeedEntry(_Message):
    """One change in the feed.

    kind ``upsert``: set these fields (with their versions); ``delete``: tombstone;
    ``drop``: the record left your scope, remove it locally without pushing a delete.
    """

    seq: int
    kind: Literal["upsert", "delete", "drop"]
    entity: str
    id: RecordId
    row_version: int
    fields: dict[str, Any]
    versions: dict[str, int]


class DroppedRecord(_Message):
    entity: str
    id: RecordId


class PullResponse(_Message):
    changes: list[FeedEntry]
    # Records that left the user's scope (a territory moved away): delete them locally.
    drop: list[DroppedRecord]
    cursor: str
    more: bool


# --- versions (the client reset after a restore) ---------------------------------


class RecordKey(_Message):
    entity: str = Field(
        min_length=1, max_length=64, json_schema_extra={"enum": sorted(ENTITY_FIELDS)}
    )
    id: RecordId = Field(min_length=36, max_length=36, pattern=UUID_PATTERN)

    @field_validator("entity")
    @classmethod
    def _known_entity(cls, value: str) -> str:
        if value not in ENTITY_FIELDS:
            raise ValueError("not an entity of this protocol")
        return value


class VersionsRequest(_Message):
    records: list[RecordKey] = Field(min_length=1, max_length=1000)


class RecordVersions(_Message):
    """What the server holds of a record: whether it is deleted and its field versions."""

    entity: str
    id: RecordId
    deleted: bool
    versions: dict[str, int]


class VersionsResponse(_Message):
    # Only the records the server holds and the caller may see; any other is absent.
    records: list[RecordVersions]


class ReviewRequest(_Message):
    review_state: Literal["pending", "approved", "changes_requested"]
    review_comment: str = Field(default="", max_length=10_000)


class ErrorBody(_Message):
    """Every error answer: a readable ``detail``, a stable ``code`` and maybe more.

    ``change_index`` (0-based position in the push request's ``changes``),
    ``change_id`` and ``entity`` name the change a refused push batch was refused
    for; they are absent (null) when the refusal is about the batch as a whole.
    """

    detail: str
    code: str
    field: str | None = None
    change_index: int | None = None
    change_id: str | None = None
    entity: str | None = None
    wipe: bool = False
    min_protocol_version: int | None = None
