"""Reading an import file: header check, physical line numbers, cell parsing.

Everything here is about the file itself; which rows exist in the workspace is the
business of ``csv_import``. Problems are collected rather than raised one at a
time, so a user fixing a spreadsheet sees every bad row in one go.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from app.errors import ValidationError, translatable
from app.models.validation import label
from app.services.csv_columns import Column, from_spreadsheet_safe


@dataclass(frozen=True)
class RowProblem:
    """One reason a row (or the header, line 1) cannot be imported."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class CsvImportError(ValidationError):
    """The file cannot be imported as it is; ``problems`` lists every reason found."""

    def __init__(self, template: str, /, *, problems: Sequence[RowProblem], **params: object):
        self.problems = list(problems)
        super().__init__(template, field="file", **params)


@dataclass
class ParsedRow:
    line: int  # physical line where the record starts (quoted newlines counted)
    values: dict[str, Any]


@dataclass
class ParsedFile:
    columns: list[Column]  # the columns the header names, in file order
    headings: list[str] = field(default_factory=list)  # as written in the file (aliases)
    rows: list[ParsedRow] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def bad_lines(self) -> set[int]:
        return {problem.line for problem in self.problems}

    def has(self, name: str) -> bool:
        return any(column.name == name for column in self.columns)


def open_csv(path: Path) -> TextIO:
    """Open as UTF-8; ``utf-8-sig`` drops the byte-order mark Excel writes."""
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise ValidationError(
            translatable("errors", "Cannot read {path}: {reason}"),
            field="file",
            path=str(path),
            reason=error.strerror or str(error),
        ) from None


def _refuse_value(value: str, column: str) -> None:
    raise ValidationError(
        translatable("errors", "a value in a column without a heading"), field=column
    )


UNNAMED = Column("", _refuse_value)


def _header_columns(
    header: list[str], spec: Sequence[Column]
) -> tuple[list[Column], list[RowProblem]]:
    by_name = {column.name: column for column in spec}
    by_name.update({alias: column for column in spec for alias in column.aliases})
    columns: list[Column] = []
    problems: list[RowProblem] = []
    seen: dict[str, str] = {}
    for raw in header:
        name = raw.strip()
        if not name:
            # Spreadsheets often save a trailing empty column; harmless while it is empty.
            columns.append(UNNAMED)
            continue
        column = by_name.get(name.lower())
        if column is None:
            problems.append(
                RowProblem(
                    1,
                    name,
                    translatable("errors", "unknown column; expected one of: ")
                    + ", ".join(c.name for c in spec),
                )
            )
            continue
        if column.name in seen:
            problems.append(
                RowProblem(
                    1,
                    name,
                    translatable("errors", "the same column as {other}").format(
                        other=seen[column.name]
                    ),
                )
            )
            continue
        seen[column.name] = name
        columns.append(column)
    for column in spec:
        if column.required and column.name not in seen:
            problems.append(
                RowProblem(1, column.name, translatable("errors", "required column is missing"))
            )
    return columns, problems


def parse_rows(stream: TextIO, spec: Sequence[Column]) -> ParsedFile:
    """Check the header against ``spec`` and parse every data row of ``stream``."""
    reader = csv.reader(stream)
    previous_end = 0  # reader.line_num counts physical lines, quoted newlines included
    try:
        header = next(reader, None)
        if header is None:
            raise CsvImportError(
                translatable("errors", "The file is empty; it needs a header row."), problems=[]
            )
        previous_end = reader.line_num
        columns, header_problems = _header_columns(header, spec)
        if header_problems:
            return ParsedFile(columns=columns, problems=header_problems)
        parsed = ParsedFile(columns=columns, headings=[cell.strip() for cell in header])
        for cells in reader:
            line, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue  # blank lines between records are harmless
            _parse_record(parsed, line, cells)
    except UnicodeDecodeError:
        raise CsvImportError(
            translatable("errors", "The file is not UTF-8 text; save it as “CSV UTF-8”."),
            problems=[],
        ) from None
    except csv.Error as error:
        raise CsvImportError(
            translatable("errors", "The file is not valid CSV at line {line}: {reason}"),
            problems=[],
            line=previous_end + 1,
            reason=str(error),
        ) from None
    return parsed


def _parse_record(parsed: ParsedFile, line: int, cells: list[str]) -> None:
    if len(cells) != len(parsed.columns):
        parsed.problems.append(
            RowProblem(
                line,
                None,
                translatable("errors", "expected {expected} fields, found {found}").format(
                    expected=len(parsed.columns), found=len(cells)
                ),
            )
        )
        return
    values: dict[str, Any] = {}
    bad = False
    for column, heading, raw in zip(parsed.columns, parsed.headings, cells, strict=True):
        cell = from_spreadsheet_safe(raw)
        if not cell.strip():
            if column.required:
                parsed.problems.append(
                    RowProblem(
                        line,
                        column.name,
                        translatable("errors", "{label} is required.").format(
                            label=label(column.name)
                        ),
                    )
                )
                bad = True
            values[column.name] = column.blank
            continue
        try:
            values[column.name] = column.parse(cell, column.name)
        except ValidationError as error:
            parsed.problems.append(RowProblem(line, heading or None, error.message))
            bad = True
    if not bad:
        parsed.rows.append(ParsedRow(line, values))
