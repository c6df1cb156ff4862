"""The server's deployment recipes agree with the server they deploy.

Docker cannot run on this machine, so the image and compose file are checked for
what can be checked without it: the files they copy exist, the commands they run
are ones `fieldsales-server` accepts, and the compose services wire up as the
deployment guide says. The systemd unit goes through `systemd-analyze verify`.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess

import pytest
import yaml

from server.cli import build_parser
from tests.packaging.conftest import REPO

SERVER = REPO / "packaging" / "server"


def environment_template() -> dict[str, str]:
    values = {}
    for line in (SERVER / "server.env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.partition("=")
            values[name] = value
    return values


def expand(command: str, values: dict[str, str]) -> list[str]:
    return shlex.split(re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], command))


def test_every_server_setting_in_the_template_is_one_the_server_reads():
    source = "\n".join(p.read_text() for p in (REPO / "server").rglob("*.py"))
    unit = (SERVER / "fieldsales-server.service").read_text()
    for name in environment_template():
        assert name in source or name in unit or name == "FORWARDED_ALLOW_IPS", name


def test_the_unit_runs_commands_the_server_accepts():
    unit = (SERVER / "fieldsales-server.service").read_text()
    values = environment_template()
    for key in ("ExecStartPre", "ExecStart"):
        (line,) = re.findall(rf"^{key}=(.+)$", unit, re.MULTILINE)
        program, *arguments = expand(line, values)
        assert program.endswith("/bin/fieldsales-server")
        parsed = build_parser().parse_args(arguments)
        assert parsed.command in ("migrate", "serve")
    assert "User=fieldsales" in unit and "EnvironmentFile=/etc/fieldsales-server/server.env" in unit


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_systemd_accepts_the_unit(tmp_path):
    # verify wants the programs to exist: point them at one that does.
    unit = (SERVER / "fieldsales-server.service").read_text()
    unit = unit.replace("/opt/fieldsales-server/venv/bin/fieldsales-server", shutil.which("true"))
    path = tmp_path / "fieldsales-server.service"
    path.write_text(unit)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and "fieldsales-server.service" not in result.stderr, (
        result.stderr
    )


def test_the_image_copies_what_exists_and_runs_serve():
    dockerfile = (SERVER / "Dockerfile").read_text()
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", dockerfile, re.MULTILINE):
        for name in source.split():
            assert (REPO / name).exists(), name
    (cmd,) = re.findall(r'^CMD \["sh", "-c", "exec (.+)"\]$', dockerfile, re.MULTILINE)
    program, *arguments = expand(cmd, {"FIELDSALES_WORKERS": "2"})
    assert program == "fieldsales-server"
    assert build_parser().parse_args(arguments).command == "serve"
    assert "USER fieldsales" in dockerfile and "/api/v1/health" in dockerfile


def test_compose_starts_the_server_beside_a_healthy_postgres():
    compose = yaml.safe_load((SERVER / "compose.yaml").read_text())
    db, server = compose["services"]["db"], compose["services"]["server"]
    assert db["image"].startswith("postgres:")
    assert server["depends_on"]["db"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert (SERVER / server["build"]["context"] / server["build"]["dockerfile"]).resolve() == (
        SERVER / "Dockerfile"
    )
    assert server["ports"] == ["127.0.0.1:8765:8765"]  # plain HTTP never leaves the host
    assert "pgdata" in compose["volumes"] and "db_password" in compose["secrets"]
    script = server["entrypoint"][-1]
    command = script.split("exec ", 1)[1].replace('"$${FIELDSALES_WORKERS}"', "2")
    program, *arguments = shlex.split(command)
    assert program == "fieldsales-server"
    assert build_parser().parse_args(arguments).command == "serve"
    url = server["environment"]["FIELDSALES_DATABASE_URL"]
    assert url == "postgresql://fieldsales@db:5432/fieldsales"  # the password is in ~/.pgpass
    assert "db:5432:fieldsales:fieldsales:" in script and "/run/secrets/db_password" in script
