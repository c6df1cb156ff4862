"""Document commands: print a quote, an order confirmation or a visit report to PDF.

    fieldsales quote pdf NUMBER --out FILE [--lang en|ar|fa|ru] [--calendar ...]
                                           [--second-calendar ...]
    fieldsales order pdf NUMBER --out FILE [--lang ...]
    fieldsales visit-report pdf VISIT_ID --out FILE [--lang ...]

Language and calendars default to the installer's preset; ``--second-calendar``
prints every date in a second calendar beside the first (Gregorian and Umm al-Qura
Hijri, as Saudi business documents often do). The PDF is written only
once it is complete, so a failure leaves no half-written file behind.

ReportLab, the workspace and the preset are imported only when a document is
printed, not to parse the command line.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.cli.choices import CALENDARS, LANGUAGES
from app.errors import ValidationError, translatable

# command name -> (what the argument is, how to build the document)
DOCUMENTS = {
    "quote": ("NUMBER", "quote number, e.g. Q-K7Q2-00042"),
    "order": ("NUMBER", "order number, e.g. O-K7Q2-00007"),
    "visit-report": ("VISIT_ID", "id of a visit that has a report"),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli.main import add_workspace_options

    for command, (metavar, help_text) in DOCUMENTS.items():
        actions = _actions_of(subparsers, command)
        pdf = actions.add_parser("pdf", help=f"print the {command.replace('-', ' ')} as a PDF")
        add_workspace_options(pdf)
        pdf.add_argument("reference", metavar=metavar, help=help_text)
        pdf.add_argument("--out", required=True, metavar="FILE", help="PDF file to write")
        pdf.add_argument("--lang", choices=LANGUAGES, help="document language (default: preset)")
        pdf.add_argument(
            "--calendar", choices=CALENDARS, help="calendar for dates (default: preset)"
        )
        pdf.add_argument(
            "--second-calendar",
            choices=CALENDARS,
            help="also print each date in this calendar, beside the first (default: preset)",
        )
        pdf.set_defaults(handler=print_document, document=command)


def _actions_of(subparsers: argparse._SubParsersAction, command: str) -> argparse._SubParsersAction:
    """The sub-commands of ``command``, creating the group if no other module did."""
    parser = subparsers.choices.get(command)
    if parser is None:
        parser = subparsers.add_parser(command, help=f"{command.replace('-', ' ')} documents")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(
        dest=f"{command.replace('-', '_')}_action", metavar="ACTION", required=True
    )


def print_document(args: argparse.Namespace) -> int:
    from app.cli.support import open_workspace
    from app.preset import load_preset
    from app.reports import sources
    from app.reports.documents import Appearance
    from app.reports.render import render_pdf

    out = Path(args.out)
    if not out.parent.is_dir():
        raise ValidationError(
            translatable("errors", "Folder {path} does not exist"),
            field="out",
            path=str(out.parent),
        )
    preset = load_preset()
    appearance = Appearance(
        args.lang or preset.language,
        args.calendar or preset.calendar,
        args.second_calendar or preset.second_calendar,
    )
    with open_workspace(args) as workspace, workspace.session() as session:
        builders: dict[str, Callable[[], object]] = {
            "quote": lambda: sources.quote_document(
                session, args.reference, company=preset.company, appearance=appearance
            ),
            "order": lambda: sources.order_document(
                session, args.reference, company=preset.company, appearance=appearance
            ),
            "visit-report": lambda: sources.visit_report_document(
                session, args.reference, company=preset.company, appearance=appearance,
                read_attachment=workspace.attachments.read,
            ),
        }  # fmt: skip
        document = builders[args.document]()
    write_atomically(out, render_pdf(document))
    print(f"Wrote {out}")
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
