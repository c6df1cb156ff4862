"""Concurrent pushes touching the same rows: one outcome each, never a 5xx.

Threads push through the real app at once. Creating the same new row from two
batches makes one of them hit the primary key; editing the same field from the
same base version makes exactly one win and the others get a conflict report.
"""

from __future__ import annotations

import threading
import uuid

from tests.server.server_helpers import account


def _race(world, person, batches):
    answers = [None] * len(batches)
    barrier = threading.Barrier(len(batches))

    def send(index: int) -> None:
        barrier.wait()
        answers[index] = world.push(person, batches[index])

    threads = [threading.Thread(target=send, args=(i,)) for i in range(len(batches))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def test_same_field_from_the_same_base_has_exactly_one_winner(world):
    acme = account(world.territories["T1"], phone="0")
    assert world.push(world.r1, [acme]).status_code == 200
    batches = [
        [
            {
                "entity": "account",
                "id": acme["id"],
                "fields": {"phone": str(n)},
                "base_versions": {"phone": 1},
            }
        ]
        for n in range(1, 7)
    ]
    answers = _race(world, world.r1, batches)
    assert [a.status_code for a in answers] == [200] * 6
    winners = [a for a in answers if not a.json()["conflicts"]]
    assert len(winners) == 1
    kept = world.client.get(
        f"/api/v1/records/account/{acme['id']}", headers=world.r1.headers
    ).json()
    assert kept["fields"]["phone"] == winners[0].json()["records"][0]["fields"]["phone"]
    for loser in answers:
        for conflict in loser.json()["conflicts"]:
            assert conflict["kept_value"] == kept["fields"]["phone"]


def test_creating_the_same_row_twice_at_once_applies_it_once(world):
    row_id = str(uuid.uuid4())
    same = {
        "entity": "account",
        "id": row_id,
        "fields": {"name": "Twin", "territory_id": world.territories["T1"]},
    }
    answers = _race(world, world.r1, [[same], [same], [same]])
    assert [a.status_code for a in answers] == [200, 200, 200]
    state = world.client.get(f"/api/v1/records/account/{row_id}", headers=world.r1.headers).json()
    assert state["row_version"] == 1  # the later ones found it there with the same value
    changes, _, _ = world.pull_all(world.r1)
    assert [c["id"] for c in changes].count(row_id) == 1


def test_replaying_one_batch_concurrently_applies_it_once(world):
    batch = [account(world.territories["T1"], name="Once")]
    key = str(uuid.uuid4())
    answers = [None] * 4
    barrier = threading.Barrier(4)

    def send(index: int) -> None:
        barrier.wait()
        answers[index] = world.push(world.r1, batch, key=key)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [a.status_code for a in answers] == [200] * 4
    assert sum(not a.json()["replayed"] for a in answers) == 1
    assert len({str(a.json()["records"]) for a in answers}) == 1
