"""Basic end-to-end: log in, push an account with a contact, read it back and pull it."""

from __future__ import annotations

from tests.server.server_helpers import account, child


def test_push_then_pull_and_read(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Ivanova", first_name="Анна")
    response = world.push(world.r1, [acme, contact])
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["conflicts"] == []
    assert {r["entity"] for r in body["records"]} == {"account", "contact"}

    read = world.client.get(f"/api/v1/records/contact/{contact['id']}", headers=world.r1.headers)
    assert read.status_code == 200
    assert read.json()["fields"]["first_name"] == "Анна"

    changes, drops, _ = world.pull_all(world.r1)
    ids = [c["id"] for c in changes]
    assert acme["id"] in ids and contact["id"] in ids
    assert drops == []
    # The rep of another team sees none of it.
    other, _, _ = world.pull_all(world.r3)
    assert acme["id"] not in [c["id"] for c in other]
    assert (
        world.client.get(
            f"/api/v1/records/contact/{contact['id']}", headers=world.r3.headers
        ).status_code
        == 404
    )
