"""What each directory command of ``fieldsales-server`` does, one function per command.

Every function runs inside one transaction (``cli.run`` opens it) and says what it
did in one line; the listings print a header and tab-separated rows for ``cut`` and
``grep``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from server import catalog_import, directory, reporting_catalog
from server.epoch import replace_epoch

Command = Callable[[Session, argparse.Namespace], None]


def say(line: str) -> None:
    sys.stdout.write(line + "\n")


def _rows(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    for row in [header, *rows]:
        say("\t".join(row))


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def read_password() -> str:
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


def create_user(session: Session, args: argparse.Namespace) -> None:
    user = directory.create_user(
        session,
        username=args.username,
        password=read_password(),
        role=args.role,
        team=args.team,
        territories=args.territory,
    )
    say(f"created {user.role} {user.username}")


def create_team(session: Session, args: argparse.Namespace) -> None:
    team = directory.create_team(session, name=args.name, manager=args.manager)
    say(f"created team {team.name}")


def create_territory(session: Session, args: argparse.Namespace) -> None:
    territory = directory.create_territory(session, name=args.name, team=args.team)
    say(f"created territory {territory.name}")


def assign(session: Session, args: argparse.Namespace) -> None:
    territory = directory.assign_territory(
        session, territory=args.territory, username=args.username
    )
    say(f"territory {territory.name} now belongs to {args.username}")


def users(session: Session, _args: argparse.Namespace) -> None:
    _rows(
        ("username", "role", "team", "territories", "state", "second factor"),
        [
            (
                user.username,
                user.role,
                team or "-",
                ", ".join(territories) or "-",
                "active" if user.active else "deactivated",
                "on" if user.totp_enabled else "off",
            )
            for user, team, territories in directory.all_users(session)
        ],
    )


def teams(session: Session, _args: argparse.Namespace) -> None:
    _rows(
        ("team", "manager"),
        [(team.name, manager or "-") for team, manager in directory.all_teams(session)],
    )


def territories(session: Session, _args: argparse.Namespace) -> None:
    _rows(
        ("territory", "team", "rep"),
        [
            (territory.name, team or "-", rep or "-")
            for territory, team, rep in directory.all_territories(session)
        ],
    )


def devices(session: Session, args: argparse.Namespace) -> None:
    found = directory.devices_of(session, args.username)
    if not found:
        say(f"{args.username} has no registered devices")
    for device in found:
        state = "revoked" if device.revoked_at else "active"
        say(f"{device.id}\t{device.name}\t{state}\t{device.created_at:%Y-%m-%d}")


def revoke_device(session: Session, args: argparse.Namespace) -> None:
    directory.revoke_device(session, args.device_id)
    say(f"revoked device {args.device_id}: it wipes its data on its next request")


def deactivate_user(session: Session, args: argparse.Namespace) -> None:
    directory.deactivate_user(session, args.username)
    say(f"deactivated {args.username}: logins blocked, every device wipes itself")


def set_password(session: Session, args: argparse.Namespace) -> None:
    directory.set_password(session, args.username, read_password())
    say(f"new password set for {args.username}: their devices sign in again with it")


def reset_totp(session: Session, args: argparse.Namespace) -> None:
    directory.reset_totp(session, args.username)
    say(f"second factor of {args.username} turned off: they enrol again at their next login")


def require_totp(session: Session, args: argparse.Namespace) -> None:
    directory.require_totp(session, set(args.roles))
    roles = ", ".join(sorted(args.roles)) or "no role"
    say(f"two-factor sign-in now required of: {roles}")


def import_products(session: Session, args: argparse.Namespace) -> None:
    say(f"{_count(catalog_import.import_products(session, args.file), 'product')} imported")


def import_prices(session: Session, args: argparse.Namespace) -> None:
    say(f"{_count(catalog_import.import_prices(session, args.file), 'price')} imported")


def set_rate(session: Session, args: argparse.Namespace) -> None:
    row = reporting_catalog.set_exchange_rate(
        session,
        from_currency=args.from_currency,
        to_currency=args.to_currency,
        rate=args.rate,
        valid_from=args.valid_from,
    )
    say(f"1 {row.from_currency} = {row.rate} {row.to_currency} from {row.valid_from}")


def rates(session: Session, _args: argparse.Namespace) -> None:
    _rows(
        ("from", "to", "rate", "valid from"),
        [
            (r.from_currency, r.to_currency, r.rate, r.valid_from)
            for r in reporting_catalog.exchange_rates(session)
        ],
    )


def set_cadence(session: Session, args: argparse.Namespace) -> None:
    row = reporting_catalog.set_visit_cadence(session, segment=args.segment, days=args.days)
    say(f"accounts of segment {row.segment}: a visit every {_count(row.days, 'day')}")


def cadences(session: Session, _args: argparse.Namespace) -> None:
    _rows(
        ("segment", "days"),
        [(c.segment, str(c.days)) for c in reporting_catalog.visit_cadences(session)],
    )


def after_restore(session: Session, args: argparse.Namespace) -> None:
    del args
    epoch = replace_epoch(session)
    say(
        f"new feed epoch {epoch}: at its next sync every laptop sends again what this "
        "backup lacks and reads the feed again"
    )
    say(
        "changes made after the backup to users, passwords and devices are undone: "
        "revoke again any device revoked since, and set again any password changed since"
    )


COMMANDS: dict[str, Command] = {
    "create-user": create_user,
    "create-team": create_team,
    "create-territory": create_territory,
    "assign": assign,
    "users": users,
    "teams": teams,
    "territories": territories,
    "devices": devices,
    "revoke-device": revoke_device,
    "deactivate-user": deactivate_user,
    "set-password": set_password,
    "reset-totp": reset_totp,
    "require-totp": require_totp,
    "import-products": import_products,
    "import-prices": import_prices,
    "set-rate": set_rate,
    "rates": rates,
    "set-cadence": set_cadence,
    "cadences": cadences,
    "after-restore": after_restore,
}
