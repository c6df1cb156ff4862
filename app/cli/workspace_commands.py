"""Workspace commands: init, change-passphrase, info, and starting the desktop app.

``app.workspace`` (SQLAlchemy, Alembic, the models) and the desktop (Qt) are
imported inside the commands that use them, not to parse the command line.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from pathlib import Path

from app.cli.support import data_dir_from, open_workspace, passphrase_from


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli.main import add_workspace_options

    init = subparsers.add_parser("init", help="create a new encrypted workspace")
    add_workspace_options(init)
    init.set_defaults(handler=init_workspace)

    change = subparsers.add_parser("change-passphrase", help="re-wrap the workspace key")
    add_workspace_options(change)
    change.add_argument(
        "--new-passphrase-env",
        metavar="VAR",
        help="environment variable holding the new passphrase (else prompted for)",
    )
    change.set_defaults(handler=change_workspace_passphrase)

    info = subparsers.add_parser("info", help="workspace path, schema version and counts")
    add_workspace_options(info)
    info.add_argument("--json", action="store_true", help="machine-readable output")
    info.set_defaults(handler=show_info)

    run_demo = subparsers.add_parser(
        "run-demo", help="create a demo workspace once, then start the desktop app on it"
    )
    add_workspace_options(run_demo)
    run_demo.add_argument("--accounts", type=int, default=300)
    run_demo.set_defaults(handler=run_demo_workspace)


def init_workspace(args: argparse.Namespace) -> int:
    from app.workspace import Workspace

    data_dir = data_dir_from(args)
    passphrase = passphrase_from(args, prompt="New workspace passphrase: ", confirm=True)
    with Workspace.create(data_dir, passphrase) as workspace:
        print(f"Created workspace in {workspace.data_dir}")
    return 0


def change_workspace_passphrase(args: argparse.Namespace) -> int:
    from app.workspace import change_passphrase

    data_dir = data_dir_from(args)
    old = passphrase_from(args, prompt="Current passphrase: ")
    new = passphrase_from(
        args,
        prompt="New passphrase: ",
        env_option="new_passphrase_env",
        default_env="FIELDSALES_NEW_PASSPHRASE",
        confirm=True,
    )
    change_passphrase(data_dir, old, new)
    print("Passphrase changed.")
    return 0


def show_info(args: argparse.Namespace) -> int:
    from app.workspace.info import workspace_info

    with open_workspace(args) as workspace:
        info = workspace_info(workspace)
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    print(f"Workspace:      {info['path']}")
    print(f"Schema version: {info['schema_version']}")
    print(f"Device prefix:  {info['device_prefix']}")
    for entity, count in info["counts"].items():
        print(f"  {entity:<20} {count:>8}")
    return 0


def start_desktop(args: argparse.Namespace) -> int:
    from app.views.app_main import run_desktop

    return run_desktop(data_dir=data_dir_from(args))


def run_demo_workspace(args: argparse.Namespace) -> int:
    """``make run``: a demo workspace under .demo/ made once, its passphrase shown."""
    from app.workspace import Workspace

    data_dir = data_dir_from(args)
    passphrase_file = data_dir.parent / (data_dir.name + "-passphrase.txt")
    if not Workspace.exists(data_dir):
        from app.services.demo import fill_demo

        passphrase = "demo-" + secrets.token_urlsafe(9)
        print(f"Creating a demo workspace with {args.accounts} accounts in {data_dir} ...")
        with (
            Workspace.create(data_dir, passphrase) as workspace,
            workspace.transaction() as session,
        ):
            fill_demo(
                session,
                accounts=args.accounts,
                device_prefix=workspace.device_prefix,
                user=workspace.username,
            )
        # A demo workspace holds invented data only; its passphrase is kept beside it
        # so `make run` can show it again next time.
        passphrase_file.write_text(passphrase + "\n", encoding="utf-8")
        passphrase_file.chmod(0o600)
    if passphrase_file.exists():
        passphrase = passphrase_file.read_text(encoding="utf-8").strip()
        print(f"Demo workspace: {Path(data_dir).resolve()}")
        print(f"Demo passphrase: {passphrase}", flush=True)
    sys.stdout.flush()
    return start_desktop(args)
