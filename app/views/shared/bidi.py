"""Mixed-direction text: each data value shown as its own directional run.

A Latin or Cyrillic name inside a right-to-left screen (or an Arabic one inside a
left-to-right screen) takes its neutral characters from the paragraph around it:
"ЗАО «Ромашка»" shows as "«ЗАО «Ромашка", "Gieß e.V." as ".Gieß e.V" and
"US$ 5.00" as "$US 5.00". Wrapping the value in FIRST STRONG ISOLATE … POP
DIRECTIONAL ISOLATE (Unicode bidi rules X5c, X6a) makes the value take its
direction from its own first strong letter, and keeps it from reordering the
text around it. Every place that shows a stored value goes through
:func:`isolated` (or :func:`left_to_right` for phone numbers, e-mail addresses and
codes, which have no strong letter to take a direction from): table cells (``RecordTable``, item models' DisplayRole), labels,
headers, list items and the values filled into translated messages (:func:`fill`).

A label whose text starts with a value would take its paragraph direction from
that value (Qt looks at the first strong letter outside isolates), so it would sit
on the left of an Arabic page with its parts in left-to-right order. Text built
for a label therefore starts with the mark of the screen's direction (RLM or
LRM): :func:`shown` for one value, :func:`joined` for several, :func:`fill` for a
translated message.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

FIRST_STRONG_ISOLATE = "\u2068"
LEFT_TO_RIGHT_ISOLATE = "\u2066"
RIGHT_TO_LEFT_ISOLATE = "\u2067"
POP_DIRECTIONAL_ISOLATE = "\u2069"
LEFT_TO_RIGHT_MARK, RIGHT_TO_LEFT_MARK = "\u200e", "\u200f"
_OPENERS = (FIRST_STRONG_ISOLATE, LEFT_TO_RIGHT_ISOLATE, RIGHT_TO_LEFT_ISOLATE)
# Isolates and the older embedding marks; plain() removes them for comparisons.
_MARKS = str.maketrans(
    dict.fromkeys("\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e\u200e\u200f\u061c")
)


def isolated(value: object) -> str:
    """``value`` as text in its own directional run; "" for None or empty.

    A value already isolated (a phone number wrapped left-to-right) is returned as is.
    """
    if value is None:
        return ""
    text = str(value)
    if not text:
        return ""
    if text.startswith(_OPENERS) and text.endswith(POP_DIRECTIONAL_ISOLATE):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def left_to_right(value: object) -> str:
    """A phone number, e-mail address or code as a left-to-right run; "" if empty.

    :func:`isolated` would take the direction from the first strong letter, and a
    phone number has none: "+971 4 555 0104" in an Arabic table would read
    "0104 555 4 971+". Such values are left-to-right whatever surrounds them.
    """
    if value is None or value == "":
        return ""
    text = str(value)
    if text.startswith(LEFT_TO_RIGHT_ISOLATE) and text.endswith(POP_DIRECTIONAL_ISOLATE):
        return text
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def isolated_html(value: object) -> str:
    """:func:`isolated`, escaped for a rich-text label (a name may contain "<" or "&")."""
    return html.escape(isolated(value), quote=False)


def layout_mark() -> str:
    """RLM in a right-to-left application, else LRM: sets a paragraph's direction."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return RIGHT_TO_LEFT_MARK
    return LEFT_TO_RIGHT_MARK


def shown(value: object) -> str:
    """One value as a label's whole text: isolated, in the screen's direction."""
    text = isolated(value)
    return f"{layout_mark()}{text}" if text else ""


def joined(parts: Iterable[object], separator: str = " · ") -> str:
    """Several values in one label, each isolated, read in the screen's direction."""
    texts = [isolated(part) for part in parts if part not in (None, "")]
    return f"{layout_mark()}{separator.join(texts)}" if texts else ""


def fill(template: str, *values: object) -> str:
    """A translated template with ``%1``, ``%2``… replaced by isolated values.

    Replaced from the highest number down so "%1" never eats the start of "%10".
    The result reads in the screen's direction even when it starts with a value.
    """
    text = template
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", isolated(values[number - 1]))
    return f"{layout_mark()}{text}"


def plain(text: str | None) -> str:
    """``text`` without directional marks: what a user would type or compare."""
    return (text or "").translate(_MARKS)


def align_with_layout(label: QLabel) -> None:
    """Align ``label`` to the start of the screen's reading direction, whatever its text.

    QLabel aligns by the direction of its own text, so a Latin account name sits on
    the left of an Arabic page; an absolute alignment taken from the layout fixes it.
    """
    start = (
        Qt.AlignmentFlag.AlignRight
        if label.layoutDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | start | vertical)
