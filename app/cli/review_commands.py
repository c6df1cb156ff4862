"""``fieldsales reviews``: a manager reviews the team's visit reports from a terminal.

The same services as the desktop's Team page (``app.services.reviews`` and
``review_inbox``). A decision is a local change that travels at the next
``fieldsales sync``. A workspace not signed in with a manager's account is refused
with one line and exit 1, before anything is read.

The services are imported inside each command: they bring SQLAlchemy and the
models, which parsing the command line and ``--help`` must not pay.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from app.cli.choices import REVIEW_STATES
from app.cli.support import open_workspace
from app.errors import NotFoundError, ValidationError, translatable

if TYPE_CHECKING:
    from app.services.review_inbox import InboxRow


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli.main import add_workspace_options

    reviews = subparsers.add_parser(
        "reviews", help="managers: the team's visit reports to review, approve or send back"
    )
    add_workspace_options(reviews)
    commands = reviews.add_subparsers(dest="reviews_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="the inbox, most recently submitted first")
    add_workspace_options(listing)
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--rep", metavar="USERNAME", help="only this rep's reports")
    listing.add_argument("--state", choices=REVIEW_STATES, help="only reports in this state")
    listing.add_argument("--since", metavar="YYYY-MM-DD", help="visits on or after this day")
    listing.add_argument("--until", metavar="YYYY-MM-DD", help="visits on or before this day")
    listing.add_argument("--account", metavar="NUMBER", help="only this account's reports")
    listing.add_argument("--outcome", metavar="OUTCOME", help="e.g. order_placed, no_interest")
    listing.set_defaults(handler=run_list)

    approving = commands.add_parser("approve", help="approve a pending report (final)")
    add_workspace_options(approving)
    approving.add_argument("visit_id", metavar="VISIT_ID")
    approving.add_argument("--comment", metavar="TEXT", help="an optional word to the rep")
    approving.set_defaults(handler=run_approve)

    sending = commands.add_parser("send-back", help="ask the rep for changes")
    add_workspace_options(sending)
    sending.add_argument("visit_id", metavar="VISIT_ID")
    sending.add_argument("--comment", metavar="TEXT", required=True, help="what should change")
    sending.set_defaults(handler=run_send_back)


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            translatable("errors", "{option} takes a date as YYYY-MM-DD, not {value}."),
            field=option,
            option=option,
            value=text,
        ) from None


def _account_id(session, number: str | None) -> str | None:
    if not number:
        return None
    from sqlalchemy import select

    from app.models import Account

    found = session.scalar(
        select(Account.id).where(Account.account_number == number, Account.deleted.is_(False))
    )
    if found is None:
        raise NotFoundError(translatable("errors", "No account numbered {number}."), number=number)
    return found


def _as_json(row: InboxRow) -> dict[str, Any]:
    return {
        "visit_id": row.visit_id,
        "report_id": row.report_id,
        "account": row.account_name,
        "rep": row.rep,
        "visit_start": row.visit_start.isoformat(),
        "submitted_at": row.submitted_at.isoformat() if row.submitted_at else None,
        "outcome": row.outcome,
        "review_state": row.review_state,
        "review_comment": row.review_comment,
        "attachments": row.attachments,
    }


def run_list(args: argparse.Namespace) -> int:
    from app.services.review_inbox import InboxFilter, pending_by_rep
    from app.services.review_inbox import team_inbox as inbox_rows
    from app.services.reviews import reviewer

    with open_workspace(args) as workspace, workspace.session() as session:
        reviewer(session)
        filters = InboxFilter(
            rep=args.rep,
            since=_day(args.since, "--since"),
            until=_day(args.until, "--until"),
            account_id=_account_id(session, args.account),
            outcome=args.outcome,
            state=args.state,
        )
        rows = inbox_rows(session, filters)
        pending = pending_by_rep(session)
    if args.json:
        report = {"reports": [_as_json(row) for row in rows], "pending_by_rep": pending}
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    if pending:
        print("Pending: " + ", ".join(f"{rep} {count}" for rep, count in pending.items()))
    else:
        print("Nothing waits for review.")
    for row in rows:
        comment = f"  ({row.review_comment})" if row.review_comment else ""
        print(
            f"{row.visit_id}  {row.visit_start.astimezone():%Y-%m-%d %H:%M}  {row.rep:<12} "
            f"{row.review_state:<17} {row.outcome or '-':<16} {row.account_name}{comment}"
        )
    return 0


def run_approve(args: argparse.Namespace) -> int:
    from app.services.reviews import approve, reviewer

    with open_workspace(args) as workspace, workspace.transaction() as session:
        report = approve(session, args.visit_id, reviewer=reviewer(session), comment=args.comment)
        account = report.visit.account.name
    print(f"Approved the report on {account}; it goes to the rep at the next sync.")
    return 0


def run_send_back(args: argparse.Namespace) -> int:
    from app.services.reviews import reviewer, send_back

    with open_workspace(args) as workspace, workspace.transaction() as session:
        report = send_back(session, args.visit_id, reviewer=reviewer(session), comment=args.comment)
        account = report.visit.account.name
    print(f"Sent the report on {account} back to the rep; it goes at the next sync.")
    return 0
