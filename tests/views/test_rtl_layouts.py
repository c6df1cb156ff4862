"""The busiest screens at 1280 x 800 in Arabic, Persian and Russian: nothing cut off,
nothing behind a horizontal scroll bar, over the showcase workspace the screenshots use.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from app.views.shared.bidi import plain
from app.views.shared.column_fit import fitted_widths
from app.views.shared.splitter import SideBySide
from app.workspace import KdfParams, Workspace
from tests.views.conftest import PASSPHRASE
from tests.views.language_fixtures import start_in

WINDOW_SIZE = (1280, 800)


@pytest.fixture(scope="module")
def showcase_template(tmp_path_factory):
    from app.views.showcase import fill_showcase
    from app.views.showcase_analytics import fill_analytics_showcase
    from app.views.team.team_showcase import fill_team_showcase, sign_in_as_manager

    folder = tmp_path_factory.mktemp("showcase") / "ws"
    with Workspace.create(folder, PASSPHRASE, kdf=KdfParams.for_tests()) as workspace:
        with workspace.transaction() as session:
            fill_showcase(session, device_prefix=workspace.device_prefix, owner="anna")
            fill_analytics_showcase(session, owner="anna")
            fill_team_showcase(session, workspace.attachments)
            sign_in_as_manager(session)  # the Team section shows
    return folder


@pytest.fixture
def window_in(showcase_template, tmp_path, make_controller, preferences, qtbot):
    """``window_in("fa")``: the main window at 1280 x 800 over a copy of the showcase."""

    def open_in(language: str):
        shutil.copytree(showcase_template, tmp_path / "ws")
        controller = start_in(
            language,
            make_controller=make_controller,
            preferences=preferences,
            passphrase=PASSPHRASE,
            qtbot=qtbot,
        )
        window = controller.main_window
        window.resize(*WINDOW_SIZE)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_in


def _inside(widget: QWidget, outer: QWidget) -> bool:
    """Whether all of ``widget`` is drawn: inside ``outer`` and every parent between."""
    rect = QRect(widget.mapTo(outer, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not outer:
        if not QRect(parent.mapTo(outer, QPoint(0, 0)), parent.size()).contains(rect):
            return False
        parent = parent.parentWidget()
    return outer.rect().contains(rect)


def _columns_fit(table: QTableWidget) -> bool:
    total = sum(table.columnWidth(c) for c in range(table.columnCount()))
    return total <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_a_side_by_side_splitter_keeps_both_panes_whole(qtbot, direction):
    """QSplitter alone puts a right-to-left pane one pixel past its right end."""
    page = QWidget()
    page.setLayoutDirection(direction)
    splitter = SideBySide(page)
    left, right = QTableWidget(), QTableWidget()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.resize(1072, 300)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert splitter.rect().contains(left.geometry())
    assert splitter.rect().contains(right.geometry())


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_pipeline_stage_table_is_whole_with_every_figure(window_in, language):
    window = window_in(language)
    page = window.show_page("pipeline")
    table = page.table
    assert _inside(table, page), "the stage table's edge is cut off"
    assert _columns_fit(table), "the stage figures are behind a scroll bar"
    for column in range(table.columnCount()):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_team_inbox_shows_every_column_and_the_whole_outcome_on_hover(window_in, language):
    window = window_in(language)
    inbox = window.show_page("team").reviews
    inbox.filters.set_state("")  # every report, every outcome
    table = inbox.table
    assert table.rowCount() > 3
    assert _inside(table, inbox)
    assert _columns_fit(table), "a column needs horizontal scrolling"
    outcome = 4
    for row in range(table.rowCount()):
        item = table.item(row, outcome)
        assert plain(item.toolTip()) == plain(item.text()) != ""
    for column in (0, 1):  # the dates are never cut
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)
    if language != "ru":  # the account's name gives way first; Russian needs more
        assert table.columnWidth(outcome) >= table.sizeHintForColumn(outcome)


def _cut_cells(table: QTableWidget) -> list[str]:
    """The cells (and headings) a reader sees only in part: wider than their column on
    one line, or, where the table wraps, a word wider than the column or more lines
    than the row holds."""
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    cut = []
    for column in range(table.columnCount()):
        room = table.columnWidth(column) - 6  # the cell's padding and grid line
        if header.sectionSizeHint(column) > table.columnWidth(column):
            cut.append(table.horizontalHeaderItem(column).text())
        for row in range(table.rowCount()):
            text = plain(table.item(row, column).text())
            if metrics.horizontalAdvance(text) <= room:
                continue
            words = text.split()
            lines = (
                metrics.boundingRect(
                    QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text
                ).height()
                // metrics.lineSpacing()
            )
            if (
                not table.wordWrap()
                or max(metrics.horizontalAdvance(word) for word in words) > room
                or lines * metrics.lineSpacing() > table.rowHeight(row)
            ):
                cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["en", "ar", "fa", "ru"])
def test_nothing_in_the_team_inbox_is_cut_at_1280_pixels(window_in, language):
    """Russian outcomes ("Запрошено предложение") and account names wrap on to a second
    line instead of ending in "…"; the headings are whole."""
    window = window_in(language)
    inbox = window.show_page("team").reviews
    inbox.filters.set_state("")  # every report, every outcome
    table = inbox.table
    assert table.rowCount() > 3
    assert _columns_fit(table)
    assert _cut_cells(table) == []


def test_a_big_teams_renewal_total_is_whole_at_the_tables_edge(window_in):
    """The total is the last of many rows, past those Qt measures a column by, and the
    widest figure of its column: it was cut to "…80,248,000.00" in Arabic."""
    from datetime import date, timedelta
    from decimal import Decimal

    from sqlalchemy import select

    from app.models import Account
    from app.services.contracts import activate_contract, create_contract
    from app.views.analytics.section_table import SIZED_ROWS

    window = window_in("ar")
    with window.ctx.transaction() as session:
        accounts = list(session.scalars(select(Account)))
        for number in range(SIZED_ROWS + 10):
            contract = create_contract(
                session,
                account=accounts[number % len(accounts)],
                device_prefix="T9",
                title=f"Service {number}",
                start_date=date.today() - timedelta(days=300),
                end_date=date.today() + timedelta(days=1 + number % 80),
                value=Decimal(1000 * (number + 1)),
            )
            activate_contract(session, contract)
    page = window.show_page("dashboard")
    page.refresh()
    page.tabs.setCurrentIndex(list(page.panels).index("renewals"))
    table = page.panels["renewals"].table
    model = table.model()
    total_row, value = model.rowCount() - 1, model.columnCount() - 1
    assert total_row > SIZED_ROWS
    total = table.sizeHintForIndex(model.index(total_row, value)).width()
    assert total <= table.columnWidth(value), plain(model.index(total_row, value).data())
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_pipeline_pages_stage_names_lie_flat_at_1280_pixels(window_in, language):
    """Standing, QtCharts gives a name no more than a share of the chart's height: in
    the Pipeline page's short chart Russian names stood cut ("Квали...", "Предл...")."""
    from app.views.analytics.charts import LABEL_PADDING

    window = window_in(language)
    page = window.show_page("pipeline")
    for _ in range(5):  # the chart lays out its axes, then its names, when drawn
        QApplication.processEvents()
        window.grab()
    axis = page.chart.axes(Qt.Orientation.Horizontal)[0]
    metrics = QFontMetrics(axis.labelsFont())
    slot = page.chart.plotArea().width() / (axis.count() + 1)
    widest = max(metrics.horizontalAdvance(plain(name)) for name in axis.categories())
    assert axis.labelsAngle() == 0
    assert widest + LABEL_PADDING <= slot


def _names_whole(chart) -> bool:
    """Whether a chart's category names are drawn whole: flat within their slots, or
    standing (QtCharts cuts a flat name wider than its slot to "...")."""
    from app.views.analytics.charts import LABEL_PADDING

    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    if axis.labelsAngle() != 0:
        return True
    metrics = QFontMetrics(axis.labelsFont())
    slot = chart.plotArea().width() / (axis.count() + 1)
    widest = max(metrics.horizontalAdvance(plain(name)) for name in axis.categories())
    return widest + LABEL_PADDING <= slot


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_dashboards_weeks_are_whole_beside_their_table(window_in, language):
    """Beside the wide Russian table the visits chart's weeks were all "..."."""
    window = window_in(language)
    page = window.show_page("dashboard")
    page.tabs.setCurrentIndex(list(page.panels).index("visits"))
    for _ in range(5):  # the chart lays out its axes, then its names, when drawn
        QApplication.processEvents()
        window.grab()
    chart = page.panels["visits"].findChild(QWidget, "visitsChart").chart()
    assert _names_whole(chart)


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_date_pickers_write_dates_as_the_lists_beside_them_do(window_in, language):
    """The opportunity's close date and the inbox's date filters showed the locale's
    own pattern ("4/10/1448" in Arabic) beside lists writing "04/10/1448"."""
    from sqlalchemy import select

    from app.models import Account
    from app.views.pipeline.opportunity_form import OpportunityDialog

    window = window_in(language)
    pattern = window.ctx.formatter.date_format()
    with window.ctx.session() as session:
        account_id = session.scalars(select(Account.id)).first()
    dialog = OpportunityDialog(window.ctx, window, account_id=account_id)
    filters = window.show_page("team").reviews.filters
    for edit in (dialog.close_date, filters.since, filters.until):
        assert edit.displayFormat() == pattern, edit.objectName()
    dialog.close()


def test_russian_stage_names_are_whole_in_the_dashboards_table_and_chart(window_in):
    window = window_in("ru")
    page = window.show_page("dashboard")
    panel = page.panels["pipeline"]
    table = panel.table
    metrics = QFontMetrics(table.font())
    model = table.model()
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        name = plain(model.index(row, 0).data())
        assert metrics.horizontalAdvance(name) < table.columnWidth(0), name
    window.grab()  # the chart lays itself out when drawn
    chart = panel.findChild(QWidget, "pipelineChart").chart()
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert "Квалификация" in [plain(name) for name in axis.categories()]
    slot = chart.plotArea().width() / (axis.count() + 1)  # what QtCharts gives a label
    label_metrics = QFontMetrics(axis.labelsFont())
    widest = max(label_metrics.horizontalAdvance(plain(name)) for name in axis.categories())
    # Wider than its bar's slot: upright it would be cut to "Квал..."; standing, it is whole.
    assert widest > slot
    assert axis.labelsAngle() == -90
    # ... and in the PDF's wider picture, where QtCharts once cut it: flat in their
    # slots, or standing with the room below the bars.
    from app.views.analytics import charts

    printed = charts.pipeline_chart(page.board, window.ctx.formatter, rtl=False)
    charts.chart_png(printed, rtl=False)
    printed_axis = printed.axes(Qt.Orientation.Horizontal)[0]
    if printed_axis.labelsAngle() == 0:
        printed_slot = printed.plotArea().width() / (printed_axis.count() + 1)
        assert widest + charts.LABEL_PADDING <= printed_slot
    else:
        below_bars = charts.PDF_CHART_SIZE[1] - printed.plotArea().bottom()
        assert below_bars > widest, "the standing names were laid out for the picture"


def test_fitted_widths_cut_the_widest_texts_first():
    # dates 120 and 120, rep 40 under a 110 heading, account 140, outcome 180
    natural = [120, 120, 110, 140, 180]
    contents = [120, 120, 40, 140, 180]
    roomy = fitted_widths(natural, 700, {2, 3, 4}, contents=contents)
    assert roomy == [120, 120, 110, 140, 210], "the widest text takes the room to spare"
    headings_give_way = fitted_widths(natural, 620, {2, 3, 4}, contents=contents)
    assert headings_give_way == [120, 120, 60, 140, 180], "the rep's heading is cut, not names"
    tight = fitted_widths(natural, 400, {2, 3, 4}, contents=contents)
    assert tight[:3] == [120, 120, 40], "dates and a short name are not cut"
    assert tight[3] == tight[4] and sum(tight) <= 400
    assert fitted_widths(natural, 100, set()) == natural
    account_first = fitted_widths(natural, 560, {2, 3, 4}, contents=contents, first_to_give_way={3})
    assert account_first == [120, 120, 40, 100, 180], "the outcome stays whole"
    too_tight = fitted_widths(natural, 540, {2, 3, 4}, contents=contents, first_to_give_way={3})
    assert too_tight == [120, 120, 40, 130, 130], "the account keeps a few words"


def test_fitted_widths_wrap_texts_before_cutting_them():
    # as above; the account's longest word is 70, the outcome's 90
    natural = [120, 120, 110, 140, 180]
    contents = [120, 120, 40, 140, 180]
    words = [120, 120, 40, 70, 90]
    headings = [60, 60, 110, 60, 60]

    def fit(available, first=()):
        return fitted_widths(
            natural,
            available,
            {2, 3, 4},
            contents=contents,
            words=words,
            headings=headings,
            first_to_give_way=first,
        )

    assert fit(620) == [120, 120, 60, 140, 180], "one line, as long as the headings give way"
    assert fit(580) == [120, 120, 110, 115, 115], "texts wrap, the rep's heading whole"
    assert fit(590, first={3}) == fit(590), "no room to keep the outcome on one line"
    short_heading = fitted_widths(
        [120, 120, 50, 140, 180],
        590,
        {2, 3, 4},
        contents=contents,
        words=words,
        headings=[60, 60, 50, 60, 60],
        first_to_give_way={3},
    )
    assert short_heading == [120, 120, 50, 120, 180], "the account wraps alone"
    assert fit(480) == [120, 120, 40, 100, 100], "no room for headings: names are kept"
    assert fit(380)[2:] == [40, 50, 50], "narrower than a word: cut, as without wrapping"


@pytest.mark.parametrize(
    "language, tax", [("ar", "ضريبة"), ("fa", "مالیات"), ("ru", "НДС"), ("en", "Tax")]
)
def test_each_tax_line_of_a_quote_is_one_translated_sentence(window_in, language, tax):
    """Not a "Tax" label beside "%1 on %2: %3": Persian read "% ۵ بر AED …: AED …"."""
    from PySide6.QtCore import QCoreApplication
    from sqlalchemy import select

    from app.models import Quote
    from app.services.quotes import quote_totals
    from app.views.shared.bidi import fill

    window = window_in(language)
    fmt = window.ctx.formatter
    with window.ctx.session() as session:
        quote = session.scalars(select(Quote).where(Quote.status == "sent")).first()
        quote_id, currency = quote.id, quote.currency
        taxes = quote_totals(quote).taxes
    window.open_record("quotes", quote_id)
    editor = window.page("quotes").editor
    template = QCoreApplication.translate("DocumentEditor", "Tax %1 on %2: %3")
    expected = [
        fill(template, fmt.percent(rate), fmt.money(t.base, currency), fmt.money(t.tax, currency))
        for rate, t in taxes.items()
    ]
    assert taxes and editor.taxes.text().split("\n") == expected
    assert all(tax in line for line in expected)
    assert editor.totals.form.labelForField(editor.taxes) is None, "no separate 'Tax' label"


def _dashboard_tab(window, key: str):
    page = window.show_page("dashboard")
    page.tabs.setCurrentIndex(list(page.panels).index(key))
    for _ in range(5):  # the chart lays out its axes, then its names, when drawn
        QApplication.processEvents()
        window.grab()
    return page.panels[key]


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
@pytest.mark.parametrize("key", ["pipeline", "visits"])
def test_every_chart_legend_entry_is_whole_at_1280_pixels(window_in, language, key):
    """QtCharts put its legend on one line and cut the names to fit: beside the Russian
    visits table "Запланировано" was "Запланиров...". The legend under the chart wraps
    between entries, never inside one."""
    from PySide6.QtWidgets import QLabel

    from app.views.analytics.chart_legend import legend_entries

    window = window_in(language)
    panel = _dashboard_tab(window, key)
    chart = panel.findChild(QWidget, f"{key}Chart").chart()
    names = [plain(name) for name, _colour in legend_entries(chart)]
    assert names
    legend = panel.findChild(QLabel, f"{key}Legend")
    assert legend is not None and legend.isVisible()
    assert not chart.legend().isVisible()  # its one line would cut them
    shown_text = plain(legend.text()).replace("\xa0", " ").replace("&nbsp;", " ")
    metrics = QFontMetrics(legend.font())
    for name in names:
        assert name in shown_text
        # An entry (marker, space, name) never wider than the label: it wraps between.
        assert metrics.horizontalAdvance(f"■ {name}") <= legend.contentsRect().width(), name
    assert legend.height() >= legend.heightForWidth(legend.width())  # no line hidden
    assert _inside(legend, window)


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_visits_tables_owners_are_whole_beside_the_chart(window_in, language):
    """The visits table was capped at 620 pixels, cutting "(без ответственного)"."""
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import select

    from app.models import Account
    from app.services.visits import plan_visit

    window = window_in(language)
    with window.ctx.transaction() as session:  # a visit booked before sign-in has no owner
        start = datetime.now(UTC).replace(microsecond=0)
        plan_visit(
            session,
            account=session.scalars(select(Account)).first(),
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            owner="",
        )
    panel = _dashboard_tab(window, "visits")
    table = panel.table
    model = table.model()
    metrics = QFontMetrics(table.font())
    owners = {plain(model.index(row, 0).data()) for row in range(model.rowCount())}
    assert any(owner.startswith("(") for owner in owners)  # the visits with no owner
    widest = max(metrics.horizontalAdvance(owner) for owner in owners)
    assert widest < table.columnWidth(0)
    assert _columns_fit_view(table)
    chart_view = panel.findChild(QWidget, "visitsChart")
    assert chart_view.width() >= 380  # the chart stays readable beside it
    assert _names_whole(chart_view.chart())


def _columns_fit_view(table) -> bool:
    model = table.model()
    total = sum(table.columnWidth(c) for c in range(model.columnCount()))
    return total <= table.viewport().width() and table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", ["ar", "fa", "ru"])
def test_the_reasons_to_visit_are_cut_between_reasons_never_inside_one(window_in, language):
    """The Today page's "Why" column was elided at its edge, in ru mid-date
    ("самая ранняя — к 01.12.20…"). Now a cut falls between reasons, and the whole
    text is the cell's tooltip."""
    from PySide6.QtWidgets import QStyle

    from app.views.shared.whole_parts import ELLIPSIS, WholePartsDelegate

    window = window_in(language)
    page = window.show_page("today")
    window.grab()
    table = page.visit_next.table
    why = table.columnCount() - 1
    # Arabic and Persian join the reasons with their own semicolon.
    separator = "\u061b " if language in ("ar", "fa") else "; "
    assert any(separator in table.item(row, why).text() for row in range(table.rowCount()))
    delegate = table.itemDelegateForColumn(why)
    metrics = QFontMetrics(table.font())
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    width = table.columnWidth(why) - 2 * margin
    cut_rows = 0
    for row in range(table.rowCount()):
        text = table.item(row, why).text()
        if isinstance(delegate, WholePartsDelegate):
            text = delegate.shown(text, metrics, width)
        # What the cell shows: Qt elides, at the column's edge, what is still too wide.
        shown_text = plain(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        whole = plain(table.item(row, why).text())
        if shown_text == whole:
            continue
        cut_rows += 1
        kept = shown_text.removesuffix(ELLIPSIS).rstrip()
        assert whole.startswith(kept)
        rest = whole[len(kept) :]
        assert rest.startswith(separator.rstrip()), (kept, rest)  # cut between two reasons
    assert cut_rows, "the showcase's long reasons no longer need cutting at 1280 pixels"
