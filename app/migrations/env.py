"""Alembic environment for the workspace schema.

The workspace opens the encrypted connection itself and hands it over in
``config.attributes["connection"]``; there is no URL and no alembic.ini.
"""

from alembic import context

import app.models  # noqa: F401 - registers every model on Base.metadata
import app.sync.tables  # noqa: F401 - the sync client's bookkeeping tables
import app.workspace.local_settings  # noqa: F401
from app.models.base import Base

SEARCH_TABLES = ("account_search", "contact_search")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the hand-made FTS5 tables (revision 0003) and their shadow tables alone."""
    return not (type_ == "table" and name.startswith(SEARCH_TABLES))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them; batch mode does that
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
