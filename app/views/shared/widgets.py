"""Small shared widgets: inline field errors, page headers, empty states, dialog frames."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.shared.bidi import align_with_layout, isolated, plain
from app.views.shared.column_fit import fitted_widths


class FieldError(QLabel):
    """A red message shown right under the field it is about; hidden when empty.

    Hidden, it takes no room, so a page is no taller than its fields. A dialog whose
    buttons sit below its fields calls :func:`keep_error_lines`: there an appearing
    error would push down the button the user was about to click.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b3261e;")
        self.setAccessibleName("error")
        self.setMinimumHeight(self.fontMetrics().height())
        self.hide()

    def keep_line(self, keep: bool = True) -> None:
        """Keep this error's line while it is hidden (or, with False, give it back)."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(keep)
        self.setSizePolicy(policy)

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear(self) -> None:  # noqa: D102 - QLabel.clear, plus hiding
        super().clear()
        self.hide()


def keep_error_lines(window: QWidget) -> None:
    """Reserve the line of every error in ``window``, whose buttons sit below its fields.

    Called at the end of a dialog's set-up, once its errors are laid out in it.
    """
    for error in window.findChildren(FieldError):
        error.keep_line()


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """``field`` with ``error`` right under it, as one form row (a form layout would
    drop a hidden row's space even where the error keeps its line)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


def clear_when_edited(widget: QWidget, error: FieldError) -> None:
    """Hide ``error`` as soon as the user changes ``widget``: a fixed error goes away."""
    for signal_name in (
        "textChanged",
        "currentIndexChanged",
        "dateTimeChanged",
        "dateChanged",
        "valueChanged",
        "toggled",
    ):
        signal = getattr(widget, signal_name, None)
        if signal is not None:
            signal.connect(lambda *_args: error.clear())
            return


class PageTitle(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.setFont(font)
        align_with_layout(self)


class EmptyState(QLabel):
    """Centred grey text for a list with nothing in it yet."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: #666; padding: 24px;")


class TypeAhead:
    """Typing letters in a table jumps to the next row starting with them, as Qt does,
    but comparing the shown text without its directional isolates (Qt's own search
    would look for "G" at the start of "\u2068Gieß e.V.\u2069" and find nothing)."""

    _typed = ""
    _typed_at = 0.0

    def keyboardSearch(self, search: str) -> None:  # noqa: N802 - Qt override
        now = time.monotonic()
        if now - self._typed_at > QApplication.keyboardInputInterval() / 1000:
            self._typed = ""
        self._typed_at = now
        self._typed += search
        model, current = self.model(), self.currentIndex()
        rows = model.rowCount()
        column = max(current.column(), 0)
        # A new first letter looks from the next row on; more letters refine in place.
        start = max(current.row(), 0) + (1 if len(self._typed) == 1 else 0)
        wanted = self._typed.casefold()
        for offset in range(rows):
            index = model.index((start + offset) % rows, column)
            if plain(str(index.data() or "")).casefold().startswith(wanted):
                self.setCurrentIndex(index)
                return


class DataTableView(TypeAhead, QTableView):
    """A QTableView over a model whose cells are isolated (the accounts list)."""


MAX_TEXT_COLUMN = 340  # a long name does not push the figures out of sight


def size_columns_to_contents(table: QTableView, figures: set[int] | frozenset[int]) -> int:
    """Each column as wide as its content and header; return that natural width,
    with the air given to the text columns.

    Figures always get the width of their content: a clipped amount is worse than a
    clipped name, so the widest text column takes what is left (the last column does
    when it is text). Other text columns get a little air, up to MAX_TEXT_COLUMN.
    """
    header = table.horizontalHeader()
    count = header.count()
    last = count - 1
    table.resizeColumnsToContents()
    natural = sum(table.columnWidth(c) for c in range(count))
    text_columns = [c for c in range(count) if c not in figures]
    stretch = last
    if last in figures and text_columns:
        stretch = max(text_columns, key=table.columnWidth)
    header.setStretchLastSection(stretch == last)
    for c in range(count):
        if c in figures and c != stretch:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        elif c == stretch and c != last:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            if c != last:
                before = table.columnWidth(c)
                table.setColumnWidth(c, min(before + 12, MAX_TEXT_COLUMN))
                # Counted: a caller keeping the table this wide must not take the air
                # from the stretching column ("(без ответственного)" was cut by it).
                natural += table.columnWidth(c) - before
    return natural


class RecordTable(TypeAhead, QTableWidget):
    """A small read-only table of rows; each row remembers the id it shows."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.setWordWrap(False)
        self._shrinkable: frozenset[int] | None = None
        self._first_to_give_way: frozenset[int] = frozenset()
        self._wrap = False
        self._words: list[int] | None = None  # each column's longest word, once measured

    def fit_to_width(
        self,
        shrinkable: set[int],
        *,
        first_to_give_way: set[int] = frozenset(),
        wrap: bool = False,
    ) -> None:
        """From now on every column shows, without horizontal scrolling: the
        ``shrinkable`` text columns give up width, ``first_to_give_way`` before the
        others; see :mod:`~app.views.shared.column_fit`. With ``wrap`` their text goes
        on to a second line (the row grows) before any of it is elided; what is elided
        is whole in its tooltip."""
        self._shrinkable = frozenset(shrinkable)
        self._first_to_give_way = frozenset(first_to_give_way)
        self._wrap = wrap
        for c in self._shrinkable:
            if (heading := self.horizontalHeaderItem(c)) is not None:
                heading.setToolTip(heading.text())  # whole, should it be elided
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # the end of the reading
        self._fit_columns()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._shrinkable is not None:
            self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        contents = [self.sizeHintForColumn(c) for c in range(self.columnCount())]
        headings = [header.sectionSizeHint(c) for c in range(self.columnCount())]
        natural = [max(w, h) for w, h in zip(contents, headings, strict=True)]
        widths = fitted_widths(
            natural,
            self.viewport().width(),
            self._shrinkable or (),
            contents=contents,
            words=self._longest_words(contents) if self._wrap else None,
            headings=headings,
            first_to_give_way=self._first_to_give_way,
        )
        for c, width in enumerate(widths):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(c, width)
        if self._wrap:
            wrapped = any(widths[c] < contents[c] for c in self._shrinkable or ())
            if wrapped or wrapped != self.wordWrap():
                self.setWordWrap(wrapped)
                self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as tall as their lines, with the air above and below a one-line row has
        (two wrapped lines fill a row's height to its grid lines)."""
        one_line = self.verticalHeader().defaultSectionSize()
        air = max(one_line - self.fontMetrics().height(), 0) // 2
        for r in range(self.rowCount()):
            self.setRowHeight(r, max(one_line, self.sizeHintForRow(r) + air))

    def _longest_words(self, contents: list[int]) -> list[int]:
        """Each column's longest word, with the padding its cells get (``contents`` is
        each column's widest cell, padding included); measured once per set of rows,
        not at every step of a splitter's drag."""
        if self._words is not None:
            return self._words
        metrics = self.fontMetrics()
        longest = []
        for c, cell_width in enumerate(contents):
            texts = [
                plain(item.text()) for r in range(self.rowCount()) if (item := self.item(r, c))
            ]
            widest_text = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            widest_word = max(
                (metrics.horizontalAdvance(word) for t in texts for word in t.split()), default=0
            )
            longest.append(widest_word + max(cell_width - widest_text, 0))
        self._words = longest
        return longest

    def set_rows(
        self,
        rows: list[tuple[str, list[str]]],
        *,
        right_aligned: set[int] = frozenset(),
        fit: set[int] = frozenset(),
    ) -> None:
        """``rows``: (record id, cell texts). Each cell is its own directional run
        (:func:`~app.views.shared.bidi.isolated`), so a Latin name keeps its punctuation
        in an Arabic table and an Arabic one in an English table.

        Figures (``right_aligned`` amounts and ``fit`` dates) always get the width of
        their content: a clipped amount is worse than a clipped name, so a text
        column takes up what is left instead.
        """
        self.setSortingEnabled(False)
        self._words = None
        self.setRowCount(len(rows))
        for r, (record_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(isolated(text))
                item.setData(Qt.ItemDataRole.UserRole, record_id)
                if c in right_aligned:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if self._shrinkable and c in self._shrinkable:
                    item.setToolTip(text)  # whole, should the column be elided
                self.setItem(r, c, item)
        if self._shrinkable is not None:
            self._fit_columns()
        else:
            self._size_columns(set(right_aligned) | set(fit))

    def _size_columns(self, figures: set[int]) -> None:
        size_columns_to_contents(self, figures)

    def natural_width(self) -> int:
        """The width that shows every column whole, frame and scroll bar included."""
        header = self.horizontalHeader()
        columns = sum(
            max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(self.columnCount())
        )
        return columns + 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()

    def current_id(self) -> str | None:
        item = self.item(self.currentRow(), 0) if self.currentRow() >= 0 else None
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def lay_out_form_dialog(
    dialog: QDialog, form: QFormLayout, general_error: FieldError, *, minimum_width: int
) -> None:
    """The shared frame of our entry dialogs: the form, an error line, Save and Cancel.

    Save calls ``dialog.save()``, which validates and closes the dialog on success.
    """
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(general_error)
    layout.addWidget(buttons)
    keep_error_lines(dialog)
    dialog.setMinimumWidth(minimum_width)
