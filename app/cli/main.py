"""The ``fieldsales`` console script (also ``python -m app``).

Each command group lives in its own module under ``app.cli`` with a
``register(subparsers)`` function; the parser sets ``handler`` on the namespace.
A user's mistake (any ``FieldsalesError``) prints one line to stderr and exits 1;
a wrong command line exits 2 (argparse's convention).

Parsing, ``--help`` and a wrong command line import no command's dependencies
(SQLAlchemy, Alembic, Qt, ReportLab, requests): every command module imports them
inside the function that runs the command, and takes its ``choices`` from
``app.cli.choices``. tests/cli/test_startup_imports.py keeps it so; installers
script this CLI on many laptops and each start used to cost a second of CPU.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from app.errors import FieldsalesError

Handler = Callable[[argparse.Namespace], int | None]

# Command-group modules, each exposing register(subparsers).
COMMAND_MODULES = (
    "app.cli.workspace_commands",
    "app.cli.data_commands",
    "app.cli.document_commands",
    "app.cli.sync_commands",
    "app.cli.analytics_commands",
    "app.cli.review_commands",
    "app.cli.package_commands",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="fieldsales",
        description="Fieldsales: offline-first CRM for field sales. "
        "With no command, starts the desktop app.",
    )
    parser.add_argument(
        "--version", action=ShowVersion, nargs=0, help="show the version number and exit"
    )
    add_workspace_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue  # a command group not built yet
        module.register(subparsers)
    return parser


class ShowVersion(argparse.Action):
    """``--version``, reading the version only when asked: ``importlib.metadata``
    costs more than the rest of parsing the command line together."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from app.version import app_version

        print(f"fieldsales {app_version()}")
        parser.exit()


def add_workspace_options(parser: argparse.ArgumentParser) -> None:
    """--data-dir and --passphrase-env, accepted before or after the command."""
    parser.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="workspace folder (default: $FIELDSALES_DATA_DIR, else the user data directory)",
    )
    parser.add_argument(
        "--passphrase-env",
        default=argparse.SUPPRESS,
        metavar="VAR",
        help="environment variable holding the passphrase (default: FIELDSALES_PASSPHRASE); "
        "without it the passphrase is prompted for",
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        from app.cli.workspace_commands import start_desktop

        handler = start_desktop
    try:
        return int(handler(args) or 0)
    except FieldsalesError as error:
        print(f"fieldsales: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        # A folder that cannot be created, a disk that is full: the user can act on it.
        where = f" ({error.filename})" if error.filename else ""
        print(f"fieldsales: {error.strerror or error}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fieldsales: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
