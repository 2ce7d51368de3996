"""b1docs audit-site: formats, exit codes, --send, and --workbook matching, as a user runs it."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from conftest import AS_OF, run_cli

from b1docs.web.audit import audit_page
from b1docs.web.page import render_page
from b1docs.web.report import audit_to_dict
from b1docs.workbook.reader import load_workbook

WEB_TESTS = Path(__file__).resolve().parent.parent / "web"
sys.path.insert(0, str(WEB_TESTS))
from web_samples import COMPLETE, workbook_data  # noqa: E402

PAGES = WEB_TESTS / "pages"


@pytest.fixture(scope="module")
def complete(tmp_path_factory) -> tuple[Path, Path]:
    """A complete workbook and the page published from it."""
    from b1docs.workbook.writer import write_filled_workbook

    folder = tmp_path_factory.mktemp("complete")
    workbook = write_filled_workbook(folder / "careers.xlsx", COMPLETE)
    page = folder / "careers.html"
    page.write_text(render_page(load_workbook(workbook), as_of=AS_OF).html, encoding="utf-8")
    return workbook, page


def _audit(*args) -> tuple[int, dict]:
    result = run_cli("audit-site", *args, "--as-of", AS_OF.isoformat(), "--format", "json")
    return result.exit_code, json.loads(result.stdout) if result.stdout.strip() else {}


def test_clean_page_exits_0_with_every_item_found(complete):
    workbook, page = complete
    code, report = _audit(page, "--workbook", workbook)
    assert code == 0
    assert {item["status"] for item in report["items"]} == {"found"}
    assert report["findings"] == []
    assert report["send"] is True  # the workbook has pupils with EHC plans
    assert report["school"] == {"name": "Hillcrest & Vale Academy"}


def test_json_keys_and_cli_equals_library(complete):
    _, page = complete
    code, report = _audit(page)
    assert code == 0
    assert set(report) == {"schema_version", "page", "as_of", "send", "workbook", "school", "summary", "items",
                           "findings"}
    assert set(report["items"][0]) == {"id", "title", "part", "rule", "status", "severity", "evidence", "where",
                                       "reason"}
    library = audit_to_dict(audit_page(page.read_text(encoding="utf-8"), page=str(page), as_of=AS_OF))
    assert report == library


def test_missing_items_exit_1_with_must_findings():
    code, report = _audit(PAGES / "missing.html")
    assert code == 1
    must = sorted(f["rule"] for f in report["findings"] if f["severity"] == "must")
    assert must == ["SITE.IMPACT", "SITE.LEADER.EMAIL", "SITE.LEADER.NAME", "SITE.LEADER.PHONE", "SITE.PAL",
                    "SITE.REVIEW_DATE", "SITE.SUMMARY"]
    assert report["summary"] == {"found": 0, "missing": 11, "unclear": 0, "not_applicable": 0}


@pytest.mark.parametrize(("fail_on", "code"), [("must", 0), ("expect", 1), ("good", 1), ("never", 0)])
def test_fail_on(fail_on, code, tmp_path):
    # Every statutory item, but the audiences only in the site menu: expect for missing, good for unclear.
    page = tmp_path / "page.html"
    html = (PAGES / "headings.html").read_text(encoding="utf-8")
    for heading in ("Information for Students", "Parents &amp; Carers", "Staff", "Employers"):
        html = html.replace(f"<h2>{heading}</h2>", "<p>Notes:</p>")
    page.write_text(html, encoding="utf-8")
    result = run_cli("audit-site", page, "--as-of", AS_OF.isoformat(), "--fail-on", fail_on)
    assert result.exit_code == code, result.stdout


def test_send_option_adds_the_send_items():
    _, plain = _audit(PAGES / "headings.html")
    code, send = _audit(PAGES / "headings.html", "--send")
    assert not any(item["part"] == "SEND" for item in plain["items"])
    assert [item["status"] for item in send["items"] if item["part"] == "SEND"] == ["missing"] * 3
    assert code == 1


def test_special_school_workbook_turns_on_send(make_workbook):
    workbook = make_workbook(workbook_data(school={"institution_type": "Special school"}))
    _, report = _audit(PAGES / "send.html", "--workbook", workbook)
    assert report["send"] is True


def test_fe_college_workbook_makes_provider_access_not_applicable(make_workbook):
    workbook = make_workbook(workbook_data(school={"institution_type": "FE college", "ehcp_pupils": 0,
                                                   "year_groups": "12-13"}))
    _, report = _audit(PAGES / "missing.html", "--workbook", workbook)
    pal = next(item for item in report["items"] if item["id"] == "SITE.PAL")
    assert pal["status"] == "not_applicable"
    assert "not to further education (FE) colleges" in pal["reason"]
    assert "SITE.PAL" not in {f["rule"] for f in report["findings"]}


def test_page_that_does_not_match_the_workbook(complete, make_workbook):
    _, page = complete
    other = make_workbook(workbook_data(
        leadership={"leader_name": "Mr Tom Reed", "leader_email": "t.reed@hillcrest.example.sch.uk"},
        publication={"next_review_date": dt.date(2027, 3, 1)}))
    code, report = _audit(page, "--workbook", other)
    mismatches = {(f["rule"], f["sheet"], f["cell"]) for f in report["findings"]}
    assert mismatches == {("SITE.MATCH.LEADER_NAME", "Leadership", "B2"),
                          ("SITE.MATCH.LEADER_EMAIL", "Leadership", "B6"),
                          ("SITE.MATCH.REVIEW_DATE", "Publication", "B5")}
    assert code == 0  # mismatches are expect: one of the two is out of date
    assert run_cli("audit-site", page, "--workbook", other, "--fail-on", "expect").exit_code == 1


def test_same_person_written_differently_matches(complete, make_workbook):
    _, page = complete
    workbook = make_workbook(workbook_data(leadership={"leader_name": "Priya Sharma"}))
    _, report = _audit(page, "--workbook", workbook)
    assert "SITE.MATCH.LEADER_NAME" not in {f["rule"] for f in report["findings"]}


@pytest.mark.parametrize(("page_name", "same"), [
    ("Mrs Priya Sharma", True), ("Priya Sharma", True), ("P Sharma", True), ("Mrs Sharma", True),
    ("Anita Sharma", False), ("Mrs Priya Shah", False)])
def test_names_match(page_name, same):
    from b1docs.web.audit import names_match

    assert names_match("Mrs Priya Sharma", page_name) is same


def test_review_date_passed_exits_1(complete):
    _, page = complete
    result = run_cli("audit-site", page, "--as-of", "2027-09-02", "--format", "json")
    assert result.exit_code == 1
    rules = [(f["rule"], f["severity"]) for f in json.loads(result.stdout)["findings"]]
    assert rules == [("SITE.REVIEW_DATE.PASSED", "must")]


def test_text_and_markdown(complete):
    _, page = complete
    text = run_cli("audit-site", PAGES / "missing.html", "--as-of", AS_OF.isoformat())
    assert text.exit_code == 1
    assert "MISSING" in text.stdout and "Careers leader's name" in text.stdout
    assert "not the Careers & Enterprise Company's Website Audit Tool" in text.stdout
    markdown = run_cli("audit-site", page, "--as-of", AS_OF.isoformat(), "--format", "markdown")
    assert markdown.exit_code == 0
    assert markdown.stdout.startswith("# Careers page audit")
    assert "| Careers leader's name | Found | Mrs Priya Sharma |" in markdown.stdout


def test_output_file_is_not_overwritten_without_force(complete, tmp_path):
    _, page = complete
    out = tmp_path / "audit.json"
    assert run_cli("audit-site", page, "--format", "json", "--output", out).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["schema_version"] == "1"
    again = run_cli("audit-site", page, "--output", out)
    assert again.exit_code == 2
    assert "--force" in again.stderr
    assert run_cli("audit-site", page, "--output", out, "--force").exit_code == 0


def test_unreadable_workbook_is_exit_2(tmp_path):
    bad = tmp_path / "careers.xlsx"
    bad.write_bytes(b"nonsense")
    result = run_cli("audit-site", PAGES / "headings.html", "--workbook", bad)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_options_are_exit_2():
    assert run_cli("audit-site", PAGES / "headings.html", "--format", "pdf").exit_code == 2
    bad_date = run_cli("audit-site", PAGES / "headings.html", "--as-of", "the 40th")
    assert bad_date.exit_code == 2
    assert "--as-of 'the 40th' is not a date" in bad_date.stderr
