"""Use cases over the domain model.

Each function takes a SQLAlchemy ``Session`` and plain values, validates before it
touches the session (so a refused call leaves nothing behind), flushes so database
constraints surface at once, and leaves committing to the caller: one user action,
one commit. None of them knows who called it or imports Qt.
"""
