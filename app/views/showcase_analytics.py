"""A few weeks of team history on top of the showcase, for the dashboard and Today's
ranking: a second rep, past visits (some missed or cancelled), deals in USD and GBP,
an exchange rate for USD only (so the screens show a conversion and a missing rate),
segments and a visit cadence. Written directly, like a sync would have brought it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

SEGMENTS = ("Hospitality", "Healthcare", "Manufacturing", "Retail", "Wholesale")


def fill_analytics_showcase(session: Session, *, owner: str, today: date | None = None) -> None:
    from app.models import Account, ExchangeRate, Opportunity, PipelineStage, Visit, VisitCadence
    from app.services.exchange_rates import set_reporting_currency

    today = today or date.today()
    set_reporting_currency(session, "AED")
    session.add_all(
        [
            ExchangeRate(
                from_currency="USD",
                to_currency="AED",
                rate=Decimal("3.6725"),
                valid_from=today - timedelta(days=200),
            ),
            VisitCadence(segment="Hospitality", days=21),
        ]
    )
    accounts = list(session.scalars(select(Account).order_by(Account.account_number)))
    stages = list(
        session.scalars(
            select(PipelineStage)
            .where(PipelineStage.is_won.is_(False))
            .order_by(PipelineStage.position)
        )
    )
    for index, account in enumerate(accounts):
        account.segment = SEGMENTS[index % len(SEGMENTS)]
        account.owner = "omar" if index % 4 == 3 else owner
    for index, account in enumerate(accounts):
        for week in range(1, 12, 2 + index % 3):
            start = datetime.combine(
                today - timedelta(weeks=week, days=index % 5), datetime.min.time(), tzinfo=UTC
            ) + timedelta(hours=8 + index % 6)
            status = ("completed", "completed", "missed", "completed", "cancelled")[
                (week + index) % 5
            ]
            session.add(
                Visit(
                    account=account,
                    owner=account.owner,
                    planned_start=start,
                    planned_end=start + timedelta(hours=1),
                    status=status,
                )
            )
    deals = [
        (accounts[1], "USD", "18000", 0),
        (accounts[3], "USD", "42000", 1),
        (accounts[6], "GBP", "9500", 2),
        (accounts[7], "AED", "31000", 1),
    ]
    for account, currency, amount, stage in deals:
        session.add(
            Opportunity(
                account=account,
                title=f"Filtration upgrade {account.billing_city}",
                stage=stages[stage % len(stages)],
                amount=Decimal(amount),
                currency=currency,
                expected_close_date=today + timedelta(days=35 + 10 * stage),
                owner=account.owner,
            )
        )
    session.flush()
