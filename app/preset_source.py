"""Where each key of a preset file stands, so a mistake can name its line.

``json`` gives values, not positions. The file has already parsed when this runs,
so walking its tokens (strings, brackets, colons, commas) is enough to know which
string is a key and how deep it sits; values are never read here.
"""

from __future__ import annotations

import json
import re

# A JSON string (escapes included) or one structural character.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],]')

KeyPath = tuple[str, ...]


def key_lines(text: str) -> dict[KeyPath, int]:
    """``{("company", "phone"): 4, ...}``: the 1-based line of each key's first occurrence."""
    lines: dict[KeyPath, int] = {}
    # One frame per open bracket: [bracket, the current key of that object or None].
    frames: list[list[str | None]] = []
    for token in _TOKEN.finditer(text):
        value = token.group()
        if value in "{[":
            frames.append([value, None])
        elif value in "}]":
            frames.pop()
        elif value == ",":
            if frames and frames[-1][0] == "{":
                frames[-1][1] = None  # the next string in this object is a key
        elif frames and frames[-1][0] == "{" and frames[-1][1] is None:
            frames[-1][1] = json.loads(value)
            path = tuple(str(key) for bracket, key in frames if bracket == "{")
            lines.setdefault(path, text.count("\n", 0, token.start()) + 1)
    return lines
