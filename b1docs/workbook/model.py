"""The typed model of a careers workbook. Every value knows the sheet and cell it came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from b1docs.workbook.schema import SHEETS_BY_KEY, Sheet


@dataclass(frozen=True)
class Value:
    """One cell's value after normalisation. `value` is None when the cell is blank or could not be read."""

    value: Any
    sheet: str
    cell: str

    @property
    def ref(self) -> str:
        """Where the value lives, as Excel writes it: Programme!D14."""
        return f"{self.sheet}!{self.cell}"

    @property
    def present(self) -> bool:
        return self.value not in (None, "", frozenset(), ())

    def __bool__(self) -> bool:
        return self.present

    def text(self) -> str:
        """The value as plain text for documents: blank is an empty string, never "None"."""
        return format_value(self.value)


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        # Not "%-d": Windows' strftime rejects it, and most careers leaders use Windows.
        return f"{value.day} {value.strftime('%B %Y')}"
    if isinstance(value, frozenset | tuple | list):
        return ", ".join(format_value(item) for item in sorted(value, key=_sort_key))
    return str(value)


def _sort_key(item: Any) -> tuple[int, Any]:
    return (0, item) if isinstance(item, int) else (1, str(item))


@dataclass(frozen=True)
class Record:
    """One form sheet, or one row of a table sheet: field key -> Value."""

    sheet: Sheet
    values: dict[str, Value]
    row: int | None = None

    def __getattr__(self, key: str) -> Value:
        try:
            return self.__dict__["values"][key]
        except KeyError:
            raise AttributeError(f"{self.sheet.title} has no field {key!r}") from None

    def __getitem__(self, key: str) -> Value:
        return self.values[key]


@dataclass(frozen=True)
class Table:
    """A table sheet: its rows, and where each column is, so that empty tables can still be pointed at."""

    sheet: Sheet
    rows: tuple[Record, ...]
    columns: dict[str, str]  # field key -> column letter
    header_row: int

    def __iter__(self) -> Iterator[Record]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.rows)

    def first_empty_cell(self, key: str) -> str:
        """The cell where the next row of this column would go: the place to point at for a missing row."""
        last = max((record.row or self.header_row) for record in self.rows) if self.rows else self.header_row
        return f"{self.columns[key]}{last + 1}"

    def column_cell(self, key: str) -> str:
        """The header cell of a column."""
        return f"{self.columns[key]}{self.header_row}"


@dataclass(frozen=True)
class Problem:
    """Something in the data that b1docs could not understand. The check reports each one as a finding."""

    code: str
    message: str
    fix: str
    sheet: str
    cell: str

    @property
    def ref(self) -> str:
        return f"{self.sheet}!{self.cell}"


@dataclass(frozen=True)
class CareersWorkbook:
    """Everything read from one workbook, in schema order."""

    path: Path
    schema_version: str
    school: Record
    leadership: Record
    programme: Table
    outcomes: Table
    parents: Table
    publication: Record
    provider_access: Record
    encounters: Table
    feedback: Table
    evaluation: Record
    actions: Table
    problems: tuple[Problem, ...] = field(default=())

    @property
    def school_years(self) -> frozenset[int]:
        """The year groups on roll; empty when the School sheet does not say."""
        return self.school.year_groups.value or frozenset()

    @property
    def institution_type(self) -> str:
        return self.school.institution_type.value or ""

    def section(self, key: str) -> Record | Table:
        if key not in SHEETS_BY_KEY:
            raise KeyError(key)
        return getattr(self, key)
