"""The ``fieldsales-server`` console script.

A user's mistake prints one line on stderr and exits 1; a wrong command line exits 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from app.errors import FieldsalesError
from server import directory
from server.cli_commands import COMMANDS, say
from server.config import database_url
from server.db import make_engine, make_sessionmaker, transaction
from server.migrate import upgrade


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldsales-server", description="Fieldsales sync server")
    parser.add_argument(
        "--database-url",
        help="SQLAlchemy URL (default: $FIELDSALES_DATABASE_URL, else a SQLite file)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("migrate", help="create or upgrade the database schema")
    commands.add_parser(
        "after-restore",
        help="run once on a database restored from a backup, before serving: "
        "laptops then send again what the backup lacks",
    )
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
    for name, text in (
        ("set-password", "set a new password for a user who forgot theirs"),
        ("reset-totp", "turn off a user's second factor (a lost phone)"),
    ):
        commands.add_parser(name, help=text).add_argument("username")
    for name in ("users", "teams", "territories"):
        commands.add_parser(name, help=f"list the {name}")
    totp = commands.add_parser(
        "require-totp", help="require a second factor of these roles (none: of nobody)"
    )
    # No argparse choices: with nargs="*" they refuse the empty list that turns it off.
    # directory.require_totp names the roles allowed.
    totp.add_argument("roles", nargs="*", metavar="{manager,admin}")
    demo = commands.add_parser(
        "demo",
        help="a local demo server: team, users, territories and the demo catalog, then serve",
    )
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--workers", type=int, default=1)
    demo.add_argument("--no-serve", action="store_true", help="seed only")
    rate = commands.add_parser(
        "set-rate", help="set the exchange rate of a currency pair from a day on"
    )
    rate.add_argument("from_currency", metavar="FROM")
    rate.add_argument("to_currency", metavar="TO")
    rate.add_argument("rate", help="1 FROM = RATE TO, e.g. 1.0842")
    rate.add_argument("--valid-from", required=True, metavar="YYYY-MM-DD")
    cadence = commands.add_parser(
        "set-cadence", help="how many days may pass between visits to a segment's accounts"
    )
    cadence.add_argument("segment")
    cadence.add_argument("days", type=int)
    commands.add_parser("rates", help="list the exchange rates")
    commands.add_parser("cadences", help="list the visit cadences")
    for name in ("import-products", "import-prices"):
        command = commands.add_parser(name, help=f"{name.replace('-', ' ')} from a CSV file")
        command.add_argument("file")
    return parser


def run(args: argparse.Namespace) -> int:
    url = database_url(args.database_url)
    if args.command == "migrate":
        upgrade(url)
        say("the database schema is up to date")
        return 0
    if args.command == "after-restore":
        upgrade(url)  # a backup from an older version gets today's schema first
    if args.command == "serve":
        return _serve(url, args)
    if args.command == "demo":
        return _demo(url, args)
    engine = make_engine(url, pool_size=1)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            COMMANDS[args.command](session, args)
    finally:
        engine.dispose()
    return 0


def _demo(url: str, args: argparse.Namespace) -> int:
    from server.demo import DEMO_PASSWORD, seed_demo

    upgrade(url)
    engine = make_engine(url, pool_size=1)
    try:
        with transaction(make_sessionmaker(engine)) as session:
            created = seed_demo(session)
    finally:
        engine.dispose()
    if created:
        say("demo users admin, maria (manager), anna and omar (reps) created")
    else:
        say("the database already has users: left as it is")
    say(f"demo password for every user: {DEMO_PASSWORD}")
    if args.no_serve:
        return 0
    say(f"serving on http://{args.host}:{args.port} (Ctrl+C stops)")
    return _serve(url, args)


def _serve(url: str, args: argparse.Namespace) -> int:
    import uvicorn

    from server.api import http_protocol

    os.environ["FIELDSALES_DATABASE_URL"] = url
    upgrade(url)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    uvicorn.run(
        "server.asgi:app",
        http=http_protocol.IMPORT_PATH,  # uvicorn's own 400s answered as JSON too
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
