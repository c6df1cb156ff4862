"""The checks behind ``fieldsales self-test``: is this installed copy complete and working?

Each check exercises a real part the way the app does (the Qt platform plugin,
SQLCipher with FTS5, the fonts, every translation, a PDF in Arabic and English, an
encrypted workspace written and read back) and returns a short detail line, or
raises :class:`CheckFailed` saying what is missing. An installer runs this on one
laptop of a rollout before copying the build to fifty.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.cli.package_commands import PROBE_FLAG
from app.resources import resource_path

# A string every translation must have: the Settings page title.
PROBE_CONTEXT, PROBE_TEXT = "SettingsPage", "Settings"
PLATFORM_PLUGINS = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


class CheckFailed(Exception):
    """One check found the installed copy incomplete or broken."""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[], str]


def self_command() -> list[str]:
    """How to start this same program again (a PyInstaller build is its own interpreter)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "app"]


def check_resources() -> str:
    needed = [
        resource_path("icons", "fieldsales.svg"),
        resource_path("fonts", "DejaVuSans.ttf"),
        resource_path("licenses", "LGPL-3.0.txt"),
    ]
    missing = [str(path) for path in needed if not path.is_file()]
    if missing:
        raise CheckFailed("missing " + ", ".join(missing))
    return str(resource_path())


def check_qt_platform() -> str:
    """Start Qt in a child process: a platform plugin that cannot load aborts the process."""
    environment = dict(os.environ)
    headless = (
        sys.platform == "linux"
        and not (environment.get("DISPLAY") or environment.get("WAYLAND_DISPLAY"))
        and "QT_QPA_PLATFORM" not in environment
    )
    if headless:
        environment["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [*self_command(), "self-test", PROBE_FLAG],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0:
        lines = [line.strip() for line in (result.stderr or "").splitlines() if line.strip()]
        # Qt names what is missing on its qt.qpa lines ("libxcb-cursor0 is needed");
        # the list of plugins it could have tried instead helps nobody.
        reasons = [line for line in lines if line.startswith("qt.qpa")] or lines[-2:]
        raise CheckFailed(" / ".join(reasons) or f"Qt exited with {result.returncode}")
    found = result.stdout.strip()
    native = PLATFORM_PLUGINS.get(sys.platform)
    if native and native not in found.split("plugins: ", 1)[-1].split(","):
        raise CheckFailed(f"the {native} platform plugin is not in this build ({found})")
    return found + (" (no display: tried offscreen)" if headless else "")


def probe_qt_platform() -> int:
    """Run in the child: start the platform, draw one widget, name the plugins found."""
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    label = QLabel("Fieldsales مرحبا Привет")
    if label.grab().isNull():
        print("a widget could not be drawn", file=sys.stderr)
        return 1
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(
        path.stem.removeprefix("libq").removeprefix("q")
        for path in plugins.glob("*")
        if path.suffix in (".so", ".dll", ".dylib")
    )
    print(f"{app.platformName()}, Qt {qVersion()}, plugins: {','.join(names)}")
    return 0


def qt_application():
    """The one QApplication for the in-process Qt checks (offscreen: nothing to show)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0]])


def check_charts() -> str:
    qt_application()
    from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QChartView

    values = QBarSet("pipeline")
    values.append([3, 5, 2])
    series = QBarSeries()
    series.append(values)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(200, 120)
    if view.grab().isNull():
        raise CheckFailed("a chart could not be drawn")
    return "QtCharts draws"


def check_sqlcipher() -> str:
    from sqlcipher3 import dbapi2 as sqlcipher

    with tempfile.TemporaryDirectory(prefix="fieldsales-selftest-") as folder:
        path = Path(folder) / "check.db"
        key = secrets.token_hex(32)
        connection = sqlcipher.connect(str(path))
        try:
            connection.execute(f"PRAGMA key = \"x'{key}'\"")
            version = connection.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise CheckFailed("this SQLite is not SQLCipher")
            connection.execute("CREATE VIRTUAL TABLE words USING fts5(body)")
            connection.execute("INSERT INTO words VALUES ('quote for harbour view')")
            connection.commit()
            hits = connection.execute("SELECT count(*) FROM words WHERE words MATCH 'harb*'")
            if hits.fetchone()[0] != 1:
                raise CheckFailed("FTS5 found nothing")
        except sqlcipher.OperationalError as error:
            raise CheckFailed(str(error)) from error
        finally:
            connection.close()
        if b"harbour" in path.read_bytes():
            raise CheckFailed("the database file holds plain text")
    return f"SQLCipher {version[0]}, FTS5"


def check_fonts() -> str:
    from fontTools.ttLib import TTFont
    from PySide6.QtGui import QFontDatabase

    from app.reports.fonts import FONT_FILES, REQUIRED_CHARACTERS

    qt_application()
    for path in FONT_FILES.values():
        cmap = TTFont(str(path), lazy=True).getBestCmap()
        for language, characters in REQUIRED_CHARACTERS.items():
            missing = [char for char in characters if ord(char) not in cmap]
            if missing:
                raise CheckFailed(f"{path.name} lacks {''.join(missing)} for {language}")
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            raise CheckFailed(f"Qt cannot load {path.name}")
    return ", ".join(path.name for path in FONT_FILES.values())


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.views.shared.i18n import TRANSLATED_LANGUAGES, compiled_translation

    qt_application()
    qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found = []
    with tempfile.TemporaryDirectory(prefix="fieldsales-selftest-") as cache:
        for language in TRANSLATED_LANGUAGES:
            qm = compiled_translation(language, cache_dir=Path(cache))
            translator = QTranslator()
            if qm is None or not translator.load(str(qm)):
                raise CheckFailed(f"no translation for {language}")
            text = translator.translate(PROBE_CONTEXT, PROBE_TEXT)
            if not text or text == PROBE_TEXT:
                raise CheckFailed(f"the {language} translation lacks “{PROBE_TEXT}”")
            if not QTranslator().load(f"qtbase_{language}", qt_catalogues):
                raise CheckFailed(f"Qt's own {language} catalogue (qtbase_{language}) is missing")
            found.append(f"{language} “{text}”")
    return ", ".join(found)


def check_pdf(language: str) -> Callable[[], str]:
    def run() -> str:
        from app.reports.render import render_pdf
        from app.reports.samples import sample_quote

        pdf = render_pdf(sample_quote(lines=3, language=language))
        if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-64:]:
            raise CheckFailed("the quote is not a complete PDF")
        if b"FontFile2" not in pdf:
            raise CheckFailed("the quote's font is not embedded")
        return f"quote, {len(pdf) // 1024} KiB"

    return run


def check_workspace() -> str:
    from app.errors import WrongPassphraseError
    from app.services.accounts import create_account
    from app.services.search import search_account_ids
    from app.workspace import Workspace

    marker = "Selftest Harbour Trading " + secrets.token_hex(4)
    passphrase = secrets.token_urlsafe(24)
    with tempfile.TemporaryDirectory(prefix="fieldsales-selftest-") as folder:
        data_dir = Path(folder) / "workspace"
        with Workspace.create(data_dir, passphrase) as workspace:
            with workspace.transaction() as session:
                create_account(session, account_number="SELFTEST-1", name=marker)
            database = workspace.database_path
        if marker.encode() in database.read_bytes():
            raise CheckFailed("the workspace file holds plain text")
        try:
            Workspace.open(data_dir, passphrase + "x").close()
        except WrongPassphraseError:
            pass
        else:
            raise CheckFailed("a wrong passphrase opened the workspace")
        with Workspace.open(data_dir, passphrase) as workspace, workspace.session() as session:
            if not search_account_ids(session, "Harbour"):
                raise CheckFailed("the account written was not found again")
    return "created, refused a wrong passphrase, reopened, found the account"


def check_preset() -> str:
    from app.preset import load_preset

    preset = load_preset()  # a mistake raises ValidationError naming the line and key
    return f"{preset.source}" if preset.source else "none (built-in defaults)"


def all_checks() -> list[Check]:
    return [
        Check("resources", check_resources),
        Check("qt-platform", check_qt_platform),
        Check("qt-charts", check_charts),
        Check("sqlcipher", check_sqlcipher),
        Check("fonts", check_fonts),
        Check("translations", check_translations),
        Check("pdf-en", check_pdf("en")),
        Check("pdf-ar", check_pdf("ar")),
        Check("workspace", check_workspace),
        Check("preset", check_preset),
    ]
