"""Pipeline: counts, totals and the weighted forecast per stage; moving an opportunity."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from app.models import Opportunity
from app.views.shared.bidi import isolated, plain


def test_forecast_chart_and_moving_an_opportunity(unlocked, qtbot):
    from app.services.accounts import create_account
    from app.services.activities import create_opportunity
    from app.services.catalog import seed_default_pipeline_stages

    with unlocked.main_window.ctx.transaction() as session:
        stages = {s.name: s for s in seed_default_pipeline_stages(session)}
        account = create_account(
            session, account_number="P-1", name="Nile Water Works", currency="EUR"
        )
        create_opportunity(
            session, account=account, title="Pumps", stage=stages["Lead"], amount=Decimal(1000)
        )
        create_opportunity(
            session, account=account, title="Valves", stage=stages["Proposal"], amount=Decimal(2000)
        )
        lead_p, proposal_p = stages["Lead"].probability, stages["Proposal"].probability

    fmt = unlocked.main_window.ctx.formatter
    page = unlocked.main_window.show_page("pipeline")
    expected = Decimal(1000) * lead_p / 100 + Decimal(2000) * proposal_p / 100
    assert fmt.money(expected, "EUR") in plain(page.forecast.text())
    assert len(page.chart.series()) == 1 and page.chart.series()[0].count() == 2  # total, weighted
    rows = {plain(page.table.item(r, 0).text()): r for r in range(page.table.rowCount())}
    assert plain(page.table.item(rows["Lead"], 2).text()) == "1"

    page.table.selectRow(rows["Lead"])
    assert page.opportunities.rowCount() == 1
    assert plain(page.opportunities.item(0, 0).text()) == "Pumps"
    page.opportunities.selectRow(0)
    page.move_stage.setCurrentIndex(page.move_stage.findText(isolated("Lost")))
    assert not page.move_selected(), "a lost stage needs a reason"
    assert not page.move_error.isHidden()
    page.lost_reason.setText("Went with a competitor")
    assert page.move_selected()
    with unlocked.workspace.session() as session:
        pumps = session.scalars(select(Opportunity).where(Opportunity.title == "Pumps")).one()
        assert pumps.stage.name == "Lost" and pumps.lost_reason == "Went with a competitor"


def test_totals_convert_with_the_rates_in_force_and_a_missing_rate_is_shown(unlocked, qtbot):
    from app.views.pipeline.pipeline_page import PipelinePage
    from tests.services.analytics_data import TODAY, fill

    with unlocked.main_window.ctx.transaction() as session:
        fill(session)  # EUR, USD at 1 EUR = 1.25 USD, and GBP with no rate
    page = PipelinePage(unlocked.main_window.ctx, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.currency.currentData() == "EUR"  # the reporting currency
    assert {page.currency.itemData(i) for i in range(page.currency.count())} >= {
        "EUR",
        "USD",
        "GBP",
    }
    rows = {
        plain(page.table.item(r, 0).text()): [
            plain(page.table.item(r, c).text()) for c in range(2, 5)
        ]
        for r in range(page.table.rowCount())
    }
    # 5,000 USD / 1.25 = €4,000; the 3,000 GBP counts as an opportunity, not in the total.
    assert rows["Proposal"] == ["2", "€4,000.00", "€2,000.00"]
    assert rows["Qualify"] == ["2", "€12,000.00", "€2,400.00"]
    assert "€4,400.00" in plain(page.forecast.text())  # 2,400 + 2,000
    note = plain(page.rates.text())
    assert "1 EUR = 1.25 USD from" in note
    assert "£3,000.00" in note and "left out" in note
    assert not page.rates.isHidden()

    page.table.selectRow(list(rows).index("Proposal"))
    amounts = sorted(plain(page.opportunities.item(r, 2).text()) for r in range(2))
    assert amounts == ["US$5,000.00", "£3,000.00"]  # each in its own currency

    page.currency.setCurrentIndex(page.currency.findData("USD"))
    rows = {
        plain(page.table.item(r, 0).text()): plain(page.table.item(r, 3).text())
        for r in range(page.table.rowCount())
    }
    assert rows["Qualify"] == "US$15,000.00"  # 12,000 EUR × 1.25
    assert "£3,000.00" in plain(page.rates.text())
