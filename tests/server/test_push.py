"""Push: idempotent replay, atomic batches, per-field conflicts, tombstones, frozen rows."""

from __future__ import annotations

import uuid

from tests.server.server_helpers import account, child


def _record(world, person, entity, record_id):
    return world.client.get(f"/api/v1/records/{entity}/{record_id}", headers=person.headers)


def test_replaying_a_batch_returns_the_same_answer_and_changes_nothing(world):
    acme = account(world.territories["T1"])
    key = str(uuid.uuid4())
    first = world.push(world.r1, [acme], key=key)
    assert first.status_code == 200
    changes_before, _, cursor = world.pull_all(world.r1)
    again = world.push(world.r1, [acme], key=key)
    assert again.status_code == 200
    assert again.json()["replayed"] is True
    assert again.json()["records"] == first.json()["records"]
    after, _, _ = world.pull_all(world.r1, cursor)
    assert after == []  # nothing new in the feed
    assert _record(world, world.r1, "account", acme["id"]).json()["row_version"] == 1


def test_reusing_a_key_for_another_batch_is_refused(world):
    key = str(uuid.uuid4())
    assert world.push(world.r1, [account(world.territories["T1"])], key=key).status_code == 200
    other = world.push(world.r1, [account(world.territories["T1"], name="Other")], key=key)
    assert other.status_code == 400
    assert "already used" in other.json()["detail"]


def test_a_batch_with_one_bad_change_applies_nothing(world):
    good = account(world.territories["T1"])
    bad = child("contact", "account_id", good["id"], last_name="X", shoe_size=44)
    response = world.push(world.r1, [good, bad])
    assert response.status_code == 400
    assert "shoe_size" in response.json()["detail"]
    assert _record(world, world.r1, "account", good["id"]).status_code == 404
    changes, _, _ = world.pull_all(world.r1)
    assert [c for c in changes if c["entity"] == "account"] == []


def test_a_refusal_late_in_the_batch_rolls_back_earlier_changes(world):
    acme = account(world.territories["T1"])
    assert world.push(world.r1, [acme]).status_code == 200
    rename = {
        "entity": "account",
        "id": acme["id"],
        "fields": {"name": "Renamed"},
        "base_versions": {"name": 1},
    }
    foreign = account(world.territories["T3"])  # r1 may not create in r3's territory
    response = world.push(world.r1, [rename, foreign])
    assert response.status_code == 404
    assert _record(world, world.r1, "account", acme["id"]).json()["fields"]["name"] == "Acme"


def test_same_field_conflict_keeps_the_first_write_and_tells_the_loser(world):
    acme = account(world.territories["T1"], phone="1")
    world.push(world.r1, [acme])
    # r1 and the team manager both edit from version 1.
    mine = {
        "entity": "account",
        "id": acme["id"],
        "fields": {"phone": "2", "city": None},
        "base_versions": {"phone": 1},
    }
    theirs = {
        "entity": "account",
        "id": acme["id"],
        "fields": {"phone": "3", "email": "a@b.c"},
        "base_versions": {"phone": 1},
    }
    assert world.push(world.m_north, [theirs]).json()["conflicts"] == []
    # 'city' is not an account field: fix the change to use a real one.
    mine["fields"] = {"phone": "2", "website": "acme.example"}
    response = world.push(world.r1, [mine]).json()
    assert response["conflicts"] == [
        {
            "entity": "account",
            "id": acme["id"],
            "field": "phone",
            "your_value": "2",
            "kept_value": "3",
            "kept_version": 2,
        }
    ]
    state = _record(world, world.r1, "account", acme["id"]).json()
    assert state["fields"]["phone"] == "3"  # the first committed write won
    assert state["fields"]["website"] == "acme.example"  # a different field merged
    assert state["fields"]["email"] == "a@b.c"


def test_delete_is_a_tombstone_that_wins_over_later_edits(world):
    acme = account(world.territories["T1"])
    world.push(world.r1, [acme])
    deleted = world.push(world.r1, [{"entity": "account", "id": acme["id"], "op": "delete"}])
    assert deleted.json()["records"][0]["deleted"] is True
    edit = {
        "entity": "account",
        "id": acme["id"],
        "fields": {"name": "Zombie"},
        "base_versions": {"name": 1},
    }
    response = world.push(world.m_north, [edit]).json()
    assert response["conflicts"][0]["field"] == "name"
    assert response["conflicts"][0]["kept_value"] is None
    assert all(c["id"] != acme["id"] for c in world.pull_all(world.r2)[0])  # another territory
    changes, _, _ = world.pull_all(world.m_north)
    assert [c["kind"] for c in changes if c["id"] == acme["id"]] == ["upsert", "delete"]


def _order(world, status="draft"):
    acme = account(world.territories["T1"])
    order = child("order", "account_id", acme["id"], number="SO-1", status=status, currency="EUR")
    line = child("order_line", "order_id", order["id"], quantity="2", unit_price="9.50")
    assert world.push(world.r1, [acme, order, line]).status_code == 200
    return order, line


def test_a_submitted_order_is_refused_with_a_reason(world):
    order, line = _order(world)
    submit = {
        "entity": "order",
        "id": order["id"],
        "fields": {"status": "submitted"},
        "base_versions": {"status": 1},
    }
    assert world.push(world.r1, [submit]).status_code == 200
    for change in (
        {"entity": "order", "id": order["id"], "fields": {"notes": "late"}, "base_versions": {}},
        {
            "entity": "order_line",
            "id": line["id"],
            "fields": {"quantity": "3"},
            "base_versions": {"quantity": 1},
        },
        {"entity": "order_line", "id": line["id"], "op": "delete"},
        child("order_line", "order_id", order["id"], quantity="1"),
    ):
        response = world.push(world.r1, [change])
        assert response.status_code == 409, change
        assert "SO-1 is submitted" in response.json()["detail"]
    assert _record(world, world.r1, "order_line", line["id"]).json()["fields"]["quantity"] == "2"


def test_catalog_is_read_only_for_reps_and_managers(world):
    product = {
        "entity": "product",
        "id": str(uuid.uuid4()),
        "fields": {"sku": "A-1", "name": "Bolt"},
    }
    for person in (world.r1, world.m_north):
        response = world.push(person, [product])
        assert response.status_code == 403
    assert world.push(world.admin, [product]).status_code == 200
    changes, _, _ = world.pull_all(world.r3)
    assert product["id"] in [c["id"] for c in changes]


def test_bad_input_answers_4xx_and_changes_nothing(world):
    t1 = world.territories["T1"]
    cases = [
        [{"entity": "spaceship", "id": str(uuid.uuid4()), "fields": {}}],
        [{"entity": "account", "id": "not-a-uuid", "fields": {"name": "x", "territory_id": t1}}],
        [account(t1, credit_limit=12.5)],  # a float where a decimal string belongs
        [account(t1, lead_score="high")],
        [account(t1, row_version=7)],
        [{"entity": "account", "id": str(uuid.uuid4()), "op": "delete", "fields": {"name": "x"}}],
        [{"entity": "account", "id": str(uuid.uuid4()), "fields": {"name": "x"}, "extra": 1}],
    ]
    for changes in cases:
        response = world.push(world.r1, changes)
        assert 400 <= response.status_code < 500, (changes, response.text)
        assert response.json()["detail"]
    raw = world.client.post(
        "/api/v1/sync/push",
        content=b"{not json",
        headers={**world.r1.headers, "content-type": "application/json"},
    )
    assert raw.status_code == 422
    huge = world.client.post(
        "/api/v1/sync/push",
        content=b"x" * (3 * 1024 * 1024),
        headers={**world.r1.headers, "content-type": "application/json"},
    )
    assert huge.status_code == 413
    assert "limit" in huge.json()["detail"]
    changes, _, _ = world.pull_all(world.r1)
    assert [c for c in changes if c["entity"] == "account"] == []


def test_a_batch_digest_stays_what_earlier_servers_stored():
    # Push results are kept for replay with this digest: if its encoding changed,
    # a client retrying a batch sent before an upgrade would be told the key was
    # used for another batch. The value is what the previous version computed.
    from protocol.messages import PushRequest
    from server.push import digest_v1

    request = PushRequest.model_validate(
        {
            "idempotency_key": "replay-key-1",
            "changes": [
                {
                    "entity": "contact",
                    "id": "6f1c2a4e-0000-4000-8000-000000000001",
                    "fields": {
                        "last_name": "عباسی",
                        "phone": "+98 21",
                        "n": None,
                        "tags": [1, {"a": 2.5}],
                    },
                    "base_versions": {"phone": 2},
                },
                {"entity": "contact", "id": "6f1c2a4e-0000-4000-8000-000000000002", "op": "delete"},
            ],
        }
    )
    assert digest_v1(request) == "23ba4479eaa74035f1e510b50e9e5f1f61a900c093df31fa6aee8e4b3fcbbbc2"


def _stored_digest(sessions, key: str) -> str:
    from sqlalchemy import select

    from server.db import transaction
    from server.models import PushResult

    with transaction(sessions) as session:
        query = select(PushResult.request_digest).where(PushResult.idempotency_key == key)
        return session.scalars(query).one()


def test_an_answer_stored_with_an_earlier_digest_still_replays(world, sessions):
    # An answer stored by a server before digest version 2 carries a version 1
    # digest: its batch replays, and another batch under its key is still refused.
    from sqlalchemy import update

    from protocol.messages import PushRequest
    from server.db import transaction
    from server.models import PushResult
    from server.push import digest_v1

    acme = account(world.territories["T1"])
    key = str(uuid.uuid4())
    first = world.push(world.r1, [acme], key=key)
    assert first.status_code == 200
    assert _stored_digest(sessions, key).startswith("v2:")
    old = digest_v1(PushRequest.model_validate({"idempotency_key": key, "changes": [acme]}))
    with transaction(sessions) as session:
        session.execute(
            update(PushResult).where(PushResult.idempotency_key == key).values(request_digest=old)
        )
    again = world.push(world.r1, [acme], key=key)
    assert again.status_code == 200
    assert again.json()["replayed"] is True
    assert again.json()["records"] == first.json()["records"]
    other = world.push(world.r1, [account(world.territories["T1"], name="Other")], key=key)
    assert other.status_code == 400
    assert "already used" in other.json()["detail"]


def test_a_replay_matches_whatever_order_its_keys_arrive_in(world):
    # The digest sorts keys at every level, as version 1 did: a client that encodes
    # the same batch again with its keys in another order still gets its answer.
    acme = account(world.territories["T1"], notes=None)
    key = str(uuid.uuid4())
    assert world.push(world.r1, [acme], key=key).status_code == 200
    shuffled = {name: acme[name] for name in reversed(list(acme))}
    shuffled["fields"] = {name: acme["fields"][name] for name in reversed(list(acme["fields"]))}
    again = world.push(world.r1, [shuffled], key=key)
    assert again.status_code == 200
    assert again.json()["replayed"] is True


def test_a_batch_past_64_bit_integers_keeps_the_first_digest():
    # orjson refuses integers past 64 bits; such a batch (refused later, at
    # validation) still gets a digest, the same one each time.
    from protocol.messages import PushRequest
    from server.push import digest_matches, digest_v1, request_digest

    change = {"entity": "contact", "id": "6f1c2a4e-0000-4000-8000-000000000001"}
    request = PushRequest.model_validate(
        {"idempotency_key": "replay-key-2", "changes": [{**change, "fields": {"n": 2**70}}]}
    )
    assert request_digest(request) == digest_v1(request)
    assert digest_matches(request_digest(request), request)
