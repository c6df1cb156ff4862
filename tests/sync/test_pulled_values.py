"""A pulled page stores every kind of value exactly as the ORM stores the same record."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

from app.models import Account, PriceListItem, Visit
from app.sync.apply import RemoteWriter, applying

ACCOUNT = "00000000-0000-4000-8000-000000000001"
TWIN = "00000000-0000-4000-8000-000000000002"
VISIT = "00000000-0000-4000-8000-000000000003"
SAME = "00000000-0000-4000-8000-000000000004"

COLUMNS = "account_number, name, tags, credit_limit, open_balance, lead_score, status, type"


def pull(workspace, changes: list[dict]) -> None:
    with applying(workspace, refetchable=True) as session:
        RemoteWriter(session).apply_page(changes, [])


def entry(entity: str, record_id: str, fields: dict) -> dict:
    versions = {name: 3 for name in fields}
    return {
        "kind": "upsert",
        "entity": entity,
        "id": record_id,
        "fields": fields,
        "versions": versions,
    }


def raw(workspace, sql: str, *params) -> tuple:
    with workspace.engine.connect() as connection:
        return tuple(connection.exec_driver_sql(sql, params).one())


def test_pulled_values_are_stored_as_the_orm_stores_them(workspace) -> None:
    pull(
        workspace,
        [
            entry(
                "account",
                ACCOUNT,
                {
                    "account_number": "A-1",
                    "name": "Acme",
                    "tags": ["vip", "export"],
                    "credit_limit": "0.0000001",
                    "lead_score": 7,
                    # open_balance, status and type absent: the model's defaults
                },
            ),
            entry(
                "visit",
                VISIT,
                {
                    "account_id": ACCOUNT,
                    "planned_start": "2026-03-01T09:30:00+03:30",
                    "planned_end": "2026-03-01T10:00:00.250000Z",
                    "contact_ids": [],
                },
            ),
        ],
    )
    with workspace.transaction() as session:
        session.add(
            Account(
                id=TWIN,
                account_number="A-1",
                name="Acme",
                tags=["vip", "export"],
                credit_limit=Decimal("0.0000001"),
                lead_score=7,
            )
        )
        session.add(
            Visit(
                id=SAME,
                account_id=ACCOUNT,
                planned_start=datetime(2026, 3, 1, 6, 0, tzinfo=UTC),
                planned_end=datetime(2026, 3, 1, 10, 0, 0, 250000, tzinfo=UTC),
                contact_ids=[],
            )
        )
    query = f"SELECT {COLUMNS} FROM account WHERE id = ?"
    assert raw(workspace, query, ACCOUNT) == raw(workspace, query, TWIN)
    times = "SELECT planned_start, planned_end, contact_ids FROM visit WHERE id = ?"
    assert raw(workspace, times, VISIT) == raw(workspace, times, SAME)
    with workspace.session() as session:
        visit = session.get(Visit, VISIT)
        assert visit.planned_start == datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
        account = session.get(Account, ACCOUNT)
        assert account.credit_limit == Decimal("0.0000001")
        assert account.tags == ["vip", "export"]


def test_a_value_of_the_wrong_kind_gets_the_default_and_the_page_still_applies(workspace) -> None:
    pull(
        workspace,
        [
            entry(
                "account",
                ACCOUNT,
                {"account_number": "A-1", "name": "Acme", "credit_limit": "lots"},
            ),
            entry(
                "visit",
                VISIT,
                {"account_id": ACCOUNT, "planned_start": "not a time", "planned_end": None},
            ),
        ],
    )
    with workspace.session() as session:
        assert session.get(Account, ACCOUNT).credit_limit == Decimal("0")
        visit = session.get(Visit, VISIT)
        # NOT NULL datetimes the server left out or sent wrong: the time of the pull.
        assert visit.planned_start.date() == visit.planned_end.date() == datetime.now(UTC).date()


def test_fields_a_real_server_leaves_out_get_null_or_the_columns_default(
    sync_world, laptops
) -> None:
    """Another client pushed records without most of their fields; the rep's laptop
    stores NULL where the column allows it and a value of the column's kind (its
    default, else its zero) where it does not, never text in a typed column."""
    price_list, item = str(uuid.uuid4()), str(uuid.uuid4())
    answer = sync_world.admin_push(
        [
            {
                "entity": "account",
                "id": ACCOUNT,
                "fields": {
                    "account_number": "A-1",
                    "name": "Acme",
                    "territory_id": sync_world.territories["North"],
                },
            },
            {
                "entity": "price_list",
                "id": price_list,
                "fields": {"name": "2026", "currency": "EUR"},
            },
            # No unit_price (NOT NULL, no default) and no min_quantity (default 1).
            {
                "entity": "price_list_item",
                "id": item,
                "fields": {"price_list_id": price_list, "product_id": sync_world.product},
            },
        ]
    )
    assert answer.status_code == 200, answer.text
    laptop = laptops()
    laptop.connect(sync_world, "anna")
    assert laptop.sync().converged

    stored = raw(
        laptop.workspace,
        "SELECT credit_limit, open_balance, lead_score, typeof(lead_score), tags, status "
        "FROM account WHERE id = ?",
        ACCOUNT,
    )
    assert stored == ("0", "0", None, "null", "[]", "active")
    assert raw(
        laptop.workspace,
        "SELECT unit_price, min_quantity FROM price_list_item WHERE id = ?",
        item,
    ) == ("0", "1")
    with laptop.workspace.session() as session:
        account = session.get(Account, ACCOUNT)
        assert (account.credit_limit, account.open_balance) == (Decimal("0"), Decimal("0"))
        assert account.lead_score is None
        line = session.get(PriceListItem, item)
        assert (line.unit_price, line.min_quantity) == (Decimal("0"), Decimal("1"))
