"""The committed font covers every language and is embedded in every document."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from app.reports.fonts import FONT_DIR, FONT_FILES, REQUIRED_CHARACTERS
from app.reports.render import render_pdf
from app.reports.samples import FIXED_MOMENT, sample_quote

from .pdf_reading import reader


@pytest.mark.parametrize("font_path", sorted(FONT_FILES.values()), ids=lambda p: p.name)
@pytest.mark.parametrize("language", sorted(REQUIRED_CHARACTERS))
def test_font_has_a_glyph_for_every_character_of_the_language(font_path, language):
    cmap = TTFont(font_path).getBestCmap()
    missing = [ch for ch in REQUIRED_CHARACTERS[language] if ord(ch) not in cmap]
    assert missing == []


def test_required_characters_include_persian_letters_and_both_digit_sets():
    persian = REQUIRED_CHARACTERS["fa"]
    for ch in "پچژگیک" + "۰۱۲۳۴۵۶۷۸۹" + "٠١٢٣٤٥٦٧٨٩":
        assert ch in persian


def test_licence_file_sits_beside_the_fonts():
    licence = (FONT_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence


@pytest.mark.parametrize("language", ["en", "ar"])
def test_regular_and_bold_are_embedded_in_the_pdf(language):
    pdf = render_pdf(sample_quote(lines=3, language=language), created_at=FIXED_MOMENT)
    fonts = reader(pdf).pages[0]["/Resources"]["/Font"]
    embedded = {}
    for font in fonts.values():
        font = font.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        embedded[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert any("DejaVuSans-Bold" in name for name in embedded)
    assert any("DejaVuSans" in name and "Bold" not in name for name in embedded)
    assert all(embedded.values()), embedded
