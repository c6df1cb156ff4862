"""Signing in: registering this device with a server, and the signed-in API a sync uses.

The first sign-in stores the server's address, the user and role, and the token
pair inside the encrypted workspace (``app.sync.connection``); later syncs only
read them back. A workspace belongs to one account on one server: signing in as
someone else would mix two users' data, so it is refused with a clear message.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import Any

from app.errors import ValidationError, translatable
from app.sync import connection as stored
from app.sync.errors import NotConnectedError, SignInRequiredError
from app.sync.server_url import validate_server_url
from app.sync.transport import ServerApi, TokenPair, enrolment_required_error

# Builds the API client for a server address (and tokens, once signed in).
MakeApi = Callable[[str, TokenPair | None], ServerApi]


class SignedInApi:
    """The API client of one sync, with the role the workspace's user holds."""

    def __init__(self, api: ServerApi, role: str) -> None:
        self.api = api
        self.role = role

    @property
    def enrolment_only(self) -> bool:
        return self.api.enrolment_only

    def __enter__(self) -> SignedInApi:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.api.close()

    # endpoint passthroughs used by enrolment
    def totp_enrol(self, *, password: str) -> dict[str, Any]:
        return self.api.totp_enrol(password=password)

    def totp_confirm(self, code: str, *, password: str) -> None:
        self.api.totp_confirm(code, password=password)


def client_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("fieldsales")
    except PackageNotFoundError:
        return "0+checkout"


def sign_in(
    workspace: Any,
    make_api: MakeApi,
    *,
    server_url: str,
    username: str,
    password: str,
    totp_code: str | None = None,
    allow_insecure_http: bool = False,
    device_name: str | None = None,
) -> dict[str, Any]:
    """Sign in, register this device and remember the server; returns the token answer.

    Raises SecondFactorRequiredError when the account needs a code, and
    EnrolmentRequiredError (after storing the tokens) when the server requires
    a second factor this account has not set up yet.
    """
    url = validate_server_url(server_url, allow_insecure=allow_insecure_http)
    if not username.strip():
        raise ValidationError(translatable("errors", "Enter your username."), field="username")
    with workspace.session() as session:
        existing = stored.load_connection(session)
    if existing and stored_is_other_account(existing, url, username):
        raise ValidationError(
            translatable(
                "errors",
                "This workspace belongs to {username} on {server}; it cannot sync "
                "with another account. Create a new workspace for it.",
            ),
            field="username",
            username=existing.username,
            server=existing.server_url,
        )
    api = make_api(url, None)
    # The new pair is stored below together with the connection, in one transaction:
    # a sign-in cut short leaves neither (no request uses the pair before that).
    api.on_tokens = None
    try:
        api.handshake(client_version())
        with workspace.transaction() as session:
            device = stored.device_id(session)
        answer = api.login(
            username=username.strip(),
            password=password,
            device_id=device,
            device_name=device_name or _device_name(),
            totp_code=totp_code,
        )
    finally:
        api.close()
    with workspace.transaction() as session:
        stored.save_connection(
            session,
            server_url=url,
            username=username.strip(),
            user_id=str(answer.get("user_id", "")),
            role=str(answer.get("role", "rep")),
            allow_insecure_http=allow_insecure_http,
        )
        stored.save_tokens(session, api.tokens)
    workspace.set_username(username.strip())
    if answer.get("totp_enrolment_required"):
        raise enrolment_required_error()
    return answer


def signed_in_api(workspace: Any, make_api: MakeApi) -> SignedInApi:
    """The API of the stored connection; says what is missing when there is none."""
    with workspace.session() as session:
        connection = stored.load_connection(session)
    if connection is None:
        raise NotConnectedError(
            translatable(
                "errors",
                "This workspace is not connected to a server yet; connect it first "
                "(fieldsales sync --server URL --username NAME).",
            )
        )
    if connection.tokens is None:
        raise SignInRequiredError(
            translatable("errors", "Sign in to {server} again to sync."),
            server=connection.server_url,
        )
    validate_server_url(connection.server_url, allow_insecure=connection.allow_insecure_http)
    return SignedInApi(make_api(connection.server_url, connection.tokens), connection.role)


def remember_who_i_am(api: SignedInApi, workspace: Any) -> str | None:
    """Which territories are this user's (a new account goes to the only one), and the
    role: a rep promoted to manager gets the Team section at the next sync.

    Returns the server feed's epoch (None from a server that has none).
    """
    me = api.api.me()
    with workspace.transaction() as session:
        stored.save_my_territories(session, [str(t) for t in me.get("territories", [])])
        if me.get("role"):
            stored.save_role(session, str(me["role"]))
        if "reviewed_territories" in me:  # a server from before it sends none
            territories = [str(t) for t in me["reviewed_territories"]]
            stored.save_reviewed_territories(session, territories)
    return str(me["epoch"]) if me.get("epoch") else None


def stored_is_other_account(existing: stored.ServerConnection, url: str, username: str) -> bool:
    with_data = existing.user_id != ""
    return with_data and (
        existing.server_url.rstrip("/") != url.rstrip("/")
        or existing.username.casefold() != username.strip().casefold()
    )


def _device_name() -> str:
    return platform.node() or "laptop"
