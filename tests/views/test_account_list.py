"""The accounts list: lazy pages, full-text filter (names, cities, contacts), sorting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from app.models import Account, Contact
from app.views.shared.bidi import plain


@pytest.fixture
def many_accounts(unlocked):
    """250 accounts (more than one page of 200); one contact named Zainab Rahimi."""
    now = datetime.now(UTC)
    common = {"created_at": now, "updated_at": now, "deleted": False, "row_version": 1}
    rows = [
        {
            "id": f"00000000-0000-0000-0000-{n:012d}",
            "account_number": f"C-{n:05d}",
            "name": f"Trading House {n:03d}",
            "billing_city": "Samara" if n % 50 == 0 else "Dubai",
            "tags": ["vip"] if n == 7 else [],
            "type": "customer",
            "status": "active",
            "credit_limit": n,
            "open_balance": 0,
            "currency": "AED",
            **common,
        }
        for n in range(250)
    ]
    with unlocked.workspace.transaction() as session:
        session.execute(insert(Account), rows)
        session.execute(
            insert(Contact),
            [
                {
                    "id": "10000000-0000-0000-0000-000000000001",
                    "account_id": rows[123]["id"],
                    "first_name": "Zainab",
                    "last_name": "Rahimi",
                    "marketing_consent": False,
                    **common,
                }
            ],
        )
    page = unlocked.main_window.show_page("accounts")
    page.model.reload()
    return page


def names(page) -> list[str]:
    return [plain(page.model.index(row, 1).data()) for row in range(page.model.rowCount())]


def test_first_page_only_then_more_on_scroll(many_accounts):
    page = many_accounts
    assert page.model.rowCount() == 200
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 250
    assert not page.model.canFetchMore()
    assert plain(page.count_label.text()) == "Accounts: 250" or page.model.matching_count() == 250


def test_type_to_filter_finds_names_cities_tags_and_contacts(many_accounts, qtbot):
    page = many_accounts
    qtbot.keyClicks(page.search_field, "zain")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # Found through a contact's name, and the row says which contact (issue 12).
    [found] = names(page)
    assert found.startswith("Trading House 123  ·  ") and "Zainab" in found
    assert plain(page.count_label.text()) == "Accounts: 1"

    page.search_field.setText("samara")
    page.apply_filter()
    assert sorted(names(page)) == [f"Trading House {n:03d}" for n in range(0, 250, 50)]

    page.search_field.setText("vip")
    page.apply_filter()
    assert names(page) == ["Trading House 007"]

    page.search_field.setText('"unbalanced AND (')  # FTS syntax typed by a user is just text
    page.apply_filter()
    assert page.model.rowCount() == 0

    page.search_field.setText("t")  # one letter: names starting with it, any case
    page.apply_filter()
    assert page.model.matching_count() == 250
    page.search_field.setText("h")
    page.apply_filter()
    assert page.model.rowCount() == 0

    page.search_field.clear()
    page.apply_filter()
    assert page.model.rowCount() == 200


def test_typing_filters_off_the_gui_thread_and_the_last_keystroke_wins(many_accounts, qtbot):
    """Each typing pause starts a query in the background; one still running when the
    next comes is cancelled, and only the newest text's rows and count are shown."""
    page = many_accounts
    shown: list[int] = []
    page.model.filtered.connect(shown.append)
    before = names(page)
    page.search_field.setText("samara")
    page.filter_as_typed()
    assert names(page) == before  # returned at once: the rows are not in yet
    page.search_field.setText("vip")
    with qtbot.waitSignal(page.model.filtered, timeout=20_000):
        page.filter_as_typed()
    page.model.wait_for_background()
    qtbot.wait(50)  # any stale answer would arrive now
    assert names(page) == ["Trading House 007"]
    assert shown == [1]
    assert plain(page.count_label.text()) == "Accounts: 1"


def test_moving_into_the_list_waits_for_the_rows_being_filtered(many_accounts, qtbot):
    page = many_accounts
    page.search_field.setText("zainab")
    page.filter_as_typed()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert names(page)[0].startswith("Trading House 123")
    assert page.table.currentIndex().row() == 0


def test_sort_by_any_column(many_accounts):
    page = many_accounts
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # credit limit
    assert plain(page.model.index(0, 1).data()) == "Trading House 249"
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert plain(page.model.index(0, 1).data()) == "Trading House 000"


def test_opening_an_account_shows_its_360_view(many_accounts):
    page = many_accounts
    page.search_field.setText("zainab")
    page.apply_filter()
    page.table.activated.emit(page.model.index(0, 1))
    assert page.stack.currentWidget() is page.detail
    assert plain(page.detail.title.text()) == "Trading House 123"
    assert plain(page.detail.contacts.item(0, 0).text()) == "Zainab Rahimi"
    assert plain(page.detail.credit_limit.text()).startswith("AED")


def test_phone_numbers_are_isolated_left_to_right_for_arabic_and_persian(unlocked):
    with unlocked.workspace.transaction() as session:
        session.add(
            Account(
                account_number="P-1", name="Phone Test", phone="+971 4 555 0104", currency="AED"
            )
        )
    page = unlocked.main_window.show_page("accounts")
    page.model.reload()
    shown = page.model.index(0, 7).data()
    # Without the isolate an Arabic table shows "0104 555 4 971+".
    assert shown == "\u2066+971 4 555 0104\u2069"
