"""Product search, figures that fit, the pipeline chart and dates, in English and Arabic."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from app.models import Account
from app.services.text_folding import fold, matches
from app.views.shared.bidi import plain
from tests.views import language_fixtures
from tests.views.language_fixtures import add_customer

app_in = language_fixtures.app_in  # the app in English, then in Arabic


def test_folding_treats_look_alikes_full_width_and_case_alike():
    assert fold("Cable 3×2.5 MM²") == fold("cable 3x2.5 mm2")
    assert fold("ＰＵＭＰ−１００") == "pump-100"
    assert matches("3х2.5", "Кабель ВВГ 3×2.5")  # a Cyrillic "х" as typed in Russian
    assert not matches("3x4", "Cable 3×2.5")


def _catalogue(controller) -> str:
    from app.services.catalog import create_product

    with controller.main_window.ctx.transaction() as session:
        create_product(session, sku="CAB-325", name="Cable NYM-J 3×2.5 mm²", tax_rate=Decimal(5))
        create_product(session, sku="PUMP-100", name="Circulation pump", tax_rate=Decimal(5))
    return add_customer(controller)


def test_product_search_folds_says_when_nothing_matched_and_hides_an_empty_price(app_in):
    from app.views.products.product_picker import ProductPicker

    account_id = _catalogue(app_in)
    page = app_in.main_window.show_page("products")
    page.refresh()
    assert page.table.isColumnHidden(4), "no account chosen: no price to show"
    page.search_field.setText("3x2.5")
    assert page.table.rowCount() == 1
    assert plain(page.table.item(0, 0).text()) == "CAB-325"
    assert page.no_match.isHidden()
    page.search_field.setText("ｐｕｍｐ")  # full width
    assert plain(page.table.item(0, 0).text()) == "PUMP-100"
    page.search_field.setText("valve")
    assert page.table.rowCount() == 0 and not page.no_match.isHidden()
    assert "valve" in plain(page.no_match.text())

    page.search_field.setText("")
    page.set_account(account_id)
    assert not page.table.isColumnHidden(4), "an account chosen: its prices (or 'no price')"

    picker = ProductPicker(app_in.main_window.ctx)
    picker.select_sku("3X2,5".replace(",", "."))
    assert picker.results.count() == 1 and picker.no_match.isHidden()
    picker.select_sku("nothing like it")
    assert picker.results.count() == 0 and not picker.no_match.isHidden()


def _fits(table, column: int) -> bool:
    return table.columnWidth(column) >= table.sizeHintForColumn(column)


def test_figures_take_their_content_width(app_in, qtbot):
    from app.services.activities import create_opportunity
    from app.services.catalog import create_product, seed_default_pipeline_stages
    from app.services.quotes import add_quote_line, create_quote

    account_id = add_customer(app_in)
    ctx = app_in.main_window.ctx
    with ctx.transaction() as session:
        account = session.get(Account, account_id)
        stages = seed_default_pipeline_stages(session)
        create_opportunity(
            session,
            account=account,
            title="Plant refit",
            stage=stages[2],
            amount=Decimal("987654321098.76"),
        )
        product = create_product(session, sku="P-1", name="Pump", tax_rate=Decimal(5))
        quote = create_quote(session, account=account, device_prefix="TT", issue_date=date.today())
        add_quote_line(
            session,
            quote,
            product=product,
            quantity=Decimal("999999"),
            unit_price=Decimal("987654321.99"),
        )
        quote_id = quote.id
    window = app_in.main_window
    window.resize(1000, 700)
    pipeline = window.show_page("pipeline")
    pipeline.refresh()
    assert _fits(pipeline.table, 4), "the weighted amount is cut"
    assert _fits(pipeline.table, 3)
    quotes = window.show_page("quotes")
    quotes.open_record(quote_id)
    lines = quotes.editor.lines
    assert _fits(lines, 6), "a large line total is cut"


def test_pipeline_chart_reads_in_the_screens_direction_with_translated_stages(app_in):
    from app.services.catalog import seed_default_pipeline_stages

    with app_in.main_window.ctx.transaction() as session:
        seed_default_pipeline_stages(session)
    page = app_in.main_window.show_page("pipeline")
    page.refresh()
    arabic = app_in.main_window.ctx.formatter.language == "ar"
    categories = next(a for a in page.chart.axes() if hasattr(a, "categories")).categories()
    values = next(a for a in page.chart.axes() if not hasattr(a, "categories"))
    first, last = ("عميل محتمل", "خاسرة") if arabic else ("Lead", "Lost")
    # Right to left, the first stage is drawn on the right: the last category.
    assert categories[-1 if arabic else 0] == first and categories[0 if arabic else -1] == last
    side = Qt.AlignmentFlag.AlignRight if arabic else Qt.AlignmentFlag.AlignLeft
    assert values.alignment() == side
    assert page.chart.localizeNumbers()
    assert plain(page.table.item(0, 0).text()) == first


def test_axis_digits_follow_the_locale_in_persian(
    make_controller, existing_workspace, preferences, passphrase, qtbot
):
    controller = language_fixtures.start_in(
        "fa",
        make_controller=make_controller,
        preferences=preferences,
        passphrase=passphrase,
        qtbot=qtbot,
    )
    page = controller.main_window.show_page("pipeline")
    assert page.chart.localizeNumbers()
    assert page.chart.locale().toString(150000).startswith("۱۵۰")


def test_date_pickers_and_lists_show_one_format(app_in):
    ctx = app_in.main_window.ctx
    fmt = ctx.formatter
    account_id = add_customer(app_in)
    from app.services.quotes import create_quote

    day = date.today() + timedelta(days=3)
    with ctx.transaction() as session:
        quote = create_quote(
            session, account=session.get(Account, account_id), device_prefix="TT", issue_date=day
        )
        quote_id = quote.id
    page = app_in.main_window.show_page("quotes")
    page.refresh()
    assert plain(page.table.item(0, 2).text()) == fmt.date(day)
    page.open_record(quote_id)
    picker = page.editor.first_date
    assert picker.displayFormat() == fmt.date_format()
    assert picker.text() == fmt.date(day)


def test_russian_week_header_reads_from_a_date_not_a_weekday(qapp):
    from app.views.shared.formatting import Formatter

    fmt = Formatter(language="ru")
    assert fmt.day_month_year(date(2026, 11, 30)) == "30 ноября 2026\u202fг."  # "с 30 ноября…"
