"""ASGI entry point for uvicorn: ``uvicorn server.asgi:app`` (settings from the environment)."""

from __future__ import annotations

import logging

from server.api.app import create_app
from server.config import Settings

logging.getLogger("fieldsales.server.requests").setLevel(logging.INFO)
app = create_app(Settings.from_env())
