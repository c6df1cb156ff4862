"""The price of a product for an account on a day.

Where a price comes from, in order:

0. a price list chosen on the document itself (a quote's ``price_list``), when it
   is valid on the day and in the currency;
1. the price lists assigned to the account (``price_list_account``) that are valid on
   the day and in the account's currency, most recently started first;
2. else the default price lists (``is_default``) valid on the day, same currency.

Within a list, the quantity break that applies is the highest ``min_quantity`` that
is still <= the quantity ordered. The first list that has an applicable break wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFoundError, translatable
from app.models import Account, PriceList, PriceListAccount, PriceListItem, Product
from app.models.validation import require_currency, require_positive_quantity


@dataclass(frozen=True)
class Price:
    # Exact, not rounded: unit prices may carry more places than the currency
    # (0.0125 EUR a screw); rounding happens on the line total.
    unit_price: Decimal
    currency: str
    price_list: PriceList
    min_quantity: Decimal  # the quantity break that applied


def _candidate_lists(
    session: Session, account: Account, currency: str, on: date
) -> list[PriceList]:
    assigned = session.scalars(
        select(PriceList)
        .join(PriceListAccount, PriceListAccount.price_list_id == PriceList.id)
        .where(
            PriceListAccount.account_id == account.id,
            PriceListAccount.deleted.is_(False),
            PriceList.deleted.is_(False),
            PriceList.currency == currency,
        )
    )
    defaults = session.scalars(
        select(PriceList).where(
            PriceList.is_default.is_(True),
            PriceList.deleted.is_(False),
            PriceList.currency == currency,
        )
    )

    def newest_first(lists: object) -> list[PriceList]:
        valid = [price_list for price_list in lists if price_list.is_valid_on(on)]
        return sorted(valid, key=lambda pl: (pl.valid_from or date.min, pl.name), reverse=True)

    ordered = newest_first(assigned)
    ordered += [pl for pl in newest_first(defaults) if pl not in ordered]
    return ordered


def _best_break(
    session: Session, price_list: PriceList, product: Product, quantity: Decimal
) -> PriceListItem | None:
    items = session.scalars(
        select(PriceListItem).where(
            PriceListItem.price_list_id == price_list.id,
            PriceListItem.product_id == product.id,
            PriceListItem.deleted.is_(False),
        )
    )
    # min_quantity is stored as exact text, so compare as Decimals here, not in SQL.
    applicable = [item for item in items if item.min_quantity <= quantity]
    return max(applicable, key=lambda item: item.min_quantity, default=None)


def price_for(
    session: Session,
    *,
    account: Account,
    product: Product,
    quantity: Decimal | int | str = 1,
    on: date,
    currency: str | None = None,
    preferred: PriceList | None = None,
) -> Price:
    """The unit price that applies; NotFoundError if no list has one."""
    quantity = require_positive_quantity(quantity)
    currency = require_currency(currency or account.currency)
    candidates = _candidate_lists(session, account, currency, on)
    if (
        preferred is not None
        and not preferred.deleted
        and preferred.currency == currency
        and preferred.is_valid_on(on)
    ):
        candidates = [preferred, *(pl for pl in candidates if pl is not preferred)]
    for price_list in candidates:
        item = _best_break(session, price_list, product, quantity)
        if item is not None:
            return Price(
                unit_price=item.unit_price,
                currency=currency,
                price_list=price_list,
                min_quantity=item.min_quantity,
            )
    raise NotFoundError(
        translatable(
            "errors", "No price for {sku} ({product}) in {currency} for {account} on {day}."
        ),
        field="product_id",
        sku=product.sku,
        product=product.name,
        currency=currency,
        account=account.name,
        day=on,
    )
