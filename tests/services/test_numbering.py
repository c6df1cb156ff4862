"""Offline numbers: per-device prefix plus a local counter, never reused."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.models import Account, Quote
from app.services.numbering import next_number


def test_numbers_count_up_per_kind_and_device(session) -> None:
    assert next_number(session, kind="Q", device_prefix="K7Q2") == "Q-K7Q2-00001"
    assert next_number(session, kind="Q", device_prefix="K7Q2") == "Q-K7Q2-00002"
    assert next_number(session, kind="O", device_prefix="K7Q2") == "O-K7Q2-00001"
    assert next_number(session, kind="C", device_prefix="K7Q2") == "C-K7Q2-00001"
    # Another laptop numbers on its own and can never produce the same string.
    assert next_number(session, kind="Q", device_prefix="M3X9") == "Q-M3X9-00001"


def test_two_devices_never_collide() -> None:
    from tests.models.conftest import make_session

    laptop_a, laptop_b = make_session(), make_session()
    numbers_a = {next_number(laptop_a, kind="O", device_prefix="AAAA") for _ in range(50)}
    numbers_b = {next_number(laptop_b, kind="O", device_prefix="BBBB") for _ in range(50)}
    assert len(numbers_a) == len(numbers_b) == 50
    assert not numbers_a & numbers_b


def test_rebuilt_workspace_continues_above_numbers_synced_back(session) -> None:
    account = Account(account_number="A-1", name="Acme")
    session.add(
        Quote(number="Q-K7Q2-00041", account=account, currency="EUR", issue_date=date(2026, 1, 1))
    )
    session.flush()
    assert next_number(session, kind="Q", device_prefix="K7Q2") == "Q-K7Q2-00042"


def test_counter_survives_a_commit(session) -> None:
    next_number(session, kind="Q", device_prefix="K7Q2")
    session.commit()
    assert next_number(session, kind="Q", device_prefix="K7Q2") == "Q-K7Q2-00002"


@pytest.mark.parametrize("prefix", ["", "k7q2", "K", "TOOLONGPREFIX", "K7-Q2"])
def test_malformed_device_prefix_is_refused(session, prefix) -> None:
    with pytest.raises(ValidationError) as caught:
        next_number(session, kind="Q", device_prefix=prefix)
    assert caught.value.field == "device_prefix"
