"""Column widths that fit a table's width, so no column hides behind horizontal scrolling.

A list beside a detail pane (the manager's inbox at 1280 pixels) has less room than
its columns want, most of all in Russian. Figures and dates keep their full width (a
cut date is worse than a cut name); the text columns share the rest, in steps:

1. Everything fits: the widest text column takes the room to spare.
2. Headers give way first: a column of short names under a long heading
   ("Представитель" over "anna") narrows to its names, the heading elided.
3. Where the table wraps its text (``words`` given), the widest texts are cut back
   to one common width and go on to a second line, each column keeping its longest
   word (and its heading, where every heading fits): a Russian outcome ("Запрошено
   предложение") is read whole, over two lines.
4. Then the columns named to give way first (an account name the detail pane
   repeats) are cut, as long as they keep ``GIVEN_WAY_WIDTH``.
5. Then the widest texts are cut back to one common width, the narrow ones keep
   theirs: a short rep name is never cut to make room for a long outcome.

What is cut in steps 4 and 5 is elided and shown whole in its tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

MINIMUM_WIDTH = 48  # a few letters and the ellipsis
GIVEN_WAY_WIDTH = 96  # a name's first word or two


def fitted_widths(
    natural: list[int],
    available: int,
    shrinkable: Collection[int],
    *,
    contents: list[int] | None = None,
    words: list[int] | None = None,
    headings: list[int] | None = None,
    first_to_give_way: Collection[int] = (),
) -> list[int]:
    """Widths for columns of ``natural`` width (heading or contents, the wider) in
    ``available`` pixels; ``contents`` is each column's widest cell, heading aside,
    ``words`` its longest word, for a table that wraps its cells' text, and
    ``headings`` the width of each heading alone.

    Only the ``shrinkable`` columns change; ``first_to_give_way`` (some of them) are
    cut before the others. A column narrower than its ``contents`` is to wrap (when
    ``words`` is given) or be elided.
    """
    columns = sorted(c for c in shrinkable if 0 <= c < len(natural))
    widths = list(natural)
    if not columns:
        return widths
    room = available - sum(w for c, w in enumerate(natural) if c not in columns)
    wanted = sum(natural[c] for c in columns)
    if wanted <= room:
        widest = max(columns, key=lambda c: natural[c])
        widths[widest] += room - wanted
        return widths
    floors = {c: min(natural[c], (contents or natural)[c]) for c in columns}
    if sum(floors.values()) <= room:
        # Headings give way down to their column's cells.
        cap = _largest_cap(
            lambda cap: sum(max(floors[c], min(natural[c], cap)) for c in columns),
            room,
        )
        for c in columns:
            widths[c] = max(floors[c], min(natural[c], cap))
        return widths
    if words is not None and sum(min(floors[c], words[c]) for c in columns) <= room:
        return _wrapped_widths(
            widths,
            natural,
            room,
            columns,
            floors=floors,
            words=words,
            headings=headings or natural,
            first_to_give_way=first_to_give_way,
        )
    first = [c for c in columns if c in first_to_give_way]
    if first:
        kept = sum(floors[c] for c in columns if c not in first)
        cap = _largest_cap(lambda cap: kept + sum(min(floors[c], cap) for c in first), room)
        if cap >= GIVEN_WAY_WIDTH:
            for c in columns:
                widths[c] = min(floors[c], cap) if c in first else floors[c]
            return widths
    cap = _largest_cap(lambda cap: sum(min(floors[c], cap) for c in columns), room)
    for c in columns:
        widths[c] = min(floors[c], max(cap, MINIMUM_WIDTH))
    return widths


def _wrapped_widths(
    widths: list[int],
    natural: list[int],
    room: int,
    columns: list[int],
    *,
    floors: dict[int, int],
    words: list[int],
    headings: list[int],
    first_to_give_way: Collection[int],
) -> list[int]:
    """Step 3: texts wrap, each column keeping its longest word and, if there is room
    for every heading, its heading (a heading does not wrap). The columns named to give
    way first wrap alone if that is enough."""
    shortest = {c: min(floors[c], words[c]) for c in columns}
    one_line = dict(floors)
    headed = {c: max(shortest[c], headings[c]) for c in columns}
    if sum(headed.values()) <= room:
        shortest = headed
        one_line = {c: natural[c] for c in columns}
    first = [c for c in columns if c in first_to_give_way]
    kept = sum(one_line[c] for c in columns if c not in first)
    if first and kept + sum(shortest[c] for c in first) <= room:
        wrapping = first
    else:
        wrapping, kept = columns, 0
    cap = _largest_cap(
        lambda cap: kept + sum(max(shortest[c], min(one_line[c], cap)) for c in wrapping), room
    )
    for c in columns:
        widths[c] = max(shortest[c], min(one_line[c], cap)) if c in wrapping else one_line[c]
    return widths


def _largest_cap(total: Callable[[int], int], room: int) -> int:
    """The largest ``cap`` with ``total(cap) <= room``; ``total`` grows with ``cap``."""
    low, high = 0, max(room, 0)
    while low < high:
        middle = (low + high + 1) // 2
        if total(middle) <= room:
            low = middle
        else:
            high = middle - 1
    return low
