"""An in-memory SQLite database with the full schema and foreign keys enforced."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import Session

import app.models
import app.workspace.local_settings  # noqa: F401 - registers workspace_setting (sync settings)
from app.models import Base


def make_session() -> Session:
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def _foreign_keys_on(dbapi_connection, _record) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    Base.metadata.create_all(engine)
    return Session(engine)


@pytest.fixture
def session() -> Iterator[Session]:
    assert app.models.SYNCED_MODELS  # importing the package registered every table
    with make_session() as db:
        yield db
