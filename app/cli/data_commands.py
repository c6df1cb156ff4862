"""Data commands: ``import``, ``export`` and ``demo``.

The services are imported inside each command: they bring SQLAlchemy and the
models, which parsing the command line and ``--help`` must not pay.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.cli.choices import EXPORT_KINDS, IMPORT_KINDS
from app.cli.support import open_workspace


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli.main import add_workspace_options

    importer = subparsers.add_parser(
        "import",
        help="import accounts, contacts, products or prices from a UTF-8 CSV file",
        description="Rows are matched to existing records and updated (accounts by "
        "account_number, products by sku, contacts by account and e-mail or name, prices by "
        "list, sku and min_quantity). A file with any bad row changes nothing unless "
        "--skip-invalid is given. See docs/csv.md for the columns.",
    )
    add_workspace_options(importer)
    importer.add_argument("kind", choices=IMPORT_KINDS)
    importer.add_argument("file", type=Path, metavar="FILE.csv")
    importer.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the good rows and list the bad ones instead of importing nothing",
    )
    importer.set_defaults(handler=import_file)

    exporter = subparsers.add_parser("export", help="export records to a UTF-8 CSV file")
    add_workspace_options(exporter)
    exporter.add_argument("kind", choices=EXPORT_KINDS)
    exporter.add_argument("file", type=Path, metavar="FILE.csv")
    exporter.add_argument(
        "--excel",
        action="store_true",
        help="start the file with a byte-order mark so Excel reads non-Latin names right",
    )
    exporter.set_defaults(handler=export_file)

    demo = subparsers.add_parser("demo", help="fill the workspace with realistic demo data")
    add_workspace_options(demo)
    demo.add_argument("--accounts", type=_positive, default=1000, metavar="N")
    demo.add_argument("--seed", type=int, default=42, help="same seed, same data (default 42)")
    demo.add_argument(
        "--user",
        metavar="NAME",
        help="also give this user name a full agenda of visits today and this week "
        "(default: the workspace user)",
    )
    demo.set_defaults(handler=fill_demo_workspace)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def import_file(args: argparse.Namespace) -> int:
    from app.services.csv_import import import_csv
    from app.services.csv_reading import CsvImportError

    with open_workspace(args) as workspace:
        try:
            with workspace.transaction() as session:
                report = import_csv(session, args.kind, args.file, skip_invalid=args.skip_invalid)
        except CsvImportError as error:
            for problem in error.problems:
                print(f"{args.file.name}: {problem}", file=sys.stderr)
            raise
    for problem in report.problems:
        print(f"{args.file.name}: skipped {problem}", file=sys.stderr)
    print(report.summary())
    return 0


def export_file(args: argparse.Namespace) -> int:
    from app.services.csv_export import export_csv

    with open_workspace(args) as workspace, workspace.session() as session:
        count = export_csv(session, args.kind, args.file, excel=args.excel)
    print(f"{args.kind}: {count} rows written to {args.file}")
    return 0


def fill_demo_workspace(args: argparse.Namespace) -> int:
    from app.services.demo import fill_demo

    started = time.monotonic()
    last_shown = [0.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if sys.stdout.isatty() and (now - last_shown[0] >= 1 or done == total):
            last_shown[0] = now
            print(f"\r  {done * 100 // max(total, 1):3d} %", end="", flush=True)

    with open_workspace(args) as workspace:
        print(f"Filling {workspace.data_dir} with {args.accounts} demo accounts ...")
        with workspace.transaction() as session:
            counts = fill_demo(
                session,
                accounts=args.accounts,
                device_prefix=workspace.device_prefix,
                seed=args.seed,
                progress=show,
                user=args.user or workspace.username,
            )
    print(f"\rDone in {time.monotonic() - started:.1f} s:" + " " * 10)
    for entity, count in counts.items():
        print(f"  {entity:<20} {count:>8}")
    return 0
