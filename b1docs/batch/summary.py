"""The batch summary: one row per school in summary.xlsx and summary.csv, the same rows and columns in both.

Every text that came from a workbook (or a file name) is neutralised so that neither file can run a formula
when a trust opens it in Excel: a school called =HYPERLINK("http://x") must stay words.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from b1docs.batch.school import SchoolResult
from b1docs.files import atomic_write

XLSX_NAME = "summary.xlsx"
CSV_NAME = "summary.csv"
NOT_CHECKED = "Could not check"
# OWASP CSV-injection advice: these first characters make Excel (or another spreadsheet) start a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_WORDS = {"achieved": "Achieved", "in_progress": "In progress", "not_achieved": "Not achieved",
          "not_applicable": "Not applicable"}
# Excel's own Good / Neutral / Bad cell styles, plus grey for parts that do not apply. Fill and font colour
# together keep the words readable; the words carry the meaning for anyone who cannot tell the colours apart.
_COLOURS = {"Achieved": ("C6EFCE", "006100"), "In progress": ("FFEB9C", "9C5700"),
            "Not achieved": ("FFC7CE", "9C0006"), "Not applicable": ("EDEDED", "404040"),
            NOT_CHECKED: ("FFC7CE", "9C0006")}


@dataclass(frozen=True)
class Column:
    """One summary column: its heading, what it holds (text, status, number or date) and its width in Excel."""

    heading: str
    kind: str
    width: int


def neutralise(text: str) -> str:
    """Text that would start a formula gets a leading apostrophe, so spreadsheets show it as words."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def status_words(status: str) -> str:
    return _WORDS.get(status, status)


def summary_table(results: Sequence[SchoolResult]) -> tuple[list[Column], list[list[Any]]]:
    """The headings and rows both summary files show, rows in the order of the sorted workbook paths."""
    ordered = sorted(results, key=lambda result: result.index)
    parts: dict[str, str] = {}
    for result in ordered:
        for part in result.parts:
            parts.setdefault(part.id, part.title)
    columns = [Column("School", "text", 34), Column("Institution type", "text", 20), Column("File", "text", 34),
               Column("Benchmark 1 status", "status", 16)]
    for part_id, title in parts.items():
        columns += [Column(f"{part_id} {title}", "status", 16), Column(f"{part_id} met", "number", 8),
                    Column(f"{part_id} total", "number", 8)]
    columns += [Column("Must findings", "number", 10), Column("Expect findings", "number", 10),
                Column("Next review date", "date", 13), Column("Governors' approval date", "date", 13),
                Column("Output folder", "text", 28), Column("Error", "text", 60)]

    rows = []
    for result in ordered:
        checked = bool(result.benchmark1_status)
        by_id = {part.id: part for part in result.parts}
        row: list[Any] = [neutralise(result.school), neutralise(result.institution_type), neutralise(result.file),
                          status_words(result.benchmark1_status) if checked else NOT_CHECKED]
        for part_id in parts:
            part = by_id.get(part_id)
            row += [status_words(part.status), part.met, part.total] if part else ["", None, None]
        row += [result.must if checked else None, result.expect if checked else None,
                result.next_review_date, result.governors_approval_date,
                neutralise(result.folder), neutralise(result.error)]
        rows.append(row)
    return columns, rows


def write_summary(out: Path, results: Sequence[SchoolResult], *, force: bool) -> tuple[Path, Path]:
    """Write summary.xlsx and summary.csv into out, each atomically; return their paths."""
    columns, rows = summary_table(results)
    xlsx, csv_path = out / XLSX_NAME, out / CSV_NAME
    write_xlsx(xlsx, columns, rows, force=force)
    write_csv(csv_path, columns, rows, force=force)
    return xlsx, csv_path


def write_csv(path: Path, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *, force: bool) -> None:
    # utf-8-sig writes a byte-order mark: without it Excel reads UTF-8 as Windows-1252 and garbles names.
    with atomic_write(path, force=force) as temporary, temporary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(column.heading for column in columns)
        for row in rows:
            writer.writerow(_csv_value(value) for value in row)


def _csv_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()  # 2026-07-14: the one date form every spreadsheet reads the same way
    return str(value)


def _width(column: Column, values: Sequence[Any]) -> int:
    # Wide enough for the longest text, within limits: a long error message wraps rather than runs on.
    if column.kind != "text":
        return column.width
    longest = max((len(value) for value in values if isinstance(value, str)), default=0)
    return max(12, min(longest + 2, 60)) if longest else column.width


def write_xlsx(path: Path, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *, force: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "Summary"
    book.properties.title = "Benchmark 1 summary"
    for number, column in enumerate(columns, start=1):
        cell = sheet.cell(1, number, column.heading)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(number)].width = _width(column, [row[number - 1] for row in rows])
    fills = {words: (PatternFill("solid", fgColor=fill), Font(color=font)) for words, (fill, font) in _COLOURS.items()}
    for row_number, row in enumerate(rows, start=2):
        for number, (column, value) in enumerate(zip(columns, row, strict=True), start=1):
            if isinstance(value, str):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)  # openpyxl refuses control characters
            cell = sheet.cell(row_number, number, value)
            if isinstance(value, str):
                # openpyxl turns any text starting with "=" into a formula; neutralise() already prevents
                # that, and this makes sure the cell is stored as text whatever the value.
                cell.data_type = "s"
            if column.kind == "date" and value is not None:
                cell.number_format = "dd/mm/yyyy"
            elif column.kind == "status" and value in fills:
                cell.fill, cell.font = fills[value]
            elif column.heading == "Error" and value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "B2"  # the header row and the school column stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows), 1) + 1}"
    sheet.row_dimensions[1].height = 45
    # On paper: landscape, and the header row and school column repeated on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows, sheet.print_title_cols = "1:1", "A:A"
    with atomic_write(path, force=force) as temporary:
        book.save(temporary)
