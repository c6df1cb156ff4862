"""The client's rule for sync server addresses: no plain http to another host unless allowed."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.sync.server_url import validate_server_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://sync.example.com", "https://sync.example.com"),
        ("  https://sync.example.com:8443/ ", "https://sync.example.com:8443"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765"),
        ("http://localhost:8765/", "http://localhost:8765"),
        ("http://[::1]:8765", "http://[::1]:8765"),
        ("http://127.8.9.10", "http://127.8.9.10"),
    ],
)
def test_encrypted_or_loopback_addresses_are_accepted(url, expected):
    assert validate_server_url(url) == expected


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("", "Enter the server address"),
        ("   ", "Enter the server address"),
        ("sync.example.com", "must look like https://"),
        ("ftp://sync.example.com", "must look like https://"),
        ("https://", "must look like https://"),
        ("https://sync.example.com:99999", "port"),
        ("https://sync.example.com:http", "port"),
        ("http://sync.example.com", "Plain http is not encrypted"),
        ("http://10.0.0.5:8765", "Plain http is not encrypted"),
        ("http://localhost.evil.example", "Plain http is not encrypted"),
    ],
)
def test_refused_addresses_name_the_reason(url, reason):
    with pytest.raises(ValidationError) as caught:
        validate_server_url(url)
    assert reason in str(caught.value)
    assert caught.value.field == "server_url"


def test_plain_http_to_another_host_only_when_explicitly_allowed():
    with pytest.raises(ValidationError):
        validate_server_url("http://10.0.0.5:8765")
    assert validate_server_url("http://10.0.0.5:8765", allow_insecure=True) == (
        "http://10.0.0.5:8765"
    )
