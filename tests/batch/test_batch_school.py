"""One school's summary row: taken from the real check report, and errors told in one plain line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import AS_OF, SAMPLES

from b1docs.batch import SchoolResult
from b1docs.batch.school import BatchOptions, check_and_build, describe_error, load_templates, row_from_report
from b1docs.benchmark import run_check
from b1docs.benchmark.findings import Severity
from b1docs.errors import OutputError, WorkbookError
from b1docs.workbook.reader import load_workbook


def test_row_carries_the_reports_statuses_counts_and_dates() -> None:
    """Verify the row matches the check report for a sample with gaps, and survives the trip as a plain dict."""
    workbook = load_workbook(SAMPLES / "riverside-school.xlsx")
    report = run_check(workbook, AS_OF)
    row = row_from_report(workbook, report)
    assert row["school"] == "Riverside School"
    assert row["benchmark1_status"] == report.benchmark1_status.value
    assert [(part["id"], part["status"], part["met"], part["total"]) for part in row["parts"]] == [
        (part.id, part.status.value, part.met, part.total) for part in report.parts]
    assert (row["must"], row["expect"], row["good"]) == (
        report.count(Severity.MUST), report.count(Severity.EXPECT), report.count(Severity.GOOD))
    assert row["governors_approval_date"] == workbook.leadership.governors_approval_date.value
    assert isinstance(row["next_review_date"], dt.date)
    result = SchoolResult.from_dict({"index": 0, "file": "riverside.xlsx", **row})
    assert SchoolResult.from_dict(result.to_dict()) == result


def test_error_lines_drop_the_workbook_path_the_summary_already_shows(tmp_path: Path) -> None:
    """Verify a workbook error loses its long path, a temporary-folder path shrinks to the file name, and a
    bug keeps its exception type."""
    workbook = tmp_path / "school.xlsx"
    assert describe_error(WorkbookError("the file is empty", path=workbook), workbook) == "the file is empty"
    staged = tmp_path / ".b1docs-batch-x" / "00001"
    error = OutputError("cannot be written", path=staged / "plan.docx")
    assert describe_error(error, workbook, staged) == "plan.docx: cannot be written"
    assert describe_error(ValueError("bad"), workbook).startswith("unexpected error (ValueError: bad)")


def test_documents_written_before_a_failure_are_kept_with_the_reason(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify that when the PDFs cannot be made, the Word document stays and the error says so."""
    monkeypatch.setattr("b1docs.render.pdf.find_soffice", lambda: None)
    options = BatchOptions(as_of=AS_OF, only=("plan",), pdf=True)
    row = check_and_build(SAMPLES / "oakfield-academy.xlsx", tmp_path, options, load_templates(options))
    assert [name.endswith(".docx") for name in row["documents"]] == [True]
    assert row["error"].startswith("some documents could not be written: PDF copies need LibreOffice")
    assert row["benchmark1_status"] == "achieved"
