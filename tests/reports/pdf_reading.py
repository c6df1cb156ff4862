"""Reading our PDFs back: the words on a page, where each one was drawn, and with
which glyphs.

For positions we decode the content stream ourselves (text operators and the
fonts' ToUnicode maps) instead of using pypdf's text extraction, which reorders
Arabic-script characters by its own rules (Persian digits included) and so would
hide exactly the mistakes these tests look for. For glyphs we open the embedded
font subsets and match each glyph's outline with the original font's glyphs, so a
test can tell a mirrored bracket or a joined letter form from what it stands for.
"""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream, TextStringObject

BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
BFRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@dataclass(frozen=True)
class Placed:
    drawn: str  # characters in the order they were put on the page, left to right
    x: float
    y: float
    font: str
    codes: tuple[int, ...] = ()  # the character codes shown, in the font's subset
    size: float = 0.0  # font size in points
    width: float = 0.0  # in points, as the PDF's glyph widths and TJ adjustments say

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def text(self) -> str:
        """How a reader reads it: Arabic-script words right to left, letters unjoined."""
        has_arabic_letters = any(
            unicodedata.bidirectional(ch) == "AL" and unicodedata.category(ch).startswith("L")
            for ch in self.drawn
        )
        reading = self.drawn[::-1] if has_arabic_letters else self.drawn
        return unicodedata.normalize("NFKC", reading).strip()


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """pypdf's plain text of each page (fine for Latin and Cyrillic content)."""
    return [page.extract_text() for page in reader(pdf).pages]


def _to_unicode(font) -> dict[int, str]:
    mapping: dict[int, str] = {}
    if "/ToUnicode" not in font:
        return mapping
    data = font["/ToUnicode"].get_object().get_data()
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for low, high, start in BFRANGE.findall(block):
            for offset, code in enumerate(range(int(low, 16), int(high, 16) + 1)):
                mapping[code] = chr(int(start, 16) + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for code, target in BFCHAR.findall(block):
            mapping[int(code, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return mapping


def placed_texts(pdf: bytes, page_number: int = 0) -> list[Placed]:
    """Every text-showing operation on a page with its start position and width."""
    pdf_reader = reader(pdf)
    page = pdf_reader.pages[page_number]
    resources = {name: ref.get_object() for name, ref in page["/Resources"]["/Font"].items()}
    fonts = {name: _to_unicode(font) for name, font in resources.items()}
    widths = {name: _widths(font) for name, font in resources.items()}
    found: list[Placed] = []
    font_name, size, x, y = "", 0.0, 0.0, 0.0
    moved = True  # a Tm since the last text: the next text starts a new piece
    for operands, operator in ContentStream(page.get_contents(), pdf_reader).operations:
        if operator == b"Tf":
            font_name, size = operands[0], float(operands[1])
        elif operator == b"Tm":
            x, y = float(operands[4]), float(operands[5])
            moved = True
        elif operator in (b"Tj", b"TJ"):
            pieces = operands[0] if operator == b"TJ" else [operands[0]]
            raw = b"".join(_bytes(piece) for piece in pieces if isinstance(piece, str | bytes))
            mapping = fonts.get(font_name, {})
            drawn = "".join(mapping.get(code, chr(code)) for code in raw)
            advance = sum(widths[font_name].get(code, 0) for code in raw) - sum(
                float(piece) for piece in pieces if not isinstance(piece, str | bytes)
            )
            width = advance * size / 1000
            if not moved and found:  # a change of font subset continues the word
                last = found.pop()
                found.append(
                    Placed(
                        last.drawn + drawn,
                        last.x,
                        last.y,
                        last.font,
                        last.codes + tuple(raw),
                        last.size,
                        last.width + width,
                    )  # fmt: skip
                )
            else:
                found.append(
                    Placed(drawn, round(x, 2), round(y, 2), str(font_name), tuple(raw), size, width)
                )
            moved = False
    return [piece for piece in found if piece.drawn.strip()]


def _widths(font) -> dict[int, float]:
    first = int(font.get("/FirstChar", 0))
    return {first + index: float(width) for index, width in enumerate(font.get("/Widths", []))}


def reading_line(placed: list[Placed], y: float, *, rtl: bool) -> str:
    """One line as a reader reads it: pieces right to left (or left to right), with a
    space wherever the page shows a gap between two pieces."""
    pieces = sorted(line_at(placed, y), key=lambda piece: piece.x, reverse=rtl)
    text = ""
    for previous, piece in zip([None, *pieces], pieces, strict=False):
        if previous is not None:
            gap = previous.x - piece.right if rtl else piece.x - previous.right
            text += " " if gap > 0.8 else ""
        text += piece.text
    return text


def _bytes(piece: str | bytes) -> bytes:
    # pypdf decodes string operands as text; the codes we need are the raw bytes.
    if isinstance(piece, TextStringObject):
        return piece.get_original_bytes()
    return bytes(piece) if isinstance(piece, bytes) else piece.encode("latin-1")


def line_at(placed: list[Placed], y: float, tolerance: float = 1.0) -> list[Placed]:
    """The texts drawn on one baseline, left to right."""
    return sorted((p for p in placed if abs(p.y - y) <= tolerance), key=lambda p: p.x)


def find(placed: list[Placed], text: str) -> Placed:
    matches = [p for p in placed if p.text == text]
    assert matches, f"{text!r} not drawn; drawn: {[p.text for p in placed]}"
    return matches[0]


def find_phrase(placed: list[Placed], phrase: str) -> Placed:
    """A right-to-left phrase drawn word by word: its words on one baseline, each
    further left than the one before. Returns the first (rightmost) word."""
    first, *rest = phrase.split()
    for start in (p for p in placed if p.text == first):
        previous = start
        for word in rest:
            following = [
                p for p in placed if p.text == word and abs(p.y - start.y) < 1 and p.x < previous.x
            ]
            if not following:
                break
            previous = max(following, key=lambda p: p.x)
        else:
            return start
    raise AssertionError(f"{phrase!r} not drawn right to left; drawn: {[p.text for p in placed]}")


def glyph_names(pdf: bytes, piece: Placed, page_number: int = 0) -> list[frozenset[str]]:
    """The original font's names for each glyph of ``piece``, left to right (a set:
    fonts reuse one outline under several names, Arabic and Farsi yeh for one).

    Only pieces drawn in one font subset (most words) can be named this way.
    """
    page = reader(pdf).pages[page_number]
    font = page["/Resources"]["/Font"][piece.font].get_object()
    descriptor = font["/FontDescriptor"].get_object()
    subset = TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data()))
    original = _outlines("Bold" in str(font["/BaseFont"]))
    code_to_glyph = subset["cmap"].tables[0].cmap
    return [
        original.get(_outline(subset, code_to_glyph[code]), frozenset()) for code in piece.codes
    ]


def drawn_with(pdf: bytes, piece: Placed, names: list[str], page_number: int = 0) -> bool:
    """Whether ``piece`` was drawn with exactly these glyphs, left to right."""
    drawn = glyph_names(pdf, piece, page_number)
    return len(drawn) == len(names) and all(
        name in found for name, found in zip(names, drawn, strict=True)
    )


FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"


@lru_cache(maxsize=2)
def _outlines(bold: bool) -> dict[tuple, frozenset[str]]:
    font = TTFont(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"))
    names: dict[tuple, set[str]] = {}
    for name in font.getGlyphOrder():
        names.setdefault(_outline(font, name), set()).add(name)
    return {outline: frozenset(same) for outline, same in names.items()}


def _outline(font: TTFont, name: str) -> tuple:
    glyf = font["glyf"]
    coordinates, ends, _flags = glyf[name].getCoordinates(glyf)
    return tuple(coordinates), tuple(ends), font["hmtx"][name][0]
