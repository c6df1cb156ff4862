"""Deleting records the way sync needs: a soft-delete flag, never a lost row.

A deleted row stays in the workspace with ``deleted = True`` so the deletion can
travel to the server and to other devices; every query in the services skips it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import StateError, translatable
from app.models import Account, Order, Quote
from app.models.base import Synced
from app.models.statuses import OrderStatus, QuoteStatus


def soft_delete(session: Session, record: Synced) -> None:
    """Mark ``record`` deleted. Sent quotes and submitted orders stay: they are on paper."""
    if isinstance(record, Quote) and record.status != QuoteStatus.DRAFT:
        raise StateError(
            translatable("errors", "Quote {number} is {status}; only a draft can be deleted."),
            number=record.number,
            status=record.status,
        )
    if isinstance(record, Order) and record.status != OrderStatus.DRAFT:
        raise StateError(
            translatable("errors", "Order {number} is {status}; only a draft can be deleted."),
            number=record.number,
            status=record.status,
        )
    if isinstance(record, Account):
        # Hiding the account would orphan its documents in every list; mark it inactive instead.
        raise StateError(
            translatable("errors", "Accounts are not deleted; set the account to inactive instead.")
        )
    record.deleted = True
    for line in getattr(record, "lines", []):
        line.deleted = True
    session.flush()
