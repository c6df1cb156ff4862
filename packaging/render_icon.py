"""The app icon in every format a platform wants, drawn from ``resources/icons/fieldsales.svg``.

    python packaging/render_icon.py            # rewrites windows/fieldsales.ico, macos/fieldsales.icns

The .ico and .icns are committed (Windows and macOS builds then need nothing
more); the .deb renders its PNGs at build time with :func:`write_pngs`.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "fieldsales.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int, svg: Path = SVG) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def write_pngs(target: Path, sizes: tuple[int, ...]) -> None:
    """A freedesktop hicolor tree: ``target/48x48/apps/fieldsales.png``, ..., and the SVG."""
    for size in sizes:
        folder = target / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "fieldsales.png").write_bytes(render_png(size))
    scalable = target / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "fieldsales.svg").write_bytes(SVG.read_bytes())


def write_platform_icons() -> None:
    from PIL import Image

    largest = Image.open(io.BytesIO(render_png(1024)))
    largest.save(
        ROOT / "packaging" / "windows" / "fieldsales.ico", sizes=[(s, s) for s in ICO_SIZES]
    )
    largest.save(ROOT / "packaging" / "macos" / "fieldsales.icns")


if __name__ == "__main__":
    write_platform_icons()
