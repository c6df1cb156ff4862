"""Dates, numbers and money shown the way the user's locale and calendar expect.

Dates go through QLocale with the chosen QCalendar (Jalali, Islamic civil) so the
same value reads naturally in Tehran and in Dubai. Money and quantities go through
Babel because it formats a ``Decimal`` exactly; Qt would go through a float.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from babel.numbers import format_decimal
from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QDateTime, QLocale, QTime

from app.errors import FieldsalesError
from app.reports.locale_format import format_date, hijri_date, isolate_latin_symbol
from app.views.shared.money_patterns import MoneyPatterns

# Babel picks Persian separators for fa but keeps ASCII digits; Qt's dates use
# Persian digits, so amounts do too, or one screen would mix two digit sets.
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


RIGHT_TO_LEFT_MARK = "\u200f"


class Formatter:
    def __init__(
        self, *, language: str = "en", calendar: QCalendar | None = None, calendar_name: str = ""
    ) -> None:
        from app.views.shared.i18n import LOCALES, locale_for

        self.language = language
        self.locale = locale_for(language)
        self.babel_locale = LOCALES.get(language, "en_GB")
        self._money = MoneyPatterns(self.babel_locale)
        self.calendar = calendar or QCalendar()
        self.observed_hijri = calendar_name == "islamic-umalqura"

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        if self.observed_hijri:
            year, month, day = hijri_date(value, "islamic-umalqura")
        else:
            qdate = QDate(value.year, value.month, value.day)
            year, month, day = (
                qdate.year(self.calendar),
                qdate.month(self.calendar),
                qdate.day(self.calendar),
            )
        # The very pattern date pickers are given (numbers only, so no names to
        # translate; Persian digits as everywhere else in Persian).
        text = (
            self.date_format()
            .replace("yyyy", f"{year:04d}")
            .replace("MM", f"{month:02d}")
            .replace("dd", f"{day:02d}")
        )
        return self._digits(text)

    def long_date(self, value: date) -> str:
        return self._format(value, QLocale.FormatType.LongFormat)

    def _format(self, value: date, form: QLocale.FormatType) -> str:
        qdate = QDate(value.year, value.month, value.day)
        if self.observed_hijri:
            qdate = self._umm_al_qura_as_tabular(value)
            if not qdate.isValid():  # the 30th of a month the tabular calendar ends on the 29th
                if form == QLocale.FormatType.LongFormat:
                    return format_date(value, self.language, "islamic-umalqura")
                year, month, day = hijri_date(value, "islamic-umalqura")
                return (
                    self.locale.toString(day)
                    + "/"
                    + self.locale.toString(month)
                    + "/"
                    + (self.locale.toString(year).replace(self.locale.groupSeparator(), ""))
                )
            text = self.locale.toString(qdate, form, self.calendar)
            # The shifted day has another weekday: name the real one instead.
            shifted = self.locale.dayName(qdate.dayOfWeek(), form)
            real = self.locale.dayName(value.isoweekday(), form)
            return text.replace(shifted, real, 1) if shifted else text
        return self.locale.toString(qdate, form, self.calendar)

    def _umm_al_qura_as_tabular(self, value: date) -> QDate:
        """The day whose tabular Hijri date reads as ``value``'s Umm al-Qura date.

        Formatting it with Qt's tabular calendar then prints the observed day, month
        and year in the locale's own pattern, month names and digits.
        """
        year, month, day = hijri_date(value, "islamic-umalqura")
        return QDate(year, month, day, self.calendar)

    def day_month_year(self, value: date) -> str:
        """The long date without its weekday: "30 ноября 2026 г." reads right after
        "с" in "с … по …", where "с понедельник, …" would not."""
        text = self.long_date(value)
        weekday = self.locale.dayName(value.isoweekday(), QLocale.FormatType.LongFormat)
        return re.sub(rf"^{re.escape(weekday)}[,،]?\s*", "", text)

    def date_format(self) -> str:
        """The one pattern of a short date: lists and date pickers show the same."""
        # The locale's short date, without its RLM marks and with two-digit day and
        # month: pickers lay their parts out left to right and type predictably
        # part by part, and lists show the same, "23/06/1448".
        pattern = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        pattern = pattern.replace(RIGHT_TO_LEFT_MARK, "")
        return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", pattern)

    def time_format(self) -> str:
        # Two-digit hours ("08:00 ص"), for the reason date_format() has two-digit days.
        pattern = self.locale.timeFormat(QLocale.FormatType.ShortFormat)
        return re.sub(r"(?<![hH])([hH])(?![hH])", r"\1\1", pattern)

    def time(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone() if value.tzinfo else value
        return self.locale.toString(QTime(local.hour, local.minute), self.time_format())

    def datetime(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone() if value.tzinfo else value
        return f"{self.date(local.date())} {self.time(local)}"

    def money(self, amount: Decimal | None, currency: str | None) -> str:
        if amount is None:
            return ""
        if not currency:
            return self.number(amount)
        text = self._money.format(amount, currency)
        return self._digits(
            isolate_latin_symbol(text, currency, language=self.language, locale=self.babel_locale)
        )

    def number(self, value: Decimal | int | None) -> str:
        if value is None:
            return ""
        return self._digits(
            format_decimal(value, locale=self.babel_locale, numbering_system="default")
        )

    def _digits(self, text: str) -> str:
        return text.translate(PERSIAN_DIGITS) if self.language == "fa" else text

    def percent(self, value: Decimal | int | None) -> str:
        if value is None:
            return ""
        if self.language == "fa":
            # Persian digits take the Persian percent sign, as the printed documents do.
            return f"{self.number(value)}\u066a"
        return f"{self.number(value)}\u00a0%"


def date_time_format(formatter: Formatter) -> str:
    """A date-time picker's pattern: the list's date, a space, the list's time."""
    return f"{formatter.date_format()} {formatter.time_format()}"


def use_date_format(edit, formatter: Formatter, *, with_time: bool = False) -> None:
    """Give a date picker (QDateEdit, QDateTimeEdit) the calendar and pattern the
    lists use, its parts in reading order: in a right-to-left window Qt would put
    them last part first ("ص 8:00 1448/6/23"), unlike the lists and unlike how
    anyone types a date. The popup calendar keeps the window's direction."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    edit.setCalendar(formatter.calendar)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(date_time_format(formatter) if with_time else formatter.date_format())
    if edit.calendarPopup() and edit.calendarWidget() is not None:
        edit.calendarWidget().setLayoutDirection(QApplication.layoutDirection())


def qdate_of(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def qdatetime_of(value: datetime) -> QDateTime:
    local = value.astimezone() if value.tzinfo else value
    return QDateTime(qdate_of(local.date()), QTime(local.hour, local.minute))


_message_formatter: Formatter | None = None


def use_for_messages(formatter: Formatter) -> None:
    """Messages (:func:`error_text`) show dates and amounts the way ``formatter`` does."""
    global _message_formatter
    _message_formatter = formatter


def message_value(value: object, formatter: Formatter) -> str:
    """A value filled into a message: dates in the user's calendar, amounts in their
    locale, each isolated so a Latin name keeps its punctuation in Arabic text."""
    from app.models.money import Money
    from app.views.shared.bidi import isolated

    if isinstance(value, FieldsalesError):
        return error_text(value, formatter)
    if isinstance(value, datetime):
        return isolated(formatter.datetime(value))
    if isinstance(value, date):
        return isolated(formatter.date(value))
    if isinstance(value, Money):
        return isolated(formatter.money(value.amount, value.currency))
    if isinstance(value, Decimal | int) and not isinstance(value, bool):
        return isolated(formatter.number(value))
    return isolated(value)


def error_text(error: FieldsalesError, formatter: Formatter | None = None) -> str:
    """The error in the user's language: translate the template, then fill it in."""
    template = QCoreApplication.translate("errors", error.template)
    fmt = formatter or _message_formatter or Formatter()
    # An error can carry the error it explains (a preset's line and key, then why).
    params = {name: message_value(value, fmt) for name, value in error.params.items()}
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):
        return error.message
