"""Attachments: content-addressed upload, safe retry, size limit, download only in scope."""

from __future__ import annotations

import hashlib

from sqlalchemy import update

from server.db import transaction
from server.models import Record
from tests.server.server_helpers import account, child, new_id


def _upload(world, person, data: bytes, content_hash: str | None = None):
    content_hash = content_hash or hashlib.sha256(data).hexdigest()
    return world.client.put(
        f"/api/v1/attachments/{content_hash}",
        content=data,
        headers={**person.headers, "content-type": "application/octet-stream"},
    )


def test_upload_retry_and_download_in_scope_only(world):
    data = "Visit photo — صورة".encode() * 100
    digest = hashlib.sha256(data).hexdigest()
    first = _upload(world, world.r1, data)
    assert first.status_code == 201
    retry = _upload(world, world.r1, data)  # the client never saw the first answer
    assert retry.status_code == 200 and retry.json()["status"] == "already stored"

    # Nobody may fetch it until a record in their scope names it.
    assert (
        world.client.get(f"/api/v1/attachments/{digest}", headers=world.r1.headers).status_code
        == 404
    )
    acme = account(world.territories["T1"])
    note = child(
        "attachment",
        "owner_id",
        acme["id"],
        owner_entity="account",
        filename="photo.jpg",
        size=len(data),
        content_hash=digest,
    )
    assert world.push(world.r1, [acme, note]).status_code == 200

    got = world.client.get(f"/api/v1/attachments/{digest}", headers=world.r1.headers)
    assert got.status_code == 200 and got.content == data
    assert (
        world.client.get(f"/api/v1/attachments/{digest}", headers=world.m_north.headers).status_code
        == 200
    )
    assert (
        world.client.get(f"/api/v1/attachments/{digest}", headers=world.r3.headers).status_code
        == 404
    )


def test_upload_with_a_wrong_hash_or_too_large_is_refused(world):
    bad = _upload(world, world.r1, b"hello", content_hash="0" * 64)
    assert bad.status_code == 400 and "do not match" in bad.json()["detail"]
    assert _upload(world, world.r1, b"hello", content_hash="not-a-hash").status_code == 422
    too_big = _upload(world, world.r1, b"x" * (65 * 1024))  # the test limit is 64 KiB
    assert too_big.status_code == 413
    assert "MB limit" in too_big.json()["detail"]


def _note(owner_entity: str, owner_id: str, digest: str, size: int = 1) -> dict:
    return child(
        "attachment",
        "owner_id",
        owner_id,
        owner_entity=owner_entity,
        filename="photo.jpg",
        size=size,
        content_hash=digest,
    )


def _download(world, person, digest: str):
    return world.client.get(f"/api/v1/attachments/{digest}", headers=person.headers)


def test_naming_someone_elses_hash_does_not_give_their_bytes(world):
    secret = b"the south's price list"
    digest = hashlib.sha256(secret).hexdigest()
    south = account(world.territories["T3"])
    assert _upload(world, world.r3, secret).status_code == 201
    assert world.push(world.r3, [south, _note("account", south["id"], digest)]).status_code == 200

    # r1 learned the hash somehow and names it on a record of their own ...
    mine = account(world.territories["T1"])
    task = {"entity": "task", "id": new_id(), "fields": {"title": "mine"}}
    for owner in (("account", mine["id"]), ("task", task["id"])):
        answer = world.push(world.r1, [mine, task, _note(*owner, digest)])
        assert answer.status_code == 404, answer.text
        assert answer.json()["field"] == "content_hash" and answer.json()["change_index"] == 2
    # ... and gets nothing.
    assert _download(world, world.r1, digest).status_code == 404
    # Whoever really has the bytes proves it by uploading them, and may then name them.
    assert _upload(world, world.r1, secret).status_code == 200  # already stored
    assert world.push(world.r1, [mine, _note("account", mine["id"], digest)]).status_code == 200
    assert _download(world, world.r1, digest).content == secret


def test_losing_the_territory_loses_the_bytes(world):
    data = b"a photo from T1"
    digest = hashlib.sha256(data).hexdigest()
    acme = account(world.territories["T1"])
    assert _upload(world, world.r2, data).status_code == 201  # r2 uploaded, r1 never did
    # The team's manager files it under r1's account.
    assert _upload(world, world.m_north, data).status_code == 200
    assert world.push(world.r1, [acme]).status_code == 200
    assert world.push(world.m_north, [_note("account", acme["id"], digest)]).status_code == 200
    assert _download(world, world.r1, digest).status_code == 200
    moved = world.client.post(
        f"/api/v1/admin/territories/{world.territories['T1']}/assign",
        json={"username": "r3"},
        headers=world.admin.headers,
    )
    assert moved.status_code == 200
    assert _download(world, world.r1, digest).status_code == 404
    # A record of r1's own naming the hash does not bring the bytes back.
    task = {"entity": "task", "id": new_id(), "fields": {"title": "keep it"}}
    assert world.push(world.r1, [task, _note("task", task["id"], digest)]).status_code == 404
    assert _download(world, world.r1, digest).status_code == 404
    assert _download(world, world.r3, digest).status_code == 200


def test_changing_a_records_hash_needs_the_upload_too(world):
    data, other = b"first", b"second"
    acme = account(world.territories["T1"])
    _upload(world, world.r1, data)
    note = _note("account", acme["id"], hashlib.sha256(data).hexdigest())
    assert world.push(world.r1, [acme, note]).status_code == 200
    _upload(world, world.r3, other)
    swap = {
        "entity": "attachment",
        "id": note["id"],
        "fields": {"content_hash": hashlib.sha256(other).hexdigest()},
        "base_versions": {"content_hash": 1},
    }
    assert world.push(world.r1, [swap]).status_code == 404
    bad = {**swap, "fields": {"content_hash": "not-a-hash"}}
    assert world.push(world.r1, [bad]).status_code == 400
    rename = {**swap, "fields": {"filename": "renamed.jpg"}, "base_versions": {"filename": 1}}
    assert world.push(world.m_north, [rename]).status_code == 200  # no new bytes named


def test_a_record_stored_before_uploads_were_recorded_is_backed_by_naming_its_hash_again(
    world, sessions
):
    data = b"an old photo"
    digest = hashlib.sha256(data).hexdigest()
    acme = account(world.territories["T1"])
    _upload(world, world.r1, data)
    note = _note("account", acme["id"], digest)
    assert world.push(world.r1, [acme, note]).status_code == 200
    with transaction(sessions) as session:  # as migration 0004 leaves an unproven record
        session.execute(update(Record).values(content_hash=None))
    assert _download(world, world.r1, digest).status_code == 404
    again = {
        "entity": "attachment",
        "id": note["id"],
        "fields": {"content_hash": digest},
        "base_versions": {"content_hash": 1},
    }
    assert world.push(world.m_north, [again]).status_code == 404  # m_north never uploaded it
    assert world.push(world.r1, [again]).status_code == 200
    assert _download(world, world.r1, digest).content == data
