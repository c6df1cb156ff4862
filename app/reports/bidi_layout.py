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
3. **Draw each run shaped** (``app.reports.shaping``) in the run's own direction,
   left to right across the page. Words of right-to-left runs are drawn one by
   one, so a PDF reader (and our tests) can see where each word sits.

Values set into a sentence ("due {date}", a customer's title in another script)
travel inside **directional isolates** (U+2066-U+2069), so the sentence around
them is never affected by their direction and they keep their own order and
punctuation (rules X5a-X5c, BD13). python-bidi's algorithm predates isolates, so
this module applies them the way UAX #9 defines them: from outside, an isolate is
one neutral character (U+FFFC here); inside, it is laid out on its own, with its
direction taken from its own first strong letter (FSI) or given (LRI, RLI).

Callers get ``LaidLine`` objects with a width and a direction, and draw them
aligned left, right or centre between two x positions (``text_drawing``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from bidi import algorithm as bidi_algorithm
from reportlab.pdfbase import pdfmetrics

from app.reports.shaping import Shaped, has_rtl, needs_shaping, shape, text_width

SPACES = re.compile(r"( +)")
DIGIT = "[0-9\u0660-\u0669\u06f0-\u06f9]"
PLAIN_NUMBER = re.compile(f"{DIGIT}+(?:[.,\u066b\u066c\u00a0\u202f]{DIGIT}+)*")

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
ISOLATE_DIRECTION = {LRI: False, RLI: True, FSI: None}  # None: from the isolate's own text
ISOLATED = "\ufffc"  # stands in for a whole isolate when the text around it is resolved


def isolate(value: str) -> str:
    """``value`` as a first-strong isolate: its direction comes from its own letters."""
    return f"{FSI}{value}{PDI}" if value else ""


def left_to_right(value: str) -> str:
    """``value`` as a left-to-right isolate: a phone number, an e-mail address, an IBAN,
    whose digits and signs must keep their order whatever surrounds them ("+971 50
    555 0123" would otherwise print "0123 555 50 971+" in an Arabic document)."""
    return f"{LRI}{value}{PDI}" if value else ""


@dataclass(frozen=True)
class Segment:
    """A piece of text drawn at ``x`` points from the line's left edge."""

    shaped: Shaped
    x: float

    @property
    def width(self) -> float:
        return self.shaped.width


@dataclass(frozen=True)
class LaidLine:
    segments: tuple[Segment, ...]
    width: float
    rtl: bool = False  # the direction of the paragraph the line belongs to


def break_lines(text: str, *, font_name: str, size: float, width: float) -> list[str]:
    """Wrap ``text`` to ``width`` points, in logical order; newlines are kept.

    An isolate cut by a line break is closed at the end of the line and opened
    again at the start of the next, so each line stands on its own.
    """
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
        wrapped: list[str] = []
        for word in paragraph.split():
            word_width = text_width(word, font_name, size)
            extra = word_width + (space if current else 0.0)
            if current and current_width + extra > width:
                wrapped.append(" ".join(current))
                current, current_width = [], 0.0
                extra = word_width
            if not current and word_width > width:
                # A word wider than the column (a long product code): cut it.
                pieces = split_long_word(word, font_name=font_name, size=size, width=width)
                wrapped.extend(pieces[:-1])
                word = pieces[-1]
                extra = text_width(word, font_name, size)
            current.append(word)
            current_width += extra
        wrapped.append(" ".join(current))
        lines.extend(balance_isolates(wrapped))
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


def balance_isolates(lines: list[str]) -> list[str]:
    """Close every isolate still open at a line's end; reopen it on the next line."""
    if not any(ch in ISOLATE_DIRECTION for line in lines for ch in line):
        return lines
    balanced: list[str] = []
    still_open: list[str] = []
    for line in lines:
        opened = list(still_open)
        for ch in line:
            if ch in ISOLATE_DIRECTION:
                opened.append(ch)
            elif ch == PDI and opened:
                opened.pop()
        balanced.append("".join(still_open) + line + PDI * len(opened))
        still_open = opened
    return balanced


def split_isolates(line: str) -> tuple[str, list[tuple[str, bool | None]]]:
    """(the line with each outermost isolate replaced by ``ISOLATED``, the isolates
    as (inner text, direction or None for first-strong)) in logical order."""
    if not any(ch in ISOLATE_DIRECTION for ch in line):
        return line.replace(PDI, ""), []
    outer: list[str] = []
    isolates: list[tuple[str, bool | None]] = []
    depth, start, direction = 0, 0, None
    for index, ch in enumerate(line):
        if ch in ISOLATE_DIRECTION:
            if depth == 0:
                start, direction = index + 1, ISOLATE_DIRECTION[ch]
            depth += 1
        elif ch == PDI:
            if depth == 1:
                isolates.append((line[start:index], direction))
                outer.append(ISOLATED)
            depth = max(depth - 1, 0)  # an unmatched PDI is ignored (rule X6a)
        elif depth == 0:
            outer.append(ch)
    if depth:  # an isolate left open runs to the end of the line (rule X6a)
        isolates.append((line[start:], direction))
        outer.append(ISOLATED)
    return "".join(outer), isolates


def first_strong_is_rtl(text: str) -> bool | None:
    """Rules P2-P3: the direction of the first strong letter, outside isolates."""
    outer, _ = split_isolates(text)
    for ch in outer:
        bidi_class = unicodedata.bidirectional(ch)
        if bidi_class == "L":
            return False
        if bidi_class in ("R", "AL"):
            return True
    return None


def visual_runs(line: str, *, rtl: bool) -> list[tuple[str, bool]]:
    """Split one line into directional runs, left to right on the page.

    Each run is (its text in logical order, True if it reads right to left).
    """
    outer, isolates = split_isolates(line)
    if not isolates:
        return [(outer[start:end], run_rtl) for start, end, run_rtl in _level_runs(outer, rtl=rtl)]
    isolate_at = {}
    for index, ch in enumerate(outer):
        if ch == ISOLATED:
            isolate_at[index] = isolates[len(isolate_at)]
    runs: list[tuple[str, bool]] = []
    for start, end, run_rtl in _level_runs(outer, rtl=rtl):
        pieces: list[list[tuple[str, bool]]] = []  # logical order
        piece_start = start
        for index in range(start, end):
            if index in isolate_at:
                pieces.append([(outer[piece_start:index], run_rtl)])
                inner, direction = isolate_at[index]
                if direction is None:
                    direction = bool(first_strong_is_rtl(inner))
                pieces.append(visual_runs(inner, rtl=direction))
                piece_start = index + 1
        pieces.append([(outer[piece_start:end], run_rtl)])
        for piece in reversed(pieces) if run_rtl else pieces:
            runs.extend(run for run in piece if run[0])
    return runs


def _level_runs(line: str, *, rtl: bool) -> list[tuple[int, int, bool]]:
    """(start, end, right-to-left) of each run of one embedding level, in visual order."""
    if not line:
        return []
    if not rtl and not has_rtl(line):
        return [(0, len(line), False)]
    if PLAIN_NUMBER.fullmatch(line):
        # Digits joined by separators resolve to one left-to-right run at any base
        # level (rules W4, I1, I2); amounts fill most cells of a right-to-left table.
        return [(0, len(line), False)]
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
    runs: list[tuple[int, int, bool]] = []
    run: list[int] = []
    run_level = None
    for char in storage["chars"]:  # now in visual order, each with its resolved level
        if char["level"] != run_level and run:
            runs.append(_span(run, run_level))
            run = []
        run_level = char["level"]
        run.append(char["index"])
    if run:
        runs.append(_span(run, run_level))
    return runs


def _span(indexes: list[int], level: int | None) -> tuple[int, int, bool]:
    # Spanning from the first to the last index (rather than joining the characters)
    # keeps the zero-width joiners and non-joiners that rule X9 set aside: Persian
    # needs its ZWNJ (U+200C) to print "پیش‌فاکتور" with the right letter forms.
    return min(indexes), max(indexes) + 1, bool(level and level % 2)


def layout_line(line: str, *, font_name: str, size: float, rtl: bool) -> LaidLine:
    """Place the runs and words of one line, left to right, from x = 0."""
    segments: list[Segment] = []
    space = pdfmetrics.stringWidth(" ", font_name, size)
    x = 0.0
    for run_text, run_rtl in visual_runs(line, rtl=rtl):
        if not run_rtl:
            shaped = shape(run_text, font_name, size, False)
            if shaped.keys.strip():
                segments.append(Segment(shaped, x))
            x += shaped.width
            continue
        tokens = [token for token in SPACES.split(run_text) if token]
        for token in reversed(tokens):  # a right-to-left run's first word is rightmost
            if token.startswith(" "):
                # Drawn, not skipped: a reader turning the run back into reading
                # order needs the spaces to tell the words apart.
                shaped = Shaped(token, space * len(token))
            else:
                shaped = shape(token, font_name, size, True)
            if shaped.keys:
                segments.append(Segment(shaped, x))
            x += shaped.width
    return LaidLine(tuple(segments), x, rtl)


def paragraph_is_rtl(text: str, *, document_rtl: bool) -> bool:
    """The base direction of one paragraph, from its own text.

    In a right-to-left document any Arabic or Persian letter makes the paragraph
    right-to-left; a purely Latin line (a company name, an address, an e-mail)
    stays left-to-right so "12 Harbour Road" and "Ltd." keep their order. In a
    left-to-right document the first strong letter decides (rule P2 of the bidi
    algorithm), so an Arabic note in an English quote reads right to left. Text
    inside isolates does not count, and a paragraph with no strong letter of its
    own (numbers, dates, a sentence made only of isolated values) takes the
    document's direction.
    """
    if not document_rtl and not has_rtl(text):
        return False
    outer, _ = split_isolates(text)
    strong = [cls for cls in map(unicodedata.bidirectional, outer) if cls in ("L", "R", "AL")]
    if not strong:
        return document_rtl
    if document_rtl:
        return any(cls != "L" for cls in strong)
    return strong[0] != "L"


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
                    LaidLine(
                        (Segment(Shaped(paragraph, natural), 0.0),) if paragraph else (), natural
                    )
                )
                continue
        paragraph_rtl = paragraph_is_rtl(paragraph, document_rtl=rtl)
        laid.extend(
            layout_line(line, font_name=font_name, size=size, rtl=paragraph_rtl)
            for line in break_lines(paragraph, font_name=font_name, size=size, width=width)
        )
    return tuple(laid)
