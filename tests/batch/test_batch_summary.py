"""summary.xlsx and summary.csv: the same rows and columns, coloured words, and no formulas from workbook text."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from b1docs.batch import SchoolResult, neutralise
from b1docs.batch.school import PartSummary
from b1docs.batch.summary import write_summary
from b1docs.errors import OutputError

PARTS = (PartSummary("S1", "Leadership and backing", "achieved", 4, 4),
         PartSummary("PAL", "Provider access", "not_applicable", 0, 0))


def sample_results() -> list[SchoolResult]:
    return [
        SchoolResult(index=2, file="z/broken.xlsx", error="this is not an Excel workbook"),
        SchoolResult(index=0, file="a/oakfield.xlsx", school='=HYPERLINK("http://x")', institution_type="11–18 school",
                     benchmark1_status="in_progress", parts=PARTS, must=1, expect=2,
                     next_review_date=dt.date(2027, 7, 14), governors_approval_date=dt.date(2026, 10, 3),
                     folder="hyperlink-http-x"),
        SchoolResult(index=1, file="@b/riverside.xlsx", school="Riverside School", institution_type="FE college",
                     benchmark1_status="achieved", parts=PARTS[:1], folder="riverside-school"),
    ]


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("text", ["=1+2", "+44 1632", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_neutralise_prefixes_formula_starts(text: str) -> None:
    """Verify every character that starts a formula gets a leading apostrophe, and plain text is untouched."""
    assert neutralise(text) == "'" + text
    assert neutralise("Oakfield = good") == "Oakfield = good"


def test_formula_like_school_name_is_text_in_both_files(tmp_path: Path) -> None:
    """Verify a school called =HYPERLINK(...) is stored as neutralised text, never as a formula."""
    xlsx, csv_path = write_summary(tmp_path, sample_results(), force=False)
    cell = openpyxl.load_workbook(xlsx)["Summary"]["A2"]
    assert cell.value == "'=HYPERLINK(\"http://x\")"
    assert cell.data_type == "s"
    assert read_csv(csv_path)[1][0] == "'=HYPERLINK(\"http://x\")"
    assert read_csv(csv_path)[2][2] == "'@b/riverside.xlsx"  # file names are neutralised too
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the file as UTF-8


def test_rows_sorted_and_the_same_in_both_files(tmp_path: Path) -> None:
    """Verify both files hold the same headings and rows, sorted by workbook order, failures included."""
    xlsx, csv_path = write_summary(tmp_path, sample_results(), force=False)
    sheet = openpyxl.load_workbook(xlsx)["Summary"]
    from_xlsx = [["" if value is None else value.date().isoformat() if isinstance(value, dt.datetime) else str(value)
                  for value in row] for row in sheet.iter_rows(values_only=True)]
    from_csv = read_csv(csv_path)
    assert from_xlsx == from_csv
    assert from_csv[0] == ["School", "Institution type", "File", "Benchmark 1 status",
                           "S1 Leadership and backing", "S1 met", "S1 total",
                           "PAL Provider access", "PAL met", "PAL total", "Must findings", "Expect findings",
                           "Next review date", "Governors' approval date", "Output folder", "Error"]
    assert [row[2] for row in from_csv[1:]] == ["a/oakfield.xlsx", "'@b/riverside.xlsx", "z/broken.xlsx"]
    assert from_csv[3][3] == "Could not check" and from_csv[3][-1] == "this is not an Excel workbook"
    assert from_csv[1][3:10] == ["In progress", "Achieved", "4", "4", "Not applicable", "0", "0"]
    assert from_csv[2][7:10] == ["", "", ""]  # a part this school's report did not have stays blank


def test_xlsx_has_dates_colours_frozen_header_and_filter(tmp_path: Path) -> None:
    """Verify dates are date cells, statuses are coloured and in words, and the header is frozen and filtered."""
    xlsx, _ = write_summary(tmp_path, sample_results(), force=False)
    sheet = openpyxl.load_workbook(xlsx)["Summary"]
    headings = [cell.value for cell in sheet[1]]
    review = sheet.cell(2, headings.index("Next review date") + 1)
    assert review.value == dt.datetime(2027, 7, 14) and review.is_date and review.number_format == "dd/mm/yyyy"
    status = sheet.cell(2, headings.index("Benchmark 1 status") + 1)
    assert status.value == "In progress" and status.fill.fgColor.rgb.endswith("FFEB9C")
    assert sheet.cell(3, 4).fill.fgColor.rgb.endswith("C6EFCE")
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:P4"
    assert all(sheet.column_dimensions[letter].width >= 8 for letter in "ABCDEFGHIJKLMNOP")


def test_existing_summary_needs_force(tmp_path: Path) -> None:
    """Verify an earlier summary is only replaced with force."""
    write_summary(tmp_path, sample_results(), force=False)
    with pytest.raises(OutputError, match="already exists"):
        write_summary(tmp_path, sample_results(), force=False)
    write_summary(tmp_path, sample_results(), force=True)
