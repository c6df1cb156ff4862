"""docs/sync.md is enough to write a client from: its entity table matches the code."""

from __future__ import annotations

from protocol.entities import ENTITY_FIELDS, REQUIRED_ON_CREATE
from server.protocol_doc import DOC, END, START, entity_table, with_table


def test_the_entity_table_in_the_protocol_document_is_current():
    document = DOC.read_text(encoding="utf-8")
    assert START in document and END in document
    assert with_table(document) == document, "run: python -m server.protocol_doc"


def test_the_table_names_every_field_and_what_a_create_needs():
    table = entity_table()
    for entity, fields in ENTITY_FIELDS.items():
        for field, kind in fields.items():
            assert f"| `{field}` | {kind} |" in table, (entity, field)
    rows = [row for row in table.splitlines()[2:]]
    assert len(rows) == sum(len(fields) for fields in ENTITY_FIELDS.values())
    assert sum("| required |" in row for row in rows) == sum(
        len(names) for names in REQUIRED_ON_CREATE.values()
    )
