"""The accounts list model: lazy pages from the database, filter and sort in SQL.

Only the rows a user scrolls to are read (``canFetchMore``/``fetchMore``), as
plain tuples rather than ORM objects, so a 100k-account workspace opens as fast
as a small one. Filtering uses the workspace's FTS5 index ``account_search``
(name, city, tags, contact names) when it exists, else LIKE on name, number and
city.

What is typed is filtered in the background (``filter_in_background``): the
query runs on a thread of the model's own, on its own connection (the workspace
is in WAL mode, so the sync's writes never block it), and only the finished page
of rows reaches the GUI thread. A newer keystroke cancels the query still
running (SQLite's ``interrupt``) and drops any result that comes back stale, so
a keystroke costs the GUI thread a couple of milliseconds however busy the
workspace is: during a first sync the sync's thread and the machine's other work
compete for the CPU, and a query run on the GUI thread made typing stutter.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from sqlalchemy import Float, Select, and_, cast, func, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.models import Account
from app.services.search import fts_query, matched_by_contact
from app.views.shared.bidi import fill, isolated, left_to_right
from app.views.shared.formatting import Formatter
from app.views.shared.workers import Cancelled, Job, Progress, start_job

PAGE_SIZE = 200


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("AccountListModel", "Number"),
        QCoreApplication.translate("AccountListModel", "Name"),
        QCoreApplication.translate("AccountListModel", "City"),
        QCoreApplication.translate("AccountListModel", "Country"),
        QCoreApplication.translate("AccountListModel", "Type"),
        QCoreApplication.translate("AccountListModel", "Status"),
        QCoreApplication.translate("AccountListModel", "Credit limit"),
        QCoreApplication.translate("AccountListModel", "Phone"),
    ]


COLUMNS = (
    Account.account_number,
    Account.name,
    Account.billing_city,
    Account.billing_country,
    Account.type,
    Account.status,
    Account.credit_limit,
    Account.phone,
)
NAME_COLUMN = 1
MONEY_COLUMN = 6
PHONE_COLUMN = 7


@dataclass(frozen=True)
class _Query:
    """What to list: a snapshot, so a background query never reads the live model."""

    filter: str
    sort_column: int
    descending: bool


@dataclass
class _Page:
    rows: list[tuple[Any, ...]]
    via_contact: dict[str, str]
    count: int


class AccountListModel(QAbstractTableModel):
    # A background filter's rows are shown; the number of accounts it matches.
    filtered = Signal(int)

    def __init__(
        self, session_factory: Callable[[], Session], formatter: Formatter, parent=None
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self._formatter = formatter
        self._rows: list[tuple[Any, ...]] = []
        self._exhausted = True
        self._filter = ""
        self._sort_column = 1
        self._descending = False
        self._has_fts: bool | None = None
        self._headers = _headers()
        self._via_contact: dict[str, str] = {}  # account id -> the contact the filter matched
        # One query at a time, on a thread of its own: never queued behind a sync job.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._generation = 0  # bumped by every filter or reload: older results are stale
        self._job: Job | None = None
        self._running_on: Any = None  # the driver connection a background query runs on
        self._running_lock = threading.Lock()

    # -- Qt model interface ---------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = isolated(self._display(row, column))
            if column == NAME_COLUMN and row[0] in self._via_contact:
                return f"{text}  ·  " + fill(
                    QCoreApplication.translate("AccountListModel", "contact: %1"),
                    self._via_contact[row[0]],
                )
            return text
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME_COLUMN:
            if row[0] in self._via_contact:
                return fill(
                    QCoreApplication.translate(
                        "AccountListModel", "Found by the name of its contact %1"
                    ),
                    self._via_contact[row[0]],
                )
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MONEY_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: tuple[Any, ...], column: int) -> str:
        value = row[column + 1]
        if column == MONEY_COLUMN:
            return self._formatter.money(value, row[-1])
        if column == 4:
            return account_type_label(value)
        if column == 5:
            return account_status_label(value)
        if column == PHONE_COLUMN:
            return left_to_right(value)
        return value or ""

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self._exhausted:
            return
        rows, via_contact = self._fetch(self._query(), offset=len(self._rows), limit=PAGE_SIZE)
        self._via_contact.update(via_contact)
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- our interface --------------------------------------------------------
    def account_id(self, row: int) -> str:
        return self._rows[row][0]

    def set_filter(self, text_: str) -> None:
        """Filter now and wait for it (Enter, or moving into the list)."""
        self._filter = text_.strip()
        self.reload()

    def filter_in_background(self, text_: str) -> None:
        """Filter as typed: returns at once; ``filtered`` says when the rows are in."""
        self._filter = text_.strip()
        generation = self._cancel_background()
        query = self._query()

        def work(progress: Progress) -> _Page:
            progress.check()  # a newer keystroke came before this one started
            return self._first_page(query, progress)

        self._job = start_job(
            work,
            on_success=lambda page: self._show(generation, page),
            on_failure=self._background_failed,
            pool=self._pool,
        )

    def reload(self) -> None:
        self._cancel_background()
        rows, via_contact = self._fetch(self._query(), offset=0, limit=PAGE_SIZE)
        self.beginResetModel()
        self._via_contact = via_contact
        self._rows = rows
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def matching_count(self) -> int:
        with self._session_factory() as session:
            return self._count(session, self._query())

    def wait_for_background(self, timeout_ms: int = 30_000) -> bool:
        """Block until no background query is left (tests, shutting down)."""
        return self._pool.waitForDone(timeout_ms)

    # -- the background query ---------------------------------------------------
    def _query(self) -> _Query:
        return _Query(self._filter, self._sort_column, self._descending)

    def _cancel_background(self) -> int:
        """Make every query started so far stale, and stop the one running."""
        self._generation += 1
        # Not QThreadPool.clear(): a job removed unrun would never say it finished.
        if self._job is not None:
            self._job.cancel()
            self._job = None
        with self._running_lock:
            if self._running_on is not None:
                self._running_on.interrupt()  # its statement fails with "interrupted"
        return self._generation

    def _first_page(self, query: _Query, progress: Progress) -> _Page:
        with self._session_factory() as session:
            raw = session.connection().connection.driver_connection
            with self._running_lock:
                self._running_on = raw
            try:
                progress.check()
                rows, via_contact = self._fetch(query, offset=0, limit=PAGE_SIZE, session=session)
                progress.check()
                count = self._count(session, query)
            except OperationalError:
                if progress.cancelled:
                    raise Cancelled from None  # interrupted by a newer keystroke
                raise
            finally:
                # Cleared before the connection goes back to the pool, under the lock
                # the interrupt takes: an interrupt never reaches another query.
                with self._running_lock:
                    self._running_on = None
        return _Page(rows, via_contact, count)

    def _show(self, generation: int, page: _Page) -> None:
        if generation != self._generation:
            return  # a newer filter or reload came since
        self._job = None
        self.beginResetModel()
        self._rows = page.rows
        self._via_contact = page.via_contact
        self._exhausted = len(page.rows) < PAGE_SIZE
        self.endResetModel()
        self.filtered.emit(page.count)

    def _background_failed(self, error: BaseException) -> None:
        # Unexpected (the workspace closed under it, say): logged by the job; the
        # list keeps what it showed, and the next keystroke tries again.
        self._job = None

    # -- SQL ------------------------------------------------------------------
    def _fetch(
        self, query: _Query, *, offset: int, limit: int, session: Session | None = None
    ) -> tuple[list[tuple[Any, ...]], dict[str, str]]:
        """A page of rows, and for rows found through a contact, that contact's name."""
        if session is None:
            with self._session_factory() as own:
                return self._fetch(query, offset=offset, limit=limit, session=own)
        sort_key = COLUMNS[query.sort_column]
        if query.sort_column == MONEY_COLUMN:
            # Amounts are stored as exact decimal text; compare them as numbers.
            sort_key = cast(sort_key, Float)
        order = [sort_key.desc() if query.descending else sort_key.asc(), Account.id]
        statement = select(Account.id, *COLUMNS, Account.currency)
        statement = self._filtered(statement, session, query.filter)
        statement = statement.order_by(*order).offset(offset).limit(limit)
        rows = [tuple(row) for row in session.execute(statement)]
        via_contact: dict[str, str] = {}
        if len(query.filter) > 1 and self._fts_available(session):
            ids = [row[0] for row in rows]
            via_contact = matched_by_contact(session, query.filter, ids)
        return rows, via_contact

    def _count(self, session: Session, query: _Query) -> int:
        statement = select(func.count()).select_from(Account)
        return int(session.execute(self._filtered(statement, session, query.filter)).scalar_one())

    def _filtered(self, query: Select, session: Session, filter_: str) -> Select:
        query = query.where(Account.deleted.is_(False))
        if not filter_:
            return query
        if len(filter_) == 1:
            # One letter: the FTS index keeps 2- and 3-letter prefixes only, so a
            # one-letter prefix would walk every term. Names starting with the letter,
            # in either case, are two ranges of the name index instead.
            ranges = [
                and_(Account.name >= letter, Account.name < chr(ord(letter) + 1))
                for letter in {filter_.upper(), filter_.lower()}
            ]
            return query.where(or_(*ranges))
        if self._fts_available(session) and (match := fts_query(filter_)):
            # Own name/city/tags, or a contact's name (a separate index).
            return query.where(
                text(
                    "(account.rowid IN "
                    "(SELECT rowid FROM account_search WHERE account_search MATCH :fts_match)"
                    " OR account.id IN "
                    "(SELECT account_id FROM contact_search WHERE contact_search MATCH :fts_match))"
                ).bindparams(fts_match=match)
            )
        pattern = f"%{filter_}%"
        return query.where(
            or_(
                Account.name.ilike(pattern),
                Account.account_number.ilike(pattern),
                Account.billing_city.ilike(pattern),
            )
        )

    def _fts_available(self, session: Session) -> bool:
        if self._has_fts is None:
            found = session.execute(
                text("SELECT 1 FROM sqlite_master WHERE name = 'account_search'")
            ).first()
            self._has_fts = found is not None
        return self._has_fts


def account_type_label(value: str | None) -> str:
    labels = {
        "lead": QCoreApplication.translate("AccountLabels", "Lead"),
        "prospect": QCoreApplication.translate("AccountLabels", "Prospect"),
        "customer": QCoreApplication.translate("AccountLabels", "Customer"),
    }
    return labels.get(value or "", value or "")


def account_status_label(value: str | None) -> str:
    labels = {
        "active": QCoreApplication.translate("AccountLabels", "Active"),
        "inactive": QCoreApplication.translate("AccountLabels", "Inactive"),
        "blocked": QCoreApplication.translate("AccountLabels", "Blocked"),
    }
    return labels.get(value or "", value or "")
