"""Where the bundled resources (fonts, icons, translations, licences) are.

One function answers for every way the client runs:

- a PyInstaller build: ``resources/`` beside the executable's modules (``sys._MEIPASS``);
- a checkout (``make run``, the tests): the repository's top-level ``resources/``;
- an installed wheel: the ``fieldsales_resources`` package, which the wheel maps
  from that same folder (``pyproject.toml``, ``[tool.setuptools.package-dir]``).
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path

RESOURCE_PACKAGE = "fieldsales_resources"


class ResourcesMissing(RuntimeError):
    """The build lost its resources: a packaging mistake, never a user's."""


@cache
def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    checkout = Path(__file__).resolve().parents[1] / "resources"
    if (checkout / "fonts").is_dir():
        return checkout
    spec = importlib.util.find_spec(RESOURCE_PACKAGE)
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    raise ResourcesMissing(
        f"no resources folder: neither {checkout} nor the {RESOURCE_PACKAGE} package exists"
    )


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath(*parts)
