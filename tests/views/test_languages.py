"""Arabic and Persian lay the window out right-to-left; dates follow the chosen calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.views.shared.formatting import Formatter
from app.views.shared.i18n import calendar_for


def test_arabic_main_window_is_right_to_left_and_translated(
    make_controller, existing_workspace, preferences, passphrase, qtbot
):
    preferences.language = "ar"
    controller = make_controller()
    controller.start()
    assert controller.unlock_screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert controller.unlock_screen.unlock_button.text() == "فتح القفل"
    controller.unlock_screen.passphrase.setText(passphrase)
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    window = controller.main_window
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.navigation.item(1).text() == "الحسابات"
    assert window.status.connection_label.text() == "دون اتصال: غير متصل بخادم"
    # The navigation sits on the right in a right-to-left window.
    assert (
        window.navigation.mapTo(window, window.navigation.rect().topLeft()).x() > window.width() / 2
    )


def test_switching_to_arabic_in_settings_relays_out_the_window(unlocked, preferences, qtbot):
    controller = unlocked
    assert controller.main_window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    page = controller.main_window.show_page("settings")
    page.language.setCurrentIndex(page.language.findData("ar"))
    page.calendar.setCurrentIndex(page.calendar.findData("islamic-civil"))
    assert page.save()
    qtbot.waitUntil(
        lambda: (
            controller.main_window is not None
            and controller.main_window.current_key() == "settings"
        )
    )
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert controller.main_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert preferences.language == "ar" and preferences.calendar == "islamic-civil"
    assert (
        controller.main_window.ctx.formatter.calendar.name() == calendar_for("islamic-civil").name()
    )


def test_settings_refuse_plain_http_to_a_remote_server(unlocked, preferences):
    page = unlocked.main_window.show_page("settings")
    page.server_url.setText("http://crm.example.com")
    assert not page.save()
    assert not page.url_error.isHidden()
    assert preferences.server_url == ""
    page.server_url.setText("http://127.0.0.1:8000")
    assert page.save(), "a server on this machine may use http"


def test_persian_dates_use_the_jalali_calendar():
    formatter = Formatter(language="fa", calendar=calendar_for("jalali"))
    text = formatter.long_date(date(2025, 3, 21))  # Nowruz: 1 Farvardin 1404
    assert "۱۴۰۴" in text and "فروردین" in text
    assert "2025" not in text
