"""`translation_catalog fill`: translations from a JSON file land in the .ts catalogues.

The catalogues here are made by the real lupdate from a small source file, filled,
then compiled by the real lrelease and read back through QTranslator.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.views.shared.i18n import TRANSLATED_LANGUAGES, lrelease_command, ts_path
from app.views.translation_catalog import ROOT, lupdate_command
from app.views.translation_fill import FillError, fill

SOURCE = """
from PySide6.QtCore import QCoreApplication

QCoreApplication.translate("Probe", "Deal %1 saved.")
QCoreApplication.translate("Probe", "Rep's <b>notes</b> & \\"tasks\\"")
QCoreApplication.translate("Other", "Deal %1 saved.")
QCoreApplication.translate("Probe", "Not translated yet")
"""


@pytest.fixture
def catalogues(tmp_path) -> Path:
    """ar, fa and ru catalogues of SOURCE, every entry unfinished, as lupdate writes them."""
    source = tmp_path / "probe.py"
    source.write_text(SOURCE, encoding="utf-8")
    folder = tmp_path / "ts"
    folder.mkdir()
    for language in TRANSLATED_LANGUAGES:
        target = folder / ts_path(language).name
        target.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
            f'<TS version="2.1" language="{language}"></TS>\n',
            encoding="utf-8",
        )
        subprocess.run(
            [*lupdate_command(), "-silent", "-locations", "none", str(source), "-ts", str(target)],
            check=True,
            capture_output=True,
        )
    return folder


def entries(path: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (context.find("name").text, message.find("source").text)
            found[key] = (translation.get("type"), translation.text or "")
    return found


def write_json(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "fill.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_fill_writes_matching_unfinished_entries_and_reports_the_rest(catalogues, tmp_path, qapp):
    tricky = 'Rep\'s <b>notes</b> & "tasks"'
    path = write_json(
        tmp_path,
        {
            "ar": {"Deal %1 saved.": "حُفظت الصفقة %1.", tricky: "ملاحظات <b>المندوب</b> و«المهام»"},
            "ru": {"Deal %1 saved.": "Сделка %1 сохранена.", "Gone from the code": "Нет"},
        },
    )
    reports = {report.language: report for report in fill(path, folder=catalogues)}

    ar = entries(catalogues / "fieldsales_ar.ts")
    assert ar[("Probe", "Deal %1 saved.")] == (None, "حُفظت الصفقة %1.")
    assert ar[("Other", "Deal %1 saved.")] == (None, "حُفظت الصفقة %1.")  # every context
    assert ar[("Probe", tricky)] == (None, "ملاحظات <b>المندوب</b> و«المهام»")
    assert ar[("Probe", "Not translated yet")][0] == "unfinished"
    assert reports["ar"].unfinished == ["Not translated yet"]
    assert len(reports["ar"].filled) == 3

    assert reports["ru"].unused == ["Gone from the code"]
    assert sorted(reports["ru"].unfinished) == ["Not translated yet", tricky]
    # A language the file does not mention is reported with all it still lacks.
    assert len(reports["fa"].unfinished) == 4 and reports["fa"].filled == []

    # lrelease compiles the filled catalogue and Qt finds the translations in it.
    qm = tmp_path / "ar.qm"
    subprocess.run(
        [*lrelease_command(), "-silent", str(catalogues / "fieldsales_ar.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Other", "Deal %1 saved.") == "حُفظت الصفقة %1."
        assert QCoreApplication.translate("Probe", tricky) == "ملاحظات <b>المندوب</b> و«المهام»"
    finally:
        qapp.removeTranslator(translator)


def test_fill_never_overwrites_a_finished_translation(catalogues, tmp_path):
    fill(
        write_json(tmp_path, {"ru": {"Deal %1 saved.": "Сделка %1 сохранена."}}), folder=catalogues
    )
    again = fill(write_json(tmp_path, {"ru": {"Deal %1 saved.": "Другое %1"}}), folder=catalogues)
    ru = entries(catalogues / "fieldsales_ru.ts")
    assert ru[("Probe", "Deal %1 saved.")] == (None, "Сделка %1 сохранена.")
    assert {r.language: r.unused for r in again}["ru"] == ["Deal %1 saved."]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ({"de": {"Deal %1 saved.": "Deal %1 gespeichert."}}, "unknown language 'de'"),
        ({"ar": {"Deal %1 saved.": "حُفظت الصفقة."}}, "does not keep the placeholders"),
        ({"ru": {"Deal %1 saved.": ""}}, "has no translation text"),
        ({"ru": ["Deal %1 saved."]}, "expected an object of source -> translation"),
        ([], "expected an object mapping a language"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(catalogues, tmp_path, data, reason):
    before = {p.name: p.read_bytes() for p in catalogues.iterdir()}
    # A valid language first: nothing may be written before the whole file is checked.
    if isinstance(data, dict):
        data = {"fa": {"Deal %1 saved.": "معامله %1 ذخیره شد."}, **data}
    with pytest.raises(FillError, match=reason):
        fill(write_json(tmp_path, data), folder=catalogues)
    assert {p.name: p.read_bytes() for p in catalogues.iterdir()} == before


def test_command_line_says_what_is_wrong_in_one_line(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    before = {language: ts_path(language).read_bytes() for language in TRANSLATED_LANGUAGES}
    result = subprocess.run(
        [sys.executable, "-m", "app.views.translation_catalog", "fill", str(broken)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "not valid JSON" in result.stderr
    assert result.stderr.count("\n") == 1
    assert {language: ts_path(language).read_bytes() for language in TRANSLATED_LANGUAGES} == (
        before
    )
