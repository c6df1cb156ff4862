"""Rules and hints for the workspace passphrase (no Qt: the wizard and tests share them)."""

from __future__ import annotations

import string

from app.errors import ValidationError, translatable
from app.workspace import check_passphrase_strength
from app.workspace.workspace import MIN_PASSPHRASE_LENGTH as MIN_LENGTH  # noqa: E402


def passphrase_strength(passphrase: str) -> int:
    """0 (too short) … 3 (strong): length counts most, then mixing kinds of characters."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum(
        any(c in group for c in passphrase)
        for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits)
    ) + any(not c.isascii() or c in string.punctuation or c == " " for c in passphrase)
    score = 1
    if len(passphrase) >= 12 or kinds >= 3:
        score = 2
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 3):
        score = 3
    return score


def check_new_passphrase(passphrase: str, confirmation: str) -> None:
    check_passphrase_strength(passphrase)  # the workspace's own minimum
    if passphrase != confirmation:
        raise ValidationError(
            translatable("errors", "The two passphrases are not the same."),
            field="confirmation",
        )
