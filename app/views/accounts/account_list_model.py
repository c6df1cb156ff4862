"""The accounts list model: lazy pages from the database, filter and sort in SQL.

Only the rows a user scrolls to are read (``canFetchMore``/``fetchMore``), as
plain tuples rather than ORM objects, so a 100k-account workspace opens as fast
as a small one. Filtering uses the workspace's FTS5 index ``account_search``
(name, city, tags, contact names) when it exists, else LIKE on name, number and
city.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from sqlalchemy import Float, Select, and_, cast, func, or_, select, text
from sqlalchemy.orm import Session

from app.models import Account
from app.services.search import fts_query, matched_by_contact
from app.views.shared.bidi import fill, isolated, left_to_right
from app.views.shared.formatting import Formatter

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


class AccountListModel(QAbstractTableModel):
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
        rows = self._fetch(offset=len(self._rows), limit=PAGE_SIZE)
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
        self._filter = text_.strip()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._via_contact = {}
        self._rows = self._fetch(offset=0, limit=PAGE_SIZE)
        self._exhausted = len(self._rows) < PAGE_SIZE
        self.endResetModel()

    def matching_count(self) -> int:
        with self._session_factory() as session:
            query = self._filtered(select(func.count()).select_from(Account), session)
            return int(session.execute(query).scalar_one())

    # -- SQL ------------------------------------------------------------------
    def _fetch(self, *, offset: int, limit: int) -> list[tuple[Any, ...]]:
        sort_key = COLUMNS[self._sort_column]
        if self._sort_column == MONEY_COLUMN:
            # Amounts are stored as exact decimal text; compare them as numbers.
            sort_key = cast(sort_key, Float)
        order = [sort_key.desc() if self._descending else sort_key.asc(), Account.id]
        with self._session_factory() as session:
            query = select(Account.id, *COLUMNS, Account.currency)
            query = self._filtered(query, session).order_by(*order).offset(offset).limit(limit)
            rows = [tuple(row) for row in session.execute(query)]
            if len(self._filter) > 1 and self._fts_available(session):
                ids = [row[0] for row in rows]
                self._via_contact.update(matched_by_contact(session, self._filter, ids))
            return rows

    def _filtered(self, query: Select, session: Session) -> Select:
        query = query.where(Account.deleted.is_(False))
        if not self._filter:
            return query
        if len(self._filter) == 1:
            # One letter: the FTS index keeps 2- and 3-letter prefixes only, so a
            # one-letter prefix would walk every term. Names starting with the letter,
            # in either case, are two ranges of the name index instead.
            ranges = [
                and_(Account.name >= letter, Account.name < chr(ord(letter) + 1))
                for letter in {self._filter.upper(), self._filter.lower()}
            ]
            return query.where(or_(*ranges))
        if self._fts_available(session) and (match := fts_query(self._filter)):
            # Own name/city/tags, or a contact's name (a separate index).
            return query.where(
                text(
                    "(account.rowid IN "
                    "(SELECT rowid FROM account_search WHERE account_search MATCH :fts_match)"
                    " OR account.id IN "
                    "(SELECT account_id FROM contact_search WHERE contact_search MATCH :fts_match))"
                ).bindparams(fts_match=match)
            )
        pattern = f"%{self._filter}%"
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
