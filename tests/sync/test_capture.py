"""Every local write lands in the outbox in its own transaction; applied server changes do not."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select, text

from app.models import Account, Contact, Territory
from app.services.bulk import bulk_insert
from app.sync.tables import ApplyingRemoteChanges, OutboxEntry


def outbox(workspace) -> set[tuple[str, str, str]]:
    with workspace.session() as session:
        return {
            (row.entity, row.record_id, row.field) for row in session.scalars(select(OutboxEntry))
        }


def clear(workspace) -> None:
    with workspace.transaction() as session:
        session.execute(text("DELETE FROM sync_outbox"))


def test_an_orm_insert_is_queued_as_a_whole_record(workspace) -> None:
    with workspace.transaction() as session:
        account = Account(account_number="A-1", name="Acme")
        session.add(account)
    assert outbox(workspace) == {("account", account.id, "*")}


def test_an_update_queues_exactly_the_fields_that_changed(workspace) -> None:
    with workspace.transaction() as session:
        account = Account(account_number="A-1", name="Acme", phone="1")
        session.add(account)
    clear(workspace)
    with workspace.transaction() as session:
        stored = session.get(Account, account.id)
        stored.name = "Acme GmbH"
        stored.phone = "1"  # same value: not a change
        stored.credit_limit = Decimal("500")
    assert outbox(workspace) == {
        ("account", account.id, "name"),
        ("account", account.id, "credit_limit"),
    }


def test_several_edits_of_one_field_stay_one_entry_with_a_new_id(workspace) -> None:
    with workspace.transaction() as session:
        account = Account(account_number="A-1", name="Acme")
        session.add(account)
    clear(workspace)
    ids = []
    for name in ("B", "C", "D"):
        with workspace.transaction() as session:
            session.get(Account, account.id).name = name
        with workspace.session() as session:
            ids.append(session.scalar(select(OutboxEntry.id)))
    assert outbox(workspace) == {("account", account.id, "name")}
    assert ids == sorted(ids) and len(set(ids)) == 3


def test_a_soft_delete_is_queued_and_bookkeeping_columns_are_not(workspace) -> None:
    with workspace.transaction() as session:
        account = Account(account_number="A-1", name="Acme")
        contact = Contact(account=account, last_name="Doe")
        session.add_all([account, contact])
    clear(workspace)
    with workspace.transaction() as session:
        session.get(Contact, contact.id).deleted = True
    assert outbox(workspace) == {("contact", contact.id, "deleted")}


def test_bulk_sql_writes_are_captured_too(workspace) -> None:
    now = datetime.now(UTC)
    with workspace.transaction() as session:
        bulk_insert(
            session,
            Territory.__table__,
            [
                {
                    "id": f"00000000-0000-4000-8000-00000000000{i}",
                    "name": f"T{i}",
                    "created_at": now,
                    "updated_at": now,
                    "deleted": False,
                    "row_version": 1,
                }
                for i in range(3)
            ],
        )
        session.execute(text("UPDATE territory SET name = 'renamed' WHERE name = 'T1'"))
    entries = outbox(workspace)
    assert {entry for entry in entries if entry[2] == "*"} == {
        ("territory", f"00000000-0000-4000-8000-00000000000{i}", "*") for i in range(3)
    }
    assert ("territory", "00000000-0000-4000-8000-000000000001", "name") in entries


def test_a_rolled_back_write_leaves_no_outbox_row(workspace) -> None:
    session = workspace.session()
    with session.begin():
        session.add(Account(account_number="A-1", name="Acme"))
        session.flush()
        session.rollback()
    session.close()
    assert outbox(workspace) == set()


def test_changes_applied_from_the_server_are_not_captured(workspace) -> None:
    with workspace.transaction() as session:
        session.add(ApplyingRemoteChanges(token=1))
        session.flush()
        session.add(Account(account_number="A-1", name="From the server"))
        session.flush()
        session.execute(text("DELETE FROM sync_applying"))
    assert outbox(workspace) == set()
    with workspace.transaction() as session:
        session.add(Account(account_number="A-2", name="Typed here"))
    assert len(outbox(workspace)) == 1
