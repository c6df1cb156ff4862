"""Attachments: content-addressed upload, safe retry, size limit, download only in scope."""

from __future__ import annotations

import hashlib

from tests.server.server_helpers import account, child


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
    assert _upload(world, world.r1, b"hello", content_hash="not-a-hash").status_code == 400
    too_big = _upload(world, world.r1, b"x" * (65 * 1024))  # the test limit is 64 KiB
    assert too_big.status_code == 413
    assert "MB limit" in too_big.json()["detail"]
