"""The one version number: ``version`` in pyproject.toml.

An installed copy (wheel, editable checkout, PyInstaller build, which carries the
package metadata) reads it through ``importlib.metadata``; a bare checkout that was
never installed reads pyproject.toml itself.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "fieldsales"


@cache
def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        with pyproject.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
