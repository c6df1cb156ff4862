"""Checking a sync server address before it is stored.

Plain ``http`` would send the rep's password and customer data in the clear, so
it is refused unless the host is this machine (a local test server) or the user
explicitly allows it.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from app.errors import ValidationError, translatable


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def validate_server_url(url: str, *, allow_insecure: bool = False) -> str:
    """The normalised URL, or ValidationError(field="server_url") with the reason."""
    text = url.strip()
    if not text:
        raise ValidationError(
            translatable("errors", "Enter the server address."), field="server_url"
        )
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError(
            translatable("errors", "The server address must look like https://sync.example.com."),
            field="server_url",
        )
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError as error:
        raise ValidationError(
            translatable("errors", "The port in the server address is not valid."),
            field="server_url",
        ) from error
    if parts.scheme == "http" and not is_loopback(parts.hostname) and not allow_insecure:
        raise ValidationError(
            translatable(
                "errors",
                "Plain http is not encrypted; use https, or allow insecure connections.",
            ),
            field="server_url",
        )
    return text.rstrip("/")
