"""Today's "whom to visit next": the ranking with its reasons in words, and planning
a visit from the list in one action (the team of tests/services/analytics_data.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.models import Visit
from app.views.shared.bidi import plain
from tests.services.analytics_data import TODAY, fill


def _today_page(unlocked):
    with unlocked.main_window.ctx.transaction() as session:
        fill(session)
    page = unlocked.main_window.show_page("today")
    panel = page.visit_next
    panel.today = TODAY
    page.refresh()
    panel.rep.setCurrentIndex(panel.rep.findData("anna"))
    return page, panel


def _rows(panel) -> list[list[str]]:
    table = panel.table
    return [
        [plain(table.item(r, c).text()) for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_annas_list_ranks_with_reasons_in_words(unlocked):
    _page, panel = _today_page(unlocked)
    rows = _rows(panel)
    assert [row[:2] for row in rows] == [["42", "Beta"], ["33", "Alpha"], ["10", "Gamma"]]
    assert rows[0][3] == (
        "Last visit 72 days ago; due every 21 days; "
        "Overdue follow-up tasks: 2, oldest due 10/03/2026; "
        "Open pipeline €2,000.00 weighted by probability; "
        "Credit used up: orders need an override"
    )
    assert "Beta" in panel.reasons.text() and "(30 points)" in plain(panel.reasons.text())
    panel.table.selectRow(2)
    assert "Account blocked: orders need an override (-10 points)" in plain(panel.reasons.text())
    note = plain(panel.note.text())
    assert "1 EUR = 1.25 USD" in note and "£1,500.00" in note


def test_planning_a_visit_from_the_list_takes_one_click(unlocked):
    page, panel = _today_page(unlocked)
    panel.table.selectRow(2)  # Gamma, never visited
    visit_id = panel.plan_selected()
    assert visit_id is not None
    with unlocked.workspace.session() as session:
        visit = session.get(Visit, visit_id)
        assert visit.account.name == "Gamma" and visit.owner == "anna"
        assert visit.planned_start.astimezone().date() == date(2026, 3, 19)
        assert session.scalar(select(Visit.status).where(Visit.id == visit_id)) == "planned"
    gamma = next(row for row in _rows(panel) if row[1] == "Gamma")
    assert gamma[0] == "-10"  # the never-visited points went: a visit is planned
    panel.table.selectRow(_rows(panel).index(gamma))
    assert "A visit is already planned on 19/03/2026" in panel.reasons.text()


def test_a_manager_sees_the_list_of_any_rep(unlocked):
    _page, panel = _today_page(unlocked)
    panel.rep.setCurrentIndex(panel.rep.findData("omar"))
    assert [row[1] for row in _rows(panel)] == ["Delta"]


def test_a_rep_sees_only_their_own_list_and_dashboard(unlocked):
    from app.sync.connection import save_connection
    from app.views.analytics.dashboard_page import DashboardPage

    with unlocked.main_window.ctx.transaction() as session:
        fill(session)
        save_connection(
            session,
            server_url="http://127.0.0.1:1",
            username="omar",
            user_id="u-omar",
            role="rep",
            allow_insecure_http=False,
        )
    page = unlocked.main_window.show_page("today")
    panel = page.visit_next
    panel.today = TODAY
    page.refresh()
    assert panel.rep.isHidden()
    assert [row[1] for row in _rows(panel)] == ["Delta"]
    dashboard = DashboardPage(unlocked.main_window.ctx, today=TODAY)
    dashboard.refresh()
    assert not dashboard.rep.isEnabled() and dashboard.rep.currentText() == "omar"
    assert {c.owner for c in dashboard.board.pipeline} == {"omar"}
