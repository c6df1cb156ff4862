"""Prices come from the account's valid price list, then the default, by quantity break."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select

from app.errors import NotFoundError, ValidationError
from app.models import PipelineStage, PriceList, Product
from app.services.accounts import create_account
from app.services.catalog import (
    assign_price_list,
    create_pipeline_stage,
    create_price_list,
    create_product,
    seed_default_pipeline_stages,
    set_price,
    update_pipeline_stage,
)
from app.services.pricing import price_for

DAY = date(2026, 6, 15)


@pytest.fixture
def catalog(session):
    account = create_account(session, account_number="A-1", name="Acme", currency="EUR")
    product = create_product(session, sku="BOLT-8", name="Bolt M8", tax_rate=D(19))
    default = create_price_list(session, name="Standard", currency="EUR", is_default=True)
    set_price(session, price_list=default, product=product, unit_price="1.00")
    set_price(session, price_list=default, product=product, unit_price="0.90", min_quantity=100)
    special = create_price_list(
        session,
        name="Acme 2026",
        currency="EUR",
        valid_from=date(2026, 1, 1),
        valid_to=date(2026, 12, 31),
    )
    set_price(session, price_list=special, product=product, unit_price="0.80", min_quantity=10)
    set_price(session, price_list=special, product=product, unit_price="0.70", min_quantity=500)
    assign_price_list(session, price_list=special, account=account)
    session.commit()
    return account, product, default, special


@pytest.mark.parametrize(
    ("quantity", "price", "list_name", "break_"),
    [
        (1, "1.00", "Standard", "1"),  # below the special list's first break: default list
        (9, "1.00", "Standard", "1"),
        (10, "0.80", "Acme 2026", "10"),
        (499, "0.80", "Acme 2026", "10"),
        (500, "0.70", "Acme 2026", "500"),
        ("10000", "0.70", "Acme 2026", "500"),
    ],
)
def test_highest_break_of_the_assigned_list_applies(
    session, catalog, quantity, price, list_name, break_
) -> None:
    account, product, _default, _special = catalog
    found = price_for(session, account=account, product=product, quantity=quantity, on=DAY)
    assert (found.unit_price, found.price_list.name, found.min_quantity, found.currency) == (
        D(price),
        list_name,
        D(break_),
        "EUR",
    )


def test_expired_assigned_list_falls_back_to_the_default(session, catalog) -> None:
    account, product, *_ = catalog
    found = price_for(session, account=account, product=product, quantity=500, on=date(2027, 1, 1))
    assert (found.unit_price, found.price_list.name) == (D("0.90"), "Standard")


def test_a_list_in_another_currency_is_ignored(session, catalog) -> None:
    account, product, _default, special = catalog
    special.currency = "USD"
    session.commit()
    assert price_for(
        session, account=account, product=product, quantity=500, on=DAY
    ).unit_price == D("0.90")


def test_no_price_is_a_clear_error(session, catalog) -> None:
    account, _product, *_ = catalog
    other = create_product(session, sku="NUT-8", name="Nut M8")
    with pytest.raises(NotFoundError) as caught:
        price_for(session, account=account, product=other, quantity=1, on=DAY)
    assert str(caught.value) == "No price for NUT-8 (Nut M8) in EUR for Acme on 2026-06-15."
    with pytest.raises(NotFoundError, match="in JPY"):
        price_for(session, account=account, product=other, on=DAY, currency="JPY")


def test_price_list_validity_end_before_start_is_refused(session) -> None:
    with pytest.raises(ValidationError) as caught:
        create_price_list(
            session,
            name="x",
            currency="EUR",
            valid_from=date(2026, 2, 1),
            valid_to=date(2026, 1, 1),
        )
    assert caught.value.field == "valid_to"
    assert str(caught.value) == "The end (2026-01-01) is before the start (2026-02-01)."
    session.commit()
    assert session.scalar(select(func.count()).select_from(PriceList)) == 0


def test_duplicate_or_missing_sku_is_refused(session) -> None:
    create_product(session, sku="BOLT-8", name="Bolt")
    with pytest.raises(ValidationError, match="SKU BOLT-8 is already in use.") as caught:
        create_product(session, sku="BOLT-8", name="Another bolt")
    assert caught.value.field == "sku"
    with pytest.raises(ValidationError, match="SKU is required."):
        create_product(session, sku=" ", name="Nameless")
    session.commit()
    assert session.scalar(select(func.count()).select_from(Product)) == 1


def test_set_price_updates_an_existing_break(session, catalog) -> None:
    account, product, default, _special = catalog
    set_price(session, price_list=default, product=product, unit_price="1.10")
    assert len([item for item in default.items if item.min_quantity == 1]) == 1
    assert price_for(session, account=account, product=product, on=DAY).unit_price == D("1.10")


def test_default_pipeline_is_seeded_once(session) -> None:
    stages = seed_default_pipeline_stages(session)
    assert [(s.name, s.probability) for s in stages] == [
        ("Lead", 10),
        ("Qualified", 25),
        ("Proposal", 50),
        ("Negotiation", 75),
        ("Won", 100),
        ("Lost", 0),
    ]
    assert [s.name for s in stages if s.is_won or s.is_lost] == ["Won", "Lost"]
    seed_default_pipeline_stages(session)
    assert session.scalar(select(func.count()).select_from(PipelineStage)) == 6


def test_stages_are_configurable_with_a_checked_probability(session) -> None:
    seed_default_pipeline_stages(session)
    stage = create_pipeline_stage(session, name="On hold", probability=5)
    assert stage.position == 7
    with pytest.raises(ValidationError, match="Probability must be a whole percent from 0 to 100."):
        create_pipeline_stage(session, name="Bad", probability=120)
    with pytest.raises(ValidationError) as caught:
        update_pipeline_stage(session, stage, name="Paused", probability=-1)
    assert caught.value.field == "probability"
    assert stage.name == "On hold"
    update_pipeline_stage(session, stage, probability=15)
    assert stage.probability == 15


def test_a_list_chosen_on_the_document_comes_first(session, catalog) -> None:
    account, product, _default, special = catalog
    fair = create_price_list(session, name="Trade fair", currency="EUR")
    set_price(session, price_list=fair, product=product, unit_price="0.50")
    found = price_for(
        session, account=account, product=product, quantity=10, on=DAY, preferred=fair
    )
    assert (found.unit_price, found.price_list.name) == (D("0.50"), "Trade fair")
    other = create_product(session, sku="NUT-8", name="Nut M8")
    set_price(session, price_list=special, product=other, unit_price="0.10")
    # Not on the chosen list: the account's own lists still apply.
    assert price_for(
        session, account=account, product=other, quantity=10, on=DAY, preferred=fair
    ).unit_price == D("0.10")
