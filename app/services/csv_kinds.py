"""What the CSV import and export offer, by name.

A module of its own, importing nothing, so that the command line can offer these
choices without importing the services (SQLAlchemy and every model).
"""

from __future__ import annotations

IMPORT_KINDS = ("accounts", "contacts", "products", "prices")
EXPORT_KINDS = (
    "accounts",
    "contacts",
    "products",
    "prices",
    "visits",
    "quotes",
    "orders",
    "contracts",
)
