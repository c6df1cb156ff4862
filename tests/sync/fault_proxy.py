"""A reverse proxy on loopback that breaks chosen requests on their way to the sync server.

The client talks to the proxy as if it were the server; every request is passed on
unchanged except those a queued fault matches (by path prefix, first come first
served). The faults are the ways a field rep's connection fails:

* ``drop_before``: the connection closes before the request reaches the server
  (nothing was committed);
* ``drop_after``: the server answers (and has committed), the client never hears;
* ``cut_body``: the answer's headers and half its body arrive, then the line dies
  (a pull page cut in the middle);
* ``twice``: the request reaches the server twice, the second time while the first
  is still in flight, and the client gets one of the answers (a retry racing its
  original on a flaky line).
"""

from __future__ import annotations

import http.client
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

FAULTS = ("drop_before", "drop_after", "cut_body", "twice")
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class Fault:
    kind: str
    path: str  # an API path prefix, e.g. "/api/v1/sync/push"
    times: int = 1  # how many matching requests it breaks (retries included)


@dataclass
class _Answer:
    status: int
    headers: list[tuple[str, str]]
    body: bytes


class FaultProxy:
    """``with FaultProxy(upstream) as proxy``: ``proxy.url`` is what clients connect to."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.upstream_host = parts.hostname or "127.0.0.1"
        self.upstream_port = parts.port or 80
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self.injected: dict[str, int] = dict.fromkeys(FAULTS, 0)
        handler = type("_Handler", (_Handler,), {"proxy": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- faults ---------------------------------------------------------------------

    def inject(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def _take(self, path: str) -> str | None:
        with self._lock:
            for fault in self._faults:
                if path.startswith(fault.path):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._faults.remove(fault)
                    self.injected[fault.kind] += 1
                    return fault.kind
        return None

    # -- forwarding -------------------------------------------------------------------

    def forward(self, method: str, path: str, headers: dict[str, str], body: bytes) -> _Answer:
        upstream = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=60)
        try:
            upstream.request(method, path, body=body or None, headers=headers)
            answer = upstream.getresponse()
            return _Answer(answer.status, answer.getheaders(), answer.read())
        finally:
            upstream.close()


class _Handler(BaseHTTPRequestHandler):
    proxy: FaultProxy

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_HEADERS}
        headers["Host"] = f"{self.proxy.upstream_host}:{self.proxy.upstream_port}"
        fault = self.proxy._take(urlsplit(self.path).path)
        if fault == "drop_before":
            self.close_connection = True
            return
        if fault == "twice":
            answer = self._twice(headers, body)
        else:
            answer = self.proxy.forward(self.command, self.path, headers, body)
        if fault == "drop_after":
            self.close_connection = True
            return
        self.send_response(answer.status)
        for key, value in answer.headers:
            if key.lower() not in HOP_HEADERS:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        if fault == "cut_body":
            self.wfile.write(answer.body[: len(answer.body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(answer.body)

    def _twice(self, headers: dict[str, str], body: bytes) -> _Answer:
        """Send the request twice at once; answer with the second to come back."""
        answers: list[_Answer] = []

        def send() -> None:
            answers.append(self.proxy.forward(self.command, self.path, headers, body))

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return answers[-1]

    do_GET = do_POST = do_PUT = do_DELETE = _handle  # noqa: N815 - http.server's naming

    def log_message(self, *args: object) -> None:
        return None
