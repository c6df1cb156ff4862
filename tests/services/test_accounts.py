"""Account and contact input is checked before anything is written."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.models import Account, Contact
from app.services.accounts import (
    create_account,
    create_contact,
    find_account_by_number,
    update_account,
)


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_create_account_normalises_and_stores(session) -> None:
    account = create_account(
        session,
        account_number=" A-100 ",
        name="Müller & Söhne",
        currency="chf",
        credit_limit="5000.00",
        email="einkauf@mueller.example",
        tags=["vip", " north ", "vip"],
        type=" Customer",
        lead_score="55",
    )
    session.commit()
    assert (account.account_number, account.currency, account.tags) == (
        "A-100",
        "CHF",
        ["north", "vip"],
    )
    assert account.credit_limit == D("5000.00")
    assert (account.type, account.lead_score) == ("customer", 55)
    assert find_account_by_number(session, "A-100") is account


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"account_number": ""}, "account_number", "Account number is required."),
        ({"name": "   "}, "name", "Name is required."),
        ({"currency": "EUX"}, "currency", "Unknown currency code: EUX."),
        (
            {"email": "anna.example.com"},
            "email",
            "“anna.example.com” is not a valid e-mail address.",
        ),
        ({"email": "anna@example"}, "email", "“anna@example” is not a valid e-mail address."),
        ({"credit_limit": "-1"}, "credit_limit", "Credit limit must not be negative."),
        ({"type": "partner"}, "type", "partner is not one of: lead, prospect, customer."),
        ({"lead_score": 101}, "lead_score", "Lead score must be a whole number from 0 to 100."),
        ({"lead_score": "4.5"}, "lead_score", "Lead score must be a whole number from 0 to 100."),
    ],
)
def test_invalid_account_is_refused_and_nothing_written(session, values, field, message) -> None:
    arguments = {"account_number": "A-1", "name": "Acme"} | values
    with pytest.raises(ValidationError) as caught:
        create_account(session, **arguments)
    assert (caught.value.field, str(caught.value)) == (field, message)
    session.commit()
    assert _count(session, Account) == 0


def test_duplicate_account_number_is_refused_and_nothing_written(session) -> None:
    create_account(session, account_number="A-1", name="Acme")
    session.commit()
    with pytest.raises(ValidationError) as caught:
        create_account(session, account_number="A-1", name="Other")
    assert caught.value.field == "account_number"
    assert str(caught.value) == "Account number A-1 is already in use."
    session.commit()
    assert session.scalars(select(Account.name)).all() == ["Acme"]


def test_update_refuses_a_taken_number_and_keeps_the_old_values(session) -> None:
    create_account(session, account_number="A-1", name="Acme")
    beta = create_account(session, account_number="A-2", name="Beta")
    session.commit()
    with pytest.raises(ValidationError):
        update_account(session, beta, name="Beta Ltd", account_number="A-1")
    session.commit()
    session.expire_all()
    assert (beta.name, beta.account_number) == ("Beta", "A-2")
    update_account(session, beta, account_number="A-2", name="Beta Ltd")
    assert beta.name == "Beta Ltd"


def test_unknown_account_number_is_not_found(session) -> None:
    with pytest.raises(NotFoundError, match="No account with number X-9."):
        find_account_by_number(session, "X-9")


def test_contact_needs_a_last_name_and_a_valid_email(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme")
    with pytest.raises(ValidationError) as caught:
        create_contact(session, account=account, last_name="")
    assert caught.value.field == "last_name"
    with pytest.raises(ValidationError) as caught:
        create_contact(session, account=account, last_name="Ivanova", email="olga@")
    assert caught.value.field == "email"
    session.commit()
    assert _count(session, Contact) == 0
    contact = create_contact(
        session, account=account, first_name="Olga", last_name="Ivanova", marketing_consent=True
    )
    assert contact.full_name == "Olga Ivanova"
    assert contact.marketing_consent_date is not None
