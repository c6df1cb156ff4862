"""uvicorn's HTTP protocol, with one change: a request it cannot parse gets our JSON error.

uvicorn answers a request line or header block it cannot parse (a URL longer than
its parser takes, a malformed header) itself, before any application code runs, with
``400 text/plain "Invalid HTTP request received."``. Every other error of ours is
JSON with a ``code`` (docs/sync.md), so these protocol classes answer the same
400 in that shape. ``fieldsales-server serve`` runs with ``JsonErrorHttpProtocol``.
"""

from __future__ import annotations

import asyncio
import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

BODY = json.dumps(
    {
        "detail": "the server could not read this HTTP request (a URL or header too long?)",
        "code": "invalid",
    }
).encode()


class JsonErrorH11Protocol(H11Protocol):
    def send_400_response(self, msg: str) -> None:
        del msg  # replaced by our JSON body
        headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=BODY),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()


JsonErrorHttpProtocol: type[asyncio.Protocol]
try:
    from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol
except ImportError:  # httptools not installed: uvicorn would use h11 as well
    JsonErrorHttpProtocol = JsonErrorH11Protocol
else:

    class JsonErrorHttpToolsProtocol(HttpToolsProtocol):
        def send_400_response(self, msg: str) -> None:
            del msg  # replaced by our JSON body
            content = [STATUS_LINE[400]]
            for name, value in self.server_state.default_headers:
                content.extend([name, b": ", value, b"\r\n"])
            content += [
                b"content-type: application/json\r\n",
                b"content-length: " + str(len(BODY)).encode("ascii") + b"\r\n",
                b"connection: close\r\n",
                b"\r\n",
                BODY,
            ]
            self.transport.write(b"".join(content))
            self.transport.close()

    JsonErrorHttpProtocol = JsonErrorHttpToolsProtocol

# For uvicorn's --http option and Config(http=...), which take an import string.
IMPORT_PATH = "server.api.http_protocol:JsonErrorHttpProtocol"
