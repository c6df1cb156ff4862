"""One helper for every state machine: move ``status`` along an allowed edge or refuse."""

from __future__ import annotations

from collections.abc import Mapping

from app.errors import StateError, translatable


def move(
    record: object,
    *,
    target: str,
    allowed: Mapping[str, frozenset[str]],
    kind: str,
    label: str,
    attribute: str = "status",
) -> None:
    """Set ``record.<attribute>`` to ``target`` if ``allowed[current]`` contains it.

    ``kind`` and ``label`` name the record in the message ("Quote", "Q-K7Q2-00042"),
    which always names both the current and the requested state.
    """
    current = getattr(record, attribute)
    if target not in allowed.get(current, frozenset()):
        raise StateError(
            translatable("errors", "{kind} {label} cannot go from {current} to {target}."),
            kind=kind,
            label=label,
            current=str(current),
            target=str(target),
        )
    setattr(record, attribute, target)
