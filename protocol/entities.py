"""Every synced entity and its fields, as they travel in sync messages.

This is the single list both sides agree on: the client's SQLAlchemy models use
these table and column names, and the server refuses any entity or field not named
here. Field kinds tell the server how to validate a value in JSON:

    str       a JSON string
    text      a JSON string, possibly long
    int       a JSON integer
    bool      true / false
    decimal   a JSON string holding an exact decimal ("1234.50"); never a float
    date      "YYYY-MM-DD"
    datetime  ISO 8601 with timezone, UTC preferred
    ref       the UUID (string) of another synced row
    json      any JSON value (lists of tags, quantity breaks ...)

Every entity also carries the bookkeeping columns of ``SYNCED_COLUMNS``; ``id`` is
a client-generated UUID.
"""

from __future__ import annotations

from typing import Literal

FieldKind = Literal["str", "text", "int", "bool", "decimal", "date", "datetime", "ref", "json"]

SYNCED_COLUMNS: dict[str, FieldKind] = {
    "id": "ref",
    "created_at": "datetime",
    "updated_at": "datetime",
    "updated_by": "str",
    "deleted": "bool",
    "row_version": "int",
}

ENTITY_FIELDS: dict[str, dict[str, FieldKind]] = {
    "territory": {"name": "str"},
    "pipeline_stage": {
        "name": "str",
        "position": "int",
        "probability": "int",
        "is_won": "bool",
        "is_lost": "bool",
    },
    "account": {
        "account_number": "str",
        "name": "str",
        "legal_name": "str",
        "tax_id": "str",
        "type": "str",  # lead | prospect | customer
        "status": "str",  # active | inactive | blocked
        "segment": "str",
        "tags": "json",
        "territory_id": "ref",
        "owner": "str",
        "billing_street": "str",
        "billing_city": "str",
        "billing_postal_code": "str",
        "billing_region": "str",
        "billing_country": "str",
        "shipping_street": "str",
        "shipping_city": "str",
        "shipping_postal_code": "str",
        "shipping_region": "str",
        "shipping_country": "str",
        "phone": "str",
        "email": "str",
        "website": "str",
        "credit_limit": "decimal",
        "open_balance": "decimal",
        "currency": "str",
        "payment_terms": "str",
        "lead_score": "int",
        "notes": "text",
    },
    "contact": {
        "account_id": "ref",
        "first_name": "str",
        "last_name": "str",
        "title": "str",
        "phone": "str",
        "email": "str",
        "preferred_language": "str",
        "marketing_consent": "bool",
        "marketing_consent_date": "date",
    },
    "opportunity": {
        "account_id": "ref",
        "title": "str",
        "stage_id": "ref",
        "amount": "decimal",
        "currency": "str",
        "expected_close_date": "date",
        "owner": "str",
        "lost_reason": "str",
    },
    "visit": {
        "account_id": "ref",
        "contact_ids": "json",
        "planned_start": "datetime",
        "planned_end": "datetime",
        "status": "str",  # planned | checked_in | completed | cancelled | missed
        "checked_in_at": "datetime",
        "checked_out_at": "datetime",
        "purpose": "text",
        "owner": "str",
    },
    "visit_report": {
        "visit_id": "ref",
        "summary": "text",
        "outcome": "str",
        "next_steps": "text",
        "follow_up_task_id": "ref",
        "submitted": "bool",
        "submitted_at": "datetime",
        "review_state": "str",  # pending | approved | changes_requested
        "review_comment": "text",
        "reviewed_by": "str",
        "reviewed_at": "datetime",
    },
    "task": {
        "title": "str",
        "due_date": "date",
        "assignee": "str",
        "account_id": "ref",
        "visit_id": "ref",
        "opportunity_id": "ref",
        "done": "bool",
        "notes": "text",
    },
    "product": {
        "sku": "str",
        "name": "str",
        "description": "text",
        "unit": "str",
        "tax_rate": "decimal",
        "active": "bool",
    },
    "price_list": {
        "name": "str",
        "currency": "str",
        "valid_from": "date",
        "valid_to": "date",
        "is_default": "bool",
    },
    "price_list_account": {"price_list_id": "ref", "account_id": "ref"},
    "price_list_item": {
        "price_list_id": "ref",
        "product_id": "ref",
        "min_quantity": "decimal",
        "unit_price": "decimal",
    },
    "quote": {
        "number": "str",
        "account_id": "ref",
        "contact_id": "ref",
        "price_list_id": "ref",
        "currency": "str",
        "issue_date": "date",
        "valid_until": "date",
        "terms": "text",
        "status": "str",  # draft | sent | accepted | rejected | expired
        "order_id": "ref",
        "notes": "text",
        "customer_reference": "str",
        "delivery_terms": "str",
        "revision": "int",
    },
    "quote_line": {
        "quote_id": "ref",
        "position": "int",
        "product_id": "ref",
        "description": "text",
        "quantity": "decimal",
        "unit_price": "decimal",
        "discount_percent": "decimal",
        "tax_rate": "decimal",
    },
    "order": {
        "number": "str",
        "account_id": "ref",
        "contact_id": "ref",
        "quote_id": "ref",
        "currency": "str",
        "order_date": "date",
        "requested_delivery_date": "date",
        "status": "str",  # draft | submitted | confirmed | fulfilled | cancelled
        "submitted_at": "datetime",
        "credit_override_by": "str",
        "notes": "text",
        "customer_reference": "str",
        "delivery_terms": "str",
        "payment_terms": "str",
        "delivery_address": "text",
    },
    "order_line": {
        "order_id": "ref",
        "position": "int",
        "product_id": "ref",
        "description": "text",
        "quantity": "decimal",
        "unit_price": "decimal",
        "discount_percent": "decimal",
        "tax_rate": "decimal",
    },
    "contract": {
        "number": "str",
        "account_id": "ref",
        "title": "str",
        "start_date": "date",
        "end_date": "date",
        "auto_renew": "bool",
        "notice_period_days": "int",
        "value": "decimal",
        "currency": "str",
        "status": "str",  # draft | active | expired | terminated
    },
    # The rate in force from ``valid_from`` on, until a later row for the same pair:
    # 1 ``from_currency`` = ``rate`` ``to_currency``.
    "exchange_rate": {
        "from_currency": "str",
        "to_currency": "str",
        "rate": "decimal",
        "valid_from": "date",
    },
    # How often an account of ``segment`` should be visited, in days (Today's ranking).
    "visit_cadence": {"segment": "str", "days": "int"},
    "attachment": {
        "owner_entity": "str",
        "owner_id": "ref",
        "filename": "str",
        "media_type": "str",
        "size": "int",
        "content_hash": "str",  # sha256 hex of the plaintext
    },
}

# Entities only an admin may change through sync; reps and managers read them.
CATALOG_ENTITIES = frozenset(
    {
        "product",
        "price_list",
        "price_list_item",
        "price_list_account",
        "pipeline_stage",
        "territory",
        "exchange_rate",
        "visit_cadence",
    }
)

# How each entity hangs off an account, for territory scoping on the server:
# entity -> the chain of reference fields that leads to account.id.
ACCOUNT_PATH: dict[str, tuple[str, ...]] = {
    "account": (),
    "contact": ("account_id",),
    "opportunity": ("account_id",),
    "visit": ("account_id",),
    "visit_report": ("visit_id", "account_id"),
    "task": ("account_id",),
    "quote": ("account_id",),
    "quote_line": ("quote_id", "account_id"),
    "order": ("account_id",),
    "order_line": ("order_id", "account_id"),
    "contract": ("account_id",),
    "price_list_account": ("account_id",),
}

# What every reference names: each ``ref`` field of ENTITY_FIELDS is listed here (a
# test checks it), so the server checks a new reference the day it is added.
# An attachment's ``owner_id`` names a record of the entity in its ``owner_entity``.
OWNER_ENTITY = "<owner_entity>"
REFERENCES: dict[str, dict[str, str]] = {
    "account": {"territory_id": "territory"},
    "contact": {"account_id": "account"},
    "opportunity": {"account_id": "account", "stage_id": "pipeline_stage"},
    "visit": {"account_id": "account"},
    "visit_report": {"visit_id": "visit", "follow_up_task_id": "task"},
    "task": {"account_id": "account", "visit_id": "visit", "opportunity_id": "opportunity"},
    "price_list_account": {"price_list_id": "price_list", "account_id": "account"},
    "price_list_item": {"price_list_id": "price_list", "product_id": "product"},
    "quote": {
        "account_id": "account",
        "contact_id": "contact",
        "price_list_id": "price_list",
        "order_id": "order",
    },
    "quote_line": {"quote_id": "quote", "product_id": "product"},
    "order": {"account_id": "account", "contact_id": "contact", "quote_id": "quote"},
    "order_line": {"order_id": "order", "product_id": "product"},
    "contract": {"account_id": "account"},
    "attachment": {"owner_id": OWNER_ENTITY},
}

# ``json`` fields that hold a list of ids of one entity; checked like references.
REFERENCE_LISTS: dict[str, dict[str, str]] = {"visit": {"contact_ids": "contact"}}

# The reference that places a record in scope (under an account, a territory or an
# owner). It must name a live record when the record is created (written before, or
# earlier in the same batch) and it never changes afterwards. Every other reference
# may name a record created later in the same batch.
PARENT_FIELD: dict[str, str] = {
    "account": "territory_id",
    "attachment": "owner_id",
    **{entity: path[0] for entity, path in ACCOUNT_PATH.items() if path},
}

# Fields a change creating a record must carry. A task without an account_id is a
# personal task, seen only by its author.
REQUIRED_ON_CREATE: dict[str, tuple[str, ...]] = {
    **{entity: (name,) for entity, name in PARENT_FIELD.items() if entity != "task"},
    "attachment": ("owner_entity", "owner_id"),
}
