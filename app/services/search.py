"""Full-text account search over names, cities, tags and contact names (FTS5)."""

from __future__ import annotations

import re

from sqlalchemy import text
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


def search_account_ids(session: Session, user_text: str, *, limit: int = 200) -> list[str]:
    """Ids of matching live accounts, best matches first."""
    query = fts_query(user_text)
    if query is None:
        return []
    rows = session.execute(
        text(
            "SELECT account.id FROM account_search "
            "JOIN account ON account.rowid = account_search.rowid "
            "WHERE account_search MATCH :query AND account.deleted = 0 "
            "ORDER BY account_search.rank LIMIT :limit"
        ),
        {"query": query, "limit": limit},
    )
    return [row[0] for row in rows]
