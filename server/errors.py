"""Server-side errors: the shared hierarchy plus the HTTP status each one answers with.

``app.errors`` carries the user-facing classes (ValidationError -> 400 (a request that fails FastAPI's own schema check gets its 422), NotFoundError
-> 404, StateError -> 409); these add what only a server needs.
"""

from __future__ import annotations

from app.errors import FieldsalesError, NotFoundError, StateError, ValidationError


class AuthenticationError(FieldsalesError):
    """No valid credentials or token (401)."""


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


STATUS_AND_CODE: list[tuple[type[FieldsalesError], int, str]] = [
    (ValidationError, 400, "invalid"),
    (NotFoundError, 404, "not_found"),
    (StateError, 409, "refused"),
    (AuthenticationError, 401, "unauthenticated"),
    (DeviceRevokedError, 403, "device_revoked"),
    (ForbiddenError, 403, "forbidden"),
    (ThrottledError, 429, "throttled"),
    (PayloadTooLargeError, 413, "too_large"),
    (UpgradeRequiredError, 426, "upgrade_required"),
]


def status_and_code(error: FieldsalesError) -> tuple[int, str]:
    for cls, status, code in STATUS_AND_CODE:
        if isinstance(error, cls):
            return status, code
    return 400, "bad_request"
