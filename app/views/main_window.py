"""The main window: navigation on the side, one page at a time, sync state below."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.views.shared.bidi import fill, left_to_right
from app.views.shared.context import AppContext
from app.views.sync.status_bar import SyncStatusBar


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # untranslated; shown through the "MainWindow" context
    factory: Callable[[AppContext], QWidget]
    # Whether this user sees the page at all (None: everyone); asked again as sync moves.
    visible: Callable[[AppContext], bool] | None = None


def page_specs() -> list[PageSpec]:
    # Imported here so start-up only pays for the pages a user opens.
    from app.views import pages

    def tr_noop(text: str) -> str:  # marks the titles for lupdate
        return text

    return [
        PageSpec("today", tr_noop("Today"), pages.today),
        PageSpec("accounts", tr_noop("Accounts"), pages.accounts),
        PageSpec("contacts", tr_noop("Contacts"), pages.contacts),
        PageSpec("pipeline", tr_noop("Pipeline"), pages.pipeline),
        PageSpec("visits", tr_noop("Visits"), pages.visits),
        PageSpec("quotes", tr_noop("Quotes"), pages.quotes),
        PageSpec("orders", tr_noop("Orders"), pages.orders),
        PageSpec("contracts", tr_noop("Contracts"), pages.contracts),
        PageSpec("products", tr_noop("Products"), pages.products),
        PageSpec("dashboard", tr_noop("Dashboard"), pages.dashboard),
        PageSpec("team", tr_noop("Team"), pages.team, visible=pages.team_visible),
        PageSpec("conflicts", tr_noop("Conflicts"), pages.conflicts),
        PageSpec("settings", tr_noop("Settings"), pages.settings),
    ]


# Ctrl+1 … Ctrl+9 go to the first nine pages in order; the last three have their own.
PAGE_SHORTCUTS = {
    "dashboard": "Ctrl+D",
    "team": "Ctrl+T",
    "conflicts": "Ctrl+0",
    "settings": "Ctrl+,",
}


def page_shortcut(index: int, key: str) -> str:
    return PAGE_SHORTCUTS.get(key) or (f"Ctrl+{index + 1}" if index < 9 else "")


def _titles_for_lupdate() -> list[str]:
    """Never called: lupdate only sees literal translate() calls, so the titles are here."""
    return [
        QCoreApplication.translate("MainWindow", "Today"),
        QCoreApplication.translate("MainWindow", "Accounts"),
        QCoreApplication.translate("MainWindow", "Contacts"),
        QCoreApplication.translate("MainWindow", "Pipeline"),
        QCoreApplication.translate("MainWindow", "Visits"),
        QCoreApplication.translate("MainWindow", "Quotes"),
        QCoreApplication.translate("MainWindow", "Orders"),
        QCoreApplication.translate("MainWindow", "Contracts"),
        QCoreApplication.translate("MainWindow", "Products"),
        QCoreApplication.translate("MainWindow", "Dashboard"),
        QCoreApplication.translate("MainWindow", "Team"),
        QCoreApplication.translate("MainWindow", "Conflicts"),
        QCoreApplication.translate("MainWindow", "Settings"),
    ]


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closing = Signal()
    settings_changed = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Fieldsales"))
        self.specs = page_specs()
        self._pages: dict[str, QWidget] = {}
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(190)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        for index, spec in enumerate(self.specs):
            item = QListWidgetItem(_t(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(
                QKeySequence(page_shortcut(index, spec.key)).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
            self.navigation.addItem(item)
        self.navigation.setStyleSheet(
            "QListWidget { background: #f4f5f7; border-right: 1px solid #d8dade; }"
            "QListWidget::item { padding: 8px 12px; }"
            "QListWidget::item:selected { background: #1a5fb4; color: white; }"
        )
        self.stack = QStackedWidget()
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = SyncStatusBar(ctx.sync, ctx.formatter)
        self.status.conflicts_clicked.connect(lambda: self.show_page("conflicts"))
        self.setStatusBar(self.status)
        self.navigation.currentRowChanged.connect(self._on_navigate)
        ctx.sync.changed.connect(self._show_sync_counts)
        self._show_sync_counts(ctx.sync.state())
        self._build_menus()
        ctx.sync.changed.connect(self._user_may_have_changed)  # a method: gone with the window
        self.show_pages_for_user()
        self._default_size()
        self.navigation.setCurrentRow(0)

    def _default_size(self) -> None:
        """First start: 1280×800 at most, never larger than 90 % of the screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 760)
            return
        available = screen.availableGeometry()
        self.resize(
            min(1280, int(available.width() * 0.9)), min(800, int(available.height() * 0.9))
        )

    # -- pages ---------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page for ``key``, built the first time it is asked for."""
        if key not in self._pages:
            spec = next(s for s in self.specs if s.key == key)
            widget = spec.factory(self.ctx)
            widget.setObjectName(f"page_{key}")
            if hasattr(widget, "navigate"):
                widget.navigate.connect(self.open_record)
            if hasattr(widget, "settings_changed"):
                widget.settings_changed.connect(self.settings_changed)
            self._pages[key] = widget
            self.stack.addWidget(widget)
        return self._pages[key]

    def show_page(self, key: str) -> QWidget:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        return self._pages[key]

    def page_hidden(self, key: str) -> bool:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        return self.navigation.item(row).isHidden()

    def _user_may_have_changed(self, _state: object) -> None:
        self.show_pages_for_user()

    def show_pages_for_user(self) -> None:
        """Hide the pages this user may not see (the Team section unless a manager)."""
        for row, spec in enumerate(self.specs):
            if spec.visible is None:
                continue
            hidden = not spec.visible(self.ctx)
            self.navigation.item(row).setHidden(hidden)
            self._go_actions[spec.key].setVisible(not hidden)
            if hidden and self.navigation.currentRow() == row:
                self.navigation.setCurrentRow(0)

    def current_key(self) -> str:
        return self.specs[self.navigation.currentRow()].key

    def _on_navigate(self, row: int) -> None:
        if row < 0:
            return
        widget = self.page(self.specs[row].key)
        self.stack.setCurrentWidget(widget)
        if hasattr(widget, "refresh"):
            widget.refresh()

    def refresh_current_page(self) -> None:
        """Re-read what the page shows (a sync brought changes)."""
        widget = self._pages.get(self.current_key())
        if widget is not None and hasattr(widget, "refresh"):
            widget.refresh()

    def _show_sync_counts(self, state) -> None:
        """The Conflicts entry says how many wait for the user."""
        row = next(i for i, s in enumerate(self.specs) if s.key == "conflicts")
        title = _t("Conflicts")
        if state.open_conflicts:
            title += f" ({self.ctx.formatter.number(state.open_conflicts)})"
        self.navigation.item(row).setText(title)

    def open_record(self, key: str, record_id: str) -> None:
        """Pages ask for another page's record (e.g. Today -> an account) through this."""
        widget = self.show_page(key)
        if hasattr(widget, "open_record"):
            widget.open_record(record_id)

    def export_csv(self):
        from app.views.shared.csv_export_dialog import CsvExportDialog

        dialog = CsvExportDialog(self.ctx, self)
        dialog.exported.connect(self._exported)
        dialog.open()
        return dialog

    def _exported(self, count: int, path: Path) -> None:
        self.status.showMessage(
            fill(
                self.tr("Exported %1 rows to %2."),
                self.ctx.formatter.number(count),
                left_to_right(str(path)),
            ),
            15_000,
        )

    # -- menus and shortcuts -------------------------------------------------
    def _action(self, text: str, shortcut: str | QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.sync_action = self._action(
            self.tr("Sync now"), "Ctrl+Shift+S", lambda: self.ctx.sync.sync_now()
        )
        file_menu.addAction(self.sync_action)
        file_menu.addAction(self._action(self.tr("Lock"), "Ctrl+L", self.lock_requested))
        file_menu.addSeparator()
        export = QAction(self.tr("Export to CSV…"), self)
        export.triggered.connect(self.export_csv)
        file_menu.addAction(export)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        )
        new_menu = self.menuBar().addMenu(self.tr("&New"))
        self.new_visit_action = self._action(
            self.tr("New visit"), "Ctrl+Shift+V", lambda: self._new("visits")
        )
        self.new_quote_action = self._action(
            self.tr("New quote"), "Ctrl+Shift+Q", lambda: self._new("quotes")
        )
        self.new_order_action = self._action(
            self.tr("New order"), "Ctrl+Shift+O", lambda: self._new("orders")
        )
        self.new_account_action = self._action(
            self.tr("New account"), "Ctrl+Shift+A", lambda: self._new("accounts")
        )
        for action in (
            self.new_visit_action,
            self.new_quote_action,
            self.new_order_action,
            self.new_account_action,
        ):
            new_menu.addAction(action)
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.search_action = self._action(
            self.tr("Search"), QKeySequence.StandardKey.Find, self.focus_search
        )
        go_menu.addAction(self.search_action)
        self.search_everything_action = self._action(
            self.tr("Search everything…"), "Ctrl+K", self.search_everything
        )
        go_menu.addAction(self.search_everything_action)
        go_menu.addSeparator()
        self._go_actions: dict[str, QAction] = {}
        for index, spec in enumerate(self.specs):
            shortcut = page_shortcut(index, spec.key)
            action = self._action(
                _t(spec.title), shortcut, lambda _=False, k=spec.key: self.show_page(k)
            )
            self._go_actions[spec.key] = action
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("About Fieldsales…"), self)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def show_about(self):
        from app.views.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    def _new(self, key: str) -> None:
        widget = self.show_page(key)
        if hasattr(widget, "create_new"):
            widget.create_new()

    def search_everything(self):
        from app.views.search.search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.chosen.connect(self.open_record)
        dialog.open()
        self.search_dialog = dialog
        return dialog

    def focus_search(self) -> None:
        widget = self._pages.get(self.current_key())
        if widget is None or not hasattr(widget, "search_field"):
            widget = self.show_page("accounts")
        widget.search_field.setFocus()
        widget.search_field.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.ctx.preferences.set_geometry("main", self.saveGeometry())
        self.closing.emit()
        super().closeEvent(event)
