"""The fixed choices the command line offers, spelled out for the parser.

Parsing arguments, ``--help`` and an argparse error must not import the modules
that own these lists: the CSV services and the review inbox bring SQLAlchemy and
every model, and ``app.preset`` brings ssl and platformdirs. So the parser reads
copies from here, and tests/cli/test_startup_imports.py fails the day a copy and
its owner differ.
"""

from __future__ import annotations

# app.services.csv_import.IMPORT_KINDS
IMPORT_KINDS = ("accounts", "contacts", "products", "prices")
# app.services.csv_export.EXPORT_KINDS
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
# app.services.review_inbox.REVIEW_STATES (the values of app.models.statuses.ReviewState)
REVIEW_STATES = ("pending", "approved", "changes_requested")
# app.preset.LANGUAGES and app.preset.CALENDARS
LANGUAGES = ("en", "ar", "fa", "ru")
CALENDARS = ("gregorian", "jalali", "islamic-civil", "islamic-umalqura")
