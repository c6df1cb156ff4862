"""Products, price lists and pipeline stages: the catalogue an admin maintains."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from app.models import (
    Account,
    PipelineStage,
    PriceList,
    PriceListAccount,
    PriceListItem,
    Product,
    Territory,
)
from app.models.validation import (
    require_currency,
    require_decimal,
    require_not_before,
    require_percent,
    require_positive_quantity,
    require_text,
)

# A sensible starting pipeline; an admin renames or re-weights it later.
DEFAULT_STAGES: tuple[tuple[str, int, bool, bool], ...] = (
    # name, probability %, is_won, is_lost
    ("Lead", 10, False, False),
    ("Qualified", 25, False, False),
    ("Proposal", 50, False, False),
    ("Negotiation", 75, False, False),
    ("Won", 100, True, False),
    ("Lost", 0, False, True),
)


def seed_default_pipeline_stages(session: Session) -> list[PipelineStage]:
    """Create the default stages unless the workspace already has some; returns them."""
    existing = list(
        session.scalars(
            select(PipelineStage)
            .where(PipelineStage.deleted.is_(False))
            .order_by(PipelineStage.position)
        )
    )
    if existing:
        return existing
    stages = [
        PipelineStage(
            name=name, position=position, probability=probability, is_won=won, is_lost=lost
        )
        for position, (name, probability, won, lost) in enumerate(DEFAULT_STAGES, start=1)
    ]
    session.add_all(stages)
    session.flush()
    return stages


def _probability(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        raise ValidationError(
            translatable("errors", "Probability must be a whole percent from 0 to 100."),
            field="probability",
        )
    return value


def create_pipeline_stage(
    session: Session,
    *,
    name: str,
    probability: int,
    position: int | None = None,
    is_won: bool = False,
    is_lost: bool = False,
) -> PipelineStage:
    """A new stage, by default after the last one."""
    name = require_text(name, field="name")
    probability = _probability(probability)
    if is_won and is_lost:
        raise ValidationError(
            translatable("errors", "A stage cannot be both won and lost."), field="is_lost"
        )
    if position is None:
        position = (session.scalar(select(func.max(PipelineStage.position))) or 0) + 1
    stage = PipelineStage(
        name=name, probability=probability, position=position, is_won=is_won, is_lost=is_lost
    )
    session.add(stage)
    session.flush()
    return stage


def update_pipeline_stage(
    session: Session,
    stage: PipelineStage,
    *,
    name: str | None = None,
    probability: int | None = None,
    position: int | None = None,
) -> PipelineStage:
    name = require_text(name, field="name") if name is not None else None
    probability = _probability(probability) if probability is not None else None
    if name is not None:
        stage.name = name
    if probability is not None:
        stage.probability = probability
    if position is not None:
        stage.position = position
    session.flush()
    return stage


def create_territory(session: Session, *, name: str) -> Territory:
    territory = Territory(name=require_text(name, field="name"))
    session.add(territory)
    session.flush()
    return territory


def _clean_product(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    for field in ("sku", "name"):
        if field in clean:
            clean[field] = require_text(clean[field], field=field)
    if "tax_rate" in clean:
        clean["tax_rate"] = require_percent(clean["tax_rate"], field="tax_rate")
    return clean


def _check_sku_free(session: Session, sku: str, *, except_id: str | None = None) -> None:
    query = select(func.count()).select_from(Product).where(Product.sku == sku)
    if except_id is not None:
        query = query.where(Product.id != except_id)
    if session.scalar(query):
        raise ValidationError(
            translatable("errors", "SKU {sku} is already in use."), field="sku", sku=sku
        )


def create_product(session: Session, *, sku: str, name: str, **values: Any) -> Product:
    clean = _clean_product({"sku": sku, "name": name, **values})
    _check_sku_free(session, clean["sku"])
    product = Product(**clean)
    session.add(product)
    session.flush()
    return product


def update_product(session: Session, product: Product, **values: Any) -> Product:
    clean = _clean_product(values)
    if "sku" in clean:
        _check_sku_free(session, clean["sku"], except_id=product.id)
    for field, value in clean.items():
        setattr(product, field, value)
    session.flush()
    return product


def create_price_list(
    session: Session,
    *,
    name: str,
    currency: str,
    valid_from: date | None = None,
    valid_to: date | None = None,
    is_default: bool = False,
) -> PriceList:
    name = require_text(name, field="name")
    currency = require_currency(currency)
    require_not_before(valid_from, valid_to, field="valid_to")
    price_list = PriceList(
        name=name,
        currency=currency,
        valid_from=valid_from,
        valid_to=valid_to,
        is_default=is_default,
    )
    session.add(price_list)
    session.flush()
    return price_list


def set_price(
    session: Session,
    *,
    price_list: PriceList,
    product: Product,
    unit_price: Decimal | int | str,
    min_quantity: Decimal | int | str = 1,
) -> PriceListItem:
    """The unit price of ``product`` from ``min_quantity`` upward (upserts the break)."""
    unit_price = require_decimal(unit_price, field="unit_price")
    if unit_price < 0:
        raise ValidationError(
            translatable("errors", "Unit price must not be negative."), field="unit_price"
        )
    min_quantity = require_positive_quantity(min_quantity, field="min_quantity")
    for item in price_list.items:
        if item.product_id == product.id and item.min_quantity == min_quantity and not item.deleted:
            item.unit_price = unit_price
            session.flush()
            return item
    item = PriceListItem(product=product, min_quantity=min_quantity, unit_price=unit_price)
    price_list.items.append(item)
    session.flush()
    return item


def assign_price_list(
    session: Session, *, price_list: PriceList, account: Account
) -> PriceListAccount:
    """Give ``account`` this price list (idempotent)."""
    existing = session.scalar(
        select(PriceListAccount).where(
            PriceListAccount.price_list_id == price_list.id,
            PriceListAccount.account_id == account.id,
        )
    )
    if existing is not None:
        existing.deleted = False
        session.flush()
        return existing
    assignment = PriceListAccount(price_list_id=price_list.id, account_id=account.id)
    session.add(assignment)
    session.flush()
    return assignment
