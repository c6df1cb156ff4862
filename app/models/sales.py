"""Quotes, orders and contracts: the documents that carry money.

Line amounts are computed by ``app.models.money`` (see its docstring for where
rounding happens); nothing here stores a total, so a total can never disagree
with its lines.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship, validates

from app.models.account import Account, Contact
from app.models.base import Base, Synced
from app.models.catalog import PriceList, Product
from app.models.statuses import ContractStatus, OrderStatus, QuoteStatus
from app.models.validation import (
    ChecksCurrency,
    require_decimal,
    require_percent,
    require_positive_quantity,
)


class DocumentLine:
    """The columns quote and order lines share.

    ``discount_percent`` and ``tax_rate`` are percents (Decimal("10") is 10 %).
    """

    position: Mapped[int] = mapped_column(default=0)
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[Decimal]
    unit_price: Mapped[Decimal]
    discount_percent: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    tax_rate: Mapped[Decimal] = mapped_column(default=Decimal("0"))

    # Checked as soon as a value is set, so no path (form, import, conversion) can
    # store a line that would break the totals.
    @validates("quantity")
    def _check_quantity(self, key: str, value: Decimal) -> Decimal:
        return require_positive_quantity(value, field=key)

    @validates("discount_percent", "tax_rate")
    def _check_percent(self, key: str, value: Decimal) -> Decimal:
        return require_percent(value, field=key)

    @validates("unit_price")
    def _check_unit_price(self, key: str, value: Decimal) -> Decimal:
        return require_decimal(value, field=key)

    @declared_attr
    def product_id(cls) -> Mapped[str | None]:
        return mapped_column(ForeignKey("product.id"), index=True)

    @declared_attr
    def product(cls) -> Mapped[Product | None]:
        return relationship(Product)


class Quote(ChecksCurrency, Synced, Base):
    __tablename__ = "quote"

    number: Mapped[str] = mapped_column(String(40), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    price_list_id: Mapped[str | None] = mapped_column(ForeignKey("price_list.id"))
    currency: Mapped[str] = mapped_column(String(3))
    issue_date: Mapped[date]
    valid_until: Mapped[date | None] = mapped_column(index=True)
    terms: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default=QuoteStatus.DRAFT.value)
    order_id: Mapped[str | None] = mapped_column(ForeignKey("order.id", use_alter=True))
    notes: Mapped[str | None] = mapped_column(Text)
    customer_reference: Mapped[str | None] = mapped_column(String(80))  # enquiry or PO number
    delivery_terms: Mapped[str | None] = mapped_column(String(120))  # Incoterms, e.g. "EXW Dubai"
    # Counted each time a sent quote is reopened for changes; printed as "(rev. N)".
    # Nullable: bulk writers and older records from the server leave it out (read as 0).
    revision: Mapped[int | None] = mapped_column(default=0, server_default="0")

    account: Mapped[Account] = relationship()
    contact: Mapped[Contact | None] = relationship()
    price_list: Mapped[PriceList | None] = relationship()
    # A line deleted on another laptop arrives as a tombstone row: never a line of the quote.
    lines: Mapped[list[QuoteLine]] = relationship(
        back_populates="quote",
        cascade="all, delete-orphan",
        order_by="QuoteLine.position",
        primaryjoin="and_(Quote.id == QuoteLine.quote_id, QuoteLine.deleted.is_(False))",
    )
    order: Mapped[Order | None] = relationship(foreign_keys=[order_id])


class QuoteLine(DocumentLine, Synced, Base):
    __tablename__ = "quote_line"

    quote_id: Mapped[str] = mapped_column(ForeignKey("quote.id"), index=True)
    quote: Mapped[Quote] = relationship(back_populates="lines")


class Order(ChecksCurrency, Synced, Base):
    __tablename__ = "order"

    number: Mapped[str] = mapped_column(String(40), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    quote_id: Mapped[str | None] = mapped_column(ForeignKey("quote.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    order_date: Mapped[date]
    requested_delivery_date: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default=OrderStatus.DRAFT.value)
    submitted_at: Mapped[datetime | None]
    credit_override_by: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
    customer_reference: Mapped[str | None] = mapped_column(String(80))  # the customer's PO
    delivery_terms: Mapped[str | None] = mapped_column(String(120))  # Incoterms
    # Set only where this order differs from the account's terms and shipping address.
    payment_terms: Mapped[str | None] = mapped_column(String(120))
    delivery_address: Mapped[str | None] = mapped_column(Text)

    account: Mapped[Account] = relationship()
    contact: Mapped[Contact | None] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order",
        cascade="all, delete-orphan",
        order_by="OrderLine.position",
        primaryjoin="and_(Order.id == OrderLine.order_id, OrderLine.deleted.is_(False))",
    )


class OrderLine(DocumentLine, Synced, Base):
    __tablename__ = "order_line"

    order_id: Mapped[str] = mapped_column(ForeignKey("order.id"), index=True)
    order: Mapped[Order] = relationship(back_populates="lines")


class Contract(ChecksCurrency, Synced, Base):
    """An agreement over a period; with ``auto_renew`` it renews unless cancelled
    ``notice_period_days`` before ``end_date``."""

    __tablename__ = "contract"

    number: Mapped[str] = mapped_column(String(40), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date]
    end_date: Mapped[date | None] = mapped_column(index=True)
    auto_renew: Mapped[bool] = mapped_column(default=False)
    notice_period_days: Mapped[int] = mapped_column(default=0)
    value: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[str] = mapped_column(String(20), default=ContractStatus.DRAFT.value)

    account: Mapped[Account] = relationship()
