"""What the company sells and how it organises the field: territories, pipeline
stages, products and price lists (all maintained by an admin, read by reps)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced
from app.models.validation import ChecksCurrency


class Territory(Synced, Base):
    __tablename__ = "territory"

    name: Mapped[str] = mapped_column(String(120))


class PipelineStage(Synced, Base):
    """One step of the sales pipeline; ``probability`` is a whole percent (0-100)."""

    __tablename__ = "pipeline_stage"

    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(default=0)
    probability: Mapped[int] = mapped_column(default=0)
    is_won: Mapped[bool] = mapped_column(default=False)
    is_lost: Mapped[bool] = mapped_column(default=False)


class Product(Synced, Base):
    """A catalogue item. ``tax_rate`` is a percent, e.g. Decimal("19") for 19 %."""

    __tablename__ = "product"

    sku: Mapped[str] = mapped_column(String(64), index=True)  # unique by service rule
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(20), default="pcs")
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    active: Mapped[bool] = mapped_column(default=True)


class PriceList(ChecksCurrency, Synced, Base):
    """Prices in one currency, valid between two dates (either end may be open)."""

    __tablename__ = "price_list"

    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    valid_from: Mapped[date | None]
    valid_to: Mapped[date | None]
    is_default: Mapped[bool] = mapped_column(default=False)

    items: Mapped[list[PriceListItem]] = relationship(
        back_populates="price_list", cascade="all, delete-orphan"
    )

    def is_valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class PriceListAccount(Synced, Base):
    """Assigns a price list to an account (many to many, as a synced row)."""

    __tablename__ = "price_list_account"

    price_list_id: Mapped[str] = mapped_column(ForeignKey("price_list.id"), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)

    price_list: Mapped[PriceList] = relationship()


class PriceListItem(Synced, Base):
    """A product's unit price from ``min_quantity`` upward (one row per quantity break)."""

    __tablename__ = "price_list_item"
    __table_args__ = (Index("ix_price_list_item_lookup", "price_list_id", "product_id"),)

    price_list_id: Mapped[str] = mapped_column(ForeignKey("price_list.id"))
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    min_quantity: Mapped[Decimal] = mapped_column(default=Decimal("1"))
    unit_price: Mapped[Decimal]

    price_list: Mapped[PriceList] = relationship(back_populates="items")
    product: Mapped[Product] = relationship()
