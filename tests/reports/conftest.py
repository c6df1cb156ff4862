from __future__ import annotations

import pytest

from app.reports.fonts import register_fonts


@pytest.fixture(autouse=True, scope="session")
def document_fonts() -> None:
    """Layout measures text in the document font, so it must be registered first."""
    register_fonts()
