"""Text to glyphs: HarfBuzz shaping in a given direction, and the width of the result.

Latin, Cyrillic and the digits need no shaping: one glyph per character, drawn as
the characters themselves. Arabic script is shaped by HarfBuzz, which joins the
letters and, in right-to-left text, draws mirrored characters (brackets, "<",
"«": Unicode's Bidi_Mirrored property, bidi rule L4) with their mirror glyph. Every
shaped glyph is drawn through a glyph key (``fonts.SearchableTTFont.glyph_key``) that
reads back as the letters the glyph stands for, so the PDF's text is the text as
typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

import uharfbuzz
from reportlab.pdfbase import pdfmetrics

from app.reports.fonts import document_font

# Zero-width direction marks and isolates steer the bidi algorithm but have no glyph
# to draw (Babel puts U+200F/U+061C around Arabic amounts).
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
HARFBUZZ_FEATURES = {"kern": True, "liga": True}

# Latin, Cyrillic, Greek (below U+0590), Arabic-Indic and Persian digits with their
# separators and percent sign: one glyph per character, no contextual forms.
BEYOND_SIMPLE_SCRIPTS = re.compile("[^\u0000-\u058f\u0660-\u066c\u066a\u06f0-\u06f9\u2212]")


def needs_shaping(text: str) -> bool:
    return BEYOND_SIMPLE_SCRIPTS.search(text) is not None


def has_rtl(text: str) -> bool:
    # Cheap test first: most text in most documents has nothing past U+058F.
    if not needs_shaping(text):
        return False
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


def has_mirrored(text: str) -> bool:
    return any(unicodedata.mirrored(ch) for ch in text)


@dataclass(frozen=True)
class GlyphPosition:
    """Where HarfBuzz puts one glyph, in thousandths of the font size."""

    x_advance: float
    x_offset: float
    y_offset: float
    width: float  # the glyph's own advance, which a PDF viewer moves by


@dataclass(frozen=True)
class OutlineGlyph:
    """A glyph drawn as a shape beside the text, at (x, y) thousandths of the font
    size from the run's origin: a mark HarfBuzz moved up or down (a fatha over a
    shadda), or a mark that stands for no letter of its own."""

    glyph: int
    x: float
    y: float


@dataclass(frozen=True)
class Shaped:
    """Text ready to draw: one character per glyph, drawn left to right."""

    keys: str  # the font's characters, or glyph keys for shaped glyphs
    width: float  # in points at the size it was shaped for
    positions: tuple[GlyphPosition, ...] | None = None  # None: each glyph at its own advance
    outlines: tuple[OutlineGlyph, ...] = ()  # drawn as shapes (fonts.glyph_outline)


EMPTY = Shaped("", 0.0)


@lru_cache(maxsize=20000)
def shape(text: str, font_name: str, size: float, rtl: bool) -> Shaped:
    """``text`` in logical order, drawn in the direction given.

    The direction is given, not guessed: HarfBuzz would guess right-to-left for
    Persian digits (Arabic script) and draw ``۱۲۳`` backwards.
    """
    text = text.translate(BIDI_CONTROLS)
    if not text:
        return EMPTY
    if not needs_shaping(text) and not (rtl and has_mirrored(text)):
        return Shaped(text, pdfmetrics.stringWidth(text, font_name, size))
    font = document_font(font_name)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(font.harfbuzz_font, buffer, HARFBUZZ_FEATURES)
    infos, placements = buffer.glyph_infos, buffer.glyph_positions
    texts = _glyph_texts(text, [info.cluster for info in infos], rtl=rtl)
    keys: list[str] = []
    positions: list[GlyphPosition] = []
    outlines: list[OutlineGlyph] = []
    pen = 0.0  # where the next glyph starts, in thousandths of the size
    skipped = 0.0  # advance of outline-only glyphs before the first drawn one
    for info, placement, glyph_text in zip(infos, placements, texts, strict=True):
        glyph = info.codepoint
        position = GlyphPosition(
            font.pdfScale(placement.x_advance),
            font.pdfScale(placement.x_offset),
            font.pdfScale(placement.y_offset),
            font.pdfScale(font.harfbuzz_font.get_glyph_h_advance(glyph)),
        )
        if position.y_offset or not glyph_text:
            outlines.append(OutlineGlyph(glyph, pen + position.x_offset, position.y_offset))
            pen += position.x_advance
            if not glyph_text:  # stands for no letter: nothing in the text at all
                if positions:
                    positions[-1] = replace(
                        positions[-1], x_advance=positions[-1].x_advance + position.x_advance
                    )
                else:
                    skipped += position.x_advance
                continue
            # In the text, an invisible glyph of the same advance carries its letter.
            glyph, position = font.invisible_glyph, GlyphPosition(position.x_advance, 0, 0, 0)
        else:
            pen += position.x_advance
        if skipped:
            position = replace(
                position,
                x_advance=position.x_advance + skipped,
                x_offset=position.x_offset + skipped,
            )
            skipped = 0.0
        carried = ""
        if rtl and len(glyph_text) > 1:
            # A ligature (lam-alef) drawn right to left. Readers turn a right-to-left
            # glyph run back into reading order character by character, which would
            # read its letters backwards; so the ligature stands for its first letter
            # and invisible glyphs on its left carry the others.
            glyph_text, carried = glyph_text[0], glyph_text[1:]
        for letter in reversed(carried):
            keys.append(font.glyph_key(font.invisible_glyph, letter) or "\u200b")
            positions.append(GlyphPosition(0.0, 0.0, 0.0, 0.0))
        keys.append(font.glyph_key(glyph, glyph_text) or _plain_character(font, glyph))
        positions.append(position)
    width = pen * size / 1000
    at_own_advance = all(p.x_advance == p.width and not p.x_offset for p in positions)
    return Shaped(
        "".join(keys), width, None if at_own_advance else tuple(positions), tuple(outlines)
    )


def _glyph_texts(text: str, clusters: list[int], *, rtl: bool) -> list[str]:
    """The letters each glyph stands for: its cluster's text for the cluster's first
    glyph in reading order, nothing for the rest (a mark HarfBuzz split off)."""
    starts = sorted(set(clusters))
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    texts = [""] * len(clusters)
    seen: set[int] = set()
    order = range(len(clusters) - 1, -1, -1) if rtl else range(len(clusters))
    for index in order:
        cluster = clusters[index]
        if cluster not in seen:
            seen.add(cluster)
            texts[index] = text[cluster : ends[cluster]]
    return texts


def _plain_character(font, glyph: int) -> str:
    """A glyph drawn through the font's own character for it (no glyph keys left)."""
    characters = font.face.glyphToChar.get(glyph)
    return chr(characters[0]) if characters else "\u25a1"  # a white square: visibly missing


def text_width(text: str, font_name: str, size: float) -> float:
    return sum(shape(word, font_name, size, has_rtl(word)).width for word in text.split(" ")) + (
        text.count(" ") * pdfmetrics.stringWidth(" ", font_name, size)
    )
