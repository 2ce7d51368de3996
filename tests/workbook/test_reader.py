"""The reader turns what people actually type into typed values, each with the cell it came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import file_digest
from openpyxl.utils import get_column_letter
from xlsx_edit import edit_workbook, rewrite_part, sheet_part

from b1docs.workbook.reader import load_workbook
from b1docs.workbook.schema import SHEETS_BY_KEY


def form_cell(sheet_key: str, field_key: str) -> str:
    """Where the blank workbook puts a form answer: column B, one row per question after the header."""
    keys = [field.key for field in SHEETS_BY_KEY[sheet_key].fields]
    return f"B{keys.index(field_key) + 2}"


def table_column(sheet_key: str, field_key: str) -> str:
    keys = [field.key for field in SHEETS_BY_KEY[sheet_key].fields]
    return get_column_letter(keys.index(field_key) + 1)


def read_form_value(make_workbook, sheet_key: str, field_key: str, raw):
    """Write one answer, read the workbook back; return (value, cell, problems), checking the file is unchanged."""
    path = make_workbook({sheet_key: {field_key: raw}})
    return read_back(path, sheet_key, field_key)


def read_back(path: Path, sheet_key: str, field_key: str):
    before = file_digest(path)
    model = load_workbook(path)
    assert file_digest(path) == before
    value = model.section(sheet_key)[field_key]
    return value.value, value.ref, model.problems


def test_text_is_trimmed(make_workbook):
    value, ref, problems = read_form_value(make_workbook, "school", "name", "  Oakfield Academy \n")
    assert (value, ref, problems) == ("Oakfield Academy", "School!B2", ())


def test_excel_control_character_escapes_are_stripped(make_workbook):
    # Excel stores a control character pasted into a cell as _x0007_; it must not reach the documents.
    value, ref, problems = read_form_value(make_workbook, "school", "name", "Oak_x0007_field_x001F_ Academy")
    assert (value, ref, problems) == ("Oakfield Academy", "School!B2", ())


def test_date_cell_becomes_a_date(make_workbook):
    value, ref, _ = read_form_value(make_workbook, "leadership", "training_completed", dt.datetime(2025, 3, 14, 9, 30))
    assert (value, ref) == (dt.date(2025, 3, 14), f"Leadership!{form_cell('leadership', 'training_completed')}")


def test_excel_serial_number_in_a_general_cell_is_a_date(make_workbook):
    cell = form_cell("leadership", "training_completed")
    path = make_workbook({"leadership": {"training_completed": 45730}})

    def plain_number(book):
        book["Leadership"][cell].number_format = "General"

    edit_workbook(path, plain_number)
    value, ref, problems = read_back(path, "leadership", "training_completed")
    assert (value, ref, problems) == (dt.date(2025, 3, 14), f"Leadership!{cell}", ())


def test_serial_number_in_an_old_mac_1904_workbook(make_workbook):
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    cell = form_cell("leadership", "training_completed")
    path = make_workbook({})

    def mac_dates(book):
        book.epoch = CALENDAR_MAC_1904
        book["Leadership"][cell].number_format = "General"
        book["Leadership"][cell].value = 45730 - 1462  # 14 March 2025 counted from 1 January 1904

    edit_workbook(path, mac_dates)
    value, ref, problems = read_back(path, "leadership", "training_completed")
    assert (value, ref, problems) == (dt.date(2025, 3, 14), f"Leadership!{cell}", ())


@pytest.mark.parametrize("text", ["14/03/2025", "14 March 2025", "2025-03-14", "14.3.2025", "14th March 2025",
                                  "March 14, 2025", "14-Mar-2025", "45730", " 14/03/2025 "])
def test_dates_typed_as_text_are_read_day_first(make_workbook, text):
    value, ref, problems = read_form_value(make_workbook, "leadership", "governors_approval_date", text)
    assert (value, problems) == (dt.date(2025, 3, 14), ())
    assert ref == f"Leadership!{form_cell('leadership', 'governors_approval_date')}"


def test_day_first_means_uk_order(make_workbook):
    value, _, _ = read_form_value(make_workbook, "leadership", "governors_approval_date", "03/04/2025")
    assert value == dt.date(2025, 4, 3)


@pytest.mark.parametrize(("text", "gist"), [
    ("31/02/2025", "not a real date"),
    ("03/14/2025", "not a real date"),
    ("14/03/25", "ambiguous"),
    ("March 2025", "ambiguous"),
    ("next Tuesday", "not a date"),
    (2025, "not a likely date"),
    (dt.date(1905, 7, 17), "not a likely date"),
])
def test_impossible_and_ambiguous_dates_are_located_problems(make_workbook, text, gist):
    cell = form_cell("leadership", "governors_approval_date")
    value, ref, problems = read_form_value(make_workbook, "leadership", "governors_approval_date", text)
    assert value is None
    assert [(p.code, p.sheet, p.cell) for p in problems] == [("DATA.DATE", "Leadership", cell)]
    assert gist in problems[0].message
    assert ref == f"Leadership!{cell}"


@pytest.mark.parametrize("raw", ["Yes", "Y", "yes", "TRUE", True, "✓", "x", " X "])
def test_yes(make_workbook, raw):
    value, ref, problems = read_form_value(make_workbook, "leadership", "leader_on_slt", raw)
    assert (value, problems) == (True, ())
    assert ref == f"Leadership!{form_cell('leadership', 'leader_on_slt')}"


@pytest.mark.parametrize("raw", ["No", "n", "FALSE", False])
def test_no(make_workbook, raw):
    value, _, problems = read_form_value(make_workbook, "leadership", "leader_on_slt", raw)
    assert (value, problems) == (False, ())


def test_unclear_yes_no_is_a_problem(make_workbook):
    value, _, problems = read_form_value(make_workbook, "leadership", "leader_on_slt", "maybe")
    assert value is None
    assert [(p.code, p.cell) for p in problems] == [("DATA.YES_NO", form_cell("leadership", "leader_on_slt"))]


@pytest.mark.parametrize(("raw", "years"), [
    (8, {8}),
    ("8", {8}),
    ("Y8", {8}),
    ("Year 8", {8}),
    ("Years 8-9", {8, 9}),
    ("7–11", {7, 8, 9, 10, 11}),
    ("Year 7 and Year 9", {7, 9}),
    ("KS4", {10, 11}),
])
def test_year_groups(make_workbook, raw, years):
    path = make_workbook({"programme": [{"title": "Careers fair", "year_groups": raw}]})
    value, ref, problems = read_back_row(path, "programme", 0, "year_groups")
    assert (value, ref, problems) == (frozenset(years), "Programme!A2", ())


@pytest.mark.parametrize(("turned_into", "years"), [(dt.datetime(2026, 11, 7), {7, 8, 9, 10, 11}),
                                                     (dt.datetime(2026, 9, 8), {8, 9})])
def test_year_groups_that_excel_turned_into_a_date(make_workbook, turned_into, years):
    path = make_workbook({"programme": [{"title": "Careers fair", "year_groups": turned_into}]})
    value, ref, problems = read_back_row(path, "programme", 0, "year_groups")
    assert (value, ref, problems) == (frozenset(years), "Programme!A2", ())


def read_back_row(path: Path, sheet_key: str, index: int, field_key: str):
    before = file_digest(path)
    model = load_workbook(path)
    assert file_digest(path) == before
    value = list(model.section(sheet_key))[index][field_key]
    return value.value, value.ref, model.problems


def test_all_year_groups_means_the_schools_year_groups(make_workbook):
    path = make_workbook({"school": {"year_groups": "7-11"},
                          "programme": [{"title": "Assembly", "year_groups": "All"}]})
    value, ref, problems = read_back_row(path, "programme", 0, "year_groups")
    assert (value, ref, problems) == (frozenset({7, 8, 9, 10, 11}), "Programme!A2", ())


def test_all_year_groups_without_school_years_means_7_to_13(make_workbook):
    path = make_workbook({"programme": [{"title": "Assembly", "year_groups": "All"}]})
    value, _, _ = read_back_row(path, "programme", 0, "year_groups")
    assert value == frozenset(range(7, 14))


def test_bad_year_groups_are_a_problem(make_workbook):
    path = make_workbook({"programme": [{"title": "Assembly", "year_groups": "Year 20"}]})
    value, _, problems = read_back_row(path, "programme", 0, "year_groups")
    assert value is None
    assert [(p.code, p.sheet, p.cell) for p in problems] == [("DATA.YEAR_GROUPS", "Programme", "A2")]


@pytest.mark.parametrize(("field_key", "raw", "expected"), [
    ("hours_per_week", "6", 6),
    ("hours_per_week", " 6 ", 6),
    ("hours_per_week", 6.0, 6),
    ("annual_budget", "£1,250.50", 1250.5),
    ("annual_budget", "2000", 2000),
])
def test_numbers_written_as_text(make_workbook, field_key, raw, expected):
    value, ref, problems = read_form_value(make_workbook, "leadership", field_key, raw)
    assert (value, problems) == (expected, ())
    assert type(value) is type(expected)
    assert ref == f"Leadership!{form_cell('leadership', field_key)}"


@pytest.mark.parametrize("raw", ["six", "nan", "inf", "6.5"])
def test_not_a_whole_number_is_a_problem(make_workbook, raw):
    value, _, problems = read_form_value(make_workbook, "leadership", "hours_per_week", raw)
    assert value is None
    assert [(p.code, p.cell) for p in problems] == [("DATA.NUMBER", form_cell("leadership", "hours_per_week"))]


def test_percentage_cell_holds_a_fraction(make_workbook):
    cell = form_cell("evaluation", "compass_b1_percent")
    path = make_workbook({"evaluation": {"compass_b1_percent": 1}})
    edit_workbook(path, lambda book: setattr(book["Evaluation"][cell], "number_format", "0%"))
    value, ref, problems = read_back(path, "evaluation", "compass_b1_percent")
    assert (value, ref, problems) == (100, f"Evaluation!{cell}", ())


@pytest.mark.parametrize(("raw", "expected"), [(64, 64), ("64%", 64), (0.64, 64)])
def test_percentage_typed_plainly(make_workbook, raw, expected):
    value, _, problems = read_form_value(make_workbook, "evaluation", "compass_b1_percent", raw)
    assert (value, problems) == (expected, ())


@pytest.mark.parametrize("raw", [1632960123, 1632960123.0, "1632960123", "01632 960123"])
def test_phone_typed_as_a_number_regains_its_leading_zero(make_workbook, raw):
    value, ref, problems = read_form_value(make_workbook, "leadership", "leader_phone", raw)
    assert value in ("01632960123", "01632 960123")
    assert (ref, problems) == (f"Leadership!{form_cell('leadership', 'leader_phone')}", ())


def test_choices_all_and_lists(make_workbook):
    path = make_workbook({"encounters": [{"provider": "Oak College", "content_covered": "All"},
                                         {"provider": "Elm ITP", "content_covered": "careers they lead to; "
                                                                                    "Provider and its courses"}]})
    first, ref, problems = read_back_row(path, "encounters", 0, "content_covered")
    second, _, _ = read_back_row(path, "encounters", 1, "content_covered")
    assert len(first) == 4 and ref == "Provider encounters!I2" and problems == ()
    assert second == frozenset({"Careers they lead to", "Provider and its courses"})


def test_choice_matches_loosely_and_reports_unknowns(make_workbook):
    path = make_workbook({"school": {"institution_type": "11-18 SCHOOL"},
                          "programme": [{"title": "Talk", "activity_type": "Juggling"}]})
    model = load_workbook(path)
    assert model.school.institution_type.value == "11–18 school"
    assert [(p.code, p.ref) for p in model.problems] == [("DATA.CHOICE", "Programme!E2")]


def test_blank_rows_are_skipped_and_rows_keep_their_numbers(make_workbook):
    path = make_workbook({"programme": [{"title": "First"}, {}, {"title": "   "}, {"title": "Fourth"}]})
    model = load_workbook(path)
    assert [(r.row, r.title.value, r.title.ref) for r in model.programme] == [
        (2, "First", "Programme!C2"), (5, "Fourth", "Programme!C5")]
    assert model.problems == ()


def test_excel_table_totals_row_is_not_a_row(make_workbook):
    path = make_workbook({"feedback": [{"method": "Survey", "respondents": 40},
                                       {"method": "Panel", "respondents": 15}]})

    def add_totals(book):
        sheet = book["Feedback"]
        table = sheet.tables["tblFeedback"]
        table.ref = table.ref.replace("3", "4")
        table.totalsRowCount = 1
        sheet["C4"], sheet[f"{table_column('feedback', 'respondents')}4"] = "Total", 55

    edit_workbook(path, add_totals)
    model = load_workbook(path)
    assert [(r.row, r.method.value) for r in model.feedback] == [(2, "Survey"), (3, "Panel")]


def test_merged_cells_are_filled(make_workbook):
    path = make_workbook({"programme": [{"title": "One", "term": "Autumn 1"}, {"title": "Two"}]})
    edit_workbook(path, lambda book: book["Programme"].merge_cells("B2:B3"))
    model = load_workbook(path)
    assert [(r.term.value, r.term.ref) for r in model.programme] == [
        ("Autumn 1", "Programme!B2"), ("Autumn 1", "Programme!B3")]


def test_merge_past_the_last_row_adds_no_row(make_workbook):
    path = make_workbook({"programme": [{"title": "One", "term": "Autumn 1"}]})
    edit_workbook(path, lambda book: book["Programme"].merge_cells("B2:B4"))
    model = load_workbook(path)
    assert [(r.row, r.term.value) for r in model.programme] == [(2, "Autumn 1")]


def test_merged_form_answer_is_read(make_workbook):
    path = make_workbook({"school": {"name": "Oakfield Academy"}})
    edit_workbook(path, lambda book: book["School"].merge_cells("B2:C2"))
    value, ref, _ = read_back(path, "school", "name")
    assert (value, ref) == ("Oakfield Academy", "School!B2")


def test_extra_columns_are_ignored(make_workbook):
    path = make_workbook({"programme": [{"title": "Fair"}]})

    def add_notes(book):
        sheet = book["Programme"]
        sheet["Q1"] = "My notes"
        sheet["Q2"] = "Book the hall"
        sheet["Q3"] = "A note on a row with nothing else"

    edit_workbook(path, add_notes)
    model = load_workbook(path)
    assert [(r.row, r.title.value) for r in model.programme] == [(2, "Fair")]
    assert "My notes" not in str(model)
    assert model.problems == ()


def test_columns_are_found_by_header_text_in_any_order(make_workbook):
    path = make_workbook({})
    fields = list(SHEETS_BY_KEY["programme"].fields)

    def reorder(book):
        sheet = book["Programme"]
        for column in range(1, 20):
            for row in (1, 2):
                sheet.cell(row, column).value = None
        del sheet.tables["tblProgramme"]
        for column, field in enumerate(reversed(fields), start=1):
            # Different case and spacing from the schema's label.
            sheet.cell(1, column, "  " + field.label.upper().replace(" ", "  ") + " ")
        sheet.cell(2, len(fields) - fields.index(SHEETS_BY_KEY["programme"].field("title")), "Mock interviews")
        sheet.cell(2, len(fields), "10")

    edit_workbook(path, reorder)
    model = load_workbook(path)
    (row,) = model.programme
    assert (row.title.value, row.title.ref) == ("Mock interviews", f"Programme!{get_column_letter(len(fields) - 2)}2")
    last = get_column_letter(len(fields))
    assert (row.year_groups.value, row.year_groups.ref) == (frozenset({10}), f"Programme!{last}2")
    assert model.programme.columns["title"] == get_column_letter(len(fields) - 2)


def test_header_row_need_not_be_row_1(make_workbook):
    path = make_workbook({"programme": [{"title": "Fair", "year_groups": "9"}]})

    def add_title_rows(book):
        sheet = book["Programme"]
        del sheet.tables["tblProgramme"]
        sheet.insert_rows(1, 2)
        sheet["A1"] = "Oakfield careers programme 2026-27"

    edit_workbook(path, add_title_rows)
    model = load_workbook(path)
    (row,) = model.programme
    assert model.programme.header_row == 3
    assert (row.row, row.title.ref, row.year_groups.value) == (4, "Programme!C4", frozenset({9}))


def test_hidden_and_protected_sheets_still_read(make_workbook):
    path = make_workbook({"school": {"name": "Oakfield"}, "programme": [{"title": "Fair"}]})

    def hide_and_protect(book):
        book["Programme"].sheet_state = "hidden"
        book["School"].protection.sheet = True
        book["School"].protection.password = "secret"
        book.security.lockStructure = True

    edit_workbook(path, hide_and_protect)
    model = load_workbook(path)
    assert (model.school.name.value, [r.title.ref for r in model.programme]) == ("Oakfield", ["Programme!C2"])


def test_formula_without_a_saved_result_is_a_located_problem(make_workbook):
    cell = form_cell("leadership", "hours_per_week")
    path = make_workbook({"leadership": {"hours_per_week": "=3*2"}})
    value, ref, problems = read_back(path, "leadership", "hours_per_week")
    assert (value, ref) == (None, f"Leadership!{cell}")
    assert [(p.code, p.sheet, p.cell) for p in problems] == [("DATA.FORMULA", "Leadership", cell)]
    assert "=3*2" in problems[0].message


def test_formula_alone_on_a_table_row_is_still_reported(make_workbook):
    column = table_column("feedback", "respondents")
    path = make_workbook({"feedback": [{"method": "Survey"}, {"respondents": "=SUM(A1:A2)"}]})
    model = load_workbook(path)
    assert [r.row for r in model.feedback] == [2, 3]
    assert [(p.code, p.ref) for p in model.problems] == [("DATA.FORMULA", f"Feedback!{column}3")]


def test_formula_with_a_saved_result_reads_the_result(make_workbook):
    cell = form_cell("leadership", "hours_per_week")
    path = make_workbook({"leadership": {"hours_per_week": "=3*2"}})
    # What Excel and LibreOffice do on save: keep the formula and store its result beside it.
    rewrite_part(path, sheet_part(path, "Leadership"),
                 lambda xml: xml.replace("<f>3*2</f><v></v>", "<f>3*2</f><v>6</v>").replace("<f>3*2</f><v/>",
                                                                                              "<f>3*2</f><v>6</v>"))
    value, ref, problems = read_back(path, "leadership", "hours_per_week")
    assert (value, ref, problems) == (6, f"Leadership!{cell}", ())


def test_formula_error_result_is_a_problem(make_workbook):
    cell = form_cell("leadership", "annual_budget")
    path = make_workbook({"leadership": {"annual_budget": "=1/0"}})
    rewrite_part(path, sheet_part(path, "Leadership"),
                 lambda xml: xml.replace(f'<c r="{cell}"', f'<c r="{cell}" t="e"', 1)
                 .replace("<f>1/0</f><v></v>", "<f>1/0</f><v>#DIV/0!</v>"))
    value, _, problems = read_back(path, "leadership", "annual_budget")
    assert value is None
    assert [(p.code, p.cell) for p in problems] == [("DATA.FORMULA", cell)]
    assert "#DIV/0!" in problems[0].message


def test_sheet_names_match_loosely(make_workbook):
    path = make_workbook({"programme": [{"title": "Fair"}]})
    edit_workbook(path, lambda book: setattr(book["Programme"], "title", "programme "))
    model = load_workbook(path)
    assert [r.title.value for r in model.programme] == ["Fair"]


def test_every_problem_names_a_cell_and_a_fix(make_workbook):
    path = make_workbook({"leadership": {"hours_per_week": "lots", "training_completed": "soon"},
                          "programme": [{"title": "Fair", "benchmarks": "9", "school_day": "perhaps"}]})
    problems = load_workbook(path).problems
    assert sorted(p.ref for p in problems) == sorted([
        f"Leadership!{form_cell('leadership', 'hours_per_week')}",
        f"Leadership!{form_cell('leadership', 'training_completed')}",
        f"Programme!{table_column('programme', 'benchmarks')}2",
        f"Programme!{table_column('programme', 'school_day')}2"])
    assert all(p.fix and p.message and "\n" not in p.message for p in problems)


@pytest.mark.parametrize(("data", "loads"), [
    ({"school": {"name": "Oakfield"}}, 1),
    ({"leadership": {"hours_per_week": "=3*2"}}, 2),
])
def test_openpyxl_loads_the_workbook_once_unless_it_has_formulas(make_workbook, monkeypatch, data, loads):
    import openpyxl

    calls = []
    real_load = openpyxl.load_workbook
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *args, **kwargs: calls.append(kwargs) or real_load(
        *args, **kwargs))
    load_workbook(make_workbook(data))
    assert len(calls) == loads
