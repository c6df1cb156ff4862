"""Service tests use the same in-memory database as the model tests."""

from tests.models.conftest import make_session, session

__all__ = ["make_session", "session"]
