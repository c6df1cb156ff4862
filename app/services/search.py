"""Full-text account search over names, cities, tags and contact names (FTS5).

An account matches when all typed words match its own name, city and tags, or
when all of them match the name of one of its contacts.
"""

from __future__ import annotations

import re

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what a user typed into an FTS5 query: every word must match as a prefix.

    Words are quoted, so FTS5 operators typed by a user (AND, NEAR, quotes, *) are
    taken as plain text rather than raising a syntax error.
    """
    words = _TOKEN.findall(user_text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


_SEARCH = text(
    "SELECT id FROM ("
    " SELECT account.id AS id, account.name AS name, account_search.rank AS rank"
    " FROM account_search JOIN account ON account.rowid = account_search.rowid"
    " WHERE account_search MATCH :query"
    " UNION ALL"
    " SELECT account.id, account.name, contact_search.rank"
    " FROM contact_search JOIN account ON account.id = contact_search.account_id"
    " WHERE contact_search MATCH :query AND account.deleted = 0"
    ") GROUP BY id ORDER BY min(rank), name LIMIT :limit"
)


def search_account_ids(session: Session, user_text: str, *, limit: int = 200) -> list[str]:
    """Ids of matching live accounts, best matches first."""
    query = fts_query(user_text)
    if query is None:
        return []
    return list(session.scalars(_SEARCH, {"query": query, "limit": limit}))


_CONTACT_MATCHES = text(
    "SELECT contact_search.account_id, contact_search.name FROM contact_search"
    " WHERE contact_search MATCH :query AND contact_search.account_id IN :ids"
    " ORDER BY contact_search.rank"
).bindparams(bindparam("ids", expanding=True))
_OWN_MATCHES = text(
    "SELECT account.id FROM account_search JOIN account ON account.rowid = account_search.rowid"
    " WHERE account_search MATCH :query AND account.id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def matched_by_contact(session: Session, user_text: str, account_ids: list[str]) -> dict[str, str]:
    """For accounts among ``account_ids`` found only through a contact: that contact's name.

    A list shows these so a rep sees why "Jana" brought up "Harbour Trading LLC".
    """
    query = fts_query(user_text)
    if query is None or not account_ids:
        return {}
    params = {"query": query, "ids": list(account_ids)}
    own = set(session.scalars(_OWN_MATCHES, params))
    found: dict[str, str] = {}
    for account_id, name in session.execute(_CONTACT_MATCHES, params):
        if account_id not in own:
            found.setdefault(account_id, name)
    return found
