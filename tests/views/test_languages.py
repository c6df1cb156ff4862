"""Arabic and Persian lay the window out right-to-left; dates follow the chosen calendar."""

from __future__ import annotations

from datetime import date

import pytest
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


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "12.5\u00a0%"), ("ar", "12.5\u00a0%"), ("ru", "12,5\u00a0%"), ("fa", "۱۲٫۵٪")],
)
def test_a_percentage_reads_as_the_printed_documents_do(language, expected):
    from decimal import Decimal

    from app.reports.locale_format import format_percent

    shown = Formatter(language=language).percent(Decimal("12.5"))
    assert shown == expected
    if language == "fa":  # the same digits and sign as the quote's PDF
        assert shown == format_percent(Decimal("12.5"), "fa")


@pytest.mark.parametrize(
    ("day", "language", "expected", "weekday"),
    [
        (date(2026, 12, 2), "en", "22 Jumada II 1448", "Wednesday"),  # tabular: the 21st
        (date(2025, 6, 26), "ar", "1 محرم 1447", "الخميس"),  # tabular: 29 Dhu al-Hijjah 1446
        (date(2026, 8, 13), "en", "30", ""),  # a 30th the tabular month does not have
    ],
)
def test_umm_al_qura_dates_follow_the_observed_calendar(day, language, expected, weekday):
    from app.reports.locale_format import hijri_date

    formatter = Formatter(
        language=language,
        calendar=calendar_for("islamic-umalqura"),
        calendar_name="islamic-umalqura",
    )
    year, month, dom = hijri_date(day, "islamic-umalqura")
    assert expected in formatter.long_date(day) and weekday in formatter.long_date(day)
    short = formatter.date(day)
    assert str(year) in short and str(dom) in short and str(month) in short


def test_arabic_settings_offer_umm_al_qura_and_it_reaches_the_formatter(
    unlocked, preferences, qtbot
):
    page = unlocked.main_window.show_page("settings")
    page.language.setCurrentIndex(page.language.findData("ar"))
    assert page.calendar.findData("islamic-umalqura") >= 0
    page.calendar.setCurrentIndex(page.calendar.findData("islamic-umalqura"))
    assert page.save()
    qtbot.waitUntil(
        lambda: (
            unlocked.main_window is not None and unlocked.main_window.current_key() == "settings"
        )
    )
    assert preferences.calendar == "islamic-umalqura"
    formatter = unlocked.main_window.ctx.formatter
    assert formatter.observed_hijri
    assert "22 جمادى الآخرة 1448" in formatter.long_date(date(2026, 12, 2))
