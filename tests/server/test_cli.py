"""The fieldsales-server console script, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from server.api.app import create_app
from server.cli import main
from server.config import Settings
from server.db import make_engine, make_sessionmaker, transaction
from server.directory import totp_required_roles


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def run(monkeypatch, capsys):
    """Call the console script's main() in-process (the subprocess test below covers the wiring)."""

    def _run(url: str, *args: str, password: str | None = "long enough password") -> Result:
        monkeypatch.setenv("FIELDSALES_DATABASE_URL", url)
        if password:
            monkeypatch.setenv("FIELDSALES_SERVER_PASSWORD", password)
        else:
            monkeypatch.delenv("FIELDSALES_SERVER_PASSWORD", raising=False)
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return _run


def test_the_console_script_as_a_real_process(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    env = {**os.environ, "FIELDSALES_DATABASE_URL": url}
    command = [sys.executable, "-m", "server.cli"]
    assert subprocess.run([*command, "migrate"], env=env, timeout=60).returncode == 0
    result = subprocess.run(
        [*command, "assign", "Atlantis", "x"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stderr == "fieldsales-server: no territory named Atlantis\n"


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_operator_workflow(run, url, tmp_path):
    # Each command that changes something says what it did, in one line.
    steps = [
        (("migrate",), "the database schema is up to date"),
        (("create-user", "maria", "--role", "manager"), "created manager maria"),
        (("create-team", "north", "--manager", "maria"), "created team north"),
        (("create-territory", "Hamburg", "--team", "north"), "created territory Hamburg"),
        (
            ("create-user", "ali", "--role", "rep", "--team", "north", "--territory", "Hamburg"),
            "created rep ali",
        ),
        (("create-user", "olga", "--role", "rep", "--team", "north"), "created rep olga"),
        (("assign", "Hamburg", "olga"), "territory Hamburg now belongs to olga"),
        (("devices", "ali"), "ali has no registered devices"),
        (("require-totp", "admin"), "two-factor sign-in now required of: admin"),
    ]
    for args, said in steps:
        result = run(url, *args)
        assert (result.returncode, result.stdout) == (0, said + "\n"), args

    products = tmp_path / "products.csv"
    products.write_text(
        "\ufeffsku,name,unit,tax_rate\nB-1,Bolt,pcs,19\nN-1,Nut,pcs,19\n", encoding="utf-8"
    )
    imported = run(url, "import-products", str(products))
    assert (imported.returncode, imported.stdout) == (0, "2 products imported\n")
    prices = tmp_path / "prices.csv"
    prices.write_text(
        "price_list,currency,sku,min_quantity,unit_price\nStandard,EUR,B-1,1,0.40\nStandard,EUR,B-1,100,0.30\n"
    )
    assert run(url, "import-prices", str(prices)).stdout == "2 prices imported\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("create-user", "x", "--role", "rep", "--team", "nowhere"), "no team named nowhere"),
        (("assign", "Atlantis", "x"), "no territory named Atlantis"),
        (("revoke-device", "nope"), "no device nope"),
    ],
)
def test_mistakes_print_one_line_and_exit_1(run, url, args, message):
    run(url, "migrate")
    result = run(url, *args)
    assert result.returncode == 1
    assert result.stderr.strip() == f"fieldsales-server: {message}"
    assert "Traceback" not in result.stderr


def test_short_password_and_missing_password_are_refused(run, url):
    run(url, "migrate")
    short = run(url, "create-user", "ali", "--role", "rep", password="short")
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    missing = run(url, "create-user", "ali", "--role", "rep", password=None)
    assert missing.returncode == 1 and "FIELDSALES_SERVER_PASSWORD" in missing.stderr


def test_bad_csv_names_the_line_and_imports_nothing(run, url, tmp_path):
    run(url, "migrate")
    products = tmp_path / "products.csv"
    products.write_text("sku,name,tax_rate\nB-1,Bolt,19\nN-1,Nut,nineteen\n")
    result = run(url, "import-products", str(products))
    assert result.returncode == 1
    assert "line 3: tax_rate is not a number" in result.stderr
    assert _product_skus(url) == []  # B-1, on the good line 2, was not half-imported
    again = tmp_path / "ok.csv"
    again.write_text("sku,name\nB-1,Bolt\n")
    assert run(url, "import-products", str(again)).stdout == "1 product imported\n"
    assert _product_skus(url) == ["B-1"]


def _product_skus(url: str) -> list[str]:
    from sqlalchemy import select

    from server.db import make_engine, make_sessionmaker, transaction
    from server.models import Record

    engine = make_engine(url)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            records = session.scalars(select(Record).where(Record.entity == "product"))
            return sorted(record.doc["sku"] for record in records)
    finally:
        engine.dispose()


@contextmanager
def _server_with_rep_ali(run, url: str) -> Iterator[TestClient]:
    """The server app over ``url``, where the CLI created rep ali (territory Hamburg)."""
    run(url, "migrate")
    run(url, "create-territory", "Hamburg")
    run(url, "create-user", "ali", "--role", "rep", "--territory", "Hamburg")
    app = create_app(Settings(database_url=url))
    try:
        with TestClient(app) as client:
            yield client
    finally:
        app.state.engine.dispose()


def test_deactivating_a_user_blocks_login_and_wipes_their_devices(run, url):
    with _server_with_rep_ali(run, url) as client:
        device = "6f1c1b7e-8d5b-4c51-9a44-2f4f5c8c9e01"
        login = {"username": "ali", "password": "long enough password", "device_id": device}
        token = client.post("/api/v1/auth/login", json=login).json()["access_token"]
        assert run(url, "deactivate-user", "ali").returncode == 0
        answer = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 403 and answer.json()["wipe"] is True
        assert run(url, "devices", "ali").stdout.split("\t")[2] == "revoked"
        login["device_id"] = "0d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d"
        assert client.post("/api/v1/auth/login", json=login).status_code == 401


def test_listings_show_who_has_which_territory(run, url):
    run(url, "migrate")
    run(url, "create-user", "maria", "--role", "manager")
    run(url, "create-team", "north", "--manager", "maria")
    run(url, "create-territory", "Hamburg", "--team", "north")
    run(url, "create-territory", "Bremen")
    run(url, "create-user", "ali", "--role", "rep", "--team", "north", "--territory", "Hamburg")
    run(url, "deactivate-user", "maria")
    assert run(url, "users").stdout.splitlines() == [
        "username\trole\tteam\tterritories\tstate\tsecond factor",
        "ali\trep\tnorth\tHamburg\tactive\toff",
        "maria\tmanager\tnorth\t-\tdeactivated\toff",
    ]
    assert run(url, "teams").stdout.splitlines() == ["team\tmanager", "north\tmaria"]
    assert run(url, "territories").stdout.splitlines() == [
        "territory\tteam\trep",
        "Bremen\t-\t-",
        "Hamburg\tnorth\tali",
    ]


def test_a_forgotten_password_and_a_lost_phone_are_reset_by_the_operator(run, url):
    with _server_with_rep_ali(run, url) as client:
        login = {
            "username": "ali",
            "password": "long enough password",
            "device_id": "6f1c1b7e-8d5b-4c51-9a44-2f4f5c8c9e01",
        }
        token = client.post("/api/v1/auth/login", json=login).json()["access_token"]
        changed = run(url, "set-password", "ali", password="a brand new password")
        assert changed.stdout == ("new password set for ali: their devices sign in again with it\n")
        assert (
            client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code
            == 401
        )
        assert client.post("/api/v1/auth/login", json=login).status_code == 401
        login["password"] = "a brand new password"
        assert client.post("/api/v1/auth/login", json=login).status_code == 200
        # The device stays registered: this was a password reset, not a revocation.
        assert run(url, "devices", "ali").stdout.split("\t")[2] == "active"
    reset = run(url, "reset-totp", "ali")
    assert reset.stdout.startswith("second factor of ali turned off")
    assert run(url, "set-password", "ali", password="short").returncode == 1
    assert run(url, "reset-totp", "nobody").stderr == "fieldsales-server: no user named nobody\n"


def test_require_totp_with_no_roles_turns_the_requirement_off(run, url):
    assert run(url, "migrate").returncode == 0
    assert run(url, "require-totp", "manager", "admin").returncode == 0
    off = run(url, "require-totp")
    assert (off.returncode, off.stdout) == (0, "two-factor sign-in now required of: no role\n")
    engine = make_engine(url)
    with transaction(make_sessionmaker(engine)) as session:
        assert totp_required_roles(session) == set()
    engine.dispose()
    wrong = run(url, "require-totp", "rep")
    assert wrong.returncode == 1
    assert wrong.stderr == (
        "fieldsales-server: a second factor can be required of managers and admins\n"
    )
