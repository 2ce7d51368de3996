"""Read a careers workbook into the typed model. The input file is only ever opened for reading."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from b1docs.errors import WorkbookError, WorkbookStructureError
from b1docs.workbook import normalise
from b1docs.workbook.model import CareersWorkbook, Problem, Record, Table, Value
from b1docs.workbook.opening import check_workbook_file, has_formulas
from b1docs.workbook.schema import SCHEMA_VERSION, SCHEMA_VERSION_LABEL, SHEETS, START_SHEET, Kind, Sheet

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
    check_workbook_file(path)
    data = path.read_bytes()  # one read; openpyxl then works on memory and never holds the file open
    book = _open(path, data, data_only=True)
    sheets = _match_sheets(path, book)
    version = _schema_version(path, book)
    formula_cells = _uncached_formulas(path, data, book) if has_formulas(path) else {}

    problems: list[Problem] = []
    reader = _SheetReader(path, book.epoch, problems, formula_cells)
    school = reader.form(SHEETS[0], _cells(sheets["school"]), None)
    school_years = school.year_groups.value or None
    parts: dict[str, Record | Table] = {"school": school}
    for sheet in SHEETS[1:]:
        worksheet = sheets[sheet.key]
        if sheet.layout == "form":
            parts[sheet.key] = reader.form(sheet, _cells(worksheet), school_years)
        else:
            parts[sheet.key] = reader.table(sheet, _cells(worksheet), school_years)
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
        raise WorkbookError(f"the workbook could not be read ({name}: {err}). Open it in Excel or LibreOffice, "
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
        raise WorkbookStructureError(
            f"the sheet{'s' if len(missing) > 1 else ''} {names} {'are' if len(missing) > 1 else 'is'} missing. "
            "If you renamed a sheet, change its name back", path=path)
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
    """Non-empty cells of a sheet, with merged ranges filled from their top-left cell."""
    # ws._cells holds only cells present in the file; iterating rows instead would walk every formatted
    # empty row (some files claim a million), and ws.cell() would create cells.
    cells: Cells = {key: cell.value for key, cell in worksheet._cells.items()
                    if cell.value is not None and cell.value != ""}
    for merged in worksheet.merged_cells.ranges:
        top_left = cells.get((merged.min_row, merged.min_col))
        if top_left is None:
            continue
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                cells[(row, column)] = top_left
    return cells


def _uncached_formulas(path: Path, data: bytes, values_book: Any) -> dict[tuple[str, str], str]:
    """Cells holding a formula whose result was never saved (openpyxl cannot calculate formulas)."""
    formulas_book = _open(path, data, data_only=False)
    missing: dict[tuple[str, str], str] = {}
    for worksheet in formulas_book.worksheets:
        values = values_book[worksheet.title]._cells
        for key, cell in worksheet._cells.items():
            if cell.data_type == "f" and getattr(values.get(key), "value", None) is None:
                missing[(worksheet.title, cell.coordinate)] = str(cell.value)
    return missing


class _SheetReader:
    def __init__(self, path: Path, epoch: dt.datetime, problems: list[Problem],
                 formula_cells: dict[tuple[str, str], str]) -> None:
        self.path = path
        self.epoch = epoch
        self.problems = problems
        self.formula_cells = formula_cells

    def form(self, sheet: Sheet, cells: Cells, school_years: frozenset[int] | None) -> Record:
        labels = {normalise.loose_header(raw): row for (row, column), raw in cells.items() if column == 1}
        values = {}
        for field in sheet.fields:
            row = labels.get(normalise.loose_header(field.label))
            if row is None:
                raise WorkbookStructureError(
                    f"sheet '{sheet.title}' has no row labelled '{field.label}' in column A. "
                    "Put the label back (copy it from a blank workbook made by: b1docs new)", path=self.path)
            values[field.key] = self._value(sheet, field, cells.get((row, 2)), 2, row, school_years)
        return Record(sheet, values)

    def table(self, sheet: Sheet, cells: Cells, school_years: frozenset[int] | None) -> Table:
        header_row, columns = self._find_header(sheet, cells)
        wanted_columns = set(columns.values())
        rows_with_data = sorted({row for (row, column) in cells if row > header_row and column in wanted_columns})
        records = []
        for row in rows_with_data:
            values = {key: self._value(sheet, sheet.field(key), cells.get((row, column)), column, row, school_years)
                      for key, column in columns.items()}
            records.append(Record(sheet, values, row=row))
        letters = {key: get_column_letter(column) for key, column in columns.items()}
        return Table(sheet, tuple(records), letters, header_row)

    def _find_header(self, sheet: Sheet, cells: Cells) -> tuple[int, dict[str, int]]:
        wanted = {normalise.loose_header(field.label): field.key for field in sheet.fields}
        best_row, best = 1, {}
        for row in range(1, _HEADER_SEARCH_ROWS + 1):
            found = {}
            for (cell_row, column), raw in cells.items():
                key = wanted.get(normalise.loose_header(raw)) if cell_row == row else None
                if key and key not in found:
                    found[key] = column
            if len(found) > len(best):
                best_row, best = row, found
        missing = [field.label for field in sheet.fields if field.key not in best]
        if missing:
            raise WorkbookStructureError(
                f"sheet '{sheet.title}' has no column headed '{missing[0]}'"
                + (f" (nor {len(missing) - 1} other expected column{'s' if len(missing) > 2 else ''})"
                   if len(missing) > 1 else "")
                + ". Put the heading back in the header row (copy it from a blank workbook made by: b1docs new)",
                path=self.path)
        return best_row, best

    def _value(self, sheet: Sheet, field: Any, raw: Any, column: int, row: int,
               school_years: frozenset[int] | None) -> Value:
        cell = f"{get_column_letter(column)}{row}"
        formula = self.formula_cells.get((_actual_title(sheet, self.formula_cells, cell), cell))
        if formula is not None:
            self.problems.append(Problem(
                "DATA.FORMULA", f"the formula {formula} has no saved result, so b1docs cannot see its value",
                "Open the workbook in Excel or LibreOffice, let it calculate, and save it; or type the value in",
                sheet.title, cell))
            return Value(None, sheet.title, cell)
        if field.kind is Kind.YEAR_GROUPS and school_years and normalise.loose_header(raw) in {"all", "all years"}:
            return Value(school_years, sheet.title, cell)
        parse = normalise.parser_for(field.kind, field.choices, self.epoch)
        value, complaint = parse(raw)
        if complaint:
            self.problems.append(Problem(_PROBLEM_CODES.get(field.kind, "DATA.VALUE"),
                                         f"{field.label}: {complaint}",
                                         f"Change {sheet.title}!{cell} to a {field.kind.value}",
                                         sheet.title, cell))
        return Value(value, sheet.title, cell)


def _actual_title(sheet: Sheet, formula_cells: dict[tuple[str, str], str], cell: str) -> str:
    # Sheet names are matched loosely, so the file's own spelling may differ from the schema's.
    if not formula_cells:
        return sheet.title
    for title, coordinate in formula_cells:
        if coordinate == cell and normalise.loose_header(title) == normalise.loose_header(sheet.title):
            return title
    return sheet.title
