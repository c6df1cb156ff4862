"""What can stop a sync, in one hierarchy (callers catch what they can act on).

    FieldsalesError                 (app.errors: fit to show a user as it is)
    └── SyncError                   a sync could not finish; nothing half-applied
        ├── NotConnectedError       no server configured yet: connect first
        ├── ServerUnreachableError  no network, DNS, TLS, timeouts, 5xx after retries
        ├── ServerBusyError         429/503 with a Retry-After longer than we wait
        ├── SignInRequiredError     the session is over: the password is needed again
        │   └── SecondFactorRequiredError   ... and a code from the authenticator app
        ├── EnrolmentRequiredError  the server requires a second factor not set up yet
        ├── UpgradeRequiredError    the server needs a newer app (426); nothing changed
        ├── DeviceRevokedError      this laptop was revoked: the workspace was wiped
        └── ProtocolError           the server answered something this client cannot read

    SyncCancelled                   not a failure: the caller asked the sync to stop

Every message is marked for translation; the CLI prints it on one line, the desktop
shows it in the status bar or next to the field it names. ``SyncCancelled`` has no
message: nobody is told anything, and what was applied stays applied (each batch
and page is its own transaction; an unanswered push is sent again with its key).
"""

from __future__ import annotations

from app.errors import FieldsalesError


class SyncError(FieldsalesError):
    """Base class of every sync failure."""


class NotConnectedError(SyncError):
    pass


class ServerUnreachableError(SyncError):
    pass


class ServerBusyError(SyncError):
    def __init__(self, template: str, /, *, retry_after: int, **params: object) -> None:
        self.retry_after = retry_after
        super().__init__(template, retry_after=retry_after, **params)


class SignInRequiredError(SyncError):
    pass


class SecondFactorRequiredError(SignInRequiredError):
    pass


class EnrolmentRequiredError(SyncError):
    pass


class UpgradeRequiredError(SyncError):
    pass


class DeviceRevokedError(SyncError):
    pass


class ProtocolError(SyncError):
    pass


class SyncCancelled(Exception):  # noqa: N818 - a request, not an error
    """The cancel event given to the engine was set; raised instead of the next attempt."""
