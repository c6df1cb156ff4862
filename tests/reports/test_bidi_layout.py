"""Right-to-left lines, checked where it matters: positions on the PDF page."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from app.reports.bidi_layout import layout_line, layout_text, visual_runs
from app.reports.fonts import REGULAR, register_fonts
from app.reports.text_drawing import TextBatch, draw_line

from .pdf_reading import drawn_with, find, glyph_names, line_at, placed_texts

LEFT, RIGHT = 50.0, 550.0


def draw(lines_by_y: dict[float, list], size: float = 12) -> bytes:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1, initialFontName=REGULAR)
    batch = TextBatch(canvas)
    for y, laid_lines in lines_by_y.items():
        for offset, laid in enumerate(laid_lines):
            draw_line(batch, laid, left=LEFT, right=RIGHT, y=y - offset * 20, align="right",
                      font_name=REGULAR, size=size)  # fmt: skip
    batch.draw()
    canvas.save()
    return out.getvalue()


def laid(text: str, *, rtl: bool = True):
    return layout_line(text, font_name=REGULAR, size=12, rtl=rtl)


def test_first_word_of_an_arabic_line_is_drawn_at_its_right_end():
    placed = placed_texts(draw({700: [laid("مرحبا بالعالم الجميل")]}))
    words = [p.text for p in line_at(placed, 700)]
    assert words == ["الجميل", "بالعالم", "مرحبا"]  # left to right on the page
    first = find(placed, "مرحبا")
    assert first.x == max(p.x for p in placed)


def test_arabic_letters_are_joined_not_isolated():
    pdf = draw({700: [laid("بيت")]})
    word = find(placed_texts(pdf), "بيت")
    # Final teh, medial yeh, initial beh, drawn left to right ...
    assert drawn_with(pdf, word, ["uniFE96", "uniFEF4", "uniFE91"])
    # ... and read back as the letters typed, not presentation forms.
    assert word.drawn == "تيب"


def test_wrapped_arabic_lines_keep_their_order():
    words = "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة".split()
    lines = layout_text(" ".join(words), font_name=REGULAR, size=12, width=100, rtl=True)
    assert len(lines) >= 3
    placed = placed_texts(draw({700: lines}))
    read_back = []
    for index in range(len(lines)):
        on_line = line_at(placed, 700 - index * 20)
        read_back += [p.text for p in reversed(on_line)]  # right to left = reading order
    assert read_back == words


def test_latin_code_number_and_price_inside_persian_stay_readable():
    text = "کالای SKU-12 به قیمت ۱۲۳ تومان"
    placed = placed_texts(draw({700: [laid(text)]}))
    row = line_at(placed, 700)
    assert [p.text for p in row] == [
        "تومان", "۱۲۳", "قیمت", "به", "SKU-12", "کالای",
    ]  # fmt: skip
    assert find(placed, "۱۲۳").drawn == "۱۲۳"


def test_persian_digits_are_not_reversed():
    placed = placed_texts(draw({700: [laid("قیمت ۱۲۳")]}))
    digits, word = line_at(placed, 700)
    assert (digits.drawn, word.text) == ("۱۲۳", "قیمت")


def test_price_with_separators_inside_arabic_is_one_left_to_right_run():
    placed = placed_texts(draw({700: [laid("السعر 1,234.50 د.إ. للوحدة")]}))
    price = find(placed, "1,234.50")
    assert price.drawn == "1,234.50"
    assert find(placed, "السعر").x > price.x > find(placed, "للوحدة").x


def test_parentheses_are_mirrored_in_right_to_left_text():
    runs = visual_runs("خصم (٥٪)", rtl=True)
    # One right-to-left run in logical order; HarfBuzz mirrors the brackets when drawing.
    assert "".join(text for text, _ in runs).count("(") == 1
    assert any(rtl for _, rtl in runs)


def test_left_to_right_text_is_one_run_without_reordering():
    assert visual_runs("Order 12 (urgent)", rtl=False) == [("Order 12 (urgent)", False)]


@pytest.mark.parametrize(
    ("text", "document_rtl", "expected_first_x"),
    [("12 Harbour Road", True, "12"), ("Fieldsales Ltd.", True, "Fieldsales")],
)
def test_latin_line_in_a_right_to_left_document_keeps_its_order(
    text, document_rtl, expected_first_x
):
    lines = layout_text(text, font_name=REGULAR, size=12, width=400, rtl=document_rtl)
    placed = placed_texts(draw({700: lines}))
    assert line_at(placed, 700)[0].text.startswith(expected_first_x)
    assert placed[-1].text.endswith(text.split()[-1])


def test_persian_zero_width_non_joiner_survives_reordering():
    ((run_text, rtl),) = visual_runs("پیش\u200cفاکتور", rtl=True)
    assert run_text == "پیش\u200cفاکتور" and rtl


def test_word_ending_in_a_raised_mark_draws():
    # Hamza above (U+0654) on the last letter: drawn first, raised (ReportLab 5.1 crashed here).
    placed = placed_texts(draw({700: [laid("امارات متحدهٔ عربی")]}))
    assert [p.text.strip() for p in line_at(placed, 700)] == ["عربی", "متحدهٔ", "امارات"]


@pytest.mark.parametrize("rtl", [True, False])
@pytest.mark.parametrize(
    "number", ["7", "1,234.50", "١٬٢٣٤٫٥٠", "۱٬۲۳۴٫۵۰", "1\u00a0234,50", "۱۲۳", "12.345.678,9"]
)
def test_the_plain_number_shortcut_agrees_with_the_bidi_algorithm(number, rtl):
    from bidi import algorithm

    assert visual_runs(number, rtl=rtl) == [(number, False)]
    # python-bidi's full algorithm shows the number exactly in typed order too.
    assert algorithm.get_display(number, base_dir="R" if rtl else "L") == number


def test_a_number_with_a_sign_is_not_taken_for_a_plain_number():
    runs = visual_runs("\u061c-١٬٢٣٤", rtl=True)
    assert runs != [("\u061c-١٬٢٣٤", False)]


def line_glyphs(pdf: bytes, y: float) -> list[frozenset[str]]:
    """Every glyph drawn on one baseline, left to right."""
    placed = placed_texts(pdf)
    return [names for piece in line_at(placed, y) for names in glyph_names(pdf, piece)]


@pytest.mark.parametrize(
    "text",
    [
        "شروط التسليم (EXW)",  # brackets around a Latin word
        "(موعدها ١٩ ديسمبر ٢٠٢٦)",  # a bracket beside a number
        "قفازات (6 أزواج)",  # a European digit just inside the bracket
        "(سررسید ۲۸ آذر ۱۴۰۵)",
    ],
)
def test_brackets_in_right_to_left_text_are_drawn_mirrored(text):
    """Rule L4: a Bidi_Mirrored character at a right-to-left level is drawn with its
    mirror glyph, so the pair still opens towards the text it encloses."""
    pdf = draw({700: [laid(text)]})
    drawn = [names for names in line_glyphs(pdf, 700) if names & {"parenleft", "parenright"}]
    assert len(drawn) == 2
    assert "parenleft" in drawn[0] and "parenright" in drawn[1]  # "(" on the left, ")" right


def test_a_mirrored_bracket_reads_back_as_the_bracket_typed():
    placed = placed_texts(draw({700: [laid("(موعدها)")]}))
    # Drawn as ")" at the right end, where the reading starts: it reads as "(".
    assert line_at(placed, 700)[-1].drawn.endswith("(")


def test_an_isolated_latin_value_keeps_its_full_stop_inside_arabic():
    runs = visual_runs("عن \u2068Fieldsales Demo Trading Ltd.\u2069 شكرًا", rtl=True)
    # Left to right: the last Arabic word, the whole Latin value, then "عن" on the right.
    assert runs == [(" شكرًا", True), ("Fieldsales Demo Trading Ltd.", False), ("عن ", True)]


def test_an_isolate_cut_by_a_line_break_is_closed_and_reopened():
    text = "عن \u2068Fieldsales Demo Trading Ltd.\u2069"
    lines = layout_text(text, font_name=REGULAR, size=12, width=120, rtl=True)
    assert len(lines) >= 2
    placed = placed_texts(draw({700: lines}))
    latin = [p.text for p in placed if p.text.isascii()]
    assert " ".join(latin).split() == ["Fieldsales", "Demo", "Trading", "Ltd."]
    assert not any(p.text.startswith(".") for p in placed)  # the full stop stays last
