"""Migrations carry the data of an older server forward (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import text

from server.db import make_engine
from server.migrate import alembic_config, upgrade
from tests.server.conftest import BACKENDS, POSTGRES_URL, drop_schema, postgres_schema_url


@pytest.fixture(params=BACKENDS)
def old_database(request, tmp_path):
    """A database at revision 0001, as the first server release left it."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        schema = f"fs_migrate_{uuid.uuid4().hex[:12]}"
        url = postgres_schema_url(POSTGRES_URL, schema)
    command.upgrade(alembic_config(url), "0001")
    engine = make_engine(url)
    yield url, engine
    engine.dispose()
    if request.param == "postgres":
        drop_schema(POSTGRES_URL, schema)


def _insert(connection, table: str, **values) -> None:
    names = ", ".join(values)
    connection.execute(
        text(f"INSERT INTO {table} ({names}) VALUES ({', '.join(':' + n for n in values)})"),
        values,
    )


def _user(connection, name: str) -> str:
    user_id = str(uuid.uuid4())
    _insert(
        connection,
        "users",
        id=user_id,
        username=name,
        password_hash="x",
        role="rep",
        active=True,
        totp_enabled=False,
        failed_logins=0,
        created_at=datetime.now(UTC),
    )
    return user_id


def _session(connection, user_id: str, device_id: str) -> str:
    session_id = str(uuid.uuid4())
    far = datetime(2099, 1, 1, tzinfo=UTC)
    _insert(
        connection,
        "auth_sessions",
        id=session_id,
        user_id=user_id,
        device_id=device_id,
        access_digest=uuid.uuid4().hex,
        access_expires_at=far,
        refresh_digest=uuid.uuid4().hex,
        refresh_expires_at=far,
        enrolment_only=False,
    )
    return session_id


def test_device_ids_become_canonical_and_spellings_merge(old_database):
    url, engine = old_database
    device = str(uuid.uuid4())
    other_device = str(uuid.uuid4())
    revoked_at = datetime(2026, 1, 2, tzinfo=UTC)
    with engine.begin() as connection:
        ali, eve = _user(connection, "ali"), _user(connection, "eve")
        for device_id, owner, revoked, created in [
            (device.upper(), ali, revoked_at, datetime(2026, 1, 1, tzinfo=UTC)),
            (device, ali, None, datetime(2026, 1, 3, tzinfo=UTC)),
            (device.replace("-", ""), eve, None, datetime(2026, 1, 4, tzinfo=UTC)),
            (other_device.upper(), eve, None, datetime(2026, 1, 5, tzinfo=UTC)),
        ]:
            _insert(
                connection,
                "devices",
                id=device_id,
                user_id=owner,
                name="Laptop",
                created_at=created,
                revoked_at=revoked,
            )
        ali_session = _session(connection, ali, device)
        eve_session = _session(connection, eve, device.replace("-", ""))
        eve_other = _session(connection, eve, other_device.upper())

    upgrade(url)

    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, user_id, revoked_at FROM devices")).all()
        by_id = {row.id: row for row in rows}
        assert set(by_id) == {device, other_device}
        assert by_id[device].user_id == ali and by_id[device].revoked_at is not None
        assert by_id[other_device].user_id == eve and by_id[other_device].revoked_at is None
        sessions = {
            row.id: row
            for row in connection.execute(
                text("SELECT id, device_id, revoked_at FROM auth_sessions")
            )
        }
    assert sessions[ali_session].device_id == device
    assert sessions[eve_session].device_id == device
    assert sessions[eve_session].revoked_at is not None  # another user's spelling: ended
    assert sessions[eve_other].device_id == other_device
    assert sessions[eve_other].revoked_at is None


def test_attachments_stored_before_keep_serving_their_bytes_when_their_writer_uploaded_them(
    old_database,
):
    url, engine = old_database
    now = datetime.now(UTC)
    with engine.begin() as connection:
        ali = _user(connection, "ali")
        for content_hash in ("a" * 64, "b" * 64):
            _insert(
                connection,
                "blobs",
                content_hash=content_hash,
                size=1,
                data=b"x",
                uploaded_by=ali,
                created_at=now,
            )
        for record_id, content_hash, writer in [
            ("11111111-1111-4111-8111-111111111111", "a" * 64, "ali"),
            ("22222222-2222-4222-8222-222222222222", "b" * 64, "eve"),  # eve never uploaded it
        ]:
            _insert(
                connection,
                "records",
                entity="attachment",
                id=record_id,
                doc=json.dumps({"content_hash": content_hash, "owner_entity": "account"}),
                versions="{}",
                row_version=1,
                deleted=False,
                created_at=now,
                updated_at=now,
                updated_by=writer,
            )

    upgrade(url)

    with engine.connect() as connection:
        proofs = connection.execute(text("SELECT content_hash, user_id FROM blob_uploads")).all()
        hashes = dict(connection.execute(text("SELECT id, content_hash FROM records")).all())
    assert {tuple(row) for row in proofs} == {("a" * 64, ali), ("b" * 64, ali)}
    assert hashes == {
        "11111111-1111-4111-8111-111111111111": "a" * 64,
        "22222222-2222-4222-8222-222222222222": None,
    }


def _record(connection, entity: str, doc: dict, *, deleted: bool = False, account=None) -> str:
    record_id = str(uuid.uuid4())
    now = datetime.now(UTC)
    _insert(
        connection,
        "records",
        entity=entity,
        id=record_id,
        doc=json.dumps(doc),
        versions="{}",
        row_version=1,
        deleted=deleted,
        account_id=account if account is not None else (record_id if entity == "account" else None),
        territory_id="t1",
        created_at=now,
        updated_at=now,
    )
    return record_id


def test_rows_under_records_deleted_before_cascades_are_tombstoned(old_database):
    url, engine = old_database
    command.upgrade(alembic_config(url), "0004")
    with engine.begin() as connection:
        dead = _record(connection, "account", {"name": "Gone"}, deleted=True)
        live = _record(connection, "account", {"name": "Here"})
        orphan = _record(connection, "contact", {"account_id": dead}, account=dead)
        kept = _record(connection, "contact", {"account_id": live}, account=live)
        quote = _record(connection, "quote", {"account_id": live}, deleted=True, account=live)
        line = _record(connection, "quote_line", {"quote_id": quote}, account=live)
        photo = _record(
            connection,
            "attachment",
            {"owner_entity": "quote_line", "owner_id": line},
            account=live,
        )
        before = connection.execute(text("SELECT last_seq FROM feed_sequencer")).scalar_one()

    upgrade(url)

    with engine.connect() as connection:
        deleted = dict(connection.execute(text("SELECT id, deleted FROM records")).all())
        entries = connection.execute(
            text("SELECT seq, kind, record_id FROM change_log ORDER BY seq")
        ).all()
        after = connection.execute(text("SELECT last_seq FROM feed_sequencer")).scalar_one()
    assert {key: bool(value) for key, value in deleted.items()} == {
        dead: True,
        live: False,
        orphan: True,
        kept: False,
        quote: True,
        line: True,
        photo: True,  # two levels down: found in a second round
    }
    assert {(kind, record_id) for _, kind, record_id in entries} == {
        ("delete", orphan),
        ("delete", line),
        ("delete", photo),
    }
    assert after == before + 3 and [seq for seq, *_ in entries] == [before + 1, before + 2, after]
