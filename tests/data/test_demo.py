"""The demo workspace: every entity, every status, consistent money, deterministic."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from app.errors import StateError
from app.models import (
    SYNCED_MODELS,
    Account,
    Contact,
    NumberSequence,
    Order,
    PriceList,
    Quote,
    Task,
    Visit,
    VisitReport,
)
from app.models.money import document_totals
from app.services import queries
from app.services.demo import fill_demo
from app.services.pipeline import pipeline_by_stage
from app.workspace import KdfParams, Workspace

ACCOUNTS = 300


@pytest.fixture(scope="module")
def demo_workspace(tmp_path_factory):
    workspace = Workspace.create(
        tmp_path_factory.mktemp("demo") / "ws", "test passphrase", kdf=KdfParams.for_tests()
    )
    calls: list[tuple[int, int]] = []
    with workspace.transaction() as session:
        counts = fill_demo(
            session,
            accounts=ACCOUNTS,
            device_prefix=workspace.device_prefix,
            progress=lambda done, total: calls.append((done, total)),
        )
    workspace.progress_calls = calls  # type: ignore[attr-defined]
    workspace.counts = counts  # type: ignore[attr-defined]
    yield workspace
    workspace.close()


def test_every_synced_entity_but_attachments_has_rows(demo_workspace):
    with demo_workspace.session() as session:
        empty = [
            name
            for name, model in SYNCED_MODELS.items()
            if not session.scalar(select(func.count()).select_from(model))
        ]
        assert session.scalar(select(func.count()).select_from(Account)) == ACCOUNTS
        assert session.scalar(select(func.count()).select_from(Contact)) >= ACCOUNTS
    # Attachments need encrypted files, which a session alone cannot write.
    assert empty == ["attachment"]
    assert demo_workspace.progress_calls[-1] == (ACCOUNTS, ACCOUNTS)


def _scripts(texts: list[str]) -> set[str]:
    found = set()
    for text in texts:
        for character in text:
            if character.isalpha():
                found.add(unicodedata.name(character).split()[0])
    return found


def test_names_come_in_latin_arabic_and_cyrillic_scripts(demo_workspace):
    with demo_workspace.session() as session:
        names = session.scalars(select(Account.name)).all()
        persian = session.scalars(
            select(Contact.last_name).where(Contact.preferred_language == "fa")
        ).all()
        currencies = set(session.scalars(select(Account.currency)))
    assert {"LATIN", "ARABIC", "CYRILLIC"} <= _scripts(names)
    # Persian writes with the Arabic script plus letters such as پ گ چ ژ and Persian ی.
    assert any(set(name) & set("پگچژی") for name in persian)
    assert currencies == {"EUR", "USD", "SAR", "AED", "IRR", "RUB"}


def test_today_has_planned_visits_and_overdue_and_upcoming_tasks(demo_workspace):
    today = date.today()
    with demo_workspace.session() as session:
        planned = session.scalars(select(Visit).where(Visit.status == "planned")).all()
        tasks = session.scalars(select(Task).where(Task.done.is_(False))).all()
        report_states = Counter(session.scalars(select(VisitReport.review_state)))
        comments = session.scalars(
            select(VisitReport.review_comment).where(
                VisitReport.review_state == "changes_requested"
            )
        ).all()
        completed_without_checkout = session.scalar(
            select(func.count())
            .select_from(Visit)
            .where(Visit.status == "completed", Visit.checked_out_at.is_(None))
        )
    local_days = [visit.planned_start.astimezone().date() for visit in planned]
    assert local_days.count(today) >= 5
    assert all(day >= today for day in local_days)
    assert any(task.due_date < today for task in tasks)
    assert any(task.opportunity_id for task in tasks) and any(task.visit_id for task in tasks)
    assert any(task.due_date >= today for task in tasks)
    assert set(report_states) == {"pending", "approved", "changes_requested"}
    assert comments and all(comments)
    assert completed_without_checkout == 0


def _line_values(document) -> list[tuple]:
    return [(line.product_id, line.quantity, line.unit_price) for line in document.lines]


def test_quotes_and_orders_have_every_status_and_consistent_totals(demo_workspace):
    with demo_workspace.session() as session:
        quotes = session.scalars(select(Quote)).all()
        orders = session.scalars(select(Order)).all()
        assert {quote.status for quote in quotes} == {
            "draft",
            "sent",
            "accepted",
            "rejected",
            "expired",
        }
        assert {order.status for order in orders} == {
            "draft",
            "submitted",
            "confirmed",
            "fulfilled",
            "cancelled",
        }
        for document in (*quotes, *orders):
            assert document.lines and document.currency == document.account.currency
            totals = document_totals(document.lines, document.currency)
            assert totals.grand_total == totals.subtotal + totals.tax_total
            assert totals.subtotal == sum(line.total for line in totals.lines)
        for quote in quotes:
            if quote.status == "accepted":
                order = quote.order
                assert order is not None and order.quote_id == quote.id
                assert _line_values(order) == _line_values(quote)
            else:
                assert quote.order_id is None
            if quote.status == "expired":
                assert quote.valid_until < date.today()


def test_demo_prices_follow_the_pricing_service(demo_workspace):
    pricing = pytest.importorskip("app.services.pricing")
    with demo_workspace.session() as session:
        for quote in session.scalars(select(Quote).limit(60)):
            for line in quote.lines:
                price = pricing.price_for(
                    session,
                    account=quote.account,
                    product=line.product,
                    quantity=line.quantity,
                    on=quote.issue_date,
                )
                assert price.unit_price == line.unit_price, quote.number


def test_the_screens_queries_find_something_to_show(demo_workspace):
    today = date.today()
    local = datetime.now().astimezone().tzinfo
    with demo_workspace.session() as session:
        for rep in ("anna.schmidt", "omar.alharbi", "sara.rahimi", "ivan.petrov"):
            assert len(queries.todays_visits(session, day=today, tz=local, owner=rep)) >= 5
        assert queries.overdue_tasks(session, today=today)
        assert queries.renewals_due(session, today=today, within_days=30)
        assert queries.quotes_expiring(session, today=today, within_days=7)
        pipeline = pipeline_by_stage(session, currency="EUR", today=today).stages
        assert all(stage.count for stage in pipeline)


def test_price_list_names_are_unique_so_csv_files_can_name_them(demo_workspace):
    with demo_workspace.session() as session:
        names = session.scalars(select(PriceList.name)).all()
    assert len(names) == len(set(names))


def test_document_numbers_follow_the_device_scheme_and_are_reserved(demo_workspace):
    prefix = demo_workspace.device_prefix
    with demo_workspace.session() as session:
        numbers = session.scalars(select(Quote.number)).all()
        sequence = session.get(NumberSequence, ("Q", prefix))
    assert all(number.startswith(f"Q-{prefix}-") for number in numbers)
    assert len(set(numbers)) == len(numbers)
    assert sequence.next_value == len(numbers) + 1


def test_demo_refuses_a_workspace_that_has_accounts(demo_workspace):
    with pytest.raises(StateError), demo_workspace.transaction() as session:
        fill_demo(session, accounts=5, device_prefix=demo_workspace.device_prefix)


def _snapshot(session) -> list[tuple]:
    return session.execute(
        select(Account.account_number, Account.name, Account.credit_limit, Account.tags).order_by(
            Account.account_number
        )
    ).all()


def test_the_same_seed_gives_the_same_data(tmp_path):
    def build(folder: str, seed: int) -> list[tuple]:
        with Workspace.create(
            tmp_path / folder, "test passphrase", kdf=KdfParams.for_tests()
        ) as workspace:
            with workspace.transaction() as session:
                fill_demo(session, accounts=40, device_prefix="AAAA", seed=seed)
            with workspace.session() as session:
                return _snapshot(session)

    first, again, other = build("a", 7), build("b", 7), build("c", 8)
    assert first == again
    assert first != other


def test_a_named_user_gets_an_agenda_for_today(workspace):
    with workspace.transaction() as session:
        fill_demo(session, accounts=20, device_prefix=workspace.device_prefix, user="tester")
    local = datetime.now().astimezone().tzinfo
    with workspace.session() as session:
        mine = queries.todays_visits(session, day=date.today(), tz=local, owner="tester")
    assert len(mine) >= 5
