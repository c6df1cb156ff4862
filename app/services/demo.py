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

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from app.errors import StateError, translatable
from app.models import Account, Base, NumberSequence
from app.models.base import new_id, utc_now
from app.services import demo_names
from app.services.demo_catalog import DemoCatalog, build_catalog
from app.services.demo_names import MARKETS, Market, NamePool

CHUNK = 2000  # accounts generated and written per batch
FIRST_CHUNK = 200  # small, so the statistics ANALYZE takes exist before the big chunks

Progress = Callable[[int, int], None]


class BulkWriter:
    """Collects rows per table and writes them in foreign-key order."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.pending: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        self.after_insert: list[tuple[Table, str, dict[str, Any]]] = []
        self.analyzed = False

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

    def _insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """One executemany straight to the driver.

        Values still pass through each column type's own bind processor (exact
        decimal text, UTC datetimes, JSON), so rows are stored exactly as the ORM
        stores them; skipping SQLAlchemy's per-row statement bookkeeping roughly
        halves the time of a 100k-account demo.
        """
        connection = self.session.connection()
        dialect = connection.dialect
        names = list(table.columns.keys())
        processors = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        quote = dialect.identifier_preparer.quote
        sql = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
            f"VALUES ({', '.join('?' for _ in names)})"
        )
        pairs = list(zip(names, processors, strict=True))
        connection.exec_driver_sql(
            sql,
            [
                tuple(
                    row[name] if process is None or row[name] is None else process(row[name])
                    for name, process in pairs
                )
                for row in rows
            ],
        )

    def link_later(self, model: type[Base], row_id: str, **values: Any) -> None:
        """Set columns once every table is written (breaks the quote/order cycle)."""
        self.after_insert.append((model.__table__, row_id, values))  # type: ignore[arg-type]

    def flush(self) -> None:
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table, None)
            if rows:
                self._insert(table, rows)
                self.counts[table.name] += len(rows)
            if table.name == "contact" and rows and not self.analyzed:
                # Without statistics SQLite finds an account's contacts through the
                # index on ``deleted`` (which every row matches) instead of the one on
                # ``account_id``, so each search-index trigger (migration 0003) would
                # scan every contact. A small first chunk gives ANALYZE something to
                # measure before the big chunks arrive.
                self.session.execute(text("ANALYZE contact"))
                self.analyzed = True
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
    counters: dict[str, int] = field(default_factory=lambda: {"Q": 0, "O": 0, "C": 0})
    agendas_added: bool = False

    def number(self, kind: str) -> str:
        """``app.services.numbering``'s scheme: kind, device prefix, 5-digit counter."""
        self.counters[kind] += 1
        return f"{kind}-{self.device_prefix}-{self.counters[kind]:05d}"

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
) -> dict[str, int]:
    """Fill an empty workspace; returns the number of rows written per entity."""
    if session.scalar(select(func.count()).select_from(Account)):
        raise StateError(
            translatable(
                "errors", "The workspace already has accounts; demo data needs an empty one."
            )
        )
    from app.services.demo_activity import add_activity
    from app.services.demo_documents import add_documents

    rng = random.Random(seed)
    now = utc_now()
    writer = BulkWriter(session, now)
    pool_size = max(20, min(accounts // 4, 2500))
    demo = Demo(
        rng=rng,
        today=date.today(),
        now=now,
        device_prefix=device_prefix,
        writer=writer,
        catalog=build_catalog(writer, rng=rng, today=date.today()),
        pools={m.locale: demo_names.draw_pool(m, size=pool_size, seed=seed) for m in MARKETS},
        stages=_pipeline_stages(session, writer),
        territories={
            name: writer.add(_territory(), name=name)
            for market in MARKETS
            for name in market.territories
        },  # fmt: skip
    )
    writer.flush()
    weights = [market.share for market in MARKETS]
    start = 0
    while start < accounts:
        size = min(FIRST_CHUNK if start == 0 else CHUNK, accounts - start)
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
    return dict(writer.counts)


def _territory() -> type[Base]:
    from app.models import Territory

    return Territory


def _pipeline_stages(session: Session, writer: BulkWriter) -> list[dict[str, Any]]:
    from app.models import PipelineStage

    existing = (
        session.execute(select(PipelineStage.__table__).where(PipelineStage.deleted.is_(False)))
        .mappings()
        .all()
    )
    if existing:
        return [dict(row) for row in existing]
    stages = (("Lead", 10, False, False), ("Qualified", 25, False, False),
              ("Proposal", 50, False, False), ("Negotiation", 75, False, False),
              ("Won", 100, True, False), ("Lost", 0, False, True))  # fmt: skip
    rows = []
    for position, (name, probability, won, lost) in enumerate(stages, start=1):
        values = dict(name=name, position=position, probability=probability, is_won=won,
                      is_lost=lost)  # fmt: skip
        rows.append({"id": writer.add(PipelineStage, **values), **values})
    return rows


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
    balance = (credit * Decimal(rng.randint(0, 60)) / 100).quantize(Decimal(1))
    name = rng.choice(pool.companies)
    city = rng.choice(pool.cities)
    territory = rng.choice(market.territories)
    owner = market.reps[market.territories.index(territory) % len(market.reps)]
    account_id = demo.writer.add(
        Account,
        account_number=f"ACC-{index:06d}",
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
            demo.writer, account_id=account_id, account_name=name, currency=market.currency, rng=rng
        )
    return account


def _add_contacts(demo: Demo, account: DemoAccount, index: int) -> None:
    from app.models import Contact

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
