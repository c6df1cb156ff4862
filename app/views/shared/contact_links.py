"""Phone numbers and e-mail addresses a rep can click: ``tel:`` and ``mailto:`` links.

The desktop decides what answers them (a softphone, Teams, the mail program);
we only hand the address over through QDesktopServices.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QTableWidget

from app.views.shared.bidi import left_to_right

_DIALLABLE = re.compile(r"[^\d+]")


def phone_url(phone: str | None) -> QUrl | None:
    """``tel:+971501234567`` from what people type ("+971 50 123-4567", "(04) 555 12")."""
    digits = _DIALLABLE.sub("", phone or "")
    if not any(c.isdigit() for c in digits):
        return None
    return QUrl("tel:" + digits[:1] + digits[1:].replace("+", ""))


def email_url(email: str | None) -> QUrl | None:
    address = (email or "").strip()
    return QUrl("mailto:" + address) if "@" in address else None


def link_html(text: str | None, url: QUrl | None) -> str:
    """A link for a rich-text label; plain text when there is nothing to call or write."""
    shown = html.escape(left_to_right(text))
    if url is None:
        return shown
    return f'<a href="{html.escape(url.toString())}">{shown}</a>'


def open_link(url: QUrl | str) -> bool:
    """Hand a ``tel:`` or ``mailto:`` link to the desktop."""
    return QDesktopServices.openUrl(QUrl(url) if isinstance(url, str) else url)


def mark_links(table: QTableWidget, urls: list[tuple[QUrl | None, QUrl | None]]) -> None:
    """Phone (column 2) and e-mail (column 3) cells look like links and remember where to."""
    for row, pair in enumerate(urls):
        for column, url in zip((2, 3), pair, strict=True):
            item = table.item(row, column)
            if url is None or item is None:
                continue
            item.setData(Qt.ItemDataRole.UserRole + 1, url.toString())
            font = item.font()
            font.setUnderline(True)
            item.setFont(font)
            item.setForeground(QColor("#1a5fb4"))
