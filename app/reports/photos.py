"""Visit photos on the page: upright, no bigger than print needs, two to a row.

Phone cameras hand over 12-megapixel JPEGs lying on their side with an EXIF note
saying which way is up. Each photo is turned upright and scaled down to at most
1,600 pixels (about 300 dpi at the printed size) before it is embedded, so a report
with a dozen photos stays small enough to e-mail. A photo that cannot be decoded is
left out with a warning rather than stopping the whole report.
"""

from __future__ import annotations

import io
import logging

from PIL import Image, ImageOps, UnidentifiedImageError
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from app.reports.catalogue import label
from app.reports.documents import Photo
from app.reports.page import MUTED, PageWriter
from app.reports.sections import fit_image

log = logging.getLogger(__name__)

MAX_PIXELS = 1600
COLUMNS = 2
GAP = 6 * mm
CELL_HEIGHT = 62 * mm


def printable_image(data: bytes) -> ImageReader | None:
    try:
        with Image.open(io.BytesIO(data)) as original:
            image = ImageOps.exif_transpose(original).convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as error:
        log.warning("a visit photo cannot be read (%s); printing without it", error)
        return None
    image.thumbnail((MAX_PIXELS, MAX_PIXELS))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return ImageReader(io.BytesIO(out.getvalue()))


def photo_grid(writer: PageWriter, photos: tuple[Photo, ...]) -> None:
    readable = [(photo, image) for photo in photos if (image := printable_image(photo.data))]
    if not readable:
        return
    writer.heading(label(writer.language, "photos"))
    cell_width = (writer.width - GAP) / COLUMNS
    row_top = writer.y
    for index, (photo, image) in enumerate(readable):
        column = index % COLUMNS
        if column == 0:
            writer.ensure(CELL_HEIGHT + 14)
            row_top = writer.y
        width, height = fit_image(image.getSize(), cell_width, CELL_HEIGHT)
        left, right = writer.span(column * (cell_width + GAP), cell_width)
        x = right - width if writer.rtl else left
        writer.canvas.drawImage(image, x, row_top - height, width, height)
        writer.text(
            photo.caption, left=left, right=right, top=row_top - height - 2, size=7.5, color=MUTED
        )
        if column == COLUMNS - 1 or index == len(readable) - 1:
            writer.y = row_top - CELL_HEIGHT - 16
