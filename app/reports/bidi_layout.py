"""Right-to-left (and mixed) line layout on top of ReportLab, in one place.

ReportLab 5 shapes Arabic with HarfBuzz, but its right-to-left layout needs
``rlbidi``, which is not on PyPI; without it Arabic words come out left to right and
Persian ``۱۲۳`` as ``۳۲۱``, and reordering a whole paragraph before ReportLab wraps it
puts the wrapped lines in reverse order. So the work is split the way the Unicode
bidi algorithm (UAX #9) itself splits it:

1. **Break lines in logical order** (the order the text was typed), measuring each
   word's shaped width with the same font ReportLab draws it in.
2. **Reorder each line on its own** with python-bidi: embedding levels and the
   visual reordering (rules X1-L2) come from the library, never from our code.
3. **Draw each run shaped** with HarfBuzz in the run's own direction, left to right
   across the page. Words of right-to-left runs are drawn one by one, so a PDF
   reader (and our tests) can see where each word sits.

Callers get ``LaidLine`` objects with a width, and draw them aligned left, right or
centre between two x positions.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import uharfbuzz
from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

# Zero-width direction marks steer the bidi algorithm but have no glyph to draw
# (Babel puts U+200F/U+061C around Arabic amounts).
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
)
RTL_CLASSES = frozenset({"R", "AL", "AN", "RLE", "RLO", "RLI"})
SPACES = re.compile(r"( +)")
DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
PLAIN_NUMBER = re.compile(f"{DIGIT}+(?:[.,\u066b\u066c\u00a0\u202f]{DIGIT}+)*")
HARFBUZZ_FEATURES = {"kern": True, "liga": True}


@dataclass(frozen=True)
class Segment:
    """A piece of text drawn at ``x`` points from the line's left edge."""

    text: str  # a ReportLab ShapedStr when HarfBuzz changed anything
    x: float
    width: float


@dataclass(frozen=True)
class LaidLine:
    segments: tuple[Segment, ...]
    width: float


# Latin, Cyrillic, Greek (below U+0590), Arabic-Indic and Persian digits with their
# separators and percent sign: one glyph per character, no contextual forms.
BEYOND_SIMPLE_SCRIPTS = re.compile("[^\u0000-\u058f\u0660-\u066c\u066a\u06f0-\u06f9]")


def needs_shaping(text: str) -> bool:
    return BEYOND_SIMPLE_SCRIPTS.search(text) is not None


def has_rtl(text: str) -> bool:
    # Cheap test first: most text in most documents has nothing past U+058F.
    if not needs_shaping(text):
        return False
    return any(unicodedata.bidirectional(ch) in RTL_CLASSES for ch in text)


@lru_cache(maxsize=20000)
def shape(text: str, font_name: str, size: float, rtl: bool) -> tuple[str, float]:
    """``text`` in logical order -> (drawable string, width in points).

    The direction is given, not guessed: HarfBuzz would guess right-to-left for
    Persian digits (Arabic script) and draw ``۱۲۳`` backwards.
    """
    text = text.translate(BIDI_CONTROLS)
    if not text:
        return "", 0.0
    if not needs_shaping(text):
        return text, pdfmetrics.stringWidth(text, font_name, size)
    ttf = pdfmetrics.getFont(font_name)
    hb_font = ttf.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl" if rtl else "ltr"
    uharfbuzz.shape(hb_font, buffer, HARFBUZZ_FEATURES)
    characters: list[str] = []
    shape_data: list[ShapeData] = []
    advance_total = 0.0
    positioned = False
    # Map glyphs back to characters the way ReportLab's own shapeFragWord does,
    # so its text object can subset and position them (ttfonts.ShapedStr).
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        glyph = info.codepoint
        try:
            char_code = ttf.face.glyphToChar[glyph][0]
        except KeyError:
            char_code = ttf.hbAddPrivate(hb_font.glyph_to_string(glyph), glyph, position.x_advance)
        data = ShapeData(
            info.cluster,
            ttf.pdfScale(position.x_advance),
            ttf.pdfScale(position.y_advance),
            ttf.pdfScale(position.x_offset),
            ttf.pdfScale(position.y_offset),
            ttf.face.charWidths[char_code],
        )
        positioned = (
            positioned or bool(data.x_offset or data.y_offset) or data.x_advance != data.width
        )
        advance_total += data.x_advance
        characters.append(chr(char_code))
        shape_data.append(data)
    drawn = "".join(characters)
    width = advance_total * size / 1000
    if not positioned:
        # Every glyph sits at its own advance (most Arabic words): a plain string
        # of the shaped forms draws the same and far faster than a ShapedStr.
        return drawn, width
    if shape_data[0].y_offset:
        # A word that ends in a raised mark (Persian "متحدهٔ") starts, drawn right to
        # left, with that mark; ReportLab 5.1 fails on a shaped string whose first
        # glyph is raised, so lead with a space of no advance.
        shape_data.insert(0, ShapeData(shape_data[0].cluster, 0, 0, 0, 0, ttf.face.charWidths[32]))
        drawn = " " + drawn
    return ShapedStr(drawn, shapeData=shape_data), width


def text_width(text: str, font_name: str, size: float) -> float:
    return sum(shape(word, font_name, size, has_rtl(word))[1] for word in text.split(" ")) + (
        text.count(" ") * pdfmetrics.stringWidth(" ", font_name, size)
    )


def break_lines(text: str, *, font_name: str, size: float, width: float) -> list[str]:
    """Wrap ``text`` to ``width`` points, in logical order; newlines are kept."""
    width += 0.01  # a text measured to fit exactly must not wrap on a rounding error
    space = pdfmetrics.stringWidth(" ", font_name, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if (
            not needs_shaping(paragraph)
            and pdfmetrics.stringWidth(paragraph, font_name, size) <= width
        ):
            lines.append(" ".join(paragraph.split()))  # fits as it is: the common case
            continue
        current: list[str] = []
        current_width = 0.0
        for word in paragraph.split():
            word_width = text_width(word, font_name, size)
            extra = word_width + (space if current else 0.0)
            if current and current_width + extra > width:
                lines.append(" ".join(current))
                current, current_width = [], 0.0
                extra = word_width
            if not current and word_width > width:
                # A word wider than the column (a long product code): cut it.
                pieces = split_long_word(word, font_name=font_name, size=size, width=width)
                lines.extend(pieces[:-1])
                word = pieces[-1]
                extra = text_width(word, font_name, size)
            current.append(word)
            current_width += extra
        lines.append(" ".join(current))
    return lines


def split_long_word(word: str, *, font_name: str, size: float, width: float) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and text_width(current + ch, font_name, size) > width:
            pieces.append(current)
            current = ""
        current += ch
    pieces.append(current)
    return pieces


def visual_runs(line: str, *, rtl: bool) -> list[tuple[str, bool]]:
    """Split one line into directional runs, left to right on the page.

    Each run is (its text in logical order, True if it reads right to left).
    """
    if not rtl and not has_rtl(line):
        return [(line, False)]
    if PLAIN_NUMBER.fullmatch(line):
        # Digits joined by separators resolve to one left-to-right run at any base
        # level (rules W4, I1, I2); amounts fill most cells of a right-to-left table.
        return [(line, False)]
    storage = bidi_algorithm.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    bidi_algorithm.get_embedding_levels(line, storage)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index  # survives reordering: where the character was typed
    bidi_algorithm.explicit_embed_and_overrides(storage)
    bidi_algorithm.resolve_weak_types(storage)
    bidi_algorithm.resolve_neutral_types(storage, False)
    bidi_algorithm.resolve_implicit_levels(storage, False)
    bidi_algorithm.reorder_resolved_levels(storage, False)  # rules L1 and L2
    runs: list[tuple[str, bool]] = []
    run: list[int] = []
    run_level = None
    for char in storage["chars"]:  # now in visual order, each with its resolved level
        if char["level"] != run_level and run:
            runs.append(_run(line, run, run_level))
            run = []
        run_level = char["level"]
        run.append(char["index"])
    if run:
        runs.append(_run(line, run, run_level))
    return runs


def _run(line: str, indexes: list[int], level: int | None) -> tuple[str, bool]:
    # Slicing the original line (rather than joining the characters) keeps the
    # zero-width joiners and non-joiners that rule X9 set aside: Persian needs
    # its ZWNJ (U+200C) to print "پیش‌فاکتور" with the right letter forms.
    return line[min(indexes) : max(indexes) + 1], bool(level and level % 2)


def layout_line(line: str, *, font_name: str, size: float, rtl: bool) -> LaidLine:
    """Place the runs and words of one line, left to right, from x = 0."""
    segments: list[Segment] = []
    space = pdfmetrics.stringWidth(" ", font_name, size)
    x = 0.0
    for run_text, run_rtl in visual_runs(line, rtl=rtl):
        if not run_rtl:
            drawable, width = shape(run_text, font_name, size, False)
            if drawable.strip():
                segments.append(Segment(drawable, x, width))
            x += width
            continue
        tokens = [token for token in SPACES.split(run_text) if token]
        for token in reversed(tokens):  # a right-to-left run's first word is rightmost
            if token.startswith(" "):
                x += space * len(token)
                continue
            drawable, width = shape(token, font_name, size, True)
            if drawable:
                segments.append(Segment(drawable, x, width))
            x += width
    return LaidLine(tuple(segments), x)


def paragraph_is_rtl(text: str, *, document_rtl: bool) -> bool:
    """The base direction of one paragraph.

    In a right-to-left document any Arabic or Persian letter makes the paragraph
    right-to-left, and so does text with no strong letter at all (numbers, dates);
    a purely Latin line (a company name, an address, an e-mail) stays left-to-right
    so "12 Harbour Road" and "Ltd." keep their order. In a left-to-right document
    the first strong letter decides (rule P2 of the bidi algorithm).
    """
    if not document_rtl and not has_rtl(text):
        return False
    classes = [unicodedata.bidirectional(ch) for ch in text]
    strong = [cls for cls in classes if cls in ("L", "R", "AL")]
    if document_rtl:
        return not strong or any(cls != "L" for cls in strong)
    return bool(strong) and strong[0] != "L"


@lru_cache(maxsize=20000)
def layout_text(
    text: str, *, font_name: str, size: float, width: float, rtl: bool
) -> tuple[LaidLine, ...]:
    """Wrap and lay out ``text``; ``rtl`` is the document's direction."""
    laid: list[LaidLine] = []
    for paragraph in text.split("\n"):
        if not rtl and not needs_shaping(paragraph):
            # Latin or Cyrillic in a left-to-right document, the bulk of most tables:
            # one measurement decides, and a line that fits is a single segment.
            natural = pdfmetrics.stringWidth(paragraph, font_name, size)
            if natural <= width + 0.01 and paragraph == paragraph.strip():
                laid.append(
                    LaidLine((Segment(paragraph, 0.0, natural),) if paragraph else (), natural)
                )
                continue
        paragraph_rtl = paragraph_is_rtl(paragraph, document_rtl=rtl)
        laid.extend(
            layout_line(line, font_name=font_name, size=size, rtl=paragraph_rtl)
            for line in break_lines(paragraph, font_name=font_name, size=size, width=width)
        )
    return tuple(laid)


class TextBatch:
    """Many pieces of text in one PDF text object (say, a whole table row).

    Font and colour are written only when they change: ReportLab's own
    ``drawString`` opens a text object and sets both for every string.
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text_object: PDFTextObject = canvas.beginText()
        self._font: tuple[str, float] | None = None
        self._color: object = None

    def set_font(self, font_name: str, size: float) -> None:
        if self._font != (font_name, size):
            self.text_object.setFont(font_name, size)
            self._font = (font_name, size)

    def set_color(self, color: object) -> None:
        if self._color != color:
            self.text_object.setFillColor(color)
            self._color = color

    def place(self, x: float, y: float, text: str) -> None:
        self.text_object.setTextOrigin(x, y)
        self.text_object.textLine(text)

    def draw(self) -> None:
        self.canvas.drawText(self.text_object)


def draw_line(
    batch: TextBatch,
    line: LaidLine,
    *,
    left: float,
    right: float,
    y: float,
    align: str,
    font_name: str,
    size: float,
) -> None:
    """Add a laid-out line between ``left`` and ``right``; align is left|right|center."""
    if align == "right":
        origin = right - line.width
    elif align == "center":
        origin = (left + right - line.width) / 2
    else:
        origin = left
    batch.set_font(font_name, size)
    for segment in line.segments:
        batch.place(origin + segment.x, y, segment.text)
