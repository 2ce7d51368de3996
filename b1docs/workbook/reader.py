"""Read a careers workbook into the typed model. The input file is only ever opened for reading."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path
from typing import Any

from openpyxl.utils import coordinate_to_tuple, get_column_letter, range_boundaries

from b1docs.errors import WorkbookError, WorkbookStructureError
from b1docs.workbook import normalise
from b1docs.workbook.model import CareersWorkbook, Problem, Record, Table, Value
from b1docs.workbook.opening import read_workbook_file
from b1docs.workbook.schema import (
    LISTS_SHEET,
    SCHEMA_VERSION,
    SCHEMA_VERSION_LABEL,
    SHEETS,
    START_SHEET,
    Field,
    Kind,
    Sheet,
)

Cells = dict[tuple[int, int], Any]  # (row, column) -> raw value, non-empty cells only
_HEADER_SEARCH_ROWS = 10
_PROBLEM_CODES = {
    Kind.DATE: "DATA.DATE",
    Kind.YES_NO: "DATA.YES_NO",
    Kind.WHOLE_NUMBER: "DATA.NUMBER",
    Kind.MONEY: "DATA.NUMBER",
    Kind.PERCENT: "DATA.NUMBER",
    Kind.YEAR_GROUPS: "DATA.YEAR_GROUPS",
    Kind.CHOICE: "DATA.CHOICE",
    Kind.CHOICES: "DATA.CHOICE",
    Kind.BENCHMARKS: "DATA.BENCHMARKS",
}


def load_workbook(path: str | Path) -> CareersWorkbook:
    """Read a b1docs workbook. Raises WorkbookError when it cannot be read; data problems are in .problems."""
    path = Path(path)
    # One read of the file; openpyxl then works on memory and never holds the file open.
    opened = read_workbook_file(path)
    book = _open(path, opened.data, data_only=True)
    # The version first: a newer workbook may have sheets this b1docs does not know, and "update b1docs"
    # is the useful message then, not "a sheet is missing".
    version = _schema_version(path, book)
    sheets = _match_sheets(path, book)
    # Only a workbook with formulas pays for a second load, to tell "no saved result" from a blank cell.
    formula_cells = _uncached_formulas(path, opened.data, book) if opened.has_formulas else {}

    problems: list[Problem] = []
    reader = _SheetReader(path, book.epoch, problems, formula_cells)
    school = reader.form(SHEETS[0], sheets["school"], None)
    school_years = school.year_groups.value or None
    parts: dict[str, Record | Table] = {"school": school}
    for sheet in SHEETS[1:]:
        worksheet = sheets[sheet.key]
        if sheet.layout == "form":
            parts[sheet.key] = reader.form(sheet, worksheet, school_years)
        else:
            parts[sheet.key] = reader.table(sheet, worksheet, school_years)
    return CareersWorkbook(path=path, schema_version=version, problems=tuple(problems), **parts)  # type: ignore[arg-type]


def _open(path: Path, data: bytes, *, data_only: bool) -> Any:
    import openpyxl

    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel extensions it drops; we only read, so nothing is lost.
            warnings.simplefilter("ignore")
            return openpyxl.load_workbook(io.BytesIO(data), data_only=data_only, read_only=False)
    except Exception as err:  # openpyxl raises many types for damaged files; all mean the same to a user
        name = type(err).__name__
        if "Entities" in name or "DTD" in name or "Forbidden" in name:
            raise WorkbookError("the workbook contains unsafe XML (entity declarations), so b1docs refused "
                                "to read it. Open it in Excel and save it again as .xlsx", path=path) from err
        detail = " ".join(str(err).split())[:100]
        raise WorkbookError(f"the workbook could not be read ({name}: {detail}). Open it in Excel or LibreOffice, "
                            "save it again as .xlsx, and try again", path=path) from err


def _match_sheets(path: Path, book: Any) -> dict[str, Any]:
    by_loose_name = {normalise.loose_header(ws.title): ws for ws in book.worksheets}
    found = {s.key: by_loose_name.get(normalise.loose_header(s.title)) for s in SHEETS}
    missing = [s.title for s in SHEETS if found[s.key] is None]
    if len(missing) == len(SHEETS):
        raise WorkbookStructureError(
            "this is not a b1docs careers workbook: it has none of the sheets "
            f"{', '.join(repr(t) for t in missing)}. Make a blank one with: b1docs new careers.xlsx", path=path)
    if missing:
        names = ", ".join(repr(t) for t in missing)
        known = {normalise.loose_header(t) for t in (*(s.title for s in SHEETS), START_SHEET, LISTS_SHEET)}
        others = [ws.title for ws in book.worksheets if normalise.loose_header(ws.title) not in known]
        hint = f" (it has {', '.join(repr(t) for t in others)} instead)" if others else ""
        raise WorkbookStructureError(
            f"the sheet{'s' if len(missing) > 1 else ''} {names} {'are' if len(missing) > 1 else 'is'} missing"
            f"{hint}. If you renamed a sheet, change its name back", path=path)
    return found


def _schema_version(path: Path, book: Any) -> str:
    start = next((ws for ws in book.worksheets
                  if normalise.loose_header(ws.title) == normalise.loose_header(START_SHEET)), None)
    if start is None:
        return SCHEMA_VERSION
    cells = _cells(start)
    wanted = normalise.loose_header(SCHEMA_VERSION_LABEL)
    for (row, column), raw in cells.items():
        if column == 1 and normalise.loose_header(raw) == wanted:
            version = normalise.clean_text(cells.get((row, 2))) or SCHEMA_VERSION
            if _major(version) > _major(SCHEMA_VERSION):
                raise WorkbookError(
                    f"the workbook uses schema version {version}, made by a newer b1docs than this one "
                    f"(which reads version {SCHEMA_VERSION}). Update b1docs with: pip install --upgrade b1docs",
                    path=path)
            return version
    return SCHEMA_VERSION


def _major(version: str) -> int:
    try:
        return int(version.split(".")[0])
    except ValueError:
        return 0


def _cells(worksheet: Any) -> Cells:
    """Non-blank cells of a sheet, with merged ranges filled from their top-left cell."""
    return _cells_and_rows(worksheet)[0]


def _cells_and_rows(worksheet: Any) -> tuple[Cells, set[tuple[int, int]]]:
    """The sheet's cells (merges filled), and which of them were typed rather than filled from a merge."""
    # ws._cells holds only cells present in the file; iterating rows instead would walk every formatted
    # empty row (some files claim a million), and ws.cell() would create cells.
    cells: Cells = {}
    for key, cell in worksheet._cells.items():
        value = cell.value
        if value is None or (isinstance(value, str) and _blank_text(value)):
            continue  # a cell holding only spaces is blank to the person who typed them
        if cell.data_type == "n" and "%" in (cell.number_format or ""):
            value = normalise.ShownAsPercent(value)
        cells[key] = value
    # A merge reaching past the last filled row must not invent a row of its own.
    typed = set(cells)
    for merged in worksheet.merged_cells.ranges:
        top_left = cells.get((merged.min_row, merged.min_col))
        if top_left is None:
            continue
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                cells[(row, column)] = top_left
    return cells, typed


def _totals_rows(worksheet: Any) -> set[int]:
    """Rows that are an Excel Table's totals row: sums of the activities, not activities themselves."""
    return {range_boundaries(table.ref)[3] for table in worksheet.tables.values() if table.totalsRowCount}


def _blank_text(text: str) -> bool:
    stripped = text.strip()
    # Only text starting with a control character or an Excel _x escape can clean down to nothing;
    # checking first keeps the full clean off the thousands of ordinary cells.
    return not stripped or ((stripped[0] == "_" or stripped[0] < " ") and not normalise.clean_text(stripped))


def _uncached_formulas(path: Path, data: bytes, values_book: Any) -> dict[tuple[str, str], str]:
    """Cells holding a formula whose result was never saved (openpyxl cannot calculate formulas)."""
    formulas_book = _open(path, data, data_only=False)
    missing: dict[tuple[str, str], str] = {}
    for worksheet in formulas_book.worksheets:
        values = values_book[worksheet.title]._cells
        for key, cell in worksheet._cells.items():
            saved = values.get(key)
            # A formula whose saved result is empty text (=IF(A2="","",...)) is marked as text ("str");
            # one never calculated is not.
            if cell.data_type == "f" and (saved is None or (saved.value is None and saved.data_type != "str")):
                missing[(worksheet.title, cell.coordinate)] = str(cell.value)
    return missing


class _SheetReader:
    def __init__(self, path: Path, epoch: dt.datetime, problems: list[Problem],
                 formula_cells: dict[tuple[str, str], str]) -> None:
        self.path = path
        self.epoch = epoch
        self.problems = problems
        self.formula_cells = formula_cells

    def form(self, sheet: Sheet, worksheet: Any, school_years: frozenset[int] | None) -> Record:
        cells = _cells(worksheet)
        labels: dict[str, int] = {}
        for (row, column), raw in cells.items():
            if column == 1:
                labels.setdefault(normalise.loose_header(raw), row)
        values = {}
        for field in sheet.fields:
            row = labels.get(normalise.loose_header(field.label))
            if row is None:
                raise WorkbookStructureError(
                    f"sheet '{sheet.title}' has no row labelled '{field.label}' in column A. "
                    "Put the label back (copy it from a blank workbook made by: b1docs new)", path=self.path)
            values[field.key] = self._value(sheet, worksheet.title, field, cells.get((row, 2)), f"B{row}",
                                            school_years)
        return Record(sheet, values)

    def table(self, sheet: Sheet, worksheet: Any, school_years: frozenset[int] | None) -> Table:
        cells, typed = _cells_and_rows(worksheet)
        header_row, columns = self._find_header(sheet, cells)
        letters = {key: get_column_letter(column) for key, column in columns.items()}
        wanted_columns = set(columns.values())
        # A formula with no saved result reads as blank, but its row still counts so the problem is reported.
        typed |= {coordinate_to_tuple(cell) for title, cell in self.formula_cells if title == worksheet.title}
        # Rows with nothing in the schema's columns are skipped: blank rows, and notes typed beside the table.
        rows_with_data = sorted({row for (row, column) in typed if row > header_row and column in wanted_columns}
                                - _totals_rows(worksheet))
        plan = [(field.key, field, columns[field.key], letters[field.key]) for field in sheet.fields]
        records = []
        for row in rows_with_data:
            values = {key: self._value(sheet, worksheet.title, field, cells.get((row, column)), f"{letter}{row}",
                                       school_years)
                      for key, field, column, letter in plan}
            records.append(Record(sheet, values, row=row))
        return Table(sheet, tuple(records), letters, header_row)

    def _find_header(self, sheet: Sheet, cells: Cells) -> tuple[int, dict[str, int]]:
        """The header row is the row, among the first few, that holds the most of the sheet's headings."""
        wanted = {normalise.loose_header(field.label): field.key for field in sheet.fields}
        by_row: dict[int, dict[str, int]] = {}
        for (row, column), raw in cells.items():
            if row <= _HEADER_SEARCH_ROWS and isinstance(raw, str):
                key = wanted.get(normalise.loose_header(raw))
                if key:
                    found = by_row.setdefault(row, {})
                    # A heading repeated in the same row: the leftmost one counts.
                    found[key] = min(column, found.get(key, column))
        best_row = max(by_row, key=lambda row: (len(by_row[row]), -row), default=1)
        best = by_row.get(best_row, {})
        missing = [field.label for field in sheet.fields if field.key not in best]
        if missing:
            where = f"row {best_row}" if best else f"the first {_HEADER_SEARCH_ROWS} rows"
            others = len(missing) - 1
            raise WorkbookStructureError(
                f"sheet '{sheet.title}' has no column headed '{missing[0]}' in {where}"
                + (f" (nor {others} other expected column{'s' if others > 1 else ''})" if others else "")
                + ". Put the heading back in the header row (copy it from a blank workbook made by: b1docs new)",
                path=self.path)
        return best_row, best

    def _value(self, sheet: Sheet, title: str, field: Field, raw: Any, cell: str,
               school_years: frozenset[int] | None) -> Value:
        formula = self.formula_cells.get((title, cell)) if self.formula_cells else None
        if raw is None and formula is None:
            return Value(None, sheet.title, cell)  # the common case, and every parser reads blank as None
        if formula is not None:
            return self._problem(sheet, cell, "DATA.FORMULA",
                                 f"{field.label}: the formula {normalise.quoted(formula)} has no saved result, "
                                 "so b1docs cannot see its value",
                                 "Open the workbook in Excel or LibreOffice, let it calculate, and save it; "
                                 "or type the value in")
        if isinstance(raw, str) and raw.strip() in _EXCEL_ERRORS:
            return self._problem(sheet, cell, "DATA.FORMULA",
                                 f"{field.label}: the cell shows the error {raw.strip()}",
                                 f"Correct the formula in {sheet.title}!{cell}, or type the value in")
        if isinstance(raw, normalise.ShownAsPercent) and field.kind is not Kind.PERCENT:
            raw = float(raw)
        if field.kind is Kind.YEAR_GROUPS and school_years and normalise.means_all_years(raw):
            # "All" means the year groups this school teaches, as given on the School sheet.
            return Value(school_years, sheet.title, cell)
        parse = normalise.parser_for(field.kind, field.choices, self.epoch)
        value, complaint = parse(raw)
        if complaint:
            self.problems.append(Problem(_PROBLEM_CODES.get(field.kind, "DATA.VALUE"),
                                         f"{field.label}: {complaint}",
                                         f"Change {sheet.title}!{cell} to a {field.kind.value}",
                                         sheet.title, cell))
        return Value(value, sheet.title, cell)

    def _problem(self, sheet: Sheet, cell: str, code: str, message: str, fix: str) -> Value:
        self.problems.append(Problem(code, message, fix, sheet.title, cell))
        return Value(None, sheet.title, cell)


# What Excel shows when a formula fails; LibreOffice writes the same codes.
_EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
