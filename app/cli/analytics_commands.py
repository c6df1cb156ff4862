"""``fieldsales visit-next`` and ``fieldsales dashboard``: Today's ranking and the
team dashboard from a terminal, through the same services as the desktop.

A rep sees their own records only; a manager (or a workspace never connected)
may name any rep with ``--rep``. Amounts are in the reporting currency (a
workspace setting, ``--currency`` changes it for one run), with the rates used
and what was left out for want of a rate.

The services are imported inside each command: they bring SQLAlchemy and the
models, which parsing the command line and ``--help`` must not pay.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import Any

from app.cli.support import open_workspace
from app.errors import ValidationError, translatable


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.cli.main import add_workspace_options

    visit_next = subparsers.add_parser(
        "visit-next", help="the accounts to visit next, ranked, with the reasons"
    )
    add_workspace_options(visit_next)
    visit_next.add_argument("--rep", metavar="NAME", help="a rep of your team (managers)")
    visit_next.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    visit_next.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="as of this day")
    visit_next.add_argument("--json", action="store_true", help="machine-readable output")
    visit_next.set_defaults(handler=run_visit_next)
    dashboard = subparsers.add_parser(
        "dashboard", help="pipeline, forecast and activity in the reporting currency"
    )
    add_workspace_options(dashboard)
    dashboard.add_argument("--rep", metavar="NAME", help="one rep instead of the team (managers)")
    dashboard.add_argument("--currency", metavar="CODE", help="reporting currency for this run")
    dashboard.add_argument("--idle-days", type=int, default=60, metavar="N")
    dashboard.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="as of this day")
    dashboard.add_argument("--json", action="store_true", help="machine-readable output")
    dashboard.set_defaults(handler=run_dashboard)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _whose(session, requested: str | None, *, team_default: bool) -> str | None:
    """The rep to show: a rep may only ask for themselves."""
    from app.sync.connection import load_connection

    connection = load_connection(session)
    if connection is None or connection.role in ("manager", "admin"):
        if requested is None and not team_default:
            raise ValidationError(translatable("errors", "Name the rep with --rep."), field="rep")
        return requested
    if requested not in (None, connection.username):
        raise ValidationError(
            translatable("errors", "A rep sees only their own accounts."), field="rep"
        )
    return connection.username


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def run_visit_next(args: argparse.Namespace) -> int:
    from app.services.exchange_rates import reporting_currency
    from app.services.visit_ranking import rank_accounts

    with open_workspace(args) as workspace, workspace.session() as session:
        owner = _whose(session, args.rep, team_default=False)
        ranking = rank_accounts(
            session,
            owner=owner,
            today=args.on or date.today(),
            currency=reporting_currency(session),
        )
    shown = ranking.accounts[: max(args.limit, 0)]
    if args.json:
        print(
            json.dumps(
                {
                    "rep": ranking.owner,
                    "currency": ranking.currency,
                    "rates": [{k: _plain(v) for k, v in vars(r).items()} for r in ranking.rates],
                    "missing": {c: str(a) for c, a in ranking.missing.items()},
                    "accounts": [
                        {
                            "account_id": a.account_id,
                            "name": a.name,
                            "score": str(a.score),
                            "reasons": [
                                {"text": _reason(r), "points": str(r.points)} for r in a.reasons
                            ],
                        }
                        for a in shown
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for place, account in enumerate(shown, start=1):
        print(f"{place:3}. {account.name}  ({account.score} points)")
        for reason in account.reasons:
            print(f"       {reason.points:>6}  {_reason(reason)}")
    return 0


def _reason(reason) -> str:
    return reason.template.format(**{k: _plain(v) for k, v in reason.params.items()})


def run_dashboard(args: argparse.Namespace) -> int:
    from app.models.validation import require_currency
    from app.services.dashboard import build_dashboard
    from app.services.exchange_rates import reporting_currency

    with open_workspace(args) as workspace, workspace.session() as session:
        owner = _whose(session, args.rep, team_default=True)
        currency = require_currency(args.currency) if args.currency else reporting_currency(session)
        board = build_dashboard(
            session,
            currency=currency,
            today=args.on or date.today(),
            owner=owner,
            idle_days=args.idle_days,
        )
    names = {stage.stage_id: stage.name for stage in board.stages}
    summary = {
        "rep": board.owner,
        "currency": board.currency,
        "today": board.today.isoformat(),
        "rates": [{k: _plain(v) for k, v in vars(r).items()} for r in board.rates],
        "pipeline_missing": {c: str(a) for c, a in board.pipeline_missing.items()},
        "pipeline": [
            {"stage": names[c.stage_id], "rep": c.owner, "count": c.count,
             "total": str(c.total), "weighted": str(c.weighted)}
            for c in board.pipeline
        ],
        "forecast": [
            {"month": m.month.strftime("%Y-%m"), "count": m.count, "total": str(m.total),
             "weighted": str(m.weighted)}
            for m in board.forecast
        ],
        "visits": [{k: _plain(v) for k, v in vars(w).items()} for w in board.visits],
        "idle_accounts": board.idle_count,
        "quotes": [{"rep": q.owner, "sent": q.sent, "converted": q.converted} for q in board.quotes],
        "renewals": [
            {"contract": r.number, "account": r.account, "ends": r.end_date.isoformat(),
             "value": str(r.value), "currency": r.currency, "converted": _plain(r.converted)}
            for r in board.renewals
        ],
        "renewal_missing": {c: str(a) for c, a in board.renewal_missing.items()},
    }  # fmt: skip
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    print(f"{board.owner or 'Whole team'}, {board.today}, amounts in {board.currency}")
    for rate in board.rates:
        print(
            f"  rate used: 1 {rate.from_currency} = {rate.rate} {rate.to_currency} from {rate.valid_from}"
        )
    for currency_code, amount in {**board.pipeline_missing, **board.renewal_missing}.items():
        print(f"  no rate in force, left out: {amount} {currency_code}")
    print("\nstage\trep\tcount\ttotal\tweighted")
    for row in summary["pipeline"]:
        print("\t".join(str(row[k]) for k in ("stage", "rep", "count", "total", "weighted")))
    print("\nmonth\tcount\ttotal\tweighted forecast")
    for row in summary["forecast"]:
        print("\t".join(str(row[k]) for k in ("month", "count", "total", "weighted")))
    print(f"\naccounts not visited in {board.idle_days} days: {board.idle_count}")
    for row in board.quotes:
        print(f"quotes of {row.owner}: {row.sent} sent, {row.converted} became orders")
    print(
        f"contracts renewing in 90 days: {len(board.renewals)}, {board.renewal_total} {board.currency}"
    )
    return 0
