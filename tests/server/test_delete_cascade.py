"""Deleting a record tombstones what hangs off it, in the same transaction.

An account takes everything under it with it (contacts, visits and their reports,
quotes and orders with their lines, tasks, contracts, attachments ...); a quote or
an order its lines; any record the attachments it owns. Every cascaded tombstone has
its own feed ``delete`` entry. What is frozen (a submitted order, an approved report)
cannot be deleted this way either: the delete is refused.
"""

from __future__ import annotations

from tests.server.server_helpers import account, child, new_id


def _delete(entity: str, record_id: str) -> dict:
    return {"entity": entity, "id": record_id, "op": "delete"}


def _attachment(owner_entity: str, owner_id: str) -> dict:
    return child("attachment", "owner_id", owner_id, owner_entity=owner_entity, filename="a.txt")


def _account_with_everything(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Okafor")
    visit = child("visit", "account_id", acme["id"], contact_ids=[contact["id"]])
    report = child("visit_report", "visit_id", visit["id"], summary="ok")
    quote = child("quote", "account_id", acme["id"], number="Q-1")
    quote_line = child("quote_line", "quote_id", quote["id"], quantity="1")
    order = child("order", "account_id", acme["id"], number="SO-1", status="draft")
    order_line = child("order_line", "order_id", order["id"], quantity="2")
    task = child("task", "account_id", acme["id"], title="Call back", visit_id=visit["id"])
    opportunity = child("opportunity", "account_id", acme["id"], title="Deal")
    contract = child("contract", "account_id", acme["id"], number="C-1")
    photo = _attachment("visit_report", report["id"])
    rows = [acme, contact, visit, report, quote, quote_line, order, order_line, task]
    rows += [opportunity, contract, photo]
    assert world.push(world.r1, rows).status_code == 200
    return rows


def _state(world, person, entity, record_id):
    answer = world.client.get(f"/api/v1/records/{entity}/{record_id}", headers=person.headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_deleting_an_account_tombstones_everything_under_it(world):
    rows = _account_with_everything(world)
    acme = rows[0]
    _, _, cursor = world.pull_all(world.m_north)
    answer = world.push(world.r1, [_delete("account", acme["id"])])
    assert answer.status_code == 200, answer.text
    assert {r["id"] for r in answer.json()["records"] if r["deleted"]} == {r["id"] for r in rows}
    for row in rows:
        assert _state(world, world.r1, row["entity"], row["id"])["deleted"] is True
    # Every tombstone reaches the team's other clients as its own delete entry.
    changes, _, _ = world.pull_all(world.m_north, cursor)
    assert {c["id"] for c in changes if c["kind"] == "delete"} == {r["id"] for r in rows}
    assert all(c["fields"] == {} for c in changes)
    # A contact of a deleted account cannot be edited back to life.
    contact = rows[1]
    edit = {
        "entity": "contact",
        "id": contact["id"],
        "fields": {"phone": "+1"},
        "base_versions": {"phone": 9},
    }
    revived = world.push(world.r1, [edit]).json()
    assert revived["conflicts"][0]["kept_value"] is None
    assert _state(world, world.r1, "contact", contact["id"])["deleted"] is True


def test_deleting_a_quote_or_an_order_tombstones_its_lines_only(world):
    acme = account(world.territories["T1"])
    quote = child("quote", "account_id", acme["id"], number="Q-1")
    other = child("quote", "account_id", acme["id"], number="Q-2")
    lines = [child("quote_line", "quote_id", quote["id"], quantity="1") for _ in range(3)]
    kept = child("quote_line", "quote_id", other["id"], quantity="1")
    order = child("order", "account_id", acme["id"], number="SO-1", status="draft")
    order_lines = [child("order_line", "order_id", order["id"], quantity="1") for _ in range(2)]
    note = _attachment("quote_line", lines[0]["id"])
    rows = [acme, quote, other, *lines, kept, order, *order_lines, note]
    assert world.push(world.r1, rows).status_code == 200
    answer = world.push(world.r1, [_delete("quote", quote["id"]), _delete("order", order["id"])])
    assert answer.status_code == 200, answer.text
    gone = {r["id"] for r in answer.json()["records"] if r["deleted"]}
    expected = {quote["id"], order["id"], note["id"]} | {r["id"] for r in lines + order_lines}
    assert gone == expected
    assert _state(world, world.r1, "quote_line", kept["id"])["deleted"] is False
    assert _state(world, world.r1, "quote", other["id"])["deleted"] is False


def test_deleting_a_visit_takes_its_reports_but_not_tasks_that_mention_it(world):
    acme = account(world.territories["T1"])
    visit = child("visit", "account_id", acme["id"])
    report = child("visit_report", "visit_id", visit["id"], summary="ok")
    task = child("task", "account_id", acme["id"], title="Follow up", visit_id=visit["id"])
    assert world.push(world.r1, [acme, visit, report, task]).status_code == 200
    assert world.push(world.r1, [_delete("visit", visit["id"])]).status_code == 200
    assert _state(world, world.r1, "visit_report", report["id"])["deleted"] is True
    assert _state(world, world.r1, "task", task["id"])["deleted"] is False


def test_a_personal_task_takes_its_attachments(world):
    task = {"entity": "task", "id": new_id(), "fields": {"title": "Mine"}}
    note = _attachment("task", task["id"])
    assert world.push(world.r1, [task, note]).status_code == 200
    assert world.push(world.r1, [_delete("task", task["id"])]).status_code == 200
    assert _state(world, world.r1, "attachment", note["id"])["deleted"] is True


def test_rows_created_in_the_same_batch_are_cascaded_too(world):
    acme = account(world.territories["T1"])
    contact = child("contact", "account_id", acme["id"], last_name="Brief")
    answer = world.push(world.r1, [acme, contact, _delete("account", acme["id"])])
    assert answer.status_code == 200, answer.text
    assert _state(world, world.r1, "contact", contact["id"])["deleted"] is True


def test_a_row_created_under_a_parent_deleted_earlier_in_its_batch_is_refused(world):
    # Creates under one parent share its looked-up scope; a delete between them
    # must not leave the second create under a tombstone.
    acme = account(world.territories["T1"])
    assert world.push(world.r1, [acme]).status_code == 200
    first = child("contact", "account_id", acme["id"], last_name="First")
    second = child("contact", "account_id", acme["id"], last_name="Second")
    answer = world.push(world.r1, [first, _delete("account", acme["id"]), second])
    assert answer.status_code == 404, answer.text
    assert answer.json()["change_index"] == 2
    assert _state(world, world.r1, "account", acme["id"])["deleted"] is False


def test_an_account_holding_frozen_records_cannot_be_deleted(world):
    for frozen in ("order", "report"):
        acme = account(world.territories["T1"])
        contact = child("contact", "account_id", acme["id"], last_name="Stays")
        rows = [acme, contact]
        if frozen == "order":
            rows.append(child("order", "account_id", acme["id"], number="SO-9", status="submitted"))
        else:
            visit = child("visit", "account_id", acme["id"])
            report = child("visit_report", "visit_id", visit["id"], summary="s", submitted=True)
            rows += [visit, report]
        assert world.push(world.r1, rows).status_code == 200
        if frozen == "report":
            review = world.client.post(
                f"/api/v1/visit-reports/{report['id']}/review",
                json={"review_state": "approved"},
                headers=world.m_north.headers,
            )
            assert review.status_code == 200, review.text
        answer = world.push(world.r1, [contact, _delete("account", acme["id"])])
        assert answer.status_code == 409, answer.text
        assert answer.json()["change_index"] == 1 and answer.json()["change_id"] == acme["id"]
        assert _state(world, world.r1, "contact", contact["id"])["deleted"] is False
        assert _state(world, world.r1, "account", acme["id"])["deleted"] is False
