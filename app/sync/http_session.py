"""The HTTP session under one ``ServerApi``: its retries and its way out to the server.

Retries are urllib3's ``Retry`` (exponential backoff, ``Retry-After`` honoured):
connection failures and 502/503/504 are retried ``NetworkSettings.retries`` times.
Given a ``cancel`` event, every wait between attempts waits on that event instead
of sleeping and a set event raises ``SyncCancelled`` before the next attempt.

The way out (proxy, trusted certificates) is decided once, when the session is
made: one ``ServerApi`` serves one sync or one sign-in, so a proxy changed in the
system settings is honoured from the next sync on. Left to itself, requests would
read the system's proxy settings again before every request (the registry on
Windows, whose bypass list costs DNS look-ups; the SystemConfiguration framework
on macOS): about a millisecond each, on every push batch and pull page.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Any, Self

import requests
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies
from urllib3.util.retry import Retry

from app.sync.errors import SyncCancelled

MAX_RETRY_AFTER = 60  # seconds we are willing to wait inside one sync


@dataclass(frozen=True)
class NetworkSettings:
    """Proxy and trusted certificates, from the installer's preset or the system.

    ``proxy`` None means the system's (environment variables / registry, as
    requests reads them); ``ca_bundle`` None means the bundled certifi roots, or
    the bundle ``REQUESTS_CA_BUNDLE`` names when the proxy is the system's.
    """

    proxy: str | None = None
    ca_bundle: str | None = None
    retries: int = 4
    backoff_factor: float = 0.5


class WaitTooLong(Exception):
    """The server asked us to come back later than ``MAX_RETRY_AFTER``."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds


class _Retry(Retry):
    """urllib3's Retry, never sleeping through a Retry-After longer than we wait, and
    waiting on the ``cancel`` event (when there is one) instead of sleeping."""

    def __init__(self, *args: Any, cancel: threading.Event | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cancel = cancel

    def new(self, **kw: Any) -> Self:
        # urllib3 makes a new Retry after every attempt from the parameters it knows.
        kw.setdefault("cancel", self.cancel)
        return super().new(**kw)

    def sleep(self, response: Any = None) -> None:
        if response is not None:
            retry_after = self.get_retry_after(response)
            if retry_after is not None and retry_after > MAX_RETRY_AFTER:
                raise WaitTooLong(int(retry_after))
        if self.respect_retry_after_header and response is not None:
            if self.sleep_for_retry(response):
                return
        self._wait(self.get_backoff_time())

    def sleep_for_retry(self, response: Any) -> bool:
        retry_after = self.get_retry_after(response)
        if retry_after:
            self._wait(retry_after)
            return True
        return False

    def _wait(self, seconds: float) -> None:
        if self.cancel is None:
            if seconds > 0:
                time.sleep(seconds)
            return
        # Also with no wait at all: a cancelled client makes no further attempt.
        if self.cancel.wait(max(0.0, seconds)):
            raise SyncCancelled()


def http_session(
    base_url: str, network: NetworkSettings, cancel: threading.Event | None
) -> tuple[requests.Session, str | bool]:
    """A session for the server at ``base_url``, and the ``verify`` each request passes."""
    session = requests.Session()
    retry = _Retry(
        total=network.retries,
        connect=network.retries,
        read=2,
        status=network.retries,
        backoff_factor=network.backoff_factor,
        backoff_max=10,
        status_forcelist=(429, 502, 503, 504),
        allowed_methods=None,  # every method: pushes are idempotent by key
        respect_retry_after_header=True,
        raise_on_status=False,
        cancel=cancel,
    )
    adapter = HTTPAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    # Never let requests consult the system per request (see the module's docstring).
    session.trust_env = False
    if network.proxy and network.proxy != "system":
        session.proxies = {"http": network.proxy, "https": network.proxy}
        verify: str | bool = network.ca_bundle or True
    else:
        # What requests would have found before each request, found once: every
        # request of this session goes to the same scheme, host and port.
        session.proxies = get_environ_proxies(base_url)
        verify = (
            network.ca_bundle
            or os.environ.get("REQUESTS_CA_BUNDLE")
            or os.environ.get("CURL_CA_BUNDLE")
            or True
        )
    return session, verify
