"""A small, fixed set of records that puts something on every screen.

Screenshots (and a quick look at the app) need today's visits, an overdue task, a
renewal falling due and a quote about to expire, whatever day it is; random demo
data cannot promise that. Everything goes through the services, like a rep's work.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

ACCOUNTS = [
    # number, name, city, country, currency, credit limit
    ("C-1001", "Harbour Trading LLC", "Dubai", "AE", "AED", "250000"),
    ("C-1002", "Oasis Hotels Group", "Abu Dhabi", "AE", "AED", "180000"),
    ("C-1003", "Pars Industrial Supply", "Tehran", "IR", "AED", "60000"),
    ("C-1004", "Volga Engineering", "Kazan", "RU", "AED", "90000"),
    ("C-1005", "Blue Dune Facilities", "Muscat", "OM", "AED", "40000"),
    ("C-1006", "Cedar Hospital", "Beirut", "LB", "AED", "120000"),
    ("C-1007", "Nile Water Works", "Cairo", "EG", "AED", "75000"),
    ("C-1008", "Caspian Foods", "Baku", "AZ", "AED", "30000"),
    # Trailing punctuation that right-to-left screens must keep at its own end.
    ("C-1009", "ЗАО «Ромашка»", "Moscow", "RU", "AED", "50000"),
    ("C-1010", "Gieß e.V.", "Hamburg", "DE", "AED", "20000"),
]
PRODUCTS = [
    ("PUMP-100", "Circulation pump 100 W", "5", "1450", "1300"),
    ("PUMP-250", "Circulation pump 250 W", "5", "2380", "2150"),
    ("VALVE-DN25", "Ball valve DN25", "5", "85", "72"),
    ("FILTER-C3", "Cartridge filter C3", "5", "140", "120"),
    ("SERVICE-H", "Service hour", "5", "320", "320"),
    ("CABLE-3X2.5", "Cable NYM-J 3×2.5 mm²", "5", "4", "3.5"),
]


def fill_showcase(
    session: Session, *, device_prefix: str, owner: str, today: date | None = None
) -> None:
    from app.services.accounts import create_account, create_contact
    from app.services.activities import create_opportunity, create_task
    from app.services.actor import Actor
    from app.services.catalog import (
        assign_price_list,
        create_price_list,
        create_product,
        seed_default_pipeline_stages,
        set_price,
    )
    from app.services.contracts import activate_contract, create_contract
    from app.services.orders import add_order_line, create_order, submit_order
    from app.services.quotes import add_quote_line, create_quote, send_quote
    from app.services.visits import check_in, check_out, plan_visit, submit_report, write_report

    today = today or date.today()
    local = datetime.now().astimezone().tzinfo
    stages = seed_default_pipeline_stages(session)
    prices = create_price_list(session, name="Standard AED", currency="AED", is_default=True)
    products = []
    for sku, name, tax, price, volume_price in PRODUCTS:
        product = create_product(session, sku=sku, name=name, tax_rate=Decimal(tax), unit="pcs")
        set_price(session, price_list=prices, product=product, unit_price=Decimal(price))
        set_price(
            session,
            price_list=prices,
            product=product,
            unit_price=Decimal(volume_price),
            min_quantity=Decimal(10),
        )
        products.append(product)
    accounts = []
    people = [("Layla", "Haddad"), ("Omid", "Karimi"), ("Irina", "Volkova"), ("James", "Porter")]
    for index, (number, name, city, country, currency, limit) in enumerate(ACCOUNTS):
        account = create_account(
            session,
            account_number=number,
            name=name,
            type="customer" if index % 3 else "prospect",
            billing_city=city,
            billing_country=country,
            currency=currency,
            credit_limit=Decimal(limit),
            phone=f"+971 4 555 01{index:02d}",
            email=f"buying@{name.split()[0].lower()}.example",
        )
        assign_price_list(session, price_list=prices, account=account)
        first, last = people[index % len(people)]
        create_contact(
            session, account=account, first_name=first, last_name=last, title="Purchasing manager"
        )
        accounts.append(account)
    for index, account in enumerate(accounts):
        stage = stages[index % max(len(stages) - 1, 1)]
        create_opportunity(
            session,
            account=account,
            title=f"Pump retrofit {account.billing_city}",
            stage=stage,
            amount=Decimal(20000 + 7500 * index),
            expected_close_date=today + timedelta(days=20 + 9 * index),
            owner=owner,
        )

    def at(day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour, 0), tzinfo=local)

    done = plan_visit(
        session,
        account=accounts[4],
        planned_start=at(today, 8),
        planned_end=at(today, 9),
        purpose="Filter replacement",
        owner=owner,
    )
    check_in(session, done, now=at(today, 8))
    check_out(session, done, now=at(today, 9))
    report = write_report(
        session,
        done,
        summary="Replaced filters; customer asked for a quote.",
        outcome="quote_requested",
    )
    submit_report(session, report)
    for offset, hour, account, purpose in (
        (0, 10, accounts[0], "Quarterly review"),
        (0, 14, accounts[1], "Demo of the 250 W pump"),
        (1, 9, accounts[2], "Site survey"),
        (2, 11, accounts[3], "Contract renewal"),
        (3, 15, accounts[5], "Commissioning"),
    ):
        plan_visit(
            session,
            account=account,
            planned_start=at(today + timedelta(days=offset), hour),
            planned_end=at(today + timedelta(days=offset), hour + 1),
            purpose=purpose,
            owner=owner,
        )
    create_task(
        session,
        title="Send revised price list",
        due_date=today - timedelta(days=2),
        assignee=owner,
        account=accounts[1],
    )
    create_task(
        session,
        title="Call back about warranty",
        due_date=today - timedelta(days=1),
        assignee=owner,
        account=accounts[6],
    )

    contract = create_contract(
        session,
        account=accounts[3],
        device_prefix=device_prefix,
        title="Maintenance 2025",
        start_date=today - timedelta(days=340),
        end_date=today + timedelta(days=25),
        auto_renew=True,
        notice_period_days=14,
        value=Decimal("48000"),
    )
    activate_contract(session, contract)
    create_contract(
        session,
        account=accounts[0],
        device_prefix=device_prefix,
        title="Spare parts framework",
        start_date=today,
        end_date=today + timedelta(days=365),
        value=Decimal("120000"),
    )

    quote = create_quote(
        session,
        account=accounts[0],
        device_prefix=device_prefix,
        issue_date=today - timedelta(days=25),
        valid_until=today + timedelta(days=4),
    )
    add_quote_line(
        session, quote, product=products[1], quantity=Decimal(12), discount_percent=Decimal(5)
    )
    add_quote_line(session, quote, product=products[2], quantity=Decimal(40))
    add_quote_line(session, quote, product=products[4], quantity=Decimal(6))
    send_quote(session, quote)
    draft = create_quote(
        session, account=accounts[2], device_prefix=device_prefix, issue_date=today
    )
    add_quote_line(session, draft, product=products[0], quantity=Decimal(4))
    order = create_order(
        session,
        account=accounts[1],
        device_prefix=device_prefix,
        order_date=today - timedelta(days=3),
    )
    add_order_line(session, order, product=products[3], quantity=Decimal(30))
    submit_order(session, order, actor=Actor(owner))
    session.flush()
