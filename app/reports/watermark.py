"""A status written across every page: a draft, rejected, expired or cancelled
document must never pass for a valid offer or order.

Drawn over the content, translucent, corner to corner, in the document's language;
it is real text, so "DRAFT" or "مسودة" can be found in the file as well.
"""

from __future__ import annotations

import math

from reportlab.lib.colors import HexColor
from reportlab.pdfgen.canvas import Canvas

from app.reports.bidi_layout import layout_text
from app.reports.fonts import BOLD
from app.reports.text_drawing import TextBatch

COLOR = HexColor("#B03A2E")
OPACITY = 0.16
LARGEST = 110.0

# Which statuses are marked, per kind of document (the catalogue key of the mark).
QUOTE_MARKS = {"draft": "watermark_draft", "rejected": "watermark_rejected",
               "expired": "watermark_expired"}  # fmt: skip
ORDER_MARKS = {"draft": "watermark_draft", "cancelled": "watermark_cancelled"}


def draw_watermark(canvas: Canvas, text: str, *, width: float, height: float, rtl: bool) -> None:
    angle = math.atan2(height, width)
    room = 0.8 * math.hypot(width, height)
    size = LARGEST
    line = layout_text(text, font_name=BOLD, size=size, width=1e6, rtl=rtl)[0]
    if line.width > room:
        size = LARGEST * room / line.width
        line = layout_text(text, font_name=BOLD, size=size, width=1e6, rtl=rtl)[0]
    cos, sin = math.cos(angle), math.sin(angle)
    # Centred on the page: back half the text's length along the diagonal, and down
    # a third of the size across it so the letters' middle sits on the centre.
    x = width / 2 - line.width / 2 * cos + size * 0.35 * sin
    y = height / 2 - line.width / 2 * sin - size * 0.35 * cos
    canvas.saveState()
    canvas.setFillAlpha(OPACITY)
    batch = TextBatch(canvas)
    batch.set_color(COLOR)
    batch.set_font(BOLD, size)
    for segment in line.segments:
        batch.place(
            x + segment.x * cos, y + segment.x * sin, segment.shaped, angle=math.degrees(angle)
        )
    batch.draw()
    canvas.restoreState()
