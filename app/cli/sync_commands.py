"""``fieldsales sync`` and ``fieldsales conflicts``: the sync client from a terminal.

Exit codes of ``sync`` (documented in docs/sync.md, "The client"):

    0  converged: nothing waiting to go up, nothing waiting for the user
    1  a mistake on the command line or in the workspace (one line on stderr)
    3  the server could not be reached (or was busy); try again later
    4  needs the user: sign in again, a second factor, conflicts or refused
       changes to settle, an app update, or this laptop was revoked (wiped)

The engine, the transport (requests) and the issues (SQLAlchemy) are imported
inside the commands, not to parse the command line; ``app.sync.errors`` is small
and stays here for the except clauses.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import TYPE_CHECKING

from app.cli.support import open_workspace
from app.errors import ValidationError, translatable
from app.sync.errors import (
    DeviceRevokedError,
    EnrolmentRequiredError,
    NotConnectedError,
    ServerBusyError,
    ServerUnreachableError,
    SignInRequiredError,
    SyncError,
    UpgradeRequiredError,
)

if TYPE_CHECKING:
    from app.sync.engine import SyncEngine, SyncReport

EXIT_CONVERGED = 0
EXIT_UNREACHABLE = 3
EXIT_NEEDS_USER = 4
PASSWORD_ENV = "FIELDSALES_PASSWORD"


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli.main import add_workspace_options

    sync = subparsers.add_parser(
        "sync",
        help="send and receive changes (the first run connects: --server and --username)",
    )
    add_workspace_options(sync)
    sync.add_argument("--server", metavar="URL", help="server address (first run)")
    sync.add_argument("--username", metavar="NAME", help="your username on the server")
    sync.add_argument("--totp", metavar="CODE", help="code from your authenticator app")
    sync.add_argument(
        "--allow-insecure-http",
        action="store_true",
        help="allow plain http to a server that is not this machine (test set-ups only)",
    )
    sync.add_argument("--json", action="store_true", help="machine-readable summary")
    sync.set_defaults(handler=run_sync)

    conflicts = subparsers.add_parser(
        "conflicts", help="list open conflicts and refused changes, or settle one"
    )
    add_workspace_options(conflicts)
    conflicts.add_argument("--json", action="store_true", help="machine-readable output")
    conflict_commands = conflicts.add_subparsers(dest="conflicts_command", metavar="COMMAND")
    resolve = conflict_commands.add_parser(
        "resolve", help="settle conflicts or refused changes by number, or all of them"
    )
    add_workspace_options(resolve)
    resolve.add_argument("ids", type=int, nargs="*", metavar="ID", help="numbers in the list")
    resolve.add_argument(
        "--all",
        choices=("conflicts", "refused", "everything"),
        help="every open conflict, every refused change, or both",
    )
    resolve.add_argument(
        "--keep",
        required=True,
        choices=("mine", "theirs"),
        help="mine: send your value again; theirs: take the server's",
    )
    conflicts.set_defaults(handler=run_conflicts)
    resolve.set_defaults(handler=run_resolve)


def _password(prompt: str) -> str:
    if value := os.environ.get(PASSWORD_ENV):
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(
            translatable("errors", "No password: set ${variable} or run the command in a terminal"),
            field="password",
            variable=PASSWORD_ENV,
        )
    return getpass.getpass(prompt)


def _connect(engine: SyncEngine, args: argparse.Namespace, server: str, username: str) -> None:
    engine.connect(
        server_url=server,
        username=username,
        password=_password(f"Password for {username}: "),
        totp_code=args.totp,
        allow_insecure_http=args.allow_insecure_http,
    )


def run_sync(args: argparse.Namespace) -> int:
    from app.sync.engine import SyncEngine
    from app.sync.network import network_from_preset

    with open_workspace(args) as workspace:
        engine = SyncEngine(workspace, network=network_from_preset())
        try:
            report = _sync(engine, args)
        except DeviceRevokedError as error:
            print(f"fieldsales: {error}", file=sys.stderr)
            return EXIT_NEEDS_USER
        except (ServerUnreachableError, ServerBusyError) as error:
            print(f"fieldsales: {error}", file=sys.stderr)
            return EXIT_UNREACHABLE
        except (SignInRequiredError, EnrolmentRequiredError, UpgradeRequiredError) as error:
            print(f"fieldsales: {error}", file=sys.stderr)
            return EXIT_NEEDS_USER
        except NotConnectedError as error:
            print(f"fieldsales: {error}", file=sys.stderr)
            return 1
        _print_report(report, as_json=args.json)
        return EXIT_CONVERGED if report.converged else EXIT_NEEDS_USER


def _sync(engine: SyncEngine, args: argparse.Namespace) -> SyncReport:
    status = engine.status()
    if args.server or args.username or not status.connected:
        if not (args.server or status.server_url) or not (args.username or status.username):
            raise NotConnectedError(
                translatable(
                    "errors",
                    "This workspace is not connected to a server yet; connect it first "
                    "(fieldsales sync --server URL --username NAME).",
                )
            )
        _connect(
            engine,
            args,
            args.server or status.server_url or "",
            args.username or status.username or "",
        )
    elif not status.signed_in:
        _connect(engine, args, status.server_url or "", status.username or "")
    try:
        return engine.sync()
    except SignInRequiredError:
        # The session ended on the server: sign in again if we can ask, then go on.
        if not (os.environ.get(PASSWORD_ENV) or (sys.stdin and sys.stdin.isatty())):
            raise
        status = engine.status()
        _connect(engine, args, status.server_url or "", status.username or "")
        return engine.sync()


def _print_report(report: SyncReport, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.as_json(), sort_keys=True))
        return
    print(
        f"Synced in {report.duration:.1f} s: {report.pushed} sent, {report.pulled} received, "
        f"{report.dropped} removed (left your territories), {report.conflicts} new conflicts, "
        f"{report.refused} refused."
    )
    if report.reset:
        print(
            "The server was restored from a backup: this workspace sent back what the "
            "server lacked and read everything again."
        )
    if report.pending:
        print(f"{report.pending} records still waiting to be sent.")
    if report.open_conflicts or report.open_refused:
        print(
            f"Open: {report.open_conflicts} conflicts, {report.open_refused} refused changes; "
            "see 'fieldsales conflicts'."
        )


def run_conflicts(args: argparse.Namespace) -> int:
    from app.sync import issues as sync_issues

    with open_workspace(args) as workspace, workspace.session() as session:
        found = sync_issues.open_issues(session)
        if args.json:
            print(json.dumps([issue.as_json() for issue in found], ensure_ascii=False, indent=1))
            return 0
        if not found:
            print("No open conflicts or refused changes.")
            return 0
        for issue in found:
            print(sync_issues.describe(session, issue))
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from app.sync import issues as sync_issues
    from app.sync.engine import SyncEngine
    from app.sync.network import network_from_preset

    with open_workspace(args) as workspace:
        ids = list(args.ids)
        if args.all:
            kinds = {"conflicts": {"conflict"}, "refused": {"refused"}}.get(
                args.all, {"conflict", "refused"}
            )
            with workspace.session() as session:
                ids += [i.id for i in sync_issues.open_issues(session) if i.kind in kinds]
        if not ids and not args.all:
            raise ValidationError(
                translatable("errors", "Name the numbers to settle, or use --all."), field="id"
            )
        engine = SyncEngine(workspace, network=network_from_preset())
        kept = "your value" if args.keep == "mine" else "the server's value"
        for issue_id in dict.fromkeys(ids):
            try:
                issue = engine.resolve(issue_id, args.keep)
            except (ServerUnreachableError, ServerBusyError) as error:
                print(f"fieldsales: {error}", file=sys.stderr)
                return EXIT_UNREACHABLE
            except SyncError as error:
                print(f"fieldsales: {error}", file=sys.stderr)
                return EXIT_NEEDS_USER
            print(f"Settled #{issue.id}: keeping {kept}; it travels at the next sync.")
    return 0
