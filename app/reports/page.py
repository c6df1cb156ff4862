"""The page every document is drawn on: A4, margins, a text cursor, the footer.

``PageWriter`` flows blocks down the page and starts a new page when one does not
fit. Positions are given as "start" and "end" rather than left and right, so an
Arabic or Persian document mirrors as a whole (the start side is the right).
The footer with "page X of Y" is drawn when the document is saved, once the
number of pages is known (the canvas keeps each finished page until then).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports import bidi_layout, shaping, text_drawing
from app.reports.catalogue import is_rtl, label
from app.reports.fonts import BOLD, REGULAR, register_fonts
from app.reports.locale_format import localize_digits
from app.reports.watermark import draw_watermark

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
TOP = PAGE_HEIGHT - 16 * mm
BOTTOM = 22 * mm  # room for the footer
ACCENT = HexColor("#1F3A5F")
MUTED = HexColor("#5B6573")
RULE = HexColor("#C9D1DB")
STRIPE = HexColor("#F2F5F8")
TEXT = HexColor("#1B1F24")


class _DeferredFooterCanvas(Canvas):
    """Keeps finished pages so the footer can say "page X of Y" at save time."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._finished_pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._finished_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished_pages)
        for number, state in enumerate(self._finished_pages, start=1):
            self.__dict__.update(state)
            self._footer(self, number, total)
            super().showPage()
        super().save()


def pdf_date(moment: datetime) -> str:
    utc = moment.astimezone(UTC)
    return utc.strftime("D:%Y%m%d%H%M%S+00'00'")


class PageWriter:
    """A cursor over A4 pages in one document language."""

    def __init__(
        self,
        out: BinaryIO,
        *,
        language: str,
        title: str,
        author: str,
        subject: str,
        created_at: datetime,
        footer_text: str,
        page_number: Callable[[int], str] | None = None,
    ) -> None:
        """``page_number``: how the footer writes a page number, when the document's
        figures come formatted from elsewhere (the dashboard, from the screen); by
        default in the language's own digits, as every other figure here."""
        register_fonts()
        self.language = language
        self.page_number = page_number
        self.rtl = is_rtl(language)
        self.footer_text = footer_text
        # invariant=1: no random document id, so equal input gives equal bytes; the
        # creation date is the one given (the time of printing, or fixed in tests).
        self.canvas = _DeferredFooterCanvas(
            out, pagesize=A4, invariant=1, pageCompression=1, footer=self._draw_footer,
            lang=language, initialFontName=REGULAR, initialFontSize=9,
        )  # fmt: skip
        stamp = pdf_date(created_at)
        self.canvas.setDateFormatter(lambda *_parts: stamp)
        self.canvas.setTitle(title)
        self.canvas.setAuthor(author)
        self.canvas.setSubject(subject)
        self.canvas.setCreator("Fieldsales")
        self.left = MARGIN
        self.right = PAGE_WIDTH - MARGIN
        self.width = self.right - self.left
        self.y = TOP
        self.page_started: list[Callable[[], None]] = []
        self.page_ending: list[Callable[[], None]] = []  # before a page break, at its foot
        self.watermark = ""  # printed across every page when set (a draft, a cancelled order)

    # -- geometry ---------------------------------------------------------------
    def side(self, align: str) -> str:
        """ "start"/"end"/"center"/"number" -> "left"/"right"/"center" for this language.

        Figures are written left to right in every language: "number" is the right
        side, where their last digits and decimal separators line up.
        """
        if align == "center":
            return "center"
        if align == "number":
            return "right"
        return (
            {"start": "right", "end": "left"}[align]
            if self.rtl
            else {"start": "left", "end": "right"}[align]
        )

    def span(self, offset: float, width: float) -> tuple[float, float]:
        """The (left, right) of a box ``offset`` points from the start edge."""
        if self.rtl:
            return self.right - offset - width, self.right - offset
        return self.left + offset, self.left + offset + width

    # -- text -------------------------------------------------------------------
    def lines(
        self, text: str, *, width: float, size: float, bold: bool = False
    ) -> tuple[bidi_layout.LaidLine, ...]:
        return bidi_layout.layout_text(
            text, font_name=BOLD if bold else REGULAR, size=size, width=width, rtl=self.rtl
        )

    def text_width(self, text: str, *, size: float, bold: bool = False) -> float:
        return shaping.text_width(text, BOLD if bold else REGULAR, size)

    def draw_lines(
        self,
        laid: Sequence[bidi_layout.LaidLine],
        *,
        left: float,
        right: float,
        top: float,
        size: float,
        leading: float,
        bold: bool = False,
        align: str = "start",
        color: Color = TEXT,
        into: text_drawing.TextBatch | None = None,
    ) -> float:
        """Draw laid-out lines from ``top`` downwards; returns the y below them.

        ``align`` is start, end or center on the document's sides, or "natural":
        each line at the start of its own paragraph's direction (an Arabic note in
        an English quote sits on the right). With ``into`` the lines join that text
        object (the caller draws it).
        """
        batch = into or text_drawing.TextBatch(self.canvas)
        batch.set_color(color)
        y = top
        for line in laid:
            y -= leading
            side = ("right" if line.rtl else "left") if align == "natural" else self.side(align)
            text_drawing.draw_line(
                batch, line, left=left, right=right, y=y + (leading - size) * 0.6,
                align=side, font_name=BOLD if bold else REGULAR, size=size,
            )  # fmt: skip
        if into is None:
            batch.draw()
        return y

    def text(
        self,
        text: str,
        *,
        left: float,
        right: float,
        top: float,
        size: float,
        leading: float | None = None,
        bold: bool = False,
        align: str = "start",
        color: Color = TEXT,
    ) -> float:
        laid = self.lines(text, width=right - left, size=size, bold=bold)
        return self.draw_lines(
            laid, left=left, right=right, top=top, size=size, leading=leading or size * 1.3,
            bold=bold, align=align, color=color,
        )  # fmt: skip

    def paragraph(
        self, text: str, *, size: float = 9, bold: bool = False, color: Color = TEXT
    ) -> None:
        """Flow a paragraph at the cursor across the full width, breaking pages;
        each line aligned to the start of its own paragraph's direction."""
        leading = size * 1.35
        for line in self.lines(text, width=self.width, size=size, bold=bold):
            self.ensure(leading)
            self.y = self.draw_lines(
                [line], left=self.left, right=self.right, top=self.y, size=size,
                leading=leading, bold=bold, color=color, align="natural",
            )  # fmt: skip

    def heading(self, text: str, *, size: float = 10.5) -> None:
        self.ensure(size * 3)
        self.y -= size * 0.6
        self.y = self.text(
            text, left=self.left, right=self.right, top=self.y, size=size, bold=True, color=ACCENT
        )
        self.y -= 2

    def number(self, text: str) -> str:
        return localize_digits(text, self.language)

    # -- flow -------------------------------------------------------------------
    def ensure(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        for callback in self.page_ending:
            callback()
        self.canvas.showPage()
        self.y = TOP
        for callback in self.page_started:
            callback()

    def rule(self, *, color: Color = RULE, width: float = 0.6) -> None:
        self.canvas.setStrokeColor(color)
        self.canvas.setLineWidth(width)
        self.canvas.line(self.left, self.y, self.right, self.y)

    def _draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        if self.watermark:
            draw_watermark(
                canvas, self.watermark, width=PAGE_WIDTH, height=PAGE_HEIGHT, rtl=self.rtl
            )
        y = BOTTOM - 8 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(self.left, y + 10, self.right, y + 10)
        if self.page_number is None:
            page_text = localize_digits(
                label(self.language, "page", page=str(number), pages=str(total)), self.language
            )
        else:
            page_text = label(
                self.language,
                "page",
                page=self.page_number(number),
                pages=self.page_number(total),
            )
        size = 7.5
        batch = text_drawing.TextBatch(canvas)
        batch.set_color(MUTED)
        for text, align in ((self.footer_text, "start"), (page_text, "end")):
            for line in bidi_layout.layout_text(
                text, font_name=REGULAR, size=size, width=self.width, rtl=self.rtl
            )[:1]:
                text_drawing.draw_line(
                    batch, line, left=self.left, right=self.right, y=y,
                    align=self.side(align), font_name=REGULAR, size=size,
                )  # fmt: skip
        batch.draw()

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()
