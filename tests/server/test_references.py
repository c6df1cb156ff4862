"""References between records: every one is checked for existence and scope.

A parent reference (the one that places a record under an account, an attachment's
owner) must name a live record written before or earlier in the batch. Every other
reference is checked against the batch's final state, so records that name each other
can be created in one batch in any order. Anything outside the caller's scope answers
404 exactly as if it did not exist.
"""

from __future__ import annotations

import uuid

import pytest

from protocol.entities import (
    ENTITY_FIELDS,
    PARENT_FIELD,
    REFERENCE_LISTS,
    REFERENCES,
    REQUIRED_ON_CREATE,
)
from tests.server.server_helpers import account, child, new_id


def test_every_reference_field_says_what_it_names():
    for entity, fields in ENTITY_FIELDS.items():
        refs = {name for name, kind in fields.items() if kind == "ref"}
        assert refs == set(REFERENCES.get(entity, {})), entity
        for name, target in REFERENCES.get(entity, {}).items():
            assert target in ENTITY_FIELDS or (entity, name) == ("attachment", "owner_id")
        for name, target in REFERENCE_LISTS.get(entity, {}).items():
            assert fields[name] == "json" and target in ENTITY_FIELDS
    for entity, name in PARENT_FIELD.items():
        assert name in REFERENCES[entity]
    for entity, names in REQUIRED_ON_CREATE.items():
        assert set(names) <= set(ENTITY_FIELDS[entity])


@pytest.fixture
def foreign(world):
    """Rows in T3, which r1 (T1) cannot see."""
    acme = account(world.territories["T3"], name="South GmbH")
    contact = child("contact", "account_id", acme["id"], last_name="Okafor")
    visit = child("visit", "account_id", acme["id"])
    opportunity = child("opportunity", "account_id", acme["id"], title="Deal")
    quote = child("quote", "account_id", acme["id"], number="Q-9")
    task = {"entity": "task", "id": new_id(), "fields": {"title": "Private to r3"}}
    assert world.push(world.r3, [acme, contact, visit, opportunity, quote, task]).status_code == 200
    return {row["entity"]: row["id"] for row in (acme, contact, visit, opportunity, quote, task)}


def _mine(world):
    acme = account(world.territories["T1"])
    assert world.push(world.r1, [acme]).status_code == 200
    return acme["id"]


CASES = [
    ("task", "visit_id", "visit"),
    ("task", "opportunity_id", "opportunity"),
    ("quote", "contact_id", "contact"),
    ("order", "contact_id", "contact"),
    ("order", "quote_id", "quote"),
    ("visit_report", "follow_up_task_id", "task"),
]


@pytest.mark.parametrize(("entity", "field", "target"), CASES)
def test_a_reference_out_of_scope_answers_as_if_it_did_not_exist(
    world, foreign, entity, field, target
):
    mine = _mine(world)
    visit = child("visit", "account_id", mine)
    parent = ("visit_id", visit["id"]) if entity == "visit_report" else ("account_id", mine)
    outside = child(entity, *parent, **{field: foreign[target]})
    missing = child(entity, *parent, **{field: new_id()})
    answers = []
    for change in (outside, missing):
        answer = world.push(world.r1, [visit, change])
        assert answer.status_code == 404, answer.text
        body = answer.json()
        assert (body["field"], body["change_index"], body["change_id"]) == (field, 1, change["id"])
        answers.append(body)
    # The same answer, but for the ids the caller chose: nothing tells the two apart.
    outside_body, missing_body = answers
    assert outside_body["detail"].replace(foreign[target], "X") == missing_body["detail"].replace(
        missing["fields"][field], "X"
    )
    # Nothing was written.
    read = world.client.get(f"/api/v1/records/{entity}/{outside['id']}", headers=world.r1.headers)
    assert read.status_code == 404


def test_references_in_a_list_are_checked_too(world, foreign):
    mine = _mine(world)
    own = child("contact", "account_id", mine, last_name="Mine")
    visit = child("visit", "account_id", mine, contact_ids=[own["id"], foreign["contact"]])
    answer = world.push(world.r1, [own, visit])
    assert answer.status_code == 404 and answer.json()["field"] == "contact_ids"
    visit["fields"]["contact_ids"] = [own["id"]]
    assert world.push(world.r1, [own, visit]).status_code == 200
    # Not a list of UUIDs: refused as a bad value.
    odd = child("visit", "account_id", mine, contact_ids="not a list")
    assert world.push(world.r1, [odd]).status_code == 400


def test_changing_a_reference_later_is_checked_as_well(world, foreign):
    mine = _mine(world)
    quote = child("quote", "account_id", mine, number="Q-1")
    assert world.push(world.r1, [quote]).status_code == 200
    edit = {
        "entity": "quote",
        "id": quote["id"],
        "fields": {"contact_id": foreign["contact"]},
        "base_versions": {},
    }
    answer = world.push(world.r1, [edit])
    assert answer.status_code == 404 and answer.json()["field"] == "contact_id"


def test_records_that_name_each_other_can_be_created_in_one_batch_in_any_order(world):
    mine = account(world.territories["T1"])
    quote = child("quote", "account_id", mine["id"], number="Q-1")
    order = child("order", "account_id", mine["id"], number="SO-1", quote_id=quote["id"])
    quote["fields"]["order_id"] = order["id"]  # names the order created after it
    answer = world.push(world.r1, [mine, quote, order])
    assert answer.status_code == 200, answer.text
    # The client's own flow: quote, an order from it, then the quote names the order.
    quote2 = child("quote", "account_id", mine["id"], number="Q-2")
    order2 = child("order", "account_id", mine["id"], number="SO-2", quote_id=quote2["id"])
    link = {
        "entity": "quote",
        "id": quote2["id"],
        "fields": {"order_id": order2["id"]},
        "base_versions": {},
    }
    assert world.push(world.r1, [quote2, order2, link]).status_code == 200
    # A reference set wrong and put right later in the same batch is fine.
    fix = {
        "entity": "quote",
        "id": quote2["id"],
        "fields": {"contact_id": None},
        "base_versions": {"contact_id": 99},
    }
    wrong = {**link, "fields": {"contact_id": new_id()}, "base_versions": {"contact_id": 99}}
    assert world.push(world.r1, [wrong, fix]).status_code == 200


def test_a_parent_must_exist_before_or_earlier_in_the_batch(world):
    mine = account(world.territories["T1"])
    contact = child("contact", "account_id", mine["id"], last_name="Early")
    answer = world.push(world.r1, [contact, mine])
    assert answer.status_code == 404
    assert (answer.json()["field"], answer.json()["change_index"]) == ("account_id", 0)
    assert world.push(world.r1, [mine, contact]).status_code == 200


def test_a_reference_to_a_tombstone_is_accepted(world):
    mine = _mine(world)
    visit = child("visit", "account_id", mine)
    assert world.push(world.r1, [visit]).status_code == 200
    gone = {"entity": "visit", "id": visit["id"], "op": "delete"}
    assert world.push(world.r1, [gone]).status_code == 200
    task = child("task", "account_id", mine, title="Follow up", visit_id=visit["id"])
    assert world.push(world.r1, [task]).status_code == 200


def test_a_catalog_reference_must_exist(world):
    mine = _mine(world)
    opportunity = child("opportunity", "account_id", mine, stage_id=new_id())
    assert world.push(world.r1, [opportunity]).status_code == 404
    stage = {"entity": "pipeline_stage", "id": new_id(), "fields": {"name": "Won"}}
    assert world.push(world.admin, [stage]).status_code == 200
    opportunity["fields"]["stage_id"] = stage["id"]
    assert world.push(world.r1, [opportunity]).status_code == 200


def test_creating_with_the_id_of_a_record_out_of_scope_looks_like_any_missing_record(
    world, foreign
):
    """The id is taken, so the create cannot succeed; the answer says no more than that."""
    mine = _mine(world)
    taken = child("contact", "account_id", mine, last_name="Probe")
    taken["id"] = foreign["contact"]
    answer = world.push(world.r1, [taken])
    missing = world.push(world.r1, [{"entity": "contact", "id": new_id(), "op": "delete"}])
    assert answer.status_code == missing.status_code == 404
    body, other = answer.json(), missing.json()
    assert body["detail"].replace(foreign["contact"], "X") == other["detail"].replace(
        other["change_id"], "X"
    )
    assert "Okafor" not in answer.text and "South" not in answer.text


def test_an_attachment_on_catalog_data_is_catalog_data(world):
    product = {"entity": "product", "id": new_id(), "fields": {"sku": "P", "name": "Pump"}}
    assert world.push(world.admin, [product]).status_code == 200
    note = child("attachment", "owner_id", product["id"], owner_entity="product", filename="a.pdf")
    assert world.push(world.r1, [note]).status_code == 403
    assert world.push(world.admin, [note]).status_code == 200


def test_required_fields_on_create_are_named(world):
    for entity, names in REQUIRED_ON_CREATE.items():
        change = {"entity": entity, "id": str(uuid.uuid4()), "fields": {}}
        answer = world.push(world.admin, [change])
        assert answer.status_code == 400, (entity, answer.text)
        assert answer.json()["field"] in names
