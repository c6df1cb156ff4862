"""The sync transport goes where the installer's preset says: through its proxy, trusting
its certificate bundle (a company's TLS inspection), and refuses what it must."""

from __future__ import annotations

import contextlib
import datetime
import http.client
import ipaddress
import os
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.errors import ValidationError
from app.sync.engine import SyncEngine
from app.sync.errors import ServerUnreachableError
from app.sync.network import network_from_preset
from app.sync.transport import NetworkSettings
from tests.server.server_helpers import PASSWORD, free_port


class _Forwarder(BaseHTTPRequestHandler):
    """A plain forward proxy: absolute-URI requests in, the origin's answer out."""

    seen: list[str] = []

    def _forward(self) -> None:
        target = urlsplit(self.path)
        type(self).seen.append(f"{self.command} {target.path}")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() != "proxy-connection"}
        upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
        path = target.path + (f"?{target.query}" if target.query else "")
        upstream.request(self.command, path, body=body, headers=headers)
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = _forward  # noqa: N815 - http.server's naming

    def log_message(self, *args: object) -> None:
        return None


@contextlib.contextmanager
def forward_proxy() -> Iterator[tuple[str, list[str]]]:
    _Forwarder.seen = []
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Forwarder)
    thread = threading.Thread(target=proxy.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{proxy.server_address[1]}", _Forwarder.seen
    finally:
        proxy.shutdown()
        proxy.server_close()


def test_the_presets_proxy_carries_every_request(sync_world, laptops) -> None:
    laptop = laptops()
    with forward_proxy() as (proxy_url, seen):
        laptop.engine.network = NetworkSettings(proxy=proxy_url)
        laptop.connect(sync_world, "anna")
        assert laptop.sync().converged
    assert "POST /api/v1/auth/login" in seen and "GET /api/v1/sync/pull" in seen

    # A proxy that is not there: the server is up, but the sync cannot reach it.
    laptop.engine.network = NetworkSettings(proxy=f"http://127.0.0.1:{free_port()}", retries=0)
    with pytest.raises(ServerUnreachableError):
        laptop.sync()


def _self_signed(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sync.test")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextlib.contextmanager
def tls_server(database_url: str, cert: Path, key: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "server.asgi:app", "--host", "127.0.0.1",
         "--port", str(port), "--log-level", "warning",
         "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
        env={**os.environ, "FIELDSALES_DATABASE_URL": database_url,
             "FIELDSALES_ARGON2_PROFILE": "test"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"https://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                trusted = ssl.create_default_context(cafile=str(cert))
                if httpx.get(f"{base}/api/v1/health", verify=trusted, timeout=1).is_success:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None and time.monotonic() < deadline, "no TLS server"
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_a_company_certificate_is_trusted_only_when_the_preset_names_it(
    sync_world, laptops, tmp_path
) -> None:
    cert, key = _self_signed(tmp_path)
    with tls_server(sync_world.database_url, cert, key) as url:
        stranger = laptops("untrusting")
        stranger.engine.network = NetworkSettings(retries=0)
        with pytest.raises(ServerUnreachableError, match="certificate is not trusted"):
            stranger.engine.connect(server_url=url, username="anna", password=PASSWORD)

        preset = tmp_path / "preset.json"
        preset.write_text(f'{{"ca_bundle": "{cert}"}}', encoding="utf-8")
        from app.preset import read_preset

        laptop = laptops("company")
        laptop.engine = SyncEngine(
            laptop.workspace, network=network_from_preset(read_preset(preset))
        )
        laptop.engine.connect(server_url=url, username="anna", password=PASSWORD)
        assert laptop.engine.sync().converged


def test_plain_http_to_another_host_is_refused_unless_allowed(laptops) -> None:
    laptop = laptops()
    with pytest.raises(ValidationError, match="Plain http"):
        laptop.engine.connect(
            server_url="http://sync.example.com", username="anna", password=PASSWORD
        )
    assert laptop.engine.status().connected is False
