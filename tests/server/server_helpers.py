"""Small builders for sync changes used across the server tests."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pyotp

PASSWORD = "correct horse battery"


def new_id() -> str:
    return str(uuid.uuid4())


def account(territory_id: str, name: str = "Acme", **fields: Any) -> dict[str, Any]:
    return {
        "entity": "account",
        "id": new_id(),
        "fields": {"name": name, "territory_id": territory_id, "type": "customer", **fields},
    }


def child(entity: str, parent_field: str, parent_id: str, **fields: Any) -> dict[str, Any]:
    return {"entity": entity, "id": new_id(), "fields": {parent_field: parent_id, **fields}}


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def live_server(
    database_url: str, *, port: int | None = None, start_timeout: float = 30, **env: str
) -> Iterator[str]:
    """A real server process on loopback, started as an operator does; yields its base URL.

    ``port``: the address of a server run before (restarted on a restored database).
    ``start_timeout``: how long to wait for it to answer (longer on a loaded machine).
    """
    port = port or free_port()
    log = tempfile.TemporaryFile()  # not a pipe: a full pipe would stall the server
    process = subprocess.Popen(
        [sys.executable, "-m", "server.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, "FIELDSALES_DATABASE_URL": database_url, **env},
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        while True:
            try:
                if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                raise RuntimeError(f"server did not start: {log.read().decode()[-2000:]}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def enrol_totp(client, headers: dict[str, str], *, password: str = PASSWORD) -> pyotp.TOTP:
    """Turn on the second factor for the caller; confirms with the next step's code,
    so that the current one is still unused for a login right after."""
    enrol = client.post("/api/v1/auth/totp/enrol", json={"password": password}, headers=headers)
    assert enrol.status_code == 200, enrol.text
    totp = pyotp.TOTP(enrol.json()["secret"])
    # The server takes the previous step's code only while the clock is in the step
    # after it: on a loaded machine the request can cross into the next step, and then
    # the confirmation is tried once more with the new previous step's code.
    for _attempt in range(2):
        step = totp.timecode(time.time())
        confirm = client.post(
            "/api/v1/auth/totp/confirm",
            json={"code": totp.generate_otp(step - 1), "password": password},
            headers=headers,
        )
        if confirm.status_code == 204 or totp.timecode(time.time()) == step:
            break
    assert confirm.status_code == 204, confirm.text
    return totp
