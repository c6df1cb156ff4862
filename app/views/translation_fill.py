"""Fill unfinished entries of the .ts catalogues from a JSON file of translations.

``python -m app.views.translation_catalog fill FILE.json`` reads
``{"ar": {"Source text": "ترجمة", ...}, "fa": {...}, "ru": {...}}`` and writes each
translation into the ``<translation type="unfinished">`` entries of that language
whose source matches, in every context the string occurs in. Finished
translations are never overwritten: a reviewed translation is changed in the .ts
file itself, on purpose.

The file is checked whole before anything is written (a language we do not ship,
a value that is not text, a translation that drops or invents a ``%1`` or
``{name}`` placeholder): bad input changes nothing.

The .ts files are edited in place, entry by entry, rather than re-serialised, so a
fill leaves the same layout ``lupdate`` writes and the diff shows only the
translations.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.views.shared.i18n import TRANSLATED_LANGUAGES, ts_path

PLACEHOLDER = re.compile(r"%\d+|%n|\{[a-z_]*\}")
# One message as lupdate writes it; only an unfinished translation is matched.
UNFINISHED = re.compile(
    r"(?P<head><message>\s*<source>(?P<source>[^<]*)</source>\s*"
    r"(?:<(?:extra|translator)?comment>[^<]*</(?:extra|translator)?comment>\s*)*)"
    r'<translation type="unfinished"(?:>(?P<old>[^<]*)</translation>|\s*/>)',
)


class FillError(ValueError):
    """The JSON file cannot be used; the message says why, for one line on stderr."""


@dataclass
class LanguageReport:
    language: str
    filled: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)


def escape(text: str) -> str:
    """Text as lupdate writes it between tags."""
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def read_translations(path: Path) -> dict[str, dict[str, str]]:
    """The JSON file, checked: known languages, text only, placeholders kept."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise FillError(f"{path}: cannot be read ({error.strerror or error})") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FillError(f"{path}: not valid JSON ({error})") from error
    if not isinstance(data, dict) or not data:
        raise FillError(f"{path}: expected an object mapping a language to its translations")
    for language, table in data.items():
        if language not in TRANSLATED_LANGUAGES:
            known = ", ".join(TRANSLATED_LANGUAGES)
            raise FillError(f"{path}: unknown language {language!r} (known: {known})")
        if not isinstance(table, dict):
            raise FillError(f"{path}: {language}: expected an object of source -> translation")
        for source, translation in table.items():
            if not isinstance(translation, str) or not translation.strip():
                raise FillError(f"{path}: {language}: {source!r} has no translation text")
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
                raise FillError(
                    f"{path}: {language}: {translation!r} does not keep the placeholders "
                    f"of {source!r}"
                )
    return data


def fill_catalogue(text: str, table: dict[str, str], report: LanguageReport) -> str:
    """``text`` of one .ts file with the unfinished entries found in ``table`` filled."""
    used: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        source = html.unescape(match["source"])
        translation = table.get(source)
        if translation is None:
            report.unfinished.append(source)
            return match[0]
        used.add(source)
        report.filled.append(source)
        return f"{match['head']}<translation>{escape(translation)}</translation>"

    filled = UNFINISHED.sub(replace, text)
    report.unused = [source for source in table if source not in used]
    return filled


def fill(path: Path, *, folder: Path | None = None) -> list[LanguageReport]:
    """Fill the catalogues from the JSON file at ``path``; returns what happened.

    Every shipped language is reported, so the unfinished entries of a language the
    file does not mention show too. ``folder`` holds the .ts files (default: the
    app's resources).
    """
    translations = read_translations(path)
    reports, changed = [], {}
    for language in TRANSLATED_LANGUAGES:
        target = ts_path(language) if folder is None else folder / ts_path(language).name
        if not target.exists():
            raise FillError(f"{target}: missing; run `translation_catalog update` first")
        report = LanguageReport(language)
        before = target.read_text(encoding="utf-8")
        after = fill_catalogue(before, translations.get(language, {}), report)
        if after != before:
            changed[target] = after
        reports.append(report)
    # Written only once every catalogue was read: a missing one changes nothing.
    for target, text in changed.items():
        target.write_text(text, encoding="utf-8")
    return reports


def describe(reports: list[LanguageReport]) -> str:
    """What a fill did, for the terminal."""
    lines = []
    for report in reports:
        lines.append(
            f"{report.language}: filled {len(report.filled)}, "
            f"still unfinished {len(report.unfinished)}"
        )
        lines += [f"  filled: {source}" for source in report.filled]
        lines += [f"  unfinished: {source}" for source in report.unfinished]
        lines += [
            f"  not used (no unfinished entry with this source): {source}"
            for source in report.unused
        ]
    return "\n".join(lines)
