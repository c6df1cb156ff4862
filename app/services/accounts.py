"""Creating and editing accounts and their contacts, with every check up front."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, ValidationError, translatable
from app.models import Account, AccountStatus, AccountType, Contact, Territory
from app.models.validation import (
    optional_country,
    optional_email,
    require_currency,
    require_decimal,
    require_non_negative,
    require_text,
)

ACCOUNT_FIELDS = frozenset(
    column.key
    for column in Account.__table__.columns
    if column.key not in {"id", "created_at", "updated_at", "updated_by", "deleted", "row_version"}
)
CONTACT_FIELDS = frozenset(
    column.key
    for column in Contact.__table__.columns
    if column.key not in {"id", "created_at", "updated_at", "updated_by", "deleted", "row_version"}
)


def _unknown_fields(values: Mapping[str, Any], allowed: frozenset[str]) -> None:
    unknown = sorted(set(values) - allowed)
    if unknown:
        # A programming error, not a user one: the form sent a field that does not exist.
        raise TypeError(f"unknown fields: {', '.join(unknown)}")


def _lead_score(value: Any) -> int | None:
    """0-100 as an int or its text ("55", from a CSV file); blank means none."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        score = int(value.strip()) if isinstance(value, str) else value
    except ValueError:
        score = None
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100:
        raise ValidationError(
            translatable("errors", "Lead score must be a whole number from 0 to 100."),
            field="lead_score",
        )
    return score


def _choice(value: Any, choices: type, *, field: str) -> str:
    allowed = [choice.value for choice in choices]
    value = value.strip().lower() if isinstance(value, str) else value
    if value not in allowed:
        raise ValidationError(
            translatable("errors", "{value} is not one of: {choices}."),
            field=field,
            value=value,
            choices=", ".join(allowed),
        )
    return value


def clean_account_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Checked, normalised copies of the values given (only the ones given)."""
    clean = dict(values)
    for field in ("account_number", "name"):
        if field in clean:
            clean[field] = require_text(clean[field], field=field)
    if "email" in clean:
        clean["email"] = optional_email(clean["email"])
    for field in ("billing_country", "shipping_country"):
        if field in clean:
            clean[field] = optional_country(clean[field], field=field)
    if "currency" in clean:
        clean["currency"] = require_currency(clean["currency"])
    if "credit_limit" in clean:
        clean["credit_limit"] = require_non_negative(clean["credit_limit"], field="credit_limit")
    if "open_balance" in clean:
        clean["open_balance"] = require_decimal(clean["open_balance"], field="open_balance")
    if "type" in clean:
        clean["type"] = _choice(clean["type"], AccountType, field="type")
    if "status" in clean:
        clean["status"] = _choice(clean["status"], AccountStatus, field="status")
    if "lead_score" in clean:
        clean["lead_score"] = _lead_score(clean["lead_score"])
    if "tags" in clean:
        clean["tags"] = sorted(
            {str(tag).strip() for tag in clean["tags"] or [] if str(tag).strip()}
        )
    return clean


def _check_number_free(session: Session, number: str, *, except_id: str | None = None) -> None:
    query = select(func.count()).select_from(Account).where(Account.account_number == number)
    if except_id is not None:
        query = query.where(Account.id != except_id)
    if session.scalar(query):
        raise ValidationError(
            translatable("errors", "Account number {number} is already in use."),
            field="account_number",
            number=number,
        )


def create_account(session: Session, *, account_number: str, name: str, **values: Any) -> Account:
    """A new account; ``values`` are any other Account fields."""
    _unknown_fields(values, ACCOUNT_FIELDS)
    clean = clean_account_values({"account_number": account_number, "name": name, **values})
    _check_number_free(session, clean["account_number"])
    if not clean.get("territory_id"):
        clean["territory_id"] = only_territory(session)
    account = Account(**clean)
    session.add(account)
    session.flush()
    return account


def only_territory(session: Session) -> str | None:
    """The territory a new account goes to when none is chosen: the rep's only one.

    The server files every account under a territory; a rep who holds one (the
    usual case) never has to pick it.
    """
    from app.sync.connection import my_territories

    mine = my_territories(session)
    query = select(Territory.id).where(Territory.deleted.is_(False))
    if mine is not None:
        query = query.where(Territory.id.in_(mine))
    ids = session.scalars(query.limit(2)).all()
    return ids[0] if len(ids) == 1 else None


def update_account(session: Session, account: Account, **values: Any) -> Account:
    _unknown_fields(values, ACCOUNT_FIELDS)
    clean = clean_account_values(values)
    if "account_number" in clean:
        _check_number_free(session, clean["account_number"], except_id=account.id)
    for field, value in clean.items():
        setattr(account, field, value)
    session.flush()
    return account


def get_account(session: Session, account_id: str) -> Account:
    account = session.get(Account, account_id)
    if account is None or account.deleted:
        raise NotFoundError(translatable("errors", "This account no longer exists."))
    return account


def find_account_by_number(session: Session, account_number: str) -> Account:
    account = session.scalar(select(Account).where(Account.account_number == account_number))
    if account is None or account.deleted:
        raise NotFoundError(
            translatable("errors", "No account with number {number}."), number=account_number
        )
    return account


def clean_contact_values(values: Mapping[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "last_name" in clean:
        clean["last_name"] = require_text(clean["last_name"], field="last_name")
    if "email" in clean:
        clean["email"] = optional_email(clean["email"])
    if clean.get("marketing_consent") and not clean.get("marketing_consent_date"):
        clean["marketing_consent_date"] = date.today()
    return clean


def create_contact(session: Session, *, account: Account, last_name: str, **values: Any) -> Contact:
    _unknown_fields(values, CONTACT_FIELDS)
    clean = clean_contact_values({"last_name": last_name, **values})
    contact = Contact(account=account, **clean)
    session.add(contact)
    session.flush()
    return contact


def update_contact(session: Session, contact: Contact, **values: Any) -> Contact:
    _unknown_fields(values, CONTACT_FIELDS)
    clean = clean_contact_values(values)
    for field, value in clean.items():
        setattr(contact, field, value)
    session.flush()
    return contact
