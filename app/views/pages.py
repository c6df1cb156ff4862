"""Page factories for the main window; each import happens when a page is first opened."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.views.shared.context import AppContext


def today(ctx: AppContext) -> QWidget:
    from app.views.today_page import TodayPage

    return TodayPage(ctx)


def accounts(ctx: AppContext) -> QWidget:
    from app.views.accounts.accounts_page import AccountsPage

    return AccountsPage(ctx)


def contacts(ctx: AppContext) -> QWidget:
    from app.views.accounts.contacts_page import ContactsPage

    return ContactsPage(ctx)


def pipeline(ctx: AppContext) -> QWidget:
    from app.views.pipeline.pipeline_page import PipelinePage

    return PipelinePage(ctx)


def dashboard(ctx: AppContext) -> QWidget:
    from app.views.analytics.dashboard_page import DashboardPage

    return DashboardPage(ctx)


def visits(ctx: AppContext) -> QWidget:
    from app.views.visits.visits_page import VisitsPage

    return VisitsPage(ctx)


def quotes(ctx: AppContext) -> QWidget:
    from app.views.documents.documents_page import QuotesPage

    return QuotesPage(ctx)


def orders(ctx: AppContext) -> QWidget:
    from app.views.documents.documents_page import OrdersPage

    return OrdersPage(ctx)


def contracts(ctx: AppContext) -> QWidget:
    from app.views.documents.contracts_page import ContractsPage

    return ContractsPage(ctx)


def products(ctx: AppContext) -> QWidget:
    from app.views.products.products_page import ProductsPage

    return ProductsPage(ctx)


def team(ctx: AppContext) -> QWidget:
    from app.views.team.team_page import TeamPage

    return TeamPage(ctx)


def team_visible(ctx: AppContext) -> bool:
    from app.views.team.team_page import visible_for

    return visible_for(ctx)


def conflicts(ctx: AppContext) -> QWidget:
    from app.views.sync.conflicts_page import ConflictsPage

    return ConflictsPage(ctx)


def settings(ctx: AppContext) -> QWidget:
    from app.views.settings.settings_page import SettingsPage

    return SettingsPage(ctx)
