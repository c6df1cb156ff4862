"""Attachment metadata is recorded against an existing record, with a clean file name."""

from __future__ import annotations

import hashlib

import pytest

from app.errors import NotFoundError, StateError, ValidationError
from app.models import Visit, VisitReport
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


def test_no_new_photos_on_an_approved_report(session) -> None:
    from datetime import UTC, datetime

    account = create_account(session, account_number="A-1", name="Acme")
    start = datetime(2026, 6, 1, 9, tzinfo=UTC)
    visit = Visit(account=account, planned_start=start, planned_end=start, status="completed")
    report = VisitReport(visit=visit, summary="ok", submitted=True, review_state="approved")
    session.add(report)
    session.flush()
    with pytest.raises(StateError, match="approved visit report"):
        record_attachment(
            session,
            owner_entity="visit_report",
            owner_id=report.id,
            filename="shelf.jpg",
            size=1,
            content_hash=DIGEST,
        )
    other_visit = Visit(account=account, planned_start=start, planned_end=start, status="completed")
    draft = VisitReport(visit=other_visit, summary="draft, not yet reviewed")
    session.add(draft)
    session.flush()
    photo = record_attachment(
        session,
        owner_entity="visit_report",
        owner_id=draft.id,
        filename="shelf.jpg",
        size=1,
        content_hash=DIGEST,
    )
    assert photo.media_type == "image/jpeg"
