"""HTTP to the sync server: retries with backoff, Retry-After, token refresh, typed errors.

Retries are urllib3's ``Retry`` (``http_session``: exponential backoff, ``Retry-After``
honoured; the proxy settings are read there, once per client): connection failures
and 502/503/504 are retried a few times, then the sync stops with
``ServerUnreachableError`` and tries again on its next run; nothing loops.
Retrying a push is safe because the server answers a repeated idempotency key with
its stored answer. A ``Retry-After`` longer than ``MAX_RETRY_AFTER`` is not slept
through: the sync stops with ``ServerBusyError`` saying when to try again.

Given a ``cancel`` event (the desktop's job has one), every wait between attempts
(the backoff, a Retry-After) waits on that event instead of sleeping, and a
cancelled client sends nothing more: it raises ``SyncCancelled`` at once, so
closing or locking the app offline does not wait out the retries. Without one
(the command line) the waits are plain sleeps, which Ctrl+C interrupts on every
platform. A request already on the wire is not cut short.

An access token that expired is refreshed once, transparently; the new token pair
is handed to ``on_tokens`` (which stores it) before it is used, because the server
rotates both tokens and the old refresh token stops working at once.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any

import requests
from pydantic_core import from_json

from app.errors import translatable
from app.sync.errors import (
    DeviceRevokedError,
    EnrolmentRequiredError,
    ProtocolError,
    SecondFactorRequiredError,
    ServerBusyError,
    ServerUnreachableError,
    SignInRequiredError,
    SyncCancelled,
    UpgradeRequiredError,
)
from app.sync.http_session import NetworkSettings, WaitTooLong, http_session
from app.sync.tokens import TokenPair
from protocol.messages import PROTOCOL_VERSION

__all__ = ["NetworkSettings", "ServerApi", "ServerRefusal", "TokenPair"]

log = logging.getLogger(__name__)

API = "/api/v1"
CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 120.0  # a first-sync pull page or a large photo on a slow line


class ServerRefusal(Exception):
    """A 4xx answer that names what was wrong: the caller decides what it means."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        self.status = status
        self.body = body
        super().__init__(f"{status} {body.get('code')}: {body.get('detail')}")

    @property
    def code(self) -> str:
        return str(self.body.get("code") or "")

    @property
    def detail(self) -> str:
        return str(self.body.get("detail") or "")


class ServerApi:
    """The server's endpoints as methods; JSON in, JSON out, typed errors."""

    def __init__(
        self,
        base_url: str,
        *,
        network: NetworkSettings | None = None,
        tokens: TokenPair | None = None,
        on_tokens: Callable[[TokenPair], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        """``cancel``, once set, ends any request of this client with ``SyncCancelled``
        before its next attempt (and wakes a wait between attempts at once)."""
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens
        self.on_tokens = on_tokens
        self.enrolment_only = False
        self.network = network or NetworkSettings()
        self.cancel = cancel
        self._http, self._verify = http_session(self.base_url, self.network, cancel)
        self._http.headers["X-Fieldsales-Protocol"] = str(PROTOCOL_VERSION)
        self._http.headers["User-Agent"] = f"fieldsales-desktop (protocol {PROTOCOL_VERSION})"

    def close(self) -> None:
        self._http.close()

    # -- plumbing -------------------------------------------------------------------

    def _send(self, method: str, path: str, *, auth: bool, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if auth:
            if self.tokens is None:
                raise SignInRequiredError(translatable("errors", "Sign in to the server first."))
            headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        if self.cancel is not None and self.cancel.is_set():
            raise SyncCancelled()
        try:
            return self._http.request(
                method,
                self.base_url + API + path,
                headers=headers,
                timeout=(CONNECT_TIMEOUT, READ_TIMEOUT),
                verify=self._verify,
                **kwargs,
            )
        except WaitTooLong as wait:
            raise ServerBusyError(
                translatable("errors", "The server is busy; try again in {retry_after} s."),
                retry_after=wait.seconds,
            ) from None
        except requests.exceptions.SSLError as error:
            log.info("TLS error talking to %s: %s", self.base_url, error)
            raise ServerUnreachableError(
                translatable(
                    "errors",
                    "The server's certificate is not trusted ({server}); ask your "
                    "administrator for the company's certificate bundle.",
                ),
                server=self.base_url,
            ) from None
        except requests.exceptions.RequestException as error:
            log.info("cannot reach %s: %s", self.base_url, type(error).__name__)
            raise ServerUnreachableError(
                translatable(
                    "errors",
                    "Cannot reach the server {server}; your changes are kept and will be "
                    "sent at the next sync.",
                ),
                server=self.base_url,
            ) from None

    def call(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> Any:
        """Send a request, refreshing an expired access token once; the JSON answer."""
        response = self._send(method, path, auth=auth, **kwargs)
        if response.status_code == 401 and auth and self.tokens is not None:
            body = _body(response)
            if body.get("code") in ("token_expired", "unauthenticated", None, ""):
                self._refresh()
                response = self._send(method, path, auth=auth, **kwargs)
        return _answer(response)

    def _refresh(self) -> None:
        assert self.tokens is not None
        response = self._send(
            "POST",
            "/auth/refresh",
            auth=False,
            json={"refresh_token": self.tokens.refresh_token},
        )
        if response.status_code == 401:
            raise SignInRequiredError(
                translatable("errors", "Your session on the server has ended; sign in again.")
            )
        self.take_tokens(_answer(response))

    def take_tokens(self, answer: dict[str, Any]) -> None:
        """Adopt (and first store, through ``on_tokens``) a token pair the server gave."""
        try:
            pair = TokenPair(answer["access_token"], answer["refresh_token"])
        except (KeyError, TypeError):
            raise ProtocolError(
                translatable("errors", "The server sent an answer this app cannot read.")
            ) from None
        if self.on_tokens is not None:
            self.on_tokens(pair)  # stored before use: a crash now cannot lose the new pair
        self.tokens = pair
        self.enrolment_only = bool(answer.get("totp_enrolment_required"))

    # -- endpoints ------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        return self.call("GET", "/health", auth=False)

    def handshake(self, client_version: str) -> dict[str, Any]:
        return self.call(
            "POST",
            "/handshake",
            auth=False,
            json={"protocol_version": PROTOCOL_VERSION, "client_version": client_version[:64]},
        )

    def login(
        self,
        *,
        username: str,
        password: str,
        device_id: str,
        device_name: str,
        totp_code: str | None,
    ) -> dict[str, Any]:
        body = {
            "username": username,
            "password": password,
            "device_id": device_id,
            "device_name": device_name[:200],
        }
        if totp_code:
            body["totp_code"] = totp_code.strip()
        response = self._send("POST", "/auth/login", auth=False, json=body)
        if response.status_code == 401:
            answer = _body(response)
            if answer.get("field") == "totp_code":
                raise SecondFactorRequiredError(
                    translatable("errors", "The authenticator code is wrong.")
                    if totp_code
                    else translatable("errors", "Enter the code from your authenticator app."),
                    field="totp_code",
                )
            raise SignInRequiredError(
                translatable("errors", "Wrong username or password."), field="password"
            )
        answer = _answer(response)
        self.take_tokens(answer)
        return answer

    def logout(self) -> None:
        self.call("POST", "/auth/logout")

    def me(self) -> dict[str, Any]:
        return self.call("GET", "/me")

    def totp_enrol(self, *, password: str) -> dict[str, Any]:
        """Needs the current password (a stolen token alone cannot enrol a phone)."""
        return self.call("POST", "/auth/totp/enrol", json={"password": password})

    def totp_confirm(self, code: str, *, password: str) -> None:
        self.call("POST", "/auth/totp/confirm", json={"code": code.strip(), "password": password})

    def push(self, body_text: str) -> dict[str, Any]:
        return self.call(
            "POST",
            "/sync/push",
            data=body_text.encode("utf-8"),
            headers={"Content-Type": "application/json"},
        )

    def pull(self, cursor: str | None, *, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self.call("GET", "/sync/pull", params=params)

    def versions(self, keys: list[tuple[str, str]]) -> list[dict[str, Any]]:
        """The server's versions of these records (at most 1,000); unknown ones are absent."""
        body = {"records": [{"entity": entity, "id": record_id} for entity, record_id in keys]}
        return self.call("POST", "/sync/versions", json=body)["records"]

    def record(self, entity: str, record_id: str) -> dict[str, Any]:
        return self.call("GET", f"/records/{entity}/{record_id}")

    def upload(self, content_hash: str, data: bytes) -> None:
        self.call(
            "PUT",
            f"/attachments/{content_hash}",
            data=data,
            headers={"Content-Type": "application/octet-stream"},
        )

    def download(self, content_hash: str) -> bytes:
        response = self._send("GET", f"/attachments/{content_hash}", auth=True)
        if response.status_code == 401 and self.tokens is not None:
            self._refresh()
            response = self._send("GET", f"/attachments/{content_hash}", auth=True)
        if response.status_code != 200:
            _answer(response)  # raises the typed error
        return response.content


def _body(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except (ValueError, json.JSONDecodeError):
        return {"detail": response.text[:200], "code": ""}
    return body if isinstance(body, dict) else {"detail": str(body)[:200], "code": ""}


def _answer(response: requests.Response) -> Any:
    """The JSON of a 2xx answer, or the typed error the status and code stand for."""
    status = response.status_code
    if 200 <= status < 300:
        if status == 204 or not response.content:
            return None
        try:
            # pydantic-core's parser: half the time of the json module's on a pull page.
            return from_json(response.content)
        except ValueError:
            raise ProtocolError(
                translatable("errors", "The server sent an answer this app cannot read.")
            ) from None
    body = _body(response)
    code = body.get("code")
    if status == 426 or code == "upgrade_required":
        raise UpgradeRequiredError(
            translatable(
                "errors",
                "The server needs a newer version of this app; update the app, then sync "
                "again. Nothing was changed.",
            )
        )
    if status == 403 and (code == "device_revoked" or body.get("wipe")):
        raise DeviceRevokedError(
            translatable(
                "errors",
                "This laptop was removed from the company's devices; its workspace has "
                "been erased.",
            )
        )
    if status == 401:
        raise SignInRequiredError(
            translatable("errors", "Your session on the server has ended; sign in again.")
        )
    if status in (429, 503):
        retry_after = _retry_after(response)
        raise ServerBusyError(
            translatable("errors", "The server is busy; try again in {retry_after} s."),
            retry_after=retry_after,
        )
    if status >= 500:
        log.warning("server error %s on %s", status, response.request.path_url.split("?")[0])
        raise ServerUnreachableError(
            translatable(
                "errors",
                "The server could not answer (HTTP {status}); your changes are kept and "
                "will be sent at the next sync.",
            ),
            status=status,
        )
    raise ServerRefusal(status, body)


def _retry_after(response: requests.Response) -> int:
    try:
        return max(1, int(float(response.headers.get("Retry-After", "30"))))
    except ValueError:
        return 30


def enrolment_required_error() -> EnrolmentRequiredError:
    return EnrolmentRequiredError(
        translatable(
            "errors",
            "The server requires two-step sign-in for your account; set up an "
            "authenticator app to continue.",
        )
    )
