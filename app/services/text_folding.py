"""Folding text for search: what a rep types matches what the catalogue says.

"3x2.5" must find "Cable 3×2.5", "ＰＵＭＰ" (full-width, as Asian keyboards type it)
must find "PUMP", and "pump" must find "Pump". Both sides go through :func:`fold`:
the typed text and each stored name or SKU.
"""

from __future__ import annotations

import unicodedata

# Characters that look alike and that people type for one another. The Cyrillic
# "х" is what a Russian keyboard gives for "3х2.5".
_LOOK_ALIKES = str.maketrans(
    {
        "×": "x",
        "✕": "x",
        "✖": "x",
        "х": "x",
        "−": "-",
        "–": "-",
        "‐": "-",
        "\u00a0": " ",
    }
)


def fold(text: str | None) -> str:
    """``text`` for comparison: compatibility forms (NFKC: full-width, ligatures),
    case and look-alike characters folded, runs of spaces made one."""
    folded = unicodedata.normalize("NFKC", text or "").casefold().translate(_LOOK_ALIKES)
    return " ".join(folded.split())


def matches(query: str, *texts: str | None) -> bool:
    """Every word of ``query`` appears in one of ``texts``, once both are folded."""
    haystack = " ".join(fold(text) for text in texts)
    return all(word in haystack for word in fold(query).split())
