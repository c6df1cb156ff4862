"""What the About dialog and ``fieldsales --version`` tell: version and bundled parts.

No Qt here: the dialog in ``app/views`` lays this out. Licence texts ship in
``resources/licenses`` (and every bundled package's own licence files travel in
its ``*.dist-info`` folder inside a build).
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata

from app.resources import resource_path
from app.version import app_version


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str | None  # the Python package that carries it, for its version
    licence: str
    licence_file: str | None = None  # in resources/licenses

    @property
    def version(self) -> str:
        if self.name == "Python":
            return platform.python_version()
        if self.name == "DejaVu fonts":
            return dejavu_version()
        if self.distribution is None:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:
            return ""


COMPONENTS = (
    Component("Qt 6 (through PySide6)", "PySide6-Essentials", "LGPL-3.0", "LGPL-3.0.txt"),
    Component("Qt Charts (PySide6-Addons)", "PySide6-Addons", "LGPL-3.0", "LGPL-3.0.txt"),
    Component("SQLCipher (sqlcipher3-binary)", "sqlcipher3-binary", "BSD-3-Clause, MIT"),
    Component("SQLAlchemy", "SQLAlchemy", "MIT"),
    Component("cryptography", "cryptography", "Apache-2.0 OR BSD-3-Clause"),
    Component("ReportLab", "reportlab", "BSD-3-Clause"),
    Component("HarfBuzz (uharfbuzz)", "uharfbuzz", "Apache-2.0, MIT"),
    Component("python-bidi", "python-bidi", "LGPL-3.0", "LGPL-3.0.txt"),
    Component("Babel", "Babel", "BSD-3-Clause"),
    Component("DejaVu fonts", None, "Bitstream Vera licence, public domain"),
    Component("Python", None, "PSF-2.0"),
)

QT_REPLACEMENT_NOTE = "QT-LGPL-NOTICE.txt"


def dejavu_version() -> str:
    from fontTools.ttLib import TTFont

    font = TTFont(str(resource_path("fonts", "DejaVuSans.ttf")), lazy=True)
    # Name ID 5 is the font's version string, "Version 2.37".
    return str(font["name"].getDebugName(5) or "").removeprefix("Version ").strip()


def licence_text(file_name: str) -> str:
    return resource_path("licenses", file_name).read_text(encoding="utf-8")


def version_line() -> str:
    return f"Fieldsales {app_version()}"
