"""Attachment metadata is recorded against an existing record, with a clean file name."""

from __future__ import annotations

import hashlib

import pytest

from app.errors import NotFoundError, ValidationError
from app.services.accounts import create_account
from app.services.attachments import attachments_of, record_attachment

DIGEST = hashlib.sha256(b"%PDF-1.7").hexdigest()


def test_record_and_list(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme")
    attachment = record_attachment(
        session,
        owner_entity="account",
        owner_id=account.id,
        filename=r"C:\Users\anna\Desktop\Vertrag 2026.pdf",
        size=8,
        content_hash=DIGEST,
    )
    assert (attachment.filename, attachment.media_type, attachment.size) == (
        "Vertrag 2026.pdf",
        "application/pdf",
        8,
    )
    assert attachments_of(session, owner_entity="account", owner_id=account.id) == [attachment]
    photo = record_attachment(
        session,
        owner_entity="account",
        owner_id=account.id,
        filename="shelf",
        size=3,
        content_hash=DIGEST,
        media_type="image/jpeg",
    )
    assert photo.media_type == "image/jpeg"


def test_missing_owner_or_bad_values_are_refused(session) -> None:
    account = create_account(session, account_number="A-1", name="Acme")
    with pytest.raises(NotFoundError):
        record_attachment(
            session,
            owner_entity="visit",
            owner_id=account.id,
            filename="a.txt",
            size=1,
            content_hash=DIGEST,
        )
    with pytest.raises(ValidationError) as caught:
        record_attachment(
            session,
            owner_entity="account",
            owner_id=account.id,
            filename="C:\\",
            size=1,
            content_hash=DIGEST,
        )
    assert caught.value.field == "filename"
    with pytest.raises(ValidationError):
        record_attachment(
            session,
            owner_entity="account",
            owner_id=account.id,
            filename="a.txt",
            size=-1,
            content_hash=DIGEST,
        )
    assert attachments_of(session, owner_entity="account", owner_id=account.id) == []
