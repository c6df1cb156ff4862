"""Mixed-direction text: names, dates and amounts keep their own order in every language."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.views.shared.bidi import (
    FIRST_STRONG_ISOLATE,
    POP_DIRECTIONAL_ISOLATE,
    RIGHT_TO_LEFT_MARK,
    fill,
    isolated,
    joined,
    layout_mark,
    left_to_right,
    plain,
    shown,
)
from tests.views import language_fixtures
from tests.views.language_fixtures import add_customer

app_in = language_fixtures.app_in  # the app in English, then in Arabic


def is_isolated(text: str) -> bool:
    return text.lstrip("\u200e\u200f").startswith(FIRST_STRONG_ISOLATE) and text.endswith(
        POP_DIRECTIONAL_ISOLATE
    )


def test_helpers_isolate_each_value_and_keep_the_text_readable(qapp):
    assert isolated("Gieß e.V.") == "\u2068Gieß e.V.\u2069"
    assert isolated(None) == "" and isolated("") == ""
    phone = "\u2066+971 4 555 0104\u2069"
    assert isolated(phone) == phone, "an isolated value is not wrapped twice"
    assert left_to_right("+971 4 555 0104") == phone
    assert left_to_right(phone) == phone and left_to_right(None) == left_to_right("") == ""
    assert fill("%1", phone) == f"{layout_mark()}{phone}", "a phone number stays left-to-right"
    assert plain(fill("%1 on %2: %10", "a", "b", *"cdefghij")) == "a on b: j"
    assert plain(joined(["C-1", None, "", "Active"])) == "C-1 · Active"
    assert plain(shown("ЗАО «Ромашка»")) == "ЗАО «Ромашка»"


def _rendered_cell(text: str, direction: Qt.LayoutDirection) -> QImage:
    table = QTableWidget(1, 1)
    table.setLayoutDirection(direction)
    table.horizontalHeader().hide()
    table.verticalHeader().hide()
    table.setColumnWidth(0, 260)
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    table.setItem(0, 0, item)
    table.resize(300, 60)
    return table.grab().toImage()


def _ink_columns(image: QImage) -> list[int]:
    """The x of every column holding dark text pixels in the first row's band."""
    background = QColor(image.pixel(5, 12)).lightness()
    columns = []
    for x in range(image.width()):
        if any(abs(QColor(image.pixel(x, y)).lightness() - background) > 80 for y in range(4, 24)):
            columns.append(x)
    return columns


def test_an_isolated_name_renders_alike_in_right_to_left_and_left_to_right(qapp):
    """Pixels, not strings: the isolated name looks the same in an Arabic table as in an
    English one; without the isolate the guillemet jumps to the other end."""
    name = "ЗАО «Ромашка»"
    ltr = _ink_columns(_rendered_cell(isolated(name), Qt.LayoutDirection.LeftToRight))
    rtl = _ink_columns(_rendered_cell(isolated(name), Qt.LayoutDirection.RightToLeft))
    bare = _ink_columns(_rendered_cell(name, Qt.LayoutDirection.RightToLeft))
    assert ltr and rtl
    shift = rtl[0] - ltr[0]
    assert [x - shift for x in rtl] == ltr
    assert [x - (bare[0] - ltr[0]) for x in bare] != ltr


def test_account_360_and_lists_isolate_data_and_align_to_the_reading_direction(app_in):
    account_id = add_customer(app_in)
    window = app_in.main_window
    page = window.show_page("accounts")
    page.refresh()
    assert is_isolated(page.model.index(0, 1).data())
    page.open_record(account_id)
    detail = page.detail
    assert plain(detail.title.text()) == "ЗАО «Ромашка»"
    assert is_isolated(detail.title.text())
    right_to_left = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Starts with the screen's direction mark, so the header reads from the screen's start.
    assert detail.title.text().startswith(RIGHT_TO_LEFT_MARK) == right_to_left
    start = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
    assert detail.title.alignment() & start
    assert detail.subtitle.text().count(FIRST_STRONG_ISOLATE) >= 3
    assert is_isolated(detail.credit_limit.text())


def _visit_to_giess(app_in, start: datetime, *, done: bool = False) -> str:
    """An hour's visit to "Gieß e.V." from ``start`` (checked in and out when ``done``)."""
    from app.models import Account
    from app.services.visits import check_in, check_out, plan_visit

    account_id = add_customer(app_in, name="Gieß e.V.")
    with app_in.main_window.ctx.transaction() as session:
        visit = plan_visit(
            session,
            account=session.get(Account, account_id),
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            owner="anna",
        )
        if done:
            check_in(session, visit, now=start)
            check_out(session, visit, now=start + timedelta(hours=1))
        return visit.id


def test_visit_report_heading_keeps_date_time_and_status_apart(app_in):
    from app.models import Visit

    ctx = app_in.main_window.ctx
    start = datetime.now().astimezone().replace(microsecond=0) - timedelta(hours=3)
    visit_id = _visit_to_giess(app_in, start, done=True)
    page = app_in.main_window.show_page("visits")
    page.open_record(visit_id)
    form = page.open_report()
    heading = form.heading.text()
    fmt = ctx.formatter
    with ctx.session() as session:
        planned = session.get(Visit, visit_id).planned_start
    assert isolated(fmt.datetime(planned)) in heading
    assert heading.count(FIRST_STRONG_ISOLATE) == 3  # name, date-time, status
    form.close()


def test_error_messages_use_the_users_calendar_and_number_format(app_in):
    from app.errors import FieldsalesError
    from app.models import Account
    from app.services.catalog import create_product
    from app.services.quotes import accept_quote, add_quote_line, create_quote, send_quote
    from app.views.shared.formatting import error_text

    account_id = add_customer(app_in)
    ctx = app_in.main_window.ctx
    long_ago = date.today() - timedelta(days=40)
    with ctx.transaction() as session:
        product = create_product(session, sku="P-1", name="Pump", tax_rate=Decimal("5"))
        quote = create_quote(
            session,
            account=session.get(Account, account_id),
            device_prefix="TT",
            issue_date=long_ago,
        )
        add_quote_line(session, quote, product=product, quantity=Decimal(1), unit_price=Decimal(1))
        quote.valid_until = long_ago + timedelta(days=1)
        send_quote(session, quote)
        try:
            accept_quote(session, quote, today=date.today())
        except FieldsalesError as error:
            message = error_text(error)
        else:
            raise AssertionError("an expired quote was accepted")
        valid_until = quote.valid_until
    assert isolated(ctx.formatter.date(valid_until)) in message
    assert valid_until.isoformat() not in message


def test_money_in_a_credit_refusal_follows_the_locale(qapp):
    from app.errors import CreditLimitError
    from app.models.money import Money
    from app.views.shared.formatting import Formatter, error_text

    error = CreditLimitError(
        "Order {number} ({total}) exceeds the credit available to {account}.",
        number="O-1",
        total=Money(Decimal("70524.73"), "USD"),
        account="Gieß e.V.",
    )
    assert "70524.73 USD" in str(error), "the CLI keeps its plain form"
    shown_text = plain(error_text(error, Formatter(language="ru")))
    assert "70 524,73" in shown_text.replace("\u00a0", " ").replace("\u202f", " ")
    assert "Gieß e.V." in shown_text


def test_typing_in_a_table_still_finds_isolated_names(app_in, qtbot):
    for number, name in (("C-1", "Blue Dune"), ("C-2", "Gieß e.V."), ("C-3", "Gold Coast")):
        add_customer(app_in, name=name, number=number)
    page = app_in.main_window.show_page("accounts")
    page.refresh()
    table = page.table
    table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClicks(table, "g")
    assert plain(table.currentIndex().data()) == "Gieß e.V."
    qtbot.keyClicks(table, "o")  # "go": refines to the next match
    assert plain(table.currentIndex().data()) == "Gold Coast"


def _drawn_left_to_right(text: str) -> str:
    """``text`` as Qt draws it in a right-to-left line: its characters by x on the screen."""
    from PySide6.QtGui import QFont, QTextLayout, QTextOption

    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(2000)
    layout.endLayout()
    placed = []
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        for index, position in zip(run.stringIndexes(), run.positions(), strict=True):
            placed.append((position.x(), index))
    return plain("".join(text[index] for _x, index in sorted(placed)))


def test_latin_currency_symbols_keep_their_order_in_arabic_and_persian(qapp):
    from app.views.shared.formatting import Formatter

    arabic, persian = Formatter(language="ar"), Formatter(language="fa")
    # Babel's Arabic "1,234.50 UK£" used to be drawn "£UK 1,234.50".
    assert _drawn_left_to_right(arabic.money(Decimal("1234.5"), "GBP")) == "UK£\xa01,234.50"
    assert _drawn_left_to_right(arabic.money(Decimal("1234.5"), "USD")) == "US$\xa01,234.50"
    # ... inside a table cell's isolate and inside a sentence too.
    cell = isolated(arabic.money(Decimal("9500"), "GBP"))
    assert _drawn_left_to_right(cell) == "UK£\xa09,500.00"
    sentence = fill("المبلغ: %1", arabic.money(Decimal("9500"), "USD"))
    assert _drawn_left_to_right(sentence).startswith("US$\xa09,500.00")
    # An Arabic symbol is left as CLDR has it: the amount reads right to left.
    assert _drawn_left_to_right(arabic.money(Decimal("5"), "AED")) == ".إ.د\xa05.00"
    assert _drawn_left_to_right(persian.money(Decimal("1234.5"), "AED")) == "AED\xa0۱٬۲۳۴٫۵۰"
    assert _drawn_left_to_right(persian.money(Decimal("1234.5"), "GBP")) == "£\xa0۱٬۲۳۴٫۵۰"
    # Left-to-right languages get no marks at all.
    assert Formatter(language="ru").money(Decimal("1234.5"), "GBP") == "1\xa0234,50\xa0£"
    assert Formatter(language="en").money(Decimal("1234.5"), "USD") == "US$1,234.50"


def test_a_latin_name_inside_an_arabic_message_is_its_own_run(app_in):
    """ "Cancel the visit to Gieß e.V.?" in Arabic: the name keeps its full stop at its
    own end, and the message reads from the right although it starts with Latin letters
    in no language."""
    start = (datetime.now().astimezone() + timedelta(days=1)).replace(minute=0, second=0)
    visit_id = _visit_to_giess(app_in, start)
    page = app_in.main_window.show_page("visits")
    page.open_record(visit_id)
    question = page.confirm_cancel().text()
    assert isolated("Gieß e.V.") in question
    right_to_left = app_in.main_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert question.startswith(RIGHT_TO_LEFT_MARK) == right_to_left
    if right_to_left:
        assert "ال" in question  # the sentence around the name is Arabic
        assert "Cancel" not in question
    page.confirmation.findChild(type(page.confirmation.defaultButton()), "confirmButton").click()
    undo_text = page.undo_bar.message.text()
    assert isolated("Gieß e.V.") in undo_text
    assert undo_text.startswith(RIGHT_TO_LEFT_MARK) == right_to_left


def test_every_value_filled_into_a_view_message_goes_through_bidi_fill():
    """``template.replace("%1", value)`` leaves the value unisolated: a Latin name in an
    Arabic sentence loses its punctuation to the wrong end. Views call ``bidi.fill``."""
    import ast
    import re
    from pathlib import Path

    views = Path(__file__).resolve().parents[2] / "app" / "views"
    by_hand = []
    for path in sorted(views.rglob("*.py")):
        if path.name == "bidi.py":
            continue  # fill itself
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and re.search(r"%\d", node.args[0].value)
            ):
                by_hand.append(f"{path.relative_to(views)}:{node.lineno}")
    assert not by_hand, "use bidi.fill(template, value) instead of .replace: " + ", ".join(by_hand)
