"""Rates and cadences an admin wrote by sync push (kinds checked, not ranges) still list."""

from __future__ import annotations

import uuid


def test_half_filled_rows_pushed_by_an_admin_list_without_a_server_error(world):
    cadence = {
        "entity": "visit_cadence",
        "id": str(uuid.uuid4()),
        "fields": {"segment": "Retail"},
        "base_versions": {},
    }
    rate = {
        "entity": "exchange_rate",
        "id": str(uuid.uuid4()),
        "fields": {"from_currency": "000", "rate": "-1"},
        "base_versions": {},
    }
    answer = world.push(world.admin, [cadence, rate])
    assert answer.status_code == 200, answer.text
    cadences = world.client.get("/api/v1/admin/visit-cadences", headers=world.admin.headers)
    assert cadences.status_code == 200, cadences.text
    assert {"id": cadence["id"], "segment": "Retail", "days": 0} in cadences.json()
    rates = world.client.get("/api/v1/admin/exchange-rates", headers=world.admin.headers)
    assert rates.status_code == 200, rates.text
    [listed] = [row for row in rates.json() if row["id"] == rate["id"]]
    assert (listed["from_currency"], listed["to_currency"]) == ("000", "")
