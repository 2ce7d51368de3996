"""The blank workbook: pleasant in Excel, safe from repair prompts, and read back with no problems."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest
from libreoffice import convert
from openpyxl.utils import get_column_letter, quote_sheetname, range_boundaries

from b1docs.workbook.reader import load_workbook
from b1docs.workbook.schema import LISTS, LISTS_SHEET, SCHEMA_VERSION, SCHEMA_VERSION_LABEL, SHEETS, START_SHEET, Kind
from b1docs.workbook.writer import DATE_FORMAT, TABLE_ROWS, write_blank_workbook


@pytest.fixture(scope="module")
def blank_path(tmp_path_factory) -> Path:
    return write_blank_workbook(tmp_path_factory.mktemp("blank") / "blank.xlsx")


@pytest.fixture(scope="module")
def book(blank_path):
    return openpyxl.load_workbook(blank_path)


def answer_cells(sheet):
    """Where each field's answers go: one cell on form sheets, a column of rows on table sheets."""
    for index, field in enumerate(sheet.fields):
        if sheet.layout == "form":
            yield field, [f"B{index + 2}"]
        else:
            letter = get_column_letter(index + 1)
            yield field, [f"{letter}2", f"{letter}{TABLE_ROWS + 1}"]


def validations_by_cell(worksheet):
    found = {}
    for validation in worksheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            min_col, min_row, max_col, max_row = range_boundaries(cell_range.coord)
            for row in (min_row, max_row):
                for column in range(min_col, max_col + 1):
                    found[f"{get_column_letter(column)}{row}"] = validation
    return found


def test_sheet_order_and_hidden_lists(book):
    assert book.sheetnames == [START_SHEET, *(s.title for s in SHEETS), LISTS_SHEET]
    assert book[LISTS_SHEET].sheet_state == "hidden"
    assert all(book[name].sheet_state == "visible" for name in book.sheetnames[:-1])
    assert book.active.title == START_SHEET


def test_lists_sheet_holds_every_list(book):
    lists = book[LISTS_SHEET]
    for column, (key, options) in enumerate(LISTS.items(), start=1):
        values = [lists.cell(row, column).value for row in range(2, len(options) + 2)]
        assert (lists.cell(1, column).value, values) == (key, list(options))


def test_every_answer_has_an_input_message_and_closed_lists_a_drop_down(book):
    for sheet in SHEETS:
        worksheet = book[sheet.title]
        validations = validations_by_cell(worksheet)
        for field, cells in answer_cells(sheet):
            for cell in cells:
                validation = validations.get(cell)
                assert validation is not None, f"{sheet.title}!{cell} has no input message"
                assert validation.showInputMessage and validation.prompt and validation.promptTitle
                # Longer prompts or titles make Excel repair the file.
                assert len(validation.prompt) <= 255 and len(validation.promptTitle) <= 32
                if field.kind in (Kind.CHOICE, Kind.YES_NO):
                    list_key = field.choices or "yes_no"
                    letter = get_column_letter(list(LISTS).index(list_key) + 1)
                    assert validation.type == "list"
                    rows = f"${letter}$2:${letter}${len(LISTS[list_key]) + 1}"
                    assert validation.formula1 == f"{quote_sheetname(LISTS_SHEET)}!{rows}"
                else:
                    assert validation.type is None


def test_no_inline_list_is_used(blank_path):
    # Inline lists over 255 characters are cut by Excel; all our lists live on the Lists sheet.
    with zipfile.ZipFile(blank_path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<formula1>&quot;" not in archive.read(name).decode()


def test_date_cells_are_formatted_as_dates(book):
    for sheet in SHEETS:
        worksheet = book[sheet.title]
        for field, cells in answer_cells(sheet):
            if field.kind is Kind.DATE:
                assert all(worksheet[cell].number_format == DATE_FORMAT for cell in cells), f"{sheet.title}"


def test_cells_excel_would_turn_into_dates_or_numbers_are_text(book):
    for sheet in SHEETS:
        worksheet = book[sheet.title]
        for field, cells in answer_cells(sheet):
            if field.kind in (Kind.YEAR_GROUPS, Kind.BENCHMARKS, Kind.PHONE):
                assert all(worksheet[cell].number_format == "@" for cell in cells), f"{sheet.title} {field.label}"


def test_table_sheets_are_excel_tables_with_matching_headers(blank_path, book):
    names = []
    for sheet in SHEETS:
        worksheet = book[sheet.title]
        if sheet.layout == "form":
            assert not worksheet.tables
            continue
        table = worksheet.tables[sheet.table_name]
        names.append(table.displayName)
        headers = [worksheet.cell(1, column).value for column in range(1, len(sheet.fields) + 1)]
        assert headers == [field.label for field in sheet.fields]
        assert all(isinstance(header, str) for header in headers)
        assert [column.name for column in table.tableColumns] == headers
        assert table.ref == f"A1:{get_column_letter(len(sheet.fields))}2"
    assert len(names) == len(set(names)) == sum(1 for s in SHEETS if s.layout == "table")
    assert not set(names) & set(book.defined_names)


def test_headers_are_frozen_and_columns_wide_enough(book):
    for sheet in SHEETS:
        worksheet = book[sheet.title]
        assert worksheet.freeze_panes == ("B2" if sheet.layout == "form" else "A2")
        if sheet.layout == "form":
            widths = [worksheet.column_dimensions[letter].width for letter in "ABC"]
            assert widths[0] >= max(len(field.label) for field in sheet.fields) * 0.9
            assert min(widths) >= 40
            continue
        for column, field in enumerate(sheet.fields, start=1):
            header = worksheet.cell(1, column)
            assert worksheet.column_dimensions[get_column_letter(column)].width >= 12
            assert header.alignment.wrap_text, f"{sheet.title} header {field.label} does not wrap"


def test_start_sheet_has_version_and_contents(book):
    start = book[START_SHEET]
    rows = {row[0].value: row for row in start.iter_rows(max_col=2) if row[0].value}
    assert rows[SCHEMA_VERSION_LABEL][1].value == SCHEMA_VERSION
    for sheet in SHEETS:
        assert rows[sheet.title][0].hyperlink.location == f"{quote_sheetname(sheet.title)}!A1"


def test_blank_reads_back_empty_with_no_problems(blank_path):
    model = load_workbook(blank_path)
    assert model.problems == ()
    assert model.schema_version == SCHEMA_VERSION
    for sheet in SHEETS:
        part = model.section(sheet.key)
        if sheet.layout == "table":
            assert len(part) == 0
        else:
            assert not any(value.present for value in part.values.values())


@pytest.mark.slow
def test_libreoffice_converts_the_blank(blank_path, tmp_path):
    (ods,) = convert([blank_path], "ods", tmp_path / "out")
    with zipfile.ZipFile(ods) as archive:
        content = archive.read("content.xml").decode()
    for sheet in SHEETS:
        assert f'table:name="{sheet.title}"' in content
