"""Alembic environment for the workspace schema.

The workspace opens the encrypted connection itself and hands it over in
``config.attributes["connection"]``; there is no URL and no alembic.ini.
"""

from alembic import context

import app.models  # noqa: F401 - registers every model on Base.metadata
import app.workspace.local_settings  # noqa: F401
from app.models.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
