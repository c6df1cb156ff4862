"""Attachments are stored encrypted, read back whole, and tampering is detected."""

from __future__ import annotations

import pytest

from app.errors import CorruptWorkspaceError, ValidationError
from app.models import Attachment
from app.workspace import attachments as attachment_module


def _add(workspace, data: bytes, name: str = "photo.jpg") -> Attachment:
    with workspace.transaction() as session:
        return workspace.attachments.add(
            session,
            owner_entity="visit",
            owner_id="v-1",
            filename=name,
            media_type="image/jpeg",
            data=data,
        )


def test_round_trip_keeps_bytes_size_and_hash(workspace):
    data = bytes(range(256)) * 100
    attachment = _add(workspace, data)
    with workspace.session() as session:
        stored = session.get(Attachment, attachment.id)
        assert stored.size == len(data)
        assert len(stored.content_hash) == 64
        assert workspace.attachments.read(stored) == data
    assert data not in workspace.attachments.path_for(attachment.id).read_bytes()


def test_a_flipped_byte_is_reported_as_damage_naming_the_file(workspace):
    attachment = _add(workspace, b"signed contract page")
    path = workspace.attachments.path_for(attachment.id)
    blob = bytearray(path.read_bytes())
    blob[-1] ^= 0x01
    path.write_bytes(bytes(blob))
    with pytest.raises(CorruptWorkspaceError, match=attachment.id):
        workspace.attachments.read(attachment)


def test_swapping_two_files_is_detected(workspace):
    first = _add(workspace, b"first")
    second = _add(workspace, b"second")
    first_path = workspace.attachments.path_for(first.id)
    first_path.write_bytes(workspace.attachments.path_for(second.id).read_bytes())
    with pytest.raises(CorruptWorkspaceError):
        workspace.attachments.read(first)


def test_an_oversized_file_is_refused_and_nothing_is_written(workspace, monkeypatch):
    monkeypatch.setattr(attachment_module, "MAX_ATTACHMENT_BYTES", 10)
    with pytest.raises(ValidationError, match="larger than"):
        _add(workspace, b"x" * 11)
    with workspace.session() as session:
        assert session.query(Attachment).count() == 0
    assert not any(workspace.attachments.folder.rglob("*.bin"))
