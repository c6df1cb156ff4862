"""The access and refresh token pair a signed-in workspace holds.

Its own module so that reading the stored connection (offline commands do) does
not import the HTTP stack (requests, urllib3) with ``transport``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
