"""Full-text search finds accounts by name, city, tag and contact name, in any script."""

from __future__ import annotations

import pytest

from app.models import Account, Contact
from app.services.search import fts_query, search_account_ids


@pytest.fixture
def accounts(workspace):
    with workspace.transaction() as session:
        mueller = Account(
            account_number="A-1",
            name="Müller Baustoffe GmbH",
            billing_city="Köln",
            tags=["steel", "vip"],
            type="customer",
            currency="EUR",
        )
        gulf = Account(
            account_number="A-2",
            name="شركة الخليج للتجارة",
            billing_city="دبي",
            type="lead",
            currency="AED",
        )
        session.add_all([mueller, gulf])
        session.flush()
        session.add(Contact(account_id=mueller.id, first_name="Ольга", last_name="Петрова"))
    return {"mueller": mueller.id, "gulf": gulf.id}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("mull", "mueller"),
        ("koln", "mueller"),
        ("vip", "mueller"),
        ("Петр", "mueller"),
        ("الخليج", "gulf"),
        ("دبي", "gulf"),
        ("baustoffe köln", "mueller"),
    ],
)
def test_prefix_words_match_across_fields(workspace, accounts, typed, expected):
    with workspace.session() as session:
        assert search_account_ids(session, typed) == [accounts[expected]]


def test_index_follows_renames_deletes_and_contact_changes(workspace, accounts):
    with workspace.transaction() as session:
        mueller = session.get(Account, accounts["mueller"])
        mueller.name = "Schmidt Holz AG"
        contact = session.query(Contact).one()
        contact.first_name = "Irina"
        session.get(Account, accounts["gulf"]).deleted = True
    with workspace.session() as session:
        assert search_account_ids(session, "müller") == []
        assert search_account_ids(session, "schmidt") == [accounts["mueller"]]
        assert search_account_ids(session, "irina") == [accounts["mueller"]]
        assert search_account_ids(session, "ольга") == []
        assert search_account_ids(session, "الخليج") == []


def test_operators_typed_by_a_user_are_plain_words():
    assert fts_query('AND "x* NEAR(') == '"AND"* "x"* "NEAR"*'
    assert fts_query("  ,, ") is None
