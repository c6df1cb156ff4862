"""Edited, then submitted, offline: the edits reach the server before the freeze.

Anna's order and her visit report are already on the server. Offline she changes
the order's lines and header and submits it, and edits her report and submits it.
One sync later the server holds all of it and refused nothing, on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from app.models import Order, OrderLine, Product, Territory, VisitReport
from app.services.accounts import create_account
from app.services.actor import Actor
from app.services.orders import (
    add_order_line,
    create_order,
    remove_order_line,
    submit_order,
    update_order,
    update_order_line,
)
from app.services.visits import (
    check_in,
    check_out,
    plan_visit,
    submit_report,
    update_report,
    write_report,
)
from app.sync import issues
from server.models import Record

DAY = date(2026, 3, 2)


def _server_records(world, entity: str) -> dict[str, Record]:
    with world.server_session() as session:
        found = session.scalars(select(Record).where(Record.entity == entity)).all()
        for record in found:
            session.expunge(record)
        return {record.id: record for record in found}


def _synced_draft_order(laptop) -> tuple[str, list[str]]:
    with laptop.workspace.transaction() as session:
        north = session.scalar(select(Territory.id).where(Territory.name == "North"))
        account = create_account(
            session,
            account_number="N-1",
            name="Nordic Pumps",
            territory_id=north,
            credit_limit=Decimal("10000"),
        )
        product = session.scalar(select(Product))
        order = create_order(session, account=account, device_prefix="K7Q2", order_date=DAY)
        lines = [
            add_order_line(session, order, product=product, quantity=quantity, unit_price="10")
            for quantity in (1, 2, 3)
        ]
        return order.id, [line.id for line in lines]


def test_an_edited_then_submitted_order_arrives_edited_and_submitted(sync_world, laptops) -> None:
    anna = laptops("anna")
    anna.connect(sync_world, "anna")
    anna.sync()
    order_id, (kept, changed, removed) = _synced_draft_order(anna)
    assert anna.sync().converged

    with anna.workspace.transaction() as session:  # offline
        order = session.get(Order, order_id)
        update_order(session, order, notes="Deliver to the back door", customer_reference="PO-7")
        update_order_line(session, session.get(OrderLine, changed), quantity=Decimal("5"))
        remove_order_line(session, session.get(OrderLine, removed))
        added = add_order_line(
            session, order, description="Installation", quantity=1, unit_price="80"
        ).id
        submit_order(session, order, actor=Actor("anna"))

    report = anna.sync()
    assert report.converged and report.refused == 0, report.as_json()
    with anna.workspace.session() as session:
        assert issues.open_issues(session) == []
    order = _server_records(sync_world, "order")[order_id]
    assert order.doc["status"] == "submitted"
    assert (order.doc["notes"], order.doc["customer_reference"]) == (
        "Deliver to the back door",
        "PO-7",
    )
    lines = _server_records(sync_world, "order_line")
    live = {line_id for line_id, line in lines.items() if not line.deleted}
    assert live == {kept, changed, added}
    assert Decimal(str(lines[changed].doc["quantity"])) == Decimal("5")
    assert lines[removed].deleted


def test_only_a_status_change_travels_in_one_round(sync_world, laptops) -> None:
    anna = laptops("anna")
    anna.connect(sync_world, "anna")
    anna.sync()
    order_id, _ = _synced_draft_order(anna)
    anna.sync()
    with anna.workspace.transaction() as session:
        submit_order(session, session.get(Order, order_id), actor=Actor("anna"))
    report = anna.sync()
    assert report.converged and report.refused == 0
    assert _server_records(sync_world, "order")[order_id].doc["status"] == "submitted"


def test_an_edited_then_submitted_report_arrives_edited_and_pending(sync_world, laptops) -> None:
    anna = laptops("anna")
    anna.connect(sync_world, "anna")
    anna.sync()
    now = datetime.now().astimezone().replace(microsecond=0)
    with anna.workspace.transaction() as session:
        north = session.scalar(select(Territory.id).where(Territory.name == "North"))
        account = create_account(session, account_number="N-2", name="Baltic", territory_id=north)
        visit = plan_visit(
            session,
            account=account,
            planned_start=now - timedelta(hours=3),
            planned_end=now - timedelta(hours=2),
            owner="anna",
        )
        check_in(session, visit, now=now - timedelta(hours=3))
        check_out(session, visit, now=now - timedelta(hours=2))
        report_id = write_report(session, visit, summary="First notes.").id
    assert anna.sync().converged

    with anna.workspace.transaction() as session:  # offline
        report = session.get(VisitReport, report_id)
        update_report(session, report, summary="Shelf space doubled.", outcome="interested")
        submit_report(session, report)

    outcome = anna.sync()
    assert outcome.converged and outcome.refused == 0, outcome.as_json()
    stored = _server_records(sync_world, "visit_report")[report_id]
    assert stored.doc["summary"] == "Shelf space doubled."
    assert stored.doc["outcome"] == "interested"
    assert stored.doc["submitted"] is True
    assert stored.doc["review_state"] == "pending"
