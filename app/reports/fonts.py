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
        self._outlines: dict[int, str] = {}
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

    def glyph_outline(self, glyph: int) -> str:
        """PDF path operators drawing ``glyph`` in font units (an em is ``units_per_em``).

        For marks HarfBuzz raises or lowers (a shadda over a lam, a fatha over that
        shadda): drawn as a shape beside the text, while an invisible glyph in the
        text itself carries the mark's letter. A text rise (PDF's Ts) would place them
        as well, but PDF readers then read the mark as a line of its own.
        """
        outline = self._outlines.get(glyph)
        if outline is None:
            pen = _PathPen()
            self.harfbuzz_font.draw_glyph_with_pen(glyph, pen)
            outline = self._outlines[glyph] = " ".join(pen.operators)
        return outline

    @property
    def units_per_em(self) -> int:
        return self.hbFace.upem

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
        texts = [(code, self._texts.get(char, chr(char))) for code, char in enumerate(subset)]
        entries = [
            f"<{code:02X}> <{text.encode('utf-16-be').hex().upper()}>"
            for code, text in texts
            if text  # a glyph that stands for nothing (a split-off part) reads as nothing
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


def _n(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


class _PathPen:
    """A fontTools-style pen writing PDF path operators (quadratic curves as cubic)."""

    def __init__(self) -> None:
        self.operators: list[str] = []
        self._current = (0.0, 0.0)

    def moveTo(self, point) -> None:  # noqa: N802 - the pen protocol's names
        self.operators.append(f"{_n(point[0])} {_n(point[1])} m")
        self._current = point

    def lineTo(self, point) -> None:  # noqa: N802
        self.operators.append(f"{_n(point[0])} {_n(point[1])} l")
        self._current = point

    def curveTo(self, *points) -> None:  # noqa: N802
        (x1, y1), (x2, y2), (x3, y3) = points
        self.operators.append(" ".join(map(_n, (x1, y1, x2, y2, x3, y3))) + " c")
        self._current = points[-1]

    def qCurveTo(self, *points) -> None:  # noqa: N802
        # Off-curve points in a row imply on-curve points half-way between them.
        *controls, end = points
        for index, control in enumerate(controls):
            if index + 1 < len(controls):
                following = controls[index + 1]
                target = ((control[0] + following[0]) / 2, (control[1] + following[1]) / 2)
            else:
                target = end
            x0, y0 = self._current
            c1 = (x0 + 2 / 3 * (control[0] - x0), y0 + 2 / 3 * (control[1] - y0))
            c2 = (target[0] + 2 / 3 * (control[0] - target[0]),
                  target[1] + 2 / 3 * (control[1] - target[1]))  # fmt: skip
            self.curveTo(c1, c2, target)

    def closePath(self) -> None:  # noqa: N802
        self.operators.append("h")

    def endPath(self) -> None:  # noqa: N802
        pass


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
