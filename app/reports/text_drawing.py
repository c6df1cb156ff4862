"""Laid-out lines onto the page: PDF text operators written by us, not by ReportLab.

ReportLab's text object sets font and colour for every string and draws shaped
text only through characters; here a whole table row goes into one text object,
font and colour are written only when they change, and shaped glyphs are drawn by
their glyph keys (``fonts.SearchableTTFont``), positioned exactly as HarfBuzz
placed them. Right-to-left words are drawn in visual order, left to right, with
real spaces between them: that is what PDF readers (PDFium, poppler, pypdf)
expect when they turn a line back into reading order for search and copy.
"""

from __future__ import annotations

import math

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from app.reports.bidi_layout import LaidLine
from app.reports.fonts import document_font
from app.reports.shaping import Shaped


def fp_str(*values: float) -> str:
    """Numbers for PDF operators to a thousandth (of a point, or of an em in TJ):
    finer than any printer, and much faster than ReportLab's pure-Python fp_str."""
    texts = []
    for value in values:
        text = f"{value:.3f}".rstrip("0").rstrip(".")
        texts.append("0" if text in ("", "-0") else text)
    return " ".join(texts)


class TextBatch:
    """Many pieces of text in one PDF text object (say, a whole table row)."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.text_object = canvas.beginText()
        self.code: list[str] = self.text_object._code  # the operators between BT and ET
        self._font: tuple[str, float] | None = None
        self._subset: tuple[str, int, float] | None = None
        self._color: Color | None = None
        self._outlines: list[str] = []  # outline glyphs, drawn after the text object

    def set_font(self, font_name: str, size: float) -> None:
        self._font = (font_name, size)

    def set_color(self, color: Color) -> None:
        if self._color != color:
            self.code.append(f"{fp_str(*color.rgb())} rg")
            self._color = color

    def place(self, x: float, y: float, shaped: Shaped, *, angle: float = 0.0) -> None:
        """Draw ``shaped`` with its left end at (x, y), turned ``angle`` degrees."""
        assert self._font is not None, "set_font first"
        if angle:
            cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
            self.code.append(f"{fp_str(cos, sin, -sin, cos, x, y)} Tm")
        else:
            self.code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        self._show(shaped)
        if shaped.outlines:
            self._queue_outlines(x, y, shaped, angle)

    def _show(self, shaped: Shaped) -> None:
        font_name, size = self._font
        font = document_font(font_name)
        escape = self.canvas._escape
        positions = shaped.positions
        index = 0
        for subset, codes in font.splitString(shaped.keys, self.canvas._doc):
            if self._subset != (font_name, subset, size):
                name = font.getSubsetInternalName(subset, self.canvas._doc)
                self.code.append(f"{name} {fp_str(size)} Tf")
                self._subset = (font_name, subset, size)
            if positions is None:
                self.code.append(f"({escape(codes)}) Tj")
                continue
            items: list[str] = []
            for code in codes:
                position = positions[index]
                index += 1
                if position.x_offset:
                    items.append(fp_str(-position.x_offset))
                items.append(f"({escape(bytes((code,)))})")
                # The viewer moves by the glyph's own width; HarfBuzz wants x_advance.
                after = position.width - position.x_advance + position.x_offset
                if after:
                    items.append(fp_str(after))
            self._flush(items)

    def _queue_outlines(self, x: float, y: float, shaped: Shaped, angle: float) -> None:
        font_name, size = self._font
        font = document_font(font_name)
        scale = size / font.units_per_em
        color = f"{fp_str(*self._color.rgb())} rg" if self._color is not None else ""
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        for mark in shaped.outlines:
            dx, dy = mark.x * size / 1000, mark.y * size / 1000
            origin = (x + dx * cos - dy * sin, y + dx * sin + dy * cos)
            matrix = fp_str(scale * cos, scale * sin, -scale * sin, scale * cos, *origin)
            self._outlines.append(f"q {color} {matrix} cm {font.glyph_outline(mark.glyph)} f Q")

    def _flush(self, items: list[str]) -> None:
        if items:
            self.code.append(f"[{' '.join(items)}] TJ")
            items.clear()

    def draw(self) -> None:
        self.canvas.drawText(self.text_object)
        for outline in self._outlines:
            self.canvas._code.append(outline)


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
        batch.place(origin + segment.x, y, segment.shaped)
