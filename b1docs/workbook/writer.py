"""Write the blank standard workbook from the schema."""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableStyleInfo

from b1docs.files import atomic_write
from b1docs.workbook.schema import (
    LISTS,
    LISTS_SHEET,
    SCHEMA_VERSION,
    SCHEMA_VERSION_LABEL,
    SHEETS,
    START_SHEET,
    Field,
    Kind,
    Sheet,
)

PROMPT_MAX = 255
PROMPT_TITLE_MAX = 32
TABLE_ROWS = 300  # rows prepared with drop-downs and date formats; Excel Tables grow past this on their own
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="top")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
DATE_FORMAT = "dd/mm/yyyy"
TEXT_FORMAT = "@"
# Text format where Excel would otherwise "help": 7-11 typed in a general cell becomes 7 November, 1-4 becomes
# 1 April, and 01632 960123 typed without the space loses its leading zero.
_NUMBER_FORMATS = {
    Kind.DATE: DATE_FORMAT, Kind.MONEY: "£#,##0.00", Kind.WHOLE_NUMBER: "0", Kind.PERCENT: "0",
    Kind.YEAR_GROUPS: TEXT_FORMAT, Kind.BENCHMARKS: TEXT_FORMAT, Kind.PHONE: TEXT_FORMAT,
}

START_TEXT = (
    "This workbook holds your school's careers programme in one place. b1docs reads it to check the "
    "programme against Gatsby Benchmark 1 and the statutory duties, and to write your strategic careers plan, "
    "your guide for parents and carers, your provider access policy statement and your careers web page.",
    "How to fill it in: work through the sheets in order. On the question sheets, type your answer in "
    "column B. On the table sheets, add one row for each activity, encounter or piece of feedback. Click a "
    "cell to see what to write. Where a cell has a drop-down arrow, choose from the list.",
    "Dates: type them as dd/mm/yyyy, for example 14/03/2025. Year groups: write 8, 10-11 or All.",
    "Then run: b1docs check this-file.xlsx to see what is missing, and b1docs build this-file.xlsx to write "
    "the documents. b1docs never changes this workbook.",
)


def write_blank_workbook(path: Path, *, force: bool = False) -> Path:
    """Write the blank standard workbook to path; refuse to overwrite unless force."""
    book = build_blank_workbook()
    with atomic_write(path, force=force) as temporary:
        book.save(temporary)
    return path


def build_blank_workbook() -> Workbook:
    book = Workbook()
    start = book.active
    start.title = START_SHEET
    list_ranges = _write_lists(book)
    for sheet in SHEETS:
        worksheet = book.create_sheet(sheet.title)
        if sheet.layout == "form":
            _write_form(worksheet, sheet, list_ranges)
        else:
            _write_table(worksheet, sheet, list_ranges)
    _write_start(start)
    book.move_sheet(LISTS_SHEET, offset=len(book.sheetnames))
    for worksheet in book.worksheets:
        _fit_to_page_width(worksheet)
    return book


def _fit_to_page_width(worksheet: Any) -> None:
    """Print each sheet landscape, as wide as one page, so a printed copy for governors is readable."""
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True


def _write_start(worksheet: Any) -> None:
    worksheet["A1"] = "Careers programme workbook (Gatsby Benchmark 1)"
    worksheet["A1"].font = Font(bold=True, size=16)
    row = 3
    for paragraph in START_TEXT:
        worksheet.cell(row, 1, paragraph).alignment = Alignment(wrap_text=True, vertical="top")
        worksheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        worksheet.row_dimensions[row].height = 60
        row += 1
    row += 1
    worksheet.cell(row, 1, SCHEMA_VERSION_LABEL).font = Font(bold=True)
    worksheet.cell(row, 2, SCHEMA_VERSION)
    row += 2
    worksheet.cell(row, 1, "Contents").font = Font(bold=True, size=13)
    for sheet in SHEETS:
        row += 1
        link = worksheet.cell(row, 1, sheet.title)
        # A location, not an external "#Sheet!A1" target: Excel and LibreOffice both jump within the file.
        link.hyperlink = Hyperlink(ref=link.coordinate, location=f"{quote_sheetname(sheet.title)}!A1",
                                   tooltip=f"Go to the {sheet.title} sheet")
        link.font = Font(color="1F4E79", underline="single")
        worksheet.cell(row, 2, sheet.purpose).alignment = Alignment(wrap_text=True)
    worksheet.sheet_view.tabSelected = True
    worksheet.column_dimensions["A"].width = 28
    worksheet.column_dimensions["B"].width = 80
    worksheet.column_dimensions["C"].width = 10


def _write_lists(book: Workbook) -> dict[str, str]:
    worksheet = book.create_sheet(LISTS_SHEET)
    worksheet.sheet_state = "hidden"
    ranges = {}
    for column, (key, options) in enumerate(LISTS.items(), start=1):
        letter = get_column_letter(column)
        worksheet.cell(1, column, key)
        for row, option in enumerate(options, start=2):
            worksheet.cell(row, column, option)
        # No leading "=": the file format stores the formula bare, as Excel itself writes it.
        ranges[key] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${len(options) + 1}"
    return ranges


def _validation(field: Field, list_ranges: dict[str, str]) -> DataValidation:
    """A validation carrying the input message; a drop-down when the field is a closed list."""
    # Excel limits the prompt to 255 characters and its title to 32; longer ones make it repair the file.
    prompt = _shorten(f"{field.help} ({field.kind.value})", PROMPT_MAX)
    if field.kind is Kind.CHOICE and field.choices:
        validation = DataValidation(type="list", formula1=list_ranges[field.choices], allow_blank=True,
                                    showErrorMessage=True, errorStyle="warning",
                                    error="Please choose from the list.", errorTitle="Not in the list")
    elif field.kind is Kind.YES_NO:
        validation = DataValidation(type="list", formula1=list_ranges["yes_no"], allow_blank=True,
                                    showErrorMessage=True, errorStyle="warning", error="Choose Yes or No.",
                                    errorTitle="Yes or No")
    else:
        validation = DataValidation(allow_blank=True)
    validation.showInputMessage = True
    validation.promptTitle = _shorten(field.label, PROMPT_TITLE_MAX)
    validation.prompt = prompt
    return validation


def _shorten(text: str, limit: int) -> str:
    """text cut at a word boundary to fit Excel's limit, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _write_form(worksheet: Any, sheet: Sheet, list_ranges: dict[str, str]) -> None:
    for column, heading in enumerate(("Question", "Your answer", "What to write"), start=1):
        cell = worksheet.cell(1, column, heading)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
    for row, field in enumerate(sheet.fields, start=2):
        worksheet.cell(row, 1, field.label).font = Font(bold=True)
        answer = worksheet.cell(row, 2)
        answer.alignment = Alignment(wrap_text=True, vertical="top")
        if field.kind in _NUMBER_FORMATS:
            answer.number_format = _NUMBER_FORMATS[field.kind]
        worksheet.cell(row, 3, field.help).alignment = Alignment(wrap_text=True, vertical="top")
        validation = _validation(field, list_ranges)
        worksheet.add_data_validation(validation)
        validation.add(answer.coordinate)
    worksheet.column_dimensions["A"].width = 44
    worksheet.column_dimensions["B"].width = 50
    worksheet.column_dimensions["C"].width = 70
    worksheet.freeze_panes = "B2"


def _write_table(worksheet: Any, sheet: Sheet, list_ranges: dict[str, str]) -> None:
    last_row = TABLE_ROWS + 1
    for column, field in enumerate(sheet.fields, start=1):
        letter = get_column_letter(column)
        worksheet.cell(1, column, field.label).alignment = HEADER_ALIGNMENT
        worksheet.column_dimensions[letter].width = field.width
        validation = _validation(field, list_ranges)
        worksheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{last_row}")
        number_format = _NUMBER_FORMATS.get(field.kind)
        wrap = field.kind is Kind.LONG_TEXT
        if number_format or wrap:
            template = worksheet.cell(2, column)
            if number_format:
                template.number_format = number_format
            if wrap:
                template.alignment = WRAP_TOP
            # Copying the style array is much faster than setting styles cell by cell (openpyxl looks each
            # style up again on every assignment); the blank is written for every test and every `new`.
            for row in range(3, last_row + 1):
                worksheet.cell(row, column)._style = copy(template._style)
    ref = f"A1:{get_column_letter(len(sheet.fields))}2"
    table = Table(displayName=sheet.table_name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    worksheet.add_table(table)
    worksheet.freeze_panes = "A2"
    worksheet.row_dimensions[1].height = 30


def write_filled_workbook(path: Path, data: dict[str, Any], *, force: bool = False) -> Path:
    """Write a standard workbook filled with data, for samples, tests and benchmarks.

    data maps a sheet key to a dict of field key -> value (form sheets) or a list of such dicts (table
    sheets). Values are written as given: a date as a date cell, text as text, so tests can also write
    the messy text people type.
    """
    book = fill_workbook(build_blank_workbook(), data)
    with atomic_write(path, force=force) as temporary:
        book.save(temporary)
    return path


def fill_workbook(book: Workbook, data: dict[str, Any]) -> Workbook:
    from b1docs.workbook.schema import SHEETS_BY_KEY

    for key, content in data.items():
        sheet = SHEETS_BY_KEY[key]
        worksheet = book[sheet.title]
        keys = [field.key for field in sheet.fields]
        if sheet.layout == "form":
            for field_key, value in content.items():
                worksheet.cell(keys.index(field_key) + 2, 2, value)
            continue
        for row, record in enumerate(content, start=2):
            for field_key, value in record.items():
                worksheet.cell(row, keys.index(field_key) + 1, value)
        if content:
            table = worksheet.tables[sheet.table_name]
            table.ref = f"A1:{get_column_letter(len(sheet.fields))}{max(len(content), 1) + 1}"
    return book
