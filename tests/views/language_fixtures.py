"""An unlocked app in a chosen language (English, and Arabic with its calendar).

A test module takes the fixture with ``app_in = language_fixtures.app_in``; tests
taking ``app_in`` then run once in English and once in Arabic.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

CALENDARS = {"ar": "islamic-civil", "fa": "jalali"}


def start_in(language, *, make_controller, preferences, passphrase, qtbot):
    preferences.language = language
    preferences.calendar = CALENDARS.get(language, "gregorian")
    preferences.username = "anna"
    controller = make_controller()
    controller.start()
    controller.unlock_screen.passphrase.setText(passphrase)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    return controller


@pytest.fixture(params=["en", "ar"])
def app_in(request, make_controller, existing_workspace, preferences, passphrase, qtbot):
    """The main window open over an empty workspace, in English or in Arabic."""
    return start_in(
        request.param,
        make_controller=make_controller,
        preferences=preferences,
        passphrase=passphrase,
        qtbot=qtbot,
    )


def add_customer(controller, *, name: str = "ЗАО «Ромашка»", number: str = "C-1") -> str:
    from app.services.accounts import create_account

    with controller.main_window.ctx.transaction() as session:
        account = create_account(
            session,
            account_number=number,
            name=name,
            type="customer",
            currency="EUR",
            credit_limit=Decimal("1000"),
            billing_country="RU",
        )
        session.flush()
        return account.id
