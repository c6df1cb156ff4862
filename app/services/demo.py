"""A realistic demo workspace: every entity, in four scripts, relative to today.

``fill_demo`` builds the catalogue (territories, pipeline stages, ~150 products,
price lists with quantity breaks), then accounts in chunks of 2,000 with their
contacts, opportunities, visits and reports, tasks, quotes, orders and contracts.
Dates are relative to today, so the Today screen always has planned visits and
overdue tasks. The same ``seed`` gives the same data (for the same day).

Rows go in as Core executemany batches: the ORM's per-object unit of work would
need minutes for the ~1M rows of a 100k-account demo. The values are the same the
services would produce: prices follow the pricing rules (``DemoPrices``), numbers
follow ``app.services.numbering``'s scheme and the sequence is advanced past them.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from app.errors import StateError, translatable
from app.models import Account, Base, Contact, NumberSequence, Territory
from app.models.base import new_id, utc_now
from app.models.money import round_money
from app.services import demo_names
from app.services.bulk import bulk_insert
from app.services.catalog import seed_default_pipeline_stages
from app.services.demo_activity import add_activity
from app.services.demo_catalog import DemoCatalog, build_catalog
from app.services.demo_documents import add_documents
from app.services.demo_names import MARKETS, Market, NamePool
from app.services.numbering import DocumentKind, check_device_prefix, format_number

CHUNK = 2000  # accounts generated and written per batch

Progress = Callable[[int, int], None]


class BulkWriter:
    """Collects rows per table and writes them in foreign-key order."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.pending: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.after_insert: list[tuple[Table, str, dict[str, Any]]] = []

    def add(self, model: type[Base], **values: Any) -> str:
        table: Table = model.__table__  # type: ignore[assignment]
        row = {
            "id": new_id(),
            "created_at": self.now,
            "updated_at": self.now,
            "updated_by": None,
            "deleted": False,
            "row_version": 1,
        }
        row.update(values)
        if len(row) != len(table.columns):
            for name in table.columns.keys():
                row.setdefault(name, None)  # same keys in every row of a batch
        self.pending[table].append(row)
        return row["id"]

    def link_later(self, model: type[Base], row_id: str, **values: Any) -> None:
        """Set columns once every table is written (breaks the quote/order cycle)."""
        self.after_insert.append((model.__table__, row_id, values))  # type: ignore[arg-type]

    def flush(self) -> None:
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table, None)
            if rows:
                bulk_insert(self.session, table, rows)
                self.counts[table.name] += len(rows)
        for table, row_id, values in self.after_insert:
            self.session.execute(table.update().where(table.c.id == row_id).values(**values))
        self.after_insert.clear()


@dataclass
class Demo:
    """Everything the generators share while filling one workspace."""

    rng: random.Random
    today: date
    now: datetime
    device_prefix: str
    writer: BulkWriter
    catalog: DemoCatalog
    pools: dict[str, NamePool]
    stages: list[dict[str, Any]]
    territories: dict[str, str]  # name -> id
    counters: dict[DocumentKind, int] = field(default_factory=lambda: {"Q": 0, "O": 0, "C": 0})
    agendas_added: bool = False
    user: str | None = None  # also gets an agenda (see fill_demo)

    def number(self, kind: DocumentKind) -> str:
        """The next number in ``app.services.numbering``'s scheme, counted in memory."""
        self.counters[kind] += 1
        return format_number(kind, self.device_prefix, self.counters[kind])

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A wall-clock time on ``day`` in this computer's time zone, as aware UTC."""
        return datetime.combine(day, time(hour, minute)).astimezone().astimezone(self.now.tzinfo)


def fill_demo(
    session: Session,
    *,
    accounts: int,
    device_prefix: str,
    seed: int = 42,
    progress: Progress | None = None,
    user: str | None = None,
) -> dict[str, int]:
    """Fill an empty workspace; returns the number of rows written per entity.

    The demo's reps (``anna.schmidt``, ``omar.alharbi`` ...) own its accounts and
    visits; ``user``, if given, gets a full agenda for today and this week as well,
    so a screen that shows "my visits" is not empty for whoever opens the demo.
    """
    if session.scalar(select(func.count()).select_from(Account)):
        raise StateError(
            translatable(
                "errors", "The workspace already has accounts; demo data needs an empty one."
            )
        )
    check_device_prefix(device_prefix)
    rng = random.Random(seed)
    now = utc_now()
    writer = BulkWriter(session, now)
    pool_size = max(20, min(accounts // 4, 2500))
    demo = Demo(
        rng=rng,
        today=date.today(),
        now=now,
        device_prefix=device_prefix,
        user=user,
        writer=writer,
        catalog=build_catalog(writer, rng=rng, today=date.today()),
        pools={m.locale: demo_names.draw_pool(m, size=pool_size, seed=seed) for m in MARKETS},
        stages=_pipeline_stages(session),
        territories={
            name: writer.add(Territory, name=name)
            for market in MARKETS
            for name in market.territories
        },  # fmt: skip
    )
    _reporting_catalog(writer, today=demo.today)
    writer.flush()
    weights = [market.share for market in MARKETS]
    start = 0
    while start < accounts:
        size = min(CHUNK, accounts - start)
        markets = rng.choices(MARKETS, weights=weights, k=size)
        created = [
            _add_account(demo, market, start + offset + 1) for offset, market in enumerate(markets)
        ]
        add_activity(demo, created)
        add_documents(demo, created)
        writer.flush()
        start += size
        if progress is not None:
            progress(start, accounts)
    _advance_number_sequences(session, demo)
    return {"pipeline_stage": len(demo.stages), **writer.counts}


def _reporting_catalog(writer: BulkWriter, *, today: date) -> None:
    """Exchange rates from EUR for every demo currency, and a visit cadence per segment."""
    from app.models import ExchangeRate, VisitCadence
    from app.services.visit_ranking import DEFAULT_CADENCE_DAYS, DEFAULT_CADENCES

    for currency, rate in demo_names.EXCHANGE_FROM_EUR.items():
        if currency != "EUR":
            writer.add(
                ExchangeRate,
                from_currency="EUR",
                to_currency=currency,
                rate=Decimal(rate),
                valid_from=today - timedelta(days=365),
            )
    for segment in demo_names.SEGMENTS:
        days = DEFAULT_CADENCES.get(segment.casefold(), DEFAULT_CADENCE_DAYS)
        writer.add(VisitCadence, segment=segment, days=days)


def _pipeline_stages(session: Session) -> list[dict[str, Any]]:
    """The workspace's stages, seeded with the default set when it has none."""
    return [
        {"id": stage.id, "is_won": stage.is_won, "is_lost": stage.is_lost}
        for stage in seed_default_pipeline_stages(session)
    ]


@dataclass
class DemoAccount:
    id: str
    market: Market
    type: str
    currency: str
    owner: str
    name: str
    credit_limit: Decimal
    contact_ids: list[str]
    price_list_ids: list[str]  # customer-specific lists assigned to it


def _add_account(demo: Demo, market: Market, index: int) -> DemoAccount:
    rng = demo.rng
    pool = demo.pools[market.locale]
    kind = rng.choices(("customer", "prospect", "lead"), weights=(60, 25, 15))[0]
    rate = Decimal(demo_names.EXCHANGE_FROM_EUR[market.currency])
    credit = (
        Decimal(rng.choice((5, 10, 20, 50, 100, 250)) * 1000) * rate
        if kind == "customer"
        else Decimal(0)
    )
    credit = round_money(credit, market.currency)
    balance = round_money(credit * Decimal(rng.randint(0, 60)) / 100, market.currency)
    name = rng.choice(pool.companies)
    city = rng.choice(pool.cities)
    territory = rng.choice(market.territories)
    owner = market.reps[market.territories.index(territory) % len(market.reps)]
    number = f"ACC-{index:06d}"
    account_id = demo.writer.add(
        Account,
        account_number=number,
        name=name,
        legal_name=name if rng.random() < 0.5 else None,
        tax_id=f"{market.country}{rng.randint(100000000, 999999999)}"
        if kind == "customer"
        else None,
        type=kind,
        status=rng.choices(("active", "inactive", "blocked"), weights=(92, 6, 2))[0],
        segment=rng.choice(demo_names.SEGMENTS),
        tags=rng.sample(demo_names.TAGS, k=rng.choice((0, 1, 1, 2, 3))),
        territory_id=demo.territories[territory],
        owner=owner,
        billing_street=rng.choice(pool.streets),
        billing_city=city,
        billing_postal_code=rng.choice(pool.postcodes),
        billing_region=None,
        billing_country=market.country,
        shipping_street=None,
        shipping_city=city if rng.random() < 0.3 else None,
        shipping_country=market.country,
        phone=rng.choice(pool.phones),
        email=f"info{index}@{market.domain}",
        website=f"https://www.{market.domain}/c{index}",
        credit_limit=credit,
        open_balance=balance,
        currency=market.currency,
        payment_terms=rng.choice(demo_names.PAYMENT_TERMS),
        lead_score=rng.randint(5, 95) if kind != "customer" else None,
        notes=None,
    )
    account = DemoAccount(account_id, market, kind, market.currency, owner, name, credit, [], [])
    _add_contacts(demo, account, index)
    if kind == "customer":
        account.price_list_ids = demo.catalog.assign_lists(
            demo.writer,
            account_id=account_id,
            account_label=f"{number} {name}",
            currency=market.currency,
            rng=rng,
        )
    return account


def _add_contacts(demo: Demo, account: DemoAccount, index: int) -> None:
    rng = demo.rng
    pool = demo.pools[account.market.locale]
    for number in range(rng.choice((1, 1, 2, 2, 3, 4))):
        consent = rng.random() < 0.6
        account.contact_ids.append(
            demo.writer.add(
                Contact,
                account_id=account.id,
                first_name=rng.choice(pool.first_names),
                last_name=rng.choice(pool.last_names),
                title=rng.choice(demo_names.TITLES[account.market.language]),
                phone=rng.choice(pool.phones),
                email=f"contact{index}.{number + 1}@{account.market.domain}",
                preferred_language=account.market.language,
                marketing_consent=consent,
                marketing_consent_date=demo.today - timedelta(days=rng.randint(1, 700))
                if consent
                else None,
            )
        )


def _advance_number_sequences(session: Session, demo: Demo) -> None:
    """Numbers the demo used are never handed out again by the numbering service."""
    for kind, used in demo.counters.items():
        if used:
            session.merge(
                NumberSequence(kind=kind, device_prefix=demo.device_prefix, next_value=used + 1)
            )
    session.flush()
