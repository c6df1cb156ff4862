"""Document numbers that two reps' laptops can assign offline without colliding.

Scheme: ``<kind>-<device prefix>-<counter>``, e.g. ``Q-K7Q2MX9B-00042``.

* ``kind`` says what the document is: ``Q`` quote, ``O`` order, ``C`` contract.
* The device prefix (2-8 upper-case letters or digits) is unique per device: the
  workspace draws it when it is created, 40 random bits written as 8 characters
  (see docs/workspace.md for the collision odds), and never changes it. Two devices
  therefore never produce the same number, whatever their counters say, and no
  network is needed to pick one.
* The counter is local to the device and kind (table ``number_sequence``, never
  synced), zero-padded to five digits and simply growing wider past 99999.
* If a device's workspace is rebuilt from the server, its counter restarts; so
  before using it we also look at the highest number with this prefix already in
  the table (synced back from the server) and continue above it.

Numbers are never reused, even when a draft is deleted, so a number on paper always
points at exactly one document.
"""

from __future__ import annotations

import re
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError, translatable
from app.models import Contract, NumberSequence, Order, Quote

DocumentKind = Literal["Q", "O", "C"]
_TABLES = {"Q": Quote, "O": Order, "C": Contract}
_PREFIX = re.compile(r"^[A-Z0-9]{2,8}$")


def check_device_prefix(device_prefix: str) -> str:
    if not _PREFIX.match(device_prefix or ""):
        raise ValidationError(
            translatable(
                "errors", "Device prefix “{prefix}” must be 2 to 8 capital letters or digits."
            ),
            field="device_prefix",
            prefix=device_prefix,
        )
    return device_prefix


def format_number(kind: DocumentKind, device_prefix: str, counter: int) -> str:
    return f"{kind}-{device_prefix}-{counter:05d}"


def _highest_used(session: Session, kind: DocumentKind, device_prefix: str) -> int:
    model = _TABLES[kind]
    pattern = re.compile(rf"^{kind}-{device_prefix}-(\d+)$")
    numbers = session.scalars(
        select(model.number).where(model.number.like(f"{kind}-{device_prefix}-%"))
    )
    return max((int(m.group(1)) for n in numbers if (m := pattern.match(n))), default=0)


def next_number(session: Session, *, kind: DocumentKind, device_prefix: str) -> str:
    """Reserve and return the next number of ``kind`` for this device."""
    if kind not in _TABLES:
        raise ValueError(f"unknown document kind {kind!r}")
    check_device_prefix(device_prefix)
    sequence = session.get(NumberSequence, (kind, device_prefix))
    if sequence is None:
        sequence = NumberSequence(kind=kind, device_prefix=device_prefix, next_value=1)
        session.add(sequence)
    counter = max(sequence.next_value, _highest_used(session, kind, device_prefix) + 1)
    sequence.next_value = counter + 1
    return format_number(kind, device_prefix, counter)
