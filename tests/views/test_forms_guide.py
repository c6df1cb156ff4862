"""Forms that guide: each rule of issue 12's "Forms that guide", in English and Arabic."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import func, select

from app.models import Account, Visit, VisitReport
from app.views.shared.bidi import plain
from tests.views import language_fixtures
from tests.views.language_fixtures import add_customer

app_in = language_fixtures.app_in  # the app in English, then in Arabic


def position(widget, window) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def completed_visit(controller, account_id: str) -> str:
    from app.services.visits import check_in, check_out, plan_visit

    start = datetime.now().astimezone().replace(second=0, microsecond=0) - timedelta(hours=3)
    with controller.main_window.ctx.transaction() as session:
        visit = plan_visit(
            session,
            account=session.get(Account, account_id),
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            owner="anna",
        )
        check_in(session, visit, now=start + timedelta(hours=1, minutes=30))
        check_out(session, visit, now=start + timedelta(hours=2))
        return visit.id


def test_visit_report_outcome_must_be_chosen_and_errors_sit_under_their_fields(app_in, qtbot):
    visit_id = completed_visit(app_in, add_customer(app_in))
    page = app_in.main_window.show_page("visits")
    page.open_record(visit_id)
    form = page.open_report()
    qtbot.waitExposed(form)
    assert form.outcome.currentIndex() == -1 and form.outcome.currentData() is None
    submit_at = position(form.submit_button, form)

    form.follow_up.setChecked(True)
    assert not form.submit()  # nothing filled in: every problem at once
    for error in (form.outcome_error, form.summary_error, form.follow_up_title_error):
        assert not error.isHidden()
    assert position(form.submit_button, form) == submit_at, "an error moved the button"

    # Each error is under its own field, not under the next one.
    def y(widget) -> int:
        return position(widget, form).y()

    assert y(form.outcome) < y(form.outcome_error) < y(form.summary)
    assert y(form.summary) < y(form.summary_error) < y(form.next_steps)
    assert y(form.follow_up_title) < y(form.follow_up_title_error) < y(form.follow_up_due)
    with app_in.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(VisitReport)) == 0

    form.summary.setPlainText("Shelf space doubled.")
    assert form.summary_error.isHidden(), "a fixed error goes away"
    assert not form.outcome_error.isHidden()
    form.outcome.setCurrentIndex(form.outcome.findData("interested"))
    assert form.outcome_error.isHidden()
    form.follow_up_title.setText("Send the price list")
    assert form.submit()
    with app_in.workspace.session() as session:
        report = session.scalars(select(VisitReport)).one()
        assert report.outcome == "interested"


def test_check_in_and_out_times_are_shown_with_a_warning_far_from_the_plan(app_in):
    visit_id = completed_visit(app_in, add_customer(app_in))
    page = app_in.main_window.show_page("visits")
    page.open_record(visit_id)
    page.select_visit(visit_id)
    fmt = app_in.main_window.ctx.formatter
    with app_in.workspace.session() as session:
        visit = session.get(Visit, visit_id)
        checked_in, checked_out = visit.checked_in_at, visit.checked_out_at
    text = plain(page.detail_times.text())
    assert fmt.time(checked_in) in text and fmt.time(checked_out) in text
    assert fmt.number(30) in text  # 90 minutes late: more than 30 minutes from the plan


def test_account_form_shows_every_error_at_once_and_takes_countries_from_a_list(app_in):
    page = app_in.main_window.show_page("accounts")
    dialog = page.create_new()
    save_button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save_at = position(save_button, dialog)
    dialog.fields["email"].setText("not-an-address")
    dialog.fields["credit_limit"].setText("lots")
    dialog.save()
    QApplication.processEvents()
    assert position(save_button, dialog) == save_at, "an error moved the Save button"
    for name in ("account_number", "name", "email", "credit_limit"):
        assert not dialog.errors[name].isHidden(), name
    dialog.fields["email"].setText("buying@example.com")
    assert dialog.errors["email"].isHidden()

    country = dialog.fields["billing_country"]
    arabic = app_in.main_window.ctx.formatter.language == "ar"
    emirates = plain(country.itemText(country.findData("AE")))
    assert emirates == ("الإمارات العربية المتحدة" if arabic else "United Arab Emirates")
    country.setEditText("Atlantis")
    dialog.fields["account_number"].setText("C-9")
    dialog.fields["name"].setText("Gieß e.V.")
    dialog.fields["credit_limit"].setText("100")
    dialog.save()
    assert not dialog.errors["billing_country"].isHidden()
    with app_in.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0

    country.setEditText("UNITED ARAB EMIRATES")  # the English name, in any language
    dialog.save()
    with app_in.workspace.session() as session:
        assert session.scalars(select(Account.billing_country)).one() == "AE"


def test_quantities_have_one_range_with_a_message(app_in, qtbot):
    from app.services.catalog import create_product
    from app.services.quotes import add_quote_line, create_quote
    from app.views.products.product_picker import ProductPicker

    account_id = add_customer(app_in)
    ctx = app_in.main_window.ctx
    with ctx.transaction() as session:
        product = create_product(session, sku="P-1", name="Pump", tax_rate=Decimal("5"))
        quote = create_quote(
            session,
            account=session.get(Account, account_id),
            device_prefix="TT",
            issue_date=date.today(),
        )
        add_quote_line(session, quote, product=product, quantity=Decimal(2), unit_price=Decimal(9))
        quote_id = quote.id
    picker = ProductPicker(ctx)
    picker.select_sku("P-1")
    picker.quantity.setText("1000000")
    picker.accept()
    assert picker.result() == 0 and not picker.quantity_error.isHidden()
    assert ctx.formatter.number(999999) in plain(picker.quantity_error.text())
    picker.quantity.setText("999999")
    assert picker.quantity_error.isHidden()
    assert picker.chosen_quantity() == Decimal("999999")

    page = app_in.main_window.show_page("quotes")
    page.open_record(quote_id)
    editor = page.editor
    editor.set_line_value(0, "quantity", "99999999999999999999999")
    assert not editor.line_error.isHidden()
    assert ctx.formatter.number(999999) in plain(editor.line_error.text())
    assert plain(editor.lines.item(0, 2).text()) == ctx.formatter.number(2)


def test_planning_a_visit_guides_the_start_and_duration(app_in, qtbot):
    from app.views.visits.visit_planner import next_round_hour

    account_id = add_customer(app_in)
    page = app_in.main_window.show_page("visits")
    planner = page.create_new(account_id)
    assert planner.start.dateTime().toPython() == next_round_hour()
    assert next_round_hour(datetime(2026, 3, 1, 9, 5)) == datetime(2026, 3, 1, 10, 0)

    planner.duration.setValue(0)
    planner.save()
    assert not planner.time_error.isHidden()
    planner.duration.setValue(45)
    assert planner.time_error.isHidden()

    yesterday = datetime.now().replace(second=0, microsecond=0) - timedelta(days=1)
    from app.views.shared.formatting import qdatetime_of

    planner.start.setDateTime(qdatetime_of(yesterday))
    planner.save()  # asks once
    assert not planner.time_error.isHidden()
    with app_in.workspace.session() as session:
        assert session.scalar(select(func.count()).select_from(Visit)) == 0
    planner.save()  # the same past start again: planned
    with app_in.workspace.session() as session:
        visit = session.scalars(select(Visit)).one()
        assert visit.planned_end - visit.planned_start == timedelta(minutes=45)


def test_the_start_can_be_typed_without_choosing_a_part_first(app_in, qtbot):
    from app.views.shared.formatting import qdatetime_of
    from app.views.visits.visit_planner import next_round_hour

    account_id = add_customer(app_in)
    planner = app_in.main_window.show_page("visits").create_new(account_id)
    qtbot.waitExposed(planner)
    edit = planner.start
    target = qdatetime_of(next_round_hour() + timedelta(days=2))
    shown = edit.textFromDateTime(target)
    # Digits alone, part after part ("04122026 1100"); in English also with its
    # separators, as one would copy it from a list.
    typings = ["".join(filter(str.isdigit, shown))]
    if shown.isascii():
        typings.append(shown)
    for typed in typings:
        edit.setDateTime(qdatetime_of(next_round_hour()))
        edit.setFocus()
        edit.lineEdit().end(False)  # as after a click past the text: no part chosen
        qtbot.keyClicks(edit, typed)
        assert edit.dateTime() == target, typed


def test_hidden_errors_take_no_room_on_pages_but_keep_their_line_in_dialogs(app_in):
    """A page is no taller than its fields; an entry dialog keeps its error lines so an
    appearing error does not push Save away from the pointer."""
    page = app_in.main_window.show_page("visits")
    error = page.action_error
    holder = error.parentWidget()
    QApplication.processEvents()
    hidden_height = holder.sizeHint().height()
    error.show_error("Visit could not be checked in.")
    QApplication.processEvents()
    assert holder.sizeHint().height() > hidden_height
    error.clear()
    QApplication.processEvents()
    assert holder.sizeHint().height() == hidden_height
    error.setParent(None)  # the page as if it had no error line at all
    QApplication.processEvents()
    assert holder.sizeHint().height() == hidden_height, "a hidden page error kept its line"
    error.deleteLater()

    dialog = app_in.main_window.show_page("accounts").create_new()
    QApplication.processEvents()
    dialog_height = dialog.sizeHint().height()
    dialog.errors["name"].show_error("Name is required.")
    QApplication.processEvents()
    assert dialog.sizeHint().height() == dialog_height
    dialog.reject()
