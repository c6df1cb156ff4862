"""Data inside a translated sentence keeps its own direction (Unicode isolates).

A Latin company name, a date or a file path dropped into an Arabic sentence must
not take the sentence's punctuation with it, nor lend it its own: each value is
wrapped in First Strong Isolate ... Pop Directional Isolate.
"""

from __future__ import annotations

FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(text: str | None) -> str:
    if not text:
        return ""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"
