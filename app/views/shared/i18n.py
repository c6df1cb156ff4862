"""Languages, right-to-left layout, locale formatting and display calendars.

Translations are Qt ``.ts`` sources under ``resources/translations``. The compiled
``.qm`` files are build products (not committed): :func:`compiled_translation`
runs ``lrelease`` into a cache folder when the ``.qm`` is missing or older than
its source, so a fresh checkout and an installed build behave the same.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import (
    QCalendar,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from app.preset import APP_NAME
from app.resources import resource_path

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = resource_path("translations")
# Shown in each language's own script so a user can find theirs whatever is active.
LANGUAGE_NAMES = {"en": "English", "ar": "العربية", "fa": "فارسی", "ru": "Русский"}
TRANSLATED_LANGUAGES = ("ar", "fa", "ru")
RIGHT_TO_LEFT = frozenset({"ar", "fa"})
LOCALES = {"en": "en_GB", "ar": "ar_AE", "fa": "fa_IR", "ru": "ru_RU"}
CALENDAR_SYSTEMS = {
    "gregorian": QCalendar.System.Gregorian,
    "jalali": QCalendar.System.Jalali,
    "islamic-civil": QCalendar.System.IslamicCivil,
    # Qt has no Umm al-Qura calendar: date pickers use the tabular one (at most a day
    # or two apart), while every date shown goes through the observed calendar (Formatter).
    "islamic-umalqura": QCalendar.System.IslamicCivil,
}


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"fieldsales_{language}.ts"


def default_qm_cache() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME)) / "translations"


def lrelease_command() -> list[str]:
    bundled = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise FileNotFoundError("lrelease not found (it ships with PySide6-Essentials)")
    return [found]


def compiled_translation(language: str, *, cache_dir: Path | None = None) -> Path | None:
    """The ``.qm`` for ``language``, compiled now if missing or stale; None for English.

    A packaged build ships the ``.qm`` compiled at build time beside (or instead of)
    the source, so it needs no ``lrelease`` on the user's machine.
    """
    source = ts_path(language)
    shipped = source.with_suffix(".qm")
    if language != "en" and shipped.exists():
        if not source.exists() or shipped.stat().st_mtime >= source.stat().st_mtime:
            return shipped
    if language == "en" or not source.exists():
        return None
    cache_dir = cache_dir or default_qm_cache()
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"fieldsales_{language}.qm"
    if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
        subprocess.run(
            [*lrelease_command(), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    return target


class LanguageManager:
    """Installs the translators, locale and layout direction for one language.

    Qt's own ``qtbase`` catalogue is installed too so standard buttons (OK,
    Cancel) and dialogs follow the same language.
    """

    def __init__(self, app: QApplication, *, cache_dir: Path | None = None) -> None:
        self._app = app
        self._cache_dir = cache_dir
        self._translators: list[QTranslator] = []
        self.language = "en"
        self.calendar = QCalendar()
        self.calendar_name = "gregorian"

    def apply(self, language: str, calendar_name: str = "gregorian") -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        if language != "en":
            self._install_qt_catalogue(language)
            qm = compiled_translation(language, cache_dir=self._cache_dir)
            if qm is not None:
                translator = QTranslator(self._app)
                if translator.load(str(qm)):
                    self._app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    log.warning("could not load translation %s", qm)
        self.language = language
        QLocale.setDefault(locale_for(language))
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if language in RIGHT_TO_LEFT
            else Qt.LayoutDirection.LeftToRight
        )
        self.calendar = calendar_for(calendar_name)
        self.calendar_name = calendar_name if calendar_name in CALENDAR_SYSTEMS else "gregorian"

    def _install_qt_catalogue(self, language: str) -> None:
        translator = QTranslator(self._app)
        path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(f"qtbase_{language}", path):
            self._app.installTranslator(translator)
            self._translators.append(translator)


def locale_for(language: str) -> QLocale:
    return QLocale(LOCALES.get(language, "en_GB"))


def calendar_for(name: str) -> QCalendar:
    return QCalendar(CALENDAR_SYSTEMS.get(name, QCalendar.System.Gregorian))


def calendars_for_language(language: str) -> list[str]:
    """Calendars offered in Settings: Gregorian always, plus the local one."""
    extra = {"fa": ["jalali"], "ar": ["islamic-umalqura", "islamic-civil"]}.get(language, [])
    return ["gregorian", *extra]


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
