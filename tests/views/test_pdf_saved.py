"""After a PDF: where it went, Open and Open folder, also with no PDF viewer (issue 12)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from app.views.documents.pdf_saved import PdfSavedDialog


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


def test_a_produced_pdf_says_where_it_is_and_opens_its_folder(desk, tmp_path, qtbot, opened_urls):
    pytest.importorskip("app.reports.sources")
    from app.services.accounts import create_account
    from app.services.catalog import create_price_list, create_product, set_price

    with desk.workspace.transaction() as session:
        account = create_account(session, account_number="C-1", name="Oasis", currency="EUR")
        product = create_product(session, sku="P-1", name="Pump", tax_rate=Decimal("5"))
        prices = create_price_list(session, name="Std", currency="EUR", is_default=True)
        set_price(session, price_list=prices, product=product, unit_price=Decimal("10"))
        account_id, product_id = account.id, product.id
    quotes = desk.main_window.show_page("quotes")
    quotes.create_for_account(account_id)
    quotes.editor.add_product(product_id, Decimal("1"))
    target = tmp_path / "out" / "quote.pdf"
    target.parent.mkdir()
    quotes.editor.produce_pdf(target)
    qtbot.waitUntil(
        lambda: getattr(quotes.editor, "pdf_saved_message", None) is not None, timeout=30_000
    )
    dialog = quotes.editor.pdf_saved_message
    assert target.exists() and str(target) in dialog.message.text()
    assert dialog.isVisible()
    if desk.preferences.language == "ar":
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dialog.folder_button.text() != "Open folder"

    dialog.folder_button.click()
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened_urls] == [str(target.parent), str(target)]
    assert dialog.isVisible()  # the message stays until Close


def test_with_no_pdf_viewer_the_message_says_so_and_points_to_the_folder(desk, tmp_path):
    path = tmp_path / "quote.pdf"
    path.write_bytes(b"%PDF-1.4")
    dialog = PdfSavedDialog(desk.main_window, path, opened=False)
    assert str(path) in dialog.message.text()
    assert len(dialog.message.text().splitlines()) > 1  # the no-viewer sentence
    assert dialog.folder_button.isDefault()
    seen = PdfSavedDialog(desk.main_window, path, opened=True).message.text()
    assert seen.splitlines() == [seen]  # opened: just where it is
