"""Who receives which feed entries: territory rows, personal rows, catalog rows."""

from __future__ import annotations

from tests.server.server_helpers import account, child, new_id


def _ids(world, person) -> set[str]:
    changes, _, _ = world.pull_all(world.people[person])
    return {change["id"] for change in changes}


def test_a_personal_task_reaches_its_author_and_admins_only(world):
    task = {"entity": "task", "id": new_id(), "fields": {"title": "Call the bank"}}
    assert world.push(world.r1, [task]).status_code == 200
    assert task["id"] in _ids(world, "r1")
    assert task["id"] in _ids(world, "admin")
    for other in ("r2", "r3", "m_north", "m_south"):
        assert task["id"] not in _ids(world, other), other


def test_territory_rows_reach_their_territory_and_catalog_rows_everyone(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Lee")
    assert world.push(world.r1, [acme, contact]).status_code == 200
    product = {"entity": "product", "id": new_id(), "fields": {"sku": "P-1", "name": "Pump"}}
    assert world.push(world.admin, [product]).status_code == 200
    for person in ("r1", "m_north", "admin"):
        assert {acme["id"], contact["id"], product["id"]} <= _ids(world, person), person
    for person in ("r2", "r3", "m_south"):
        seen = _ids(world, person)
        assert product["id"] in seen, person
        assert not {acme["id"], contact["id"]} & seen, person


def test_a_later_pull_from_a_cursor_keeps_the_same_scope(world):
    _, _, cursor = world.pull_all(world.r2)
    task = {"entity": "task", "id": new_id(), "fields": {"title": "Mine"}}
    others = {"entity": "task", "id": new_id(), "fields": {"title": "Someone else's"}}
    assert world.push(world.r2, [task]).status_code == 200
    assert world.push(world.r3, [others]).status_code == 200
    changes, _, _ = world.pull_all(world.r2, cursor)
    assert [change["id"] for change in changes] == [task["id"]]
