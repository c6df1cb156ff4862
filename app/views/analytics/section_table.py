"""A dashboard section's table: its formatted rows behind a light model.

A team's dashboard fills six tables, some with a thousand rows (renewals) or six
hundred (visits per rep and week). As ``QTableWidgetItem``s that was twelve
thousand items built, aligned and stored before the page could show, a quarter of
the time of opening it. Here the section's rows are the model: handing them over
costs nothing, and only the cells Qt asks for (those painted, and the first
``SIZED_ROWS`` when columns are sized) are looked at. Columns are sized once the
table is about to be seen, so tabs never opened never measure theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from app.views.analytics.sections import Section
from app.views.shared.bidi import isolated
from app.views.shared.widgets import DataTableView, size_columns_to_contents

SIZED_ROWS = 200
GRID = 1  # the grid line a column's width also holds, beside its cell
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
# Built once: combining Qt flags in Python costs microseconds, paid per cell before.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
HORIZONTAL = Qt.Orientation.Horizontal

Index = QModelIndex | QPersistentModelIndex


class SectionModel(QAbstractTableModel):
    """A section's formatted rows, read-only. Each cell is its own directional run
    (:func:`~app.views.shared.bidi.isolated`), as in every other table of the app."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = section.headers
        self._rows = section.rows
        self._numeric = section.numeric

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role == DISPLAY:
            return isolated(self._rows[index.row()][index.column()])
        if role == ALIGNMENT and index.column() in self._numeric:
            return RIGHT
        return None

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> object:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


class SectionTable(DataTableView):
    """The table of one section; :meth:`size_columns` once it is about to be seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        # Columns sized from their first rows, not all of them: a team's renewals run
        # to a thousand rows of like-sized figures.
        header.setResizeContentsPrecision(SIZED_ROWS)
        self._numeric: frozenset[int] = frozenset()
        self.sized = True

    def show_section(self, section: Section) -> None:
        old = self.model()
        self.setModel(SectionModel(section, self))
        if old is not None:
            old.deleteLater()
        self._numeric = section.numeric
        self.sized = False

    def size_columns(self) -> int:
        """Size the columns as RecordTable does; return their natural width (each
        column as wide as its content and header) for a caller that must not squeeze."""
        self.sized = True
        natural = size_columns_to_contents(self, self._numeric)
        return natural + self._fit_last_row()

    def _fit_last_row(self) -> int:
        """Widen the figures to the last row, which Qt's sizing from the first rows does
        not see: the total under a big team's renewals (the sum of a thousand contracts,
        wider than any of them) was cut to "…80,248,000.00" at the table's edge.
        Return the width added."""
        model, header = self.model(), self.horizontalHeader()
        last = model.rowCount() - 1 if model is not None else -1
        if last < SIZED_ROWS:
            return 0  # measured with the others
        added = 0
        for c in self._numeric:
            wanted = self.sizeHintForIndex(model.index(last, c)).width() + GRID
            if wanted > self.columnWidth(c):
                added += wanted - self.columnWidth(c)
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
                self.setColumnWidth(c, wanted)
        return added
