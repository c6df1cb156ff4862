"""Two laptops of one rep and one of another, syncing through a real server process."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models import Account, Contact, PipelineStage, Territory
from app.services.accounts import create_account, create_contact, update_account, update_contact
from app.sync import issues

# Run on SQLite and on PostgreSQL: the server's backend shapes what a laptop sees.
pytestmark = pytest.mark.every_backend


def north(laptop) -> str:
    with laptop.workspace.session() as session:
        return session.scalar(select(Territory.id).where(Territory.name == "North"))


def test_a_record_made_on_one_laptop_reaches_the_other(sync_world, laptops) -> None:
    first, second = laptops("a"), laptops("b")
    first.connect(sync_world, "anna")
    report = first.sync()
    assert report.first_sync and report.converged
    with first.workspace.transaction() as session:
        account = create_account(
            session, account_number="A-1", name="Gieß e.V.", territory_id=north(first)
        )
        create_contact(session, account=account, last_name="Ivanova", first_name="Olga")
    assert first.engine.status().pending == 2
    pushed = first.sync()
    assert pushed.pushed == 2 and pushed.converged

    second.connect(sync_world, "anna")
    second.sync()
    with second.workspace.session() as session:
        copy = session.scalar(select(Account).where(Account.account_number == "A-1"))
        assert copy.name == "Gieß e.V." and copy.id == account.id
        assert [contact.last_name for contact in copy.contacts] == ["Ivanova"]
        stages = {stage.name for stage in session.scalars(select(PipelineStage))}
        assert stages == {"Lead", "Won"}
    assert second.engine.status().pending == 0


def test_edits_of_different_fields_merge_and_the_same_field_conflicts(sync_world, laptops) -> None:
    first, second = laptops("a"), laptops("b")
    for laptop in (first, second):
        laptop.connect(sync_world, "anna")
        laptop.sync()
    with first.workspace.transaction() as session:
        account = create_account(
            session, account_number="A-1", name="Acme", territory_id=north(first)
        )
    first.sync()
    second.sync()

    with first.workspace.transaction() as session:
        stored = session.get(Account, account.id)
        update_account(session, stored, phone="+49 40 1")
        update_account(session, stored, notes="first laptop")
    with second.workspace.transaction() as session:
        stored = session.get(Account, account.id)
        update_account(session, stored, email="info@acme.example")
        update_account(session, stored, notes="second laptop")
    first.sync()
    result = second.sync()
    assert result.conflicts == 1 and not result.converged
    first.sync()

    for laptop in (first, second):
        with laptop.workspace.session() as session:
            stored = session.get(Account, account.id)
            assert (stored.phone, stored.email) == ("+49 40 1", "info@acme.example")
            assert stored.notes == "first laptop"  # the first committed write wins

    with second.workspace.session() as session:
        [conflict] = issues.open_issues(session)
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "notes",
        "second laptop",
        "first laptop",
    )
    second.engine.resolve(conflict.id, "mine")
    assert second.sync().converged
    first.sync()
    with first.workspace.session() as session:
        assert session.get(Account, account.id).notes == "second laptop"


def test_another_reps_territory_never_arrives(sync_world, laptops) -> None:
    anna, omar = laptops("anna"), laptops("omar")
    anna.connect(sync_world, "anna")
    omar.connect(sync_world, "omar")
    anna.sync()
    omar.sync()
    with anna.workspace.transaction() as session:
        create_account(session, account_number="N-1", name="Nordic", territory_id=north(anna))
    anna.sync()
    omar.sync()
    with omar.workspace.session() as session:
        assert session.scalars(select(Account)).all() == []
        assert {t.name for t in session.scalars(select(Territory))} <= {"North", "South"}


def test_deleting_a_contact_travels_as_a_tombstone(sync_world, laptops) -> None:
    first, second = laptops("a"), laptops("b")
    for laptop in (first, second):
        laptop.connect(sync_world, "anna")
        laptop.sync()
    with first.workspace.transaction() as session:
        account = create_account(
            session, account_number="A-1", name="Acme", territory_id=north(first)
        )
        contact = create_contact(session, account=account, last_name="Doe")
    first.sync()
    second.sync()
    with second.workspace.transaction() as session:
        from app.services.records import soft_delete

        soft_delete(session, session.get(Contact, contact.id))
    with first.workspace.transaction() as session:
        update_contact(session, session.get(Contact, contact.id), phone="+1 555")
    second.sync()
    result = first.sync()
    assert result.conflicts == 1  # an edit against a delete: the delete wins
    with first.workspace.session() as session:
        assert session.get(Contact, contact.id).deleted is True
        [conflict] = issues.open_issues(session)
        assert conflict.record_deleted and conflict.mine == "+1 555"
