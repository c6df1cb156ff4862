"""Choosing a country: ISO 3166 names in the user's language, the two-letter code stored."""

from __future__ import annotations

from babel import Locale
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.models.validation import country_codes
from app.views.shared.bidi import isolated, plain
from app.views.shared.i18n import LOCALES


def country_names(language: str) -> list[tuple[str, str]]:
    """(code, name) of every country, named and sorted in ``language``."""
    names = Locale.parse(LOCALES.get(language, "en_GB")).territories
    english = Locale("en").territories
    rows = [(code, names.get(code) or english.get(code, code)) for code in country_codes()]
    return sorted(rows, key=lambda row: row[1].casefold())


class CountryCombo(QComboBox):
    """A list of countries one can type into ("Emir…" finds the Emirates); an
    empty first entry for "no country". ``code()`` is the ISO code or None."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for code, name in country_names(language):
            self.addItem(isolated(name), code)
        self.lineEdit().setPlaceholderText(
            QCoreApplication.translate("CountryCombo", "Type to find a country")
        )
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def code(self) -> str | None:
        """The chosen country's code; what was typed must name one exactly."""
        typed = self.currentText().strip()
        if not typed:
            return None
        index = self.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.findText(isolated(typed), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index)
        # An English name or a code typed in any language ("UNITED ARAB EMIRATES", "ae").
        wanted = plain(typed).casefold()
        for code, name in country_names("en"):
            if wanted in (code.casefold(), name.casefold()):
                return code
        # Not a country: pass it on, so the service refuses it with a message.
        return typed

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0))
