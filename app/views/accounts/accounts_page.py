"""Accounts: the searchable list of every customer, and each one's 360° view."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.views.accounts.account_form import AccountDialog
from app.views.accounts.account_list_model import AccountListModel
from app.views.accounts.account_view import Account360
from app.views.shared.bidi import fill
from app.views.shared.context import AppContext
from app.views.shared.search_keys import SearchKeys
from app.views.shared.widgets import DataTableView, PageTitle

# Typing fast should not run a query per key; 120 ms is below what a user notices.
# What is typed is then filtered in the background (AccountListModel); Enter, or
# moving down into the list, filters at once and waits for the rows.
FILTER_DELAY_MS = 120


class AccountsPage(QWidget):
    navigate = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = AccountListModel(ctx.session, ctx.formatter, self)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("accountSearch")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(
            self.tr("Search name, number, city, tag or contact (Ctrl+F)")
        )
        self._typed_pending = False  # a background filter's rows are not in yet
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.filter_as_typed)
        self.model.filtered.connect(self._show_count)
        self.search_field.textChanged.connect(self._filter_timer.start)
        self.search_field.returnPressed.connect(self.apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("accountCount")
        self.new_button = QPushButton(self.tr("New account…"))
        self.new_button.clicked.connect(self.create_new)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.demo_button = QPushButton(self.tr("Fill with demo data…"))
        self.demo_button.setToolTip(self.tr("Try the app with 1,000 invented customers"))
        self.demo_button.clicked.connect(self.fill_demo)
        self.demo_button.hide()
        self.job_message = QLabel()
        self.job_message.setObjectName("jobMessage")
        self.job_message.hide()
        self.table = DataTableView()
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((110, 260, 140, 70, 100, 90, 130)):
            self.table.setColumnWidth(column, width)
        self.table.activated.connect(self._open_index)
        SearchKeys(
            self.search_field,
            self.table,
            lambda: self._open_index(self.table.currentIndex()),
            catch_up=self._catch_up,
        )
        self.detail = Account360(ctx)
        self.detail.back_requested.connect(self.show_list)
        self.detail.navigate.connect(self.navigate)

        list_page = QWidget()
        top = QHBoxLayout()
        top.addWidget(PageTitle(self.tr("Accounts")))
        top.addStretch(1)
        top.addWidget(self.count_label)
        top.addWidget(self.demo_button)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(list_page)
        layout.addLayout(top)
        layout.addWidget(self.search_field)
        layout.addWidget(self.job_message)
        layout.addWidget(self.table, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.detail)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        QShortcut(QKeySequence("Alt+Left"), self.detail, self.show_list)
        self._loaded = False

    def refresh(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.reload()
            self._update_count()
        elif self.stack.currentWidget() is self.detail:
            self.detail.refresh()

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        self._typed_pending = False
        self.model.set_filter(self.search_field.text())
        self._update_count()

    def filter_as_typed(self) -> None:
        """The typing pause is over: filter without making the window wait."""
        self._filter_timer.stop()
        self._typed_pending = True
        self.model.filter_in_background(self.search_field.text())

    def _catch_up(self) -> None:
        if self._filter_timer.isActive() or self._typed_pending:
            self.apply_filter()

    def _update_count(self) -> None:
        self._show_count(self.model.matching_count())

    def _show_count(self, count: int) -> None:
        self._typed_pending = False
        self.demo_button.setVisible(count == 0 and not self.search_field.text())
        self.count_label.setText(fill(self.tr("Accounts: %1"), self.ctx.formatter.number(count)))

    def _open_index(self, index: QModelIndex) -> None:
        self.open_record(self.model.account_id(index.row()))

    def open_record(self, account_id: str) -> None:
        self.refresh()
        self.detail.show_account(account_id)
        self.stack.setCurrentWidget(self.detail)

    def show_list(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

    def create_new(self) -> AccountDialog:
        dialog = AccountDialog(self.ctx, self)
        dialog.saved.connect(self._account_created)
        dialog.open()
        return dialog

    def choose_import_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import accounts"), str(Path.home()), self.tr("CSV files (*.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path):
        from app.views.shared.long_jobs import import_accounts_csv

        self.job_message.clear()
        return import_accounts_csv(self, self.ctx, path, on_done=self._imported)

    def _imported(self, report) -> None:
        self.job_message.show()
        self.job_message.setText(
            fill(
                self.tr("Imported: %1 new, %2 updated, %3 unchanged."),
                self.ctx.formatter.number(report.created),
                self.ctx.formatter.number(report.updated),
                self.ctx.formatter.number(report.unchanged),
            )
        )
        self.model.reload()
        self._update_count()

    def fill_demo(self, accounts: int | None = None):
        from app.views.shared.long_jobs import DEMO_ACCOUNTS, fill_demo_data

        return fill_demo_data(
            self,
            self.ctx,
            accounts=accounts or DEMO_ACCOUNTS,
            on_done=lambda _counts: self._imported_demo(),
        )

    def _imported_demo(self) -> None:
        self.model.reload()
        self._update_count()

    def _account_created(self, account_id: str) -> None:
        self.model.reload()
        self._update_count()
        self.open_record(account_id)
