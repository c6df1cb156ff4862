"""The dashboard page over the hand-worked team of tests/services/analytics_data.py:
tables beside charts, CSV, and the PDF in Arabic right to left."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtGui import QImage

from app.views.screenshots import pdf_pages_as_png
from app.views.shared.bidi import plain
from tests.reports.pdf_reading import page_texts, placed_texts
from tests.services.analytics_data import TODAY, fill


@pytest.fixture
def dashboard(unlocked, qtbot):
    from app.views.analytics.dashboard_page import DashboardPage

    with unlocked.main_window.ctx.transaction() as session:
        fill(session)
    page = DashboardPage(unlocked.main_window.ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.refresh()
    return page


def _table(panel) -> list[list[str]]:
    model = panel.table.model()
    return [
        [plain(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_managers_dashboard_shows_the_team_with_the_rates_it_used(dashboard, tmp_path):
    assert dashboard.manager  # a workspace never connected sees the whole team
    pipeline = _table(dashboard.panels["pipeline"])
    assert pipeline[2] == ["Proposal", "anna", "2", "€4,000.00", "€2,000.00"]
    assert pipeline[-1] == ["All stages", "", "6", "€24,000.00", "€11,400.00"]
    note = plain(dashboard.panels["pipeline"].note.text())
    assert "1 EUR = 1.25 USD from" in note
    assert "£3,000.00" in note and "left out" in note
    chart = dashboard.panels["pipeline"].chart_holder.findChild(object, "pipelineChart").chart()
    (stacked,) = chart.series()
    assert [bar.label() for bar in stacked.barSets()] == ["anna", "omar"]
    visits = _table(dashboard.panels["visits"])
    assert visits[1][0] == "anna" and visits[1][2:] == ["0", "1", "1", "0"]  # the missed visit

    dashboard.export_csv("pipeline", tmp_path / "pipeline.csv")
    with (tmp_path / "pipeline.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Stage", "Rep", "Opportunities", "Total", "Weighted"]
    assert rows[3] == ["Proposal", "anna", "2", "4000.00", "2000.00"]


def test_a_tab_is_sized_and_charted_when_first_picked(dashboard):
    visits = dashboard.panels["visits"]
    assert visits.chart_holder.findChild(object, "visitsChart") is None
    assert not visits.table.sized
    dashboard.tabs.setCurrentWidget(visits)
    lines = visits.chart_holder.findChild(object, "visitsChart").chart().series()
    assert [line.name() for line in lines] == ["Planned", "Completed", "Missed", "Cancelled"]
    assert visits.table.sized and visits.table.minimumWidth() > 0
    # New figures (another rep) redraw the tab in view at once.
    dashboard.rep.setCurrentIndex(dashboard.rep.findData("omar"))
    assert visits.table.sized
    assert {row[0] for row in _table(visits)} == {"omar"}


def test_choosing_a_rep_restricts_every_section(dashboard):
    dashboard.rep.setCurrentIndex(dashboard.rep.findData("omar"))
    assert {row[1] for row in _table(dashboard.panels["pipeline"])[:-1]} == {"omar"}
    assert [row[0] for row in _table(dashboard.panels["idle"])] == ["Delta"]


def test_a_bad_reporting_currency_is_refused_next_to_the_field(dashboard):
    dashboard.currency.setCurrentText("XXQ")
    dashboard._currency_chosen()
    assert not dashboard.error.isHidden()
    assert "XXQ" in plain(dashboard.error.text())
    assert dashboard.board.currency == "EUR"


def test_the_pdf_in_arabic_is_right_to_left_with_arabic_digits(
    make_controller, existing_workspace, preferences, qtbot, tmp_path
):
    from app.views.analytics.dashboard_page import DashboardPage

    preferences.language = "ar"
    controller = make_controller()
    controller.start()
    controller.unlock_screen.passphrase.setText("correct horse battery")
    controller.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10_000)
    with controller.main_window.ctx.transaction() as session:
        fill(session)
    page = controller.main_window.show_page("dashboard")
    assert isinstance(page, DashboardPage)
    page.today = TODAY
    page.refresh()
    assert page.isRightToLeft()
    path = tmp_path / "dashboard.pdf"
    page.export_pdf(path)
    text = "\n".join(page_texts(path.read_bytes()))
    assert "لوحة المؤشرات" in text  # the Arabic title
    assert "anna" in text and "omar" in text
    assert "1.25" in text and "USD" in text  # the rate used is named in the PDF too
    # One set of digits throughout, the screen's: the footer's page numbers as well.
    assert "صفحة" in text  # "page 1 of 2", in Latin digits as the tables are
    assert not set("٠١٢٣٤٥٦٧٨٩") & set(text)
    # The GBP left out for want of a rate reads "UK£ 3,000.00" (symbol left of the
    # figures, the amount right to left), never "£UK".
    placed = placed_texts(path.read_bytes())
    symbol = next(p for p in placed if p.drawn == "UK£")
    figures = next(p for p in placed if p.drawn == "3,000.00" and abs(p.y - symbol.y) < 1)
    assert symbol.right <= figures.x
    assert not [p for p in placed if p.drawn in ("£", "£UK")]

    # Looked at as a picture: the title sits at the right edge of the first page.
    first = QImage(str(pdf_pages_as_png(path, tmp_path / "page", pages=1)[0]))
    assert first.width() == 1240
    band = _ink_columns(first, top=0.05, bottom=0.085)
    assert band and min(band) > first.width() * 0.5, "an Arabic title sits on the right"
    assert max(band) > first.width() * 0.88, "... up to the right margin"
    screen = page.grab().toImage()
    bar = page.tabs.tabBar()
    first_tab = bar.tabRect(0).translated(bar.mapTo(page, bar.rect().topLeft()))
    assert first_tab.center().x() > screen.width() * 0.75, "the first tab is at the right"


def _ink_columns(image, *, top: float, bottom: float) -> list[int]:
    """The x of every dark pixel in a horizontal band of ``image`` (every 2nd pixel)."""
    columns = []
    for y in range(int(image.height() * top), int(image.height() * bottom), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).lightness() < 128:
                columns.append(x)
    return columns
