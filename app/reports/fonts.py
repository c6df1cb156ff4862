"""The one font family every document is set in, embedded from ``resources/fonts/``.

DejaVu Sans (Bitstream Vera licence, ``LICENSE-DejaVu.txt`` beside the files) covers
Latin, Cyrillic, Arabic and the Persian letters and digits in regular and bold, so
a quote looks the same on every machine whatever fonts it has installed. ReportLab
embeds only the glyphs a document uses (a subset), which keeps files small.

Shaped glyphs (a joined Arabic letter, a bracket mirrored in right-to-left text, a
lam-alef ligature) are drawn by glyph id: each (glyph, logical text) pair gets a
key character of its own from Unicode's supplementary private use area, and the
font's ToUnicode map sends that key back to the letters as typed. So a reader who
searches for "الدمام" or copies "پیش‌فاکتور" gets ordinary letters, zero-width
non-joiner included, not presentation forms (U+FExx) or a mirrored bracket.
"""

from __future__ import annotations

from pathlib import Path

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR = "FieldsalesSans"
BOLD = "FieldsalesSans-Bold"
FONT_FILES = {REGULAR: FONT_DIR / "DejaVuSans.ttf", BOLD: FONT_DIR / "DejaVuSans-Bold.ttf"}

# Every character a document in one of our four languages needs, checked by a test
# against the font files: a missing glyph would print as an empty box on paper.
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;%-+/()&@#*'\"€$£−"
CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№"
ARABIC = "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىي،؛؟٪٫٬" + "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "پچژگیک" + "۰۱۲۳۴۵۶۷۸۹"
REQUIRED_CHARACTERS = {"en": LATIN, "ru": LATIN + CYRILLIC, "ar": ARABIC, "fa": ARABIC + PERSIAN}

# Supplementary Private Use Area-A: far from ReportLab's own private glyphs (U+E000 up).
FIRST_GLYPH_KEY = 0xF0000
LAST_GLYPH_KEY = 0xFFFFD


class SearchableTTFont(TTFont):
    """A TrueType font that can draw any glyph with the text it stands for."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename, shapable=True)
        self.harfbuzz_font = uharfbuzz.Font(self.hbFace)  # font units: scale is the em
        self._keys: dict[tuple[int, str], str] = {}
        self._texts: dict[int, str] = {}  # key code point -> logical text
        # Zero width, no outline: carries the extra letters of a ligature.
        self.invisible_glyph = self.face.charToGlyph[0x200B]

    def glyph_key(self, glyph: int, text: str) -> str | None:
        """The character that draws ``glyph`` and reads back as ``text``.

        None once the private area is used up (thousands of distinct pairs: only
        a very long-running process could get there); the caller then draws the
        glyph through its ordinary character.
        """
        key = self._keys.get((glyph, text))
        if key is not None:
            return key
        code = FIRST_GLYPH_KEY + len(self._keys)
        if code > LAST_GLYPH_KEY:
            return None
        face = self.face
        face.charToGlyph[code] = glyph
        face.glyphToChar.setdefault(glyph, []).append(code)
        face.charWidths[code] = self.pdfScale(self.harfbuzz_font.get_glyph_h_advance(glyph))
        key = self._keys[(glyph, text)] = chr(code)
        self._texts[code] = text
        return key

    def addObjects(self, doc) -> None:  # noqa: N802 - ReportLab's name
        """Write the subsets as ReportLab does, then replace their ToUnicode maps
        with ours, which know the text behind every glyph key."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            base_name = b"".join((SUBSETN(number), b"+", self.face.name, self.face.subfontNameX))
            stream = doc.idToObject["toUnicodeCMap:" + base_name.decode("pdfdoc")]
            stream.content = self.to_unicode_cmap(base_name.decode("pdfdoc"), subset)

    def to_unicode_cmap(self, name: str, subset: list[int]) -> str:
        entries = [
            f"<{code:02X}> <{self._texts.get(char, chr(char)).encode('utf-16-be').hex().upper()}>"
            for code, char in enumerate(subset)
        ]
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
                f"/CMapName /{name} def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange",
                # At most 100 entries per block (PDF reference, 9.10.3).
                *(
                    line
                    for start in range(0, len(entries), 100)
                    for line in (
                        f"{len(entries[start : start + 100])} beginbfchar",
                        *entries[start : start + 100],
                        "endbfchar",
                    )
                ),
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )


def register_fonts() -> None:
    """Register regular and bold with ReportLab once; later calls are no-ops."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, path in FONT_FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(SearchableTTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def document_font(name: str) -> SearchableTTFont:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, SearchableTTFont), name
    return font
