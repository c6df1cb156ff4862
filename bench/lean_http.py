"""A minimal HTTP/1.1 keep-alive client for the load generator of the server benches.

The bench's clients share the machine's two cores with the server and PostgreSQL,
so every millisecond the load generator spends is one the server does not get.
httpx cost about 78 ms of CPU per 1,000 row changes pushed (encoding each body
from dicts, building request and response objects, its connection pool); this
client writes pre-encoded request bytes to one asyncio stream per simulated
laptop and reads the answer by its Content-Length, nothing more. It speaks only
to our own server (uvicorn answers every request with a Content-Length) and
raises on anything else.
"""

from __future__ import annotations

import asyncio


class LeanConnection:
    """One keep-alive connection; ``request`` reconnects once if the server closed it."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def _connect(self) -> None:
        self._reader, self._writer = await asyncio.open_connection(
            self.host, self.port, limit=1 << 24
        )

    async def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._reader = self._writer = None

    async def request(
        self, method: str, target: str, *, headers: bytes = b"", body: bytes = b""
    ) -> tuple[int, bytes]:
        """(status, body). ``headers``: pre-encoded ``Name: value\\r\\n`` lines."""
        head = (
            f"{method} {target} HTTP/1.1\r\nHost: {self.host}\r\nContent-Length: {len(body)}\r\n"
        ).encode()
        message = head + headers + (b"Content-Type: application/json\r\n" if body else b"")
        message += b"\r\n" + body
        for attempt in range(2):
            if self._writer is None:
                await self._connect()
            try:
                self._writer.write(message)
                return await self._answer()
            except (ConnectionError, asyncio.IncompleteReadError):
                # A keep-alive connection the server timed out: once more on a new one.
                await self.close()
                if attempt:
                    raise
        raise AssertionError("unreachable")

    async def _answer(self) -> tuple[int, bytes]:
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        length = None
        close = False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
            elif name == b"transfer-encoding":
                raise RuntimeError("lean_http reads only answers with a Content-Length")
        if length is None:
            raise RuntimeError("an answer without Content-Length")
        body = await self._reader.readexactly(length)
        if close:
            await self.close()
        return status, body


def bearer(token: str) -> bytes:
    return f"Authorization: Bearer {token}\r\n".encode()
