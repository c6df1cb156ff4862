"""The one font family every document is set in, embedded from ``resources/fonts/``.

DejaVu Sans (Bitstream Vera licence, ``LICENSE-DejaVu.txt`` beside the files) covers
Latin, Cyrillic, Arabic and the Persian letters and digits in regular and bold, so
a quote looks the same on every machine whatever fonts it has installed. ReportLab
embeds only the glyphs a document uses (a subset), which keeps files small.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path

FONT_DIR = resource_path("fonts")
REGULAR = "FieldsalesSans"
BOLD = "FieldsalesSans-Bold"
FONT_FILES = {REGULAR: FONT_DIR / "DejaVuSans.ttf", BOLD: FONT_DIR / "DejaVuSans-Bold.ttf"}

# Every character a document in one of our four languages needs, checked by a test
# against the font files: a missing glyph would print as an empty box on paper.
LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;%-+/()&@#*'\"€$£"
CYRILLIC = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№"
ARABIC = "ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىي،؛؟٪٫٬" + "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "پچژگیک" + "۰۱۲۳۴۵۶۷۸۹"
REQUIRED_CHARACTERS = {"en": LATIN, "ru": LATIN + CYRILLIC, "ar": ARABIC, "fa": ARABIC + PERSIAN}


def register_fonts() -> None:
    """Register regular and bold with ReportLab once; later calls are no-ops."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, path in FONT_FILES.items():
        if name not in registered:
            # shapable: ReportLab hands these to HarfBuzz for Arabic joining.
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=True))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
