"""One search over every kind of record a rep works with (the Ctrl+K search).

Accounts come from the full-text index, so a contact's name finds its account,
and such a hit says which contact matched. The other kinds are few enough per
workspace for LIKE on their identifying columns. Each kind returns at most
``per_kind`` hits, best first; kinds come in a fixed order so the list does not
jump about while the user types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.models import Account, Contact, Contract, Opportunity, Order, Product, Quote, Visit
from app.services.search import matched_by_contact, search_account_ids

PER_KIND = 6
MIN_CHARACTERS = 2


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "account", "contact", "opportunity", "quote", "order", "visit", ...
    record_id: str
    title: str
    detail: str = ""
    via_contact: str | None = None  # an account found through this contact's name
    opens: str | None = None  # the record the hit opens, when not itself (a contact's account)


KINDS = ("account", "contact", "opportunity", "quote", "order", "visit", "contract", "product")


def search_everywhere(session: Session, text: str, *, per_kind: int = PER_KIND) -> list[SearchHit]:
    """Hits grouped by kind (in ``KINDS`` order); nothing for fewer than two characters."""
    text = text.strip()
    if len(text) < MIN_CHARACTERS:
        return []
    pattern = f"%{text}%"
    hits = _accounts(session, text, per_kind)
    for kind in KINDS[1:]:
        hits.extend(_SEARCHES[kind](session, pattern, per_kind))
    return hits


def _accounts(session: Session, text: str, limit: int) -> list[SearchHit]:
    ids = search_account_ids(session, text, limit=limit)
    if not ids:  # no FTS word (e.g. only digits of an account number): LIKE then
        ids = list(
            session.scalars(
                select(Account.id)
                .where(
                    Account.deleted.is_(False),
                    or_(Account.account_number.ilike(f"%{text}%"), Account.name.ilike(f"%{text}%")),
                )
                .order_by(Account.name)
                .limit(limit)
            )
        )
    accounts = {a.id: a for a in session.scalars(select(Account).where(Account.id.in_(ids)))}
    via = matched_by_contact(session, text, ids)
    return [
        SearchHit(
            "account",
            account_id,
            accounts[account_id].name,
            " · ".join(
                p
                for p in (accounts[account_id].account_number, accounts[account_id].billing_city)
                if p
            ),
            via_contact=via.get(account_id),
        )
        for account_id in ids
        if account_id in accounts and not accounts[account_id].deleted
    ]


def _rows(session: Session, query: Select, limit: int, hit: Callable) -> list[SearchHit]:
    return [hit(*row) for row in session.execute(query.limit(limit))]


def _contacts(session: Session, pattern: str, limit: int) -> list[SearchHit]:
    query = (
        select(Contact, Account.name)
        .join(Account, Account.id == Contact.account_id)
        .where(
            Contact.deleted.is_(False),
            or_(
                Contact.first_name.ilike(pattern),
                Contact.last_name.ilike(pattern),
                Contact.email.ilike(pattern),
                Contact.phone.ilike(pattern),
            ),
        )
        .order_by(Contact.last_name, Contact.first_name)
    )
    return _rows(
        session, query, limit, lambda c, name: SearchHit("contact", c.id, c.full_name, name)
    )


def _opportunities(session: Session, pattern: str, limit: int) -> list[SearchHit]:
    query = (
        select(Opportunity, Account.name)
        .join(Account, Account.id == Opportunity.account_id)
        .where(Opportunity.deleted.is_(False), Opportunity.title.ilike(pattern))
        .order_by(Opportunity.title)
    )
    return _rows(
        session, query, limit, lambda o, name: SearchHit("opportunity", o.id, o.title, name)
    )


def _documents(kind: str, model: type[Quote] | type[Order], day) -> Callable:
    def search(session: Session, pattern: str, limit: int) -> list[SearchHit]:
        query = (
            select(model, Account.name)
            .join(Account, Account.id == model.account_id)
            .where(
                model.deleted.is_(False),
                or_(model.number.ilike(pattern), Account.name.ilike(pattern)),
            )
            .order_by(day.desc(), model.number.desc())
        )
        return _rows(session, query, limit, lambda d, name: SearchHit(kind, d.id, d.number, name))

    return search


def _visits(session: Session, pattern: str, limit: int) -> list[SearchHit]:
    query = (
        select(Visit, Account.name)
        .join(Account, Account.id == Visit.account_id)
        .where(
            Visit.deleted.is_(False), or_(Account.name.ilike(pattern), Visit.purpose.ilike(pattern))
        )
        .order_by(Visit.planned_start.desc())
    )
    return _rows(
        session,
        query,
        limit,
        lambda v, name: SearchHit("visit", v.id, name, (v.purpose or "").split("\n")[0]),
    )


def _contracts(session: Session, pattern: str, limit: int) -> list[SearchHit]:
    query = (
        select(Contract, Account.name)
        .join(Account, Account.id == Contract.account_id)
        .where(
            Contract.deleted.is_(False),
            or_(Contract.number.ilike(pattern), Contract.title.ilike(pattern)),
        )
        .order_by(Contract.number)
    )
    return _rows(
        session,
        query,
        limit,
        lambda c, name: SearchHit("contract", c.id, f"{c.number} {c.title}", name),
    )


def _products(session: Session, pattern: str, limit: int) -> list[SearchHit]:
    query = (
        select(Product)
        .where(
            Product.deleted.is_(False),
            or_(Product.name.ilike(pattern), Product.sku.ilike(pattern)),
        )
        .order_by(Product.name)
    )
    return [SearchHit("product", p.id, p.name, p.sku) for p in session.scalars(query.limit(limit))]


_SEARCHES: dict[str, Callable[[Session, str, int], list[SearchHit]]] = {
    "contact": _contacts,
    "opportunity": _opportunities,
    "quote": _documents("quote", Quote, Quote.issue_date),
    "order": _documents("order", Order, Order.order_date),
    "visit": _visits,
    "contract": _contracts,
    "product": _products,
}
