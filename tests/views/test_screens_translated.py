"""Every screen in Arabic, Persian and Russian, with no English left on it.

Renders the screens ``make screenshots`` renders (app/views/screenshots.py owns
the list) and walks each one's widget tree: labels, buttons, group titles, tabs,
headers, placeholders, tooltips, combo items and list items. Any text equal to one
of our English source strings (the ``<source>`` of the .ts catalogues) that has a
different translation fails the test: it is a string that missed translation, not
data (data, a customer's name, is never one of our source strings).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QTableView,
    QTabWidget,
    QWidget,
)

import app.views.screenshots as screenshots
from app.views.shared.bidi import plain
from app.views.shared.i18n import ts_path

_TAG = re.compile(r"<[^>]+>")


def untranslated_sources(language: str) -> set[str]:
    """English sources whose translation in ``language`` differs from the source."""
    sources = set()
    for message in ET.parse(ts_path(language)).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if source and all(form != source for form in forms):
            sources.add(source)
    return sources


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every user-visible string under ``root``."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str | None) -> None:
        if text:
            found.append((f"{type(widget).__name__}({widget.objectName()}).{kind}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        add(widget, "toolTip", widget.toolTip())
        if isinstance(widget, QLabel):
            add(widget, "text", _TAG.sub("", widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit):
            add(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(widget, "placeholder", widget.placeholderText())
            for index in range(widget.count()):
                add(widget, "item", widget.itemText(index))
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, "tab", widget.tabText(index))
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                add(widget, "item", widget.item(row).text())
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            assert isinstance(model, QAbstractItemModel)
            columns = widget.horizontalHeader().count()
            for column in range(columns):
                add(widget, "header", str(model.headerData(column, _horizontal()) or ""))
            # Cells too: a status or a seeded stage name is ours to translate.
            for row in range(min(model.rowCount(), 50)):
                for column in range(columns):
                    add(widget, "cell", str(model.index(row, column).data() or ""))
    for view in root.findChildren(QChartView):
        if not view.isVisibleTo(root):
            continue
        chart = view.chart()
        add(view, "chart title", chart.title())
        for axis in chart.axes():
            add(view, "axis title", axis.titleText())
            for category in getattr(axis, "categories", list)():
                add(view, "category", category)
        for series in chart.series():
            for bar_set in getattr(series, "barSets", list)():
                add(view, "legend", bar_set.label())
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(root, "menu", action.text())
            for item in action.menu().actions() if action.menu() else []:
                add(root, "menu item", item.text())
    return found


def _horizontal() -> Qt.Orientation:
    return Qt.Orientation.Horizontal


def english_left(root: QWidget, sources: set[str]) -> list[str]:
    left = []
    for where, text in visible_texts(root):
        for candidate in {plain(text).replace("&", "").strip(), plain(text).strip()}:
            if candidate in sources:
                left.append(f"{where}: {candidate!r}")
    return left


@pytest.fixture(scope="module")
def rendered(tmp_path_factory, qapp):
    """Renders every screen in ar, fa and ru once; returns what English each showed."""
    out_dir = tmp_path_factory.mktemp("screens")
    findings: dict[str, list[str]] = {}
    sources = {language: untranslated_sources(language) for language in ("ar", "fa", "ru")}
    original = screenshots.save

    def save_and_inspect(widget: QWidget, path: Path) -> Path:
        written = original(widget, path)
        language = path.name.split("_", 1)[0]
        findings[path.stem] = english_left(widget, sources[language])
        return written

    screenshots.save = save_and_inspect
    try:
        paths = screenshots.take_screenshots(out_dir, languages=("ar", "fa", "ru"))
    finally:
        screenshots.save = original
    return paths, findings


def test_every_screen_is_rendered_in_each_language(rendered):
    paths, findings = rendered
    assert paths and all(path.stat().st_size > 0 for path in paths)
    for language in ("ar", "fa", "ru"):
        shown = {path.stem.split("_", 1)[1] for path in paths if path.name.startswith(language)}
        assert {"today", "accounts", "pipeline", "visits", "account_360", "visit_report"} <= {
            name.split("_", 1)[1] for name in shown
        }


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_no_english_string_is_left_on_any_screen(rendered, language):
    _paths, findings = rendered
    left = {
        screen: found for screen, found in findings.items() if screen.startswith(language) and found
    }
    assert not left, left


def test_the_walk_finds_an_untranslated_string(qapp):
    """The check can fail: an English label on an otherwise Arabic screen is caught."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    root = QWidget()
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("Blue Dune Facilities"))  # data: fine
    layout.addWidget(QPushButton("Mark as sent"))  # one of our sources: not fine
    assert english_left(root, untranslated_sources("ar")) == ["QPushButton().text: 'Mark as sent'"]
