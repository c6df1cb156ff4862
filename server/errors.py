"""Server-side errors: the shared hierarchy plus the HTTP status each one answers with.

``app.errors`` carries the user-facing classes (ValidationError -> 400, NotFoundError
-> 404, StateError -> 409); these add what only a server needs. A request that fails
FastAPI's own schema check gets a 422 in the same shape (``server.api.error_answers``).

    FieldsalesError
    ├── AuthenticationError      401 unauthenticated: sign in again with the password
    │   └── TokenExpiredError    401 token_expired: call /auth/refresh
    ├── ForbiddenError           403 forbidden
    ├── DeviceRevokedError       403 device_revoked (wipe)
    ├── ThrottledError           429 throttled (Retry-After)
    ├── PayloadTooLargeError     413 too_large
    ├── ResetRequiredError       409 reset_required: the feed went back in time (a restore)
    └── UpgradeRequiredError     426 upgrade_required

A refusal raised while checking or applying one change of a push batch is tagged with
that change (``tag_change``), so the answer names it and a client can set that
change aside and push the rest.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import FieldsalesError, NotFoundError, StateError, ValidationError
from protocol.messages import Change


class AuthenticationError(FieldsalesError):
    """No valid credentials or session: sign in again with the password (401)."""


class TokenExpiredError(AuthenticationError):
    """A genuine access token past its lifetime: refresh it (401, its own code)."""


class ForbiddenError(FieldsalesError):
    """Known user, action not allowed for their role (403)."""


class DeviceRevokedError(FieldsalesError):
    """The device was revoked: the client must wipe its local workspace (403)."""


class ThrottledError(FieldsalesError):
    """Too many failed logins; ``retry_after`` seconds to wait (429)."""

    def __init__(self, template: str, /, *, retry_after: int, **params: object) -> None:
        self.retry_after = retry_after
        super().__init__(template, **params)


class PayloadTooLargeError(FieldsalesError):
    """A body above the configured limit (413)."""


class UpgradeRequiredError(FieldsalesError):
    """Client protocol below the minimum this server speaks (426)."""

    def __init__(self, template: str, /, *, min_version: int, **params: object) -> None:
        self.min_version = min_version
        super().__init__(template, min_version=min_version, **params)


class ResetRequiredError(FieldsalesError):
    """The client's cursor belongs to another epoch of the feed (409 ``reset_required``).

    ``feed_behind`` says the cursor was ahead of the feed: the database went back in
    time without a new epoch, so the pull route draws one (``server.epoch``).
    """

    def __init__(self, template: str, /, *, epoch: str, feed_behind: bool) -> None:
        self.epoch = epoch
        self.feed_behind = feed_behind
        super().__init__(template)


STATUS_AND_CODE: list[tuple[type[FieldsalesError], int, str]] = [
    (ValidationError, 400, "invalid"),
    (NotFoundError, 404, "not_found"),
    (StateError, 409, "refused"),
    (TokenExpiredError, 401, "token_expired"),
    (AuthenticationError, 401, "unauthenticated"),
    (DeviceRevokedError, 403, "device_revoked"),
    (ForbiddenError, 403, "forbidden"),
    (ThrottledError, 429, "throttled"),
    (PayloadTooLargeError, 413, "too_large"),
    (UpgradeRequiredError, 426, "upgrade_required"),
    (ResetRequiredError, 409, "reset_required"),
]


def status_and_code(error: FieldsalesError) -> tuple[int, str]:
    for cls, status, code in STATUS_AND_CODE:
        if isinstance(error, cls):
            return status, code
    return 400, "bad_request"


@dataclass(frozen=True)
class ChangeRef:
    """The change of a push batch a refusal is about: its position, id and entity."""

    index: int
    id: str
    entity: str


def tag_change(error: FieldsalesError, index: int, change: Change) -> FieldsalesError:
    """Name change ``index`` in ``error`` (unless a more precise tag is already there)."""
    if refused_change(error) is None:
        tag = ChangeRef(index=index, id=change.id, entity=change.entity)
        error.refused_change = tag  # type: ignore[attr-defined]
    return error


def refused_change(error: FieldsalesError) -> ChangeRef | None:
    return getattr(error, "refused_change", None)
