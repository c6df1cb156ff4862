"""Search from one place (Ctrl+K), Down and Enter in search boxes, every page by shortcut."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.views.main_window import page_shortcut
from app.views.shared.bidi import plain


@pytest.fixture
def records(desk):
    from app.services.accounts import create_account, create_contact
    from app.services.catalog import create_product
    from app.services.quotes import create_quote

    with desk.workspace.transaction() as session:
        harbour = create_account(session, account_number="C-1", name="Harbour Trading")
        create_account(session, account_number="C-2", name="Novak Metals")  # own name matches
        create_account(session, account_number="C-3", name="Blue Dune")
        create_contact(session, account=harbour, first_name="Jana", last_name="Novak")
        quote = create_quote(
            session,
            account=harbour,
            device_prefix=desk.workspace.device_prefix,
            issue_date=__import__("datetime").date.today(),
        )
        create_product(session, sku="NOV-7", name="Novak valve", tax_rate=Decimal("5"))
        return {"harbour": harbour.id, "quote": quote.id, "quote_number": quote.number}


def result_texts(dialog) -> list[str]:
    return [plain(dialog.results.item(i).text()) for i in range(dialog.results.count())]


def test_ctrl_k_finds_every_kind_grouped_and_marks_contact_matches(desk, records, qtbot):
    window = desk.main_window
    assert window.search_everything_action.shortcut() == QKeySequence("Ctrl+K")
    window.search_everything_action.trigger()
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.field, "Novak")
    dialog.search()
    texts = result_texts(dialog)
    tr = lambda text: QCoreApplication.translate("SearchDialog", text)  # noqa: E731
    assert texts[0] == tr("Accounts")
    assert texts.index(tr("Contacts")) > 0 and texts.index(tr("Products")) > texts.index(
        tr("Contacts")
    )
    marked = [t for t in texts if t.strip().startswith("Harbour Trading")]
    assert len(marked) == 1 and "Jana Novak" in marked[0]  # why Harbour came up
    assert not any("Jana" in t for t in texts if "Novak Metals" in t)
    headers = [dialog.results.item(i) for i in range(dialog.results.count())]
    assert not headers[0].flags() & Qt.ItemFlag.ItemIsSelectable

    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # into the results, on the first hit
    if dialog.isActiveWindow():  # offscreen windows may never become active
        assert QApplication.focusWidget() is dialog.results
    assert dialog.current_hit().kind == "account"
    dialog.results.setCurrentRow(texts.index(marked[0]))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    accounts = window.page("accounts")
    assert window.current_key() == "accounts"
    assert accounts.stack.currentWidget() is accounts.detail
    assert accounts.detail.account_id == records["harbour"]


def test_enter_in_the_search_box_opens_the_first_hit(desk, records, qtbot):
    window = desk.main_window
    dialog = window.search_everything()
    qtbot.keyClicks(dialog.field, records["quote_number"])
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # before the pause: searches, then opens
    assert window.current_key() == "quotes"
    assert window.page("quotes").editor.document_id == records["quote"]


def test_nothing_found_says_so(desk, records, qtbot):
    dialog = desk.main_window.search_everything()
    qtbot.keyClicks(dialog.field, "zzzz")
    assert dialog.search() == []
    assert result_texts(dialog) == [
        QCoreApplication.translate("SearchDialog", "Nothing found for “%1”.").replace("%1", "zzzz")
    ]
    assert "\u2068zzzz\u2069" in dialog.results.item(0).text()  # typed text keeps its direction
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible()  # nothing to open


def test_down_and_enter_in_the_accounts_search_and_the_contact_mark(desk, records, qtbot):
    page = desk.main_window.show_page("accounts")
    qtbot.keyClicks(page.search_field, "Jana")
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == 0
    name = plain(page.model.index(0, 1).data())
    assert name.startswith("Harbour Trading") and "Jana Novak" in name
    page.search_field.setFocus()
    qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.account_id == records["harbour"]


@pytest.mark.parametrize("key", ["contacts", "quotes", "products"])
def test_down_and_enter_work_in_other_search_boxes(desk, records, qtbot, key):
    page = desk.main_window.show_page(key)
    text = {"contacts": "Jana", "quotes": records["quote_number"], "products": "NOV"}[key]
    qtbot.keyClicks(page.search_field, text)
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.table.currentRow() == 0
    if key != "products":
        page.search_field.setFocus()
        qtbot.keyClick(page.search_field, Qt.Key.Key_Return)
        window = desk.main_window
        if key == "contacts":
            assert window.current_key() == "accounts"
        else:
            assert page.stack.currentWidget() is page.editor


def test_every_page_has_its_own_shortcut(desk):
    window = desk.main_window
    shortcuts = [page_shortcut(i, spec.key) for i, spec in enumerate(window.specs)]
    assert all(shortcuts) and len(set(shortcuts)) == len(shortcuts)
    by_shortcut = {
        a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()
    }
    by_shortcut["Ctrl+0"].trigger()
    assert window.current_key() == "conflicts"
    by_shortcut["Ctrl+,"].trigger()
    assert window.current_key() == "settings"
    assert window.navigation.item(len(window.specs) - 1).toolTip()


def test_enter_in_the_account_chooser_picks_the_first_match(desk, records, qtbot):
    pipeline = desk.main_window.show_page("pipeline")
    chooser = pipeline.create_new()
    qtbot.keyClicks(chooser.search, "Harb")
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)  # before the pause: filters, then picks
    dialog = pipeline.opportunity_dialog
    assert dialog.account_id == records["harbour"]
    assert plain(dialog.account_label.text()) == "Harbour Trading"
