"""Every string a user can see has a finished translation in Arabic, Persian and Russian."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.views.shared.i18n import TRANSLATED_LANGUAGES, compiled_translation, ts_path
from app.views.translation_catalog import run_lupdate

PLACEHOLDER = re.compile(r"%\d|\{[a-z_]*\}")


def messages(path):
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message.find("source").text, message.find("translation")


@pytest.fixture(scope="module")
def refreshed_catalogues(tmp_path_factory):
    """The committed .ts files, re-scanned against today's code by lupdate."""
    folder = tmp_path_factory.mktemp("ts")
    copies = []
    for language in TRANSLATED_LANGUAGES:
        copy = folder / ts_path(language).name
        shutil.copy(ts_path(language), copy)
        copies.append(copy)
    run_lupdate(copies)
    return dict(zip(TRANSLATED_LANGUAGES, copies, strict=True))


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_source_string_has_a_finished_translation(refreshed_catalogues, language):
    untranslated = [
        f"{context}: {source!r}"
        for context, source, translation in messages(refreshed_catalogues[language])
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert not untranslated, (
        f"{len(untranslated)} strings lack a {language} translation "
        "(run `python -m app.views.translation_catalog update`, then translate):\n"
        + "\n".join(untranslated[:40])
    )
    assert sum(1 for _ in messages(refreshed_catalogues[language])) > 200


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_keep_every_placeholder(language):
    broken = [
        source
        for _context, source, translation in messages(ts_path(language))
        if sorted(PLACEHOLDER.findall(source))
        != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert not broken, broken


def test_compiled_translation_is_used_by_qt(qapp, tmp_path):
    qm = compiled_translation("ru", cache_dir=tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Accounts") == "Клиенты"
        assert QCoreApplication.translate("errors", "Quantity must be greater than zero.") == (
            "Количество должно быть больше нуля."
        )
    finally:
        qapp.removeTranslator(translator)


def test_stale_qm_is_recompiled(tmp_path):
    qm = compiled_translation("fa", cache_dir=tmp_path)
    qm.write_bytes(b"stale")
    source_time = ts_path("fa").stat().st_mtime
    import os

    os.utime(qm, (source_time - 10, source_time - 10))
    assert compiled_translation("fa", cache_dir=tmp_path).read_bytes() != b"stale"
