"""The ``fieldsales-server`` console script.

A user's mistake prints one line on stderr and exits 1; a wrong command line exits 2.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Sequence

from app.errors import FieldsalesError, ValidationError, translatable
from server import catalog_import, directory
from server.config import database_url
from server.db import make_engine, make_sessionmaker, transaction
from server.migrate import upgrade


def _password() -> str:
    password = os.environ.get("FIELDSALES_SERVER_PASSWORD")
    if password:
        return password
    if not sys.stdin.isatty():
        raise ValidationError(
            translatable("errors", "set FIELDSALES_SERVER_PASSWORD or run in a terminal"),
            field="password",
        )
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise ValidationError(translatable("errors", "the passwords differ"), field="password")
    return first


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldsales-server", description="Fieldsales sync server")
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL (default: $FIELDSALES_DATABASE_URL, else a SQLite file)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("migrate", help="create or upgrade the database schema")
    serve = commands.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1)
    user = commands.add_parser("create-user", help="add a user")
    user.add_argument("username")
    user.add_argument("--role", required=True, choices=directory.ROLES)
    user.add_argument("--team")
    user.add_argument("--territory", action="append", default=[])
    team = commands.add_parser("create-team", help="add a team")
    team.add_argument("name")
    team.add_argument("--manager")
    territory = commands.add_parser("create-territory", help="add a territory")
    territory.add_argument("name")
    territory.add_argument("--team")
    assign = commands.add_parser("assign", help="move a territory to a rep")
    assign.add_argument("territory")
    assign.add_argument("username")
    devices = commands.add_parser("devices", help="list a user's devices")
    devices.add_argument("username")
    revoke = commands.add_parser("revoke-device", help="revoke a device; it will wipe itself")
    revoke.add_argument("device_id")
    leave = commands.add_parser(
        "deactivate-user", help="block a user's logins and wipe all their devices"
    )
    leave.add_argument("username")
    totp = commands.add_parser("require-totp", help="require a second factor of these roles")
    totp.add_argument("roles", nargs="*", choices=["manager", "admin"])
    for name in ("import-products", "import-prices"):
        command = commands.add_parser(name, help=f"{name.replace('-', ' ')} from a CSV file")
        command.add_argument("file")
    return parser


def run(args: argparse.Namespace) -> int:  # noqa: PLR0911 - one branch per command
    url = database_url(args.database_url)
    if args.command == "migrate":
        upgrade(url)
        _say("the database schema is up to date")
        return 0
    if args.command == "serve":
        return _serve(url, args)
    factory = make_sessionmaker(make_engine(url, pool_size=1))
    with transaction(factory) as session:
        if args.command == "create-user":
            user = directory.create_user(
                session,
                username=args.username,
                password=_password(),
                role=args.role,
                team=args.team,
                territories=args.territory,
            )
            _say(f"created {user.role} {user.username}")
        elif args.command == "create-team":
            team = directory.create_team(session, name=args.name, manager=args.manager)
            _say(f"created team {team.name}")
        elif args.command == "create-territory":
            territory = directory.create_territory(session, name=args.name, team=args.team)
            _say(f"created territory {territory.name}")
        elif args.command == "assign":
            territory = directory.assign_territory(
                session, territory=args.territory, username=args.username
            )
            _say(f"territory {territory.name} now belongs to {args.username}")
        elif args.command == "devices":
            devices = directory.devices_of(session, args.username)
            if not devices:
                _say(f"{args.username} has no registered devices")
            for device in devices:
                state = "revoked" if device.revoked_at else "active"
                sys.stdout.write(
                    f"{device.id}\t{device.name}\t{state}\t{device.created_at:%Y-%m-%d}\n"
                )
        elif args.command == "revoke-device":
            directory.revoke_device(session, args.device_id)
            _say(f"revoked device {args.device_id}: it wipes its data on its next request")
        elif args.command == "deactivate-user":
            directory.deactivate_user(session, args.username)
            _say(f"deactivated {args.username}: logins blocked, every device wipes itself")
        elif args.command == "require-totp":
            directory.require_totp(session, set(args.roles))
            roles = ", ".join(sorted(args.roles)) or "no role"
            _say(f"two-factor sign-in now required of: {roles}")
        elif args.command == "import-products":
            count = catalog_import.import_products(session, args.file)
            _say(f"{_count(count, 'product')} imported")
        elif args.command == "import-prices":
            count = catalog_import.import_prices(session, args.file)
            _say(f"{_count(count, 'price')} imported")
    return 0


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _serve(url: str, args: argparse.Namespace) -> int:
    import uvicorn

    os.environ["FIELDSALES_DATABASE_URL"] = url
    upgrade(url)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    uvicorn.run(
        "server.asgi:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        proxy_headers=True,
        access_log=False,  # our own structured line replaces it
        log_level="warning",
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except FieldsalesError as error:
        sys.stderr.write(f"fieldsales-server: {error}\n")
        return 1
    except OSError as error:
        sys.stderr.write(f"fieldsales-server: {error.strerror or error}: {error.filename or ''}\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
