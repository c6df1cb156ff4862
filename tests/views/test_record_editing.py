"""Editing what a rep created: accounts, contacts, opportunities (issue 12), en and ar."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sqlalchemy import func, select

from app.models import Account, Contact, Opportunity, PipelineStage, Territory
from app.views.shared.bidi import plain
from app.views.shared.labels import stage_label


@pytest.fixture
def customer(desk):
    from app.services.accounts import create_account, create_contact
    from app.services.catalog import seed_default_pipeline_stages

    with desk.workspace.transaction() as session:
        north = Territory(name="North")
        south = Territory(name="South")
        session.add_all([north, south])
        session.flush()
        account = create_account(
            session,
            account_number="C-1",
            name="Harbour Trading",
            currency="EUR",
            territory_id=north.id,
            phone="+971 4 555 0104",
            email="buyer@harbour.example",
        )
        contact = create_contact(
            session, account=account, first_name="Jana", last_name="Novak", phone="+49 30 1234"
        )
        seed_default_pipeline_stages(session)
        return {"account": account.id, "contact": contact.id, "south": south.id}


def test_the_window_follows_the_language(desk):
    expected = (
        Qt.LayoutDirection.RightToLeft
        if desk.preferences.language == "ar"
        else (Qt.LayoutDirection.LeftToRight)
    )
    assert desk.main_window.layoutDirection() == expected


def test_edit_an_account_territory_from_the_catalog_and_its_status(desk, customer):
    page = desk.main_window.show_page("accounts")
    page.open_record(customer["account"])
    dialog = page.detail.edit_account()
    territory = dialog.fields["territory_id"]
    assert not territory.isEditable()  # a chooser, never free text
    names = [territory.itemText(i) for i in range(territory.count())][1:]
    assert names == ["North", "South"]
    assert territory.currentText() == "North"
    assert dialog.fields["name"].text() == "Harbour Trading"

    dialog.fields["name"].setText("")
    dialog.save()
    assert not dialog.errors["name"].isHidden()  # refused, nothing changed
    with desk.workspace.session() as session:
        assert session.get(Account, customer["account"]).name == "Harbour Trading"

    dialog.fields["name"].setText("Harbour Trading LLC")
    territory.setCurrentIndex(territory.findData(customer["south"]))
    status = dialog.fields["status"]
    status.setCurrentIndex(status.findData("inactive"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with desk.workspace.session() as session:
        account = session.get(Account, customer["account"])
        assert (account.name, account.territory_id, account.status) == (
            "Harbour Trading LLC",
            customer["south"],
            "inactive",
        )
        assert session.scalar(select(func.count()).select_from(Territory)) == 2
    assert plain(page.detail.title.text()) == "Harbour Trading LLC"


def test_edit_a_contact_by_activating_its_row(desk, customer, qtbot):
    page = desk.main_window.show_page("accounts")
    page.open_record(customer["account"])
    page.detail.contacts.setCurrentCell(0, 0)
    dialog = page.detail.edit_contact()
    assert dialog.fields["last_name"].text() == "Novak"
    dialog.fields["email"].setText("nope")
    assert dialog.save() is False
    assert not dialog.errors["email"].isHidden()
    dialog.fields["email"].setText("jana@harbour.example")
    dialog.fields["title"].setText("Buyer")
    assert dialog.save() is True
    with desk.workspace.session() as session:
        contact = session.get(Contact, customer["contact"])
        assert (contact.email, contact.title) == ("jana@harbour.example", "Buyer")
        assert session.scalar(select(func.count()).select_from(Contact)) == 1


def test_create_move_win_and_lose_an_opportunity_with_a_reason(desk, customer):
    page = desk.main_window.show_page("accounts")
    page.open_record(customer["account"])
    dialog = page.detail.add_opportunity()
    assert dialog.currency.text() == "EUR"
    stages = [plain(dialog.stage.itemText(i)) for i in range(dialog.stage.count())]
    with desk.workspace.session() as session:
        names = session.scalars(select(PipelineStage.name).order_by(PipelineStage.position))
        assert stages == [stage_label(name) for name in names]  # seeded stages translated
        lost = session.scalar(select(PipelineStage).where(PipelineStage.is_lost)).name
        won = session.scalar(select(PipelineStage).where(PipelineStage.is_won)).name
    assert dialog.save() is False
    assert not dialog.errors["title"].isHidden()
    dialog.title_field.setText("Cooling towers")
    dialog.amount.setText("12 500,50")
    assert dialog.save() is True
    with desk.workspace.session() as session:
        opportunity = session.scalar(select(Opportunity))
        assert (opportunity.title, opportunity.amount) == ("Cooling towers", Decimal("12500.50"))
        opportunity_id = opportunity.id
    assert page.detail.opportunities.rowCount() == 1

    page.detail.opportunities.setCurrentCell(0, 0)
    dialog = page.detail.edit_opportunity()
    assert dialog.lost_reason.isHidden()
    dialog.choose_stage(lost)
    assert not dialog.lost_reason.isHidden()
    assert dialog.save() is False  # lost needs its reason, under the field
    assert not dialog.errors["lost_reason"].isHidden()
    dialog.lost_reason.setText("Chose a cheaper supplier")
    assert dialog.save() is True
    with desk.workspace.session() as session:
        opportunity = session.get(Opportunity, opportunity_id)
        assert opportunity.stage.is_lost and opportunity.lost_reason == "Chose a cheaper supplier"

    pipeline = desk.main_window.show_page("pipeline")
    dialog = pipeline.open_record(opportunity_id)
    dialog.choose_stage(won)
    assert dialog.save() is True
    with desk.workspace.session() as session:
        opportunity = session.get(Opportunity, opportunity_id)
        assert opportunity.stage.is_won and opportunity.lost_reason is None


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_phone_numbers_and_addresses_call_and_write(desk, customer):
    catcher = _Catcher()
    for scheme in ("tel", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")
    try:
        page = desk.main_window.show_page("accounts")
        page.open_record(customer["account"])
        details = page.detail.details.text()
        assert 'href="tel:+97145550104"' in details
        assert 'href="mailto:buyer@harbour.example"' in details
        page.detail.details.linkActivated.emit("tel:+97145550104")
        table = page.detail.contacts
        table.itemClicked.emit(table.item(0, 2))
        table.itemClicked.emit(table.item(0, 0))  # the name is not a link
    finally:
        for scheme in ("tel", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert catcher.urls == ["tel:+97145550104", "tel:+49301234"]


def test_edit_dialogs_are_translated(desk, customer):
    page = desk.main_window.show_page("accounts")
    page.open_record(customer["account"])
    dialog = page.detail.edit_account()
    assert dialog.windowTitle() == QCoreApplication.translate("AccountDialog", "Edit account")
    if desk.preferences.language == "ar":
        assert dialog.windowTitle() != "Edit account"
        assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
