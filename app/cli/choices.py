"""The fixed choices the command line offers, spelled out for the parser.

Parsing arguments, ``--help`` and an argparse error must not import the modules
that own these lists: the review inbox brings SQLAlchemy and every model, and
``app.preset`` brings ssl and platformdirs. The CSV kinds have a module of their
own that imports nothing; the rest the parser reads as copies from here, and
tests/cli/test_startup_imports.py fails the day a copy and its owner differ.
"""

from __future__ import annotations

from app.services.csv_kinds import EXPORT_KINDS, IMPORT_KINDS

__all__ = ["CALENDARS", "EXPORT_KINDS", "IMPORT_KINDS", "LANGUAGES", "REVIEW_STATES"]

# app.services.review_inbox.REVIEW_STATES (the values of app.models.statuses.ReviewState)
REVIEW_STATES = ("pending", "approved", "changes_requested")
# app.preset.LANGUAGES and app.preset.CALENDARS
LANGUAGES = ("en", "ar", "fa", "ru")
CALENDARS = ("gregorian", "jalali", "islamic-civil", "islamic-umalqura")
