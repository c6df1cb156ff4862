"""The ORM schema is exactly the shared sync schema, so the server accepts what we send."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.models import SYNCED_MODELS, Account, Base, Contact, Order, OrderLine, Visit
from protocol.entities import ENTITY_FIELDS, SYNCED_COLUMNS


def test_every_entity_has_a_model_with_exactly_its_columns() -> None:
    assert set(SYNCED_MODELS) == set(ENTITY_FIELDS)
    for entity, fields in ENTITY_FIELDS.items():
        table = Base.metadata.tables[entity]
        assert set(table.columns.keys()) == set(fields) | set(SYNCED_COLUMNS), entity


def test_ref_fields_are_foreign_keys_or_owner_ids() -> None:
    for entity, fields in ENTITY_FIELDS.items():
        table = Base.metadata.tables[entity]
        for name, kind in fields.items():
            if kind == "ref" and name != "owner_id":
                assert table.columns[name].foreign_keys, f"{entity}.{name}"


def test_synced_row_gets_uuid_timestamps_and_version(session) -> None:
    account = Account(account_number="A-1", name="Acme", credit_limit=Decimal("1000.50"))
    session.add(account)
    session.commit()
    assert len(account.id) == 36
    assert account.created_at.tzinfo is UTC
    assert account.row_version == 1
    assert account.deleted is False
    account.name = "Acme GmbH"
    session.commit()
    assert account.row_version == 2
    session.expire_all()
    assert session.scalar(select(Account.credit_limit)) == Decimal("1000.50")


def test_the_database_holds_numbers_two_devices_gave_alike(session) -> None:
    # The server may hold both (two reps offline); a pull must be able to store them.
    # Typing a duplicate here is refused by the accounts service instead.
    session.add_all(
        [Account(account_number="A-1", name="x"), Account(account_number="A-1", name="y")]
    )
    session.flush()
    assert len(session.scalars(select(Account).where(Account.account_number == "A-1")).all()) == 2


def test_foreign_keys_are_enforced(session) -> None:
    session.add(Contact(account_id="no-such-account", last_name="Doe"))
    with pytest.raises(IntegrityError):
        session.flush()


def test_order_lines_cascade_and_keep_their_order(session) -> None:
    account = Account(account_number="A-1", name="Acme")
    order = Order(number="O-X-00001", account=account, currency="EUR", order_date=date(2026, 1, 5))
    order.lines = [
        OrderLine(position=2, quantity=Decimal("1"), unit_price=Decimal("5")),
        OrderLine(position=1, quantity=Decimal("3"), unit_price=Decimal("2")),
    ]
    session.add(order)
    session.commit()
    session.expire_all()
    assert [line.position for line in session.get(Order, order.id).lines] == [1, 2]


def test_visit_keeps_contacts_and_aware_times(session) -> None:
    start = datetime(2026, 3, 1, 9, tzinfo=UTC)
    account = Account(account_number="A-1", name="Acme")
    visit = Visit(account=account, planned_start=start, planned_end=start + timedelta(hours=1))
    visit.contact_ids = ["c1", "c2"]
    session.add(visit)
    session.commit()
    session.expire_all()
    loaded = session.get(Visit, visit.id)
    assert loaded.contact_ids == ["c1", "c2"]
    assert loaded.planned_start == start
    assert loaded.status == "planned"
