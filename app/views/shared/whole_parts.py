"""A table column of several parts ("reason; reason; reason") cut between parts.

Qt elides a cell at whatever letter the column ends: the Today page's reasons to
visit read "…самая ранняя — к 01.12.20…", a date cut in half. This delegate shows
as many whole parts as fit, then "…"; failing a whole first part, as many whole
words. The whole text is the cell's tooltip whenever it is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from app.views.shared.bidi import isolated, plain

ELLIPSIS = "\u2026"


def fitted(text: str, metrics: QFontMetrics, width: int, separator: str) -> str:
    """``text`` if it fits in ``width`` pixels, else its first whole parts (or, if not
    even one fits, words) followed by an ellipsis."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    for pieces, joint in ((text.split(separator), separator), (text.split(" "), " ")):
        for count in range(len(pieces) - 1, 0, -1):
            cut = joint.join(pieces[:count]).rstrip() + " " + ELLIPSIS
            if metrics.horizontalAdvance(cut) <= width:
                return cut
    return text  # not one word fits: Qt elides it as usual


class WholePartsDelegate(QStyledItemDelegate):
    """Shows a cell of ``separator``-joined parts cut between parts, never inside one."""

    def __init__(self, separator: str = "; ", parent=None) -> None:
        super().__init__(parent)
        self.separator = separator

    def text_width(self, option: QStyleOptionViewItem) -> int:
        """The width the style gives a cell's text: its rectangle less the text margins."""
        style = option.widget.style() if option.widget is not None else None
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1 if style else 4
        return option.rect.width() - 2 * margin

    def shown(self, text: str, metrics: QFontMetrics, width: int) -> str:
        """What the cell shows of ``text`` (isolated, as the table stores it): the
        text itself when it fits."""
        whole = plain(text)
        cut = fitted(whole, metrics, width, self.separator)
        return text if cut == whole else isolated(cut)

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = self.shown(option.text, option.fontMetrics, self.text_width(option))

    def helpEvent(  # noqa: N802 - Qt override
        self,
        event: QEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = str(index.data() or "")
            if self.shown(text, option.fontMetrics, self.text_width(option)) != text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)
