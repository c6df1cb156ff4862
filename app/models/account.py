"""Customers and the people who work there."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Synced
from app.models.catalog import Territory
from app.models.statuses import AccountStatus, AccountType
from app.models.validation import ChecksCurrency


class Account(ChecksCurrency, Synced, Base):
    """A lead, prospect or customer. Money fields are in ``currency``."""

    __tablename__ = "account"

    # Not unique in the database: the server may hold two accounts that two reps
    # numbered alike offline, and a pull must never fail on them. The services refuse
    # a duplicate number typed here.
    account_number: Mapped[str] = mapped_column(String(40), index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str | None] = mapped_column(String(200))
    tax_id: Mapped[str | None] = mapped_column(String(60))
    type: Mapped[str] = mapped_column(String(20), default=AccountType.PROSPECT.value, index=True)
    status: Mapped[str] = mapped_column(String(20), default=AccountStatus.ACTIVE.value, index=True)
    segment: Mapped[str | None] = mapped_column(String(60))
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    territory_id: Mapped[str | None] = mapped_column(ForeignKey("territory.id"), index=True)
    owner: Mapped[str | None] = mapped_column(String(120))

    billing_street: Mapped[str | None] = mapped_column(String(200))
    billing_city: Mapped[str | None] = mapped_column(String(120), index=True)
    billing_postal_code: Mapped[str | None] = mapped_column(String(20))
    billing_region: Mapped[str | None] = mapped_column(String(120))
    billing_country: Mapped[str | None] = mapped_column(String(2), index=True)
    shipping_street: Mapped[str | None] = mapped_column(String(200))
    shipping_city: Mapped[str | None] = mapped_column(String(120))
    shipping_postal_code: Mapped[str | None] = mapped_column(String(20))
    shipping_region: Mapped[str | None] = mapped_column(String(120))
    shipping_country: Mapped[str | None] = mapped_column(String(2))

    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(200))

    credit_limit: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    open_balance: Mapped[Decimal] = mapped_column(default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    payment_terms: Mapped[str | None] = mapped_column(String(60))
    lead_score: Mapped[int | None]
    notes: Mapped[str | None] = mapped_column(Text)

    territory: Mapped[Territory | None] = relationship()
    contacts: Mapped[list[Contact]] = relationship(back_populates="account")


# Accounts in name order, case folded as the lists sort them: the dashboard walks it to
# list the never-visited accounts first and stops at its limit (0012).
Index("ix_account_lower_name", func.lower(Account.name))
# An owner's accounts, and how many of them are live, from the index alone (0012).
Index("ix_account_owner", Account.owner, Account.status, Account.deleted)


class Contact(Synced, Base):
    __tablename__ = "contact"

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    first_name: Mapped[str | None] = mapped_column(String(120))
    last_name: Mapped[str] = mapped_column(String(120))
    title: Mapped[str | None] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    preferred_language: Mapped[str | None] = mapped_column(String(10))
    marketing_consent: Mapped[bool] = mapped_column(default=False)
    marketing_consent_date: Mapped[date | None]

    account: Mapped[Account] = relationship(back_populates="contacts")

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)
