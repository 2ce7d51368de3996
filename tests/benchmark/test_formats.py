"""The report's three views: JSON (against its schema), terminal text, Markdown."""

from __future__ import annotations

import io

import jsonschema
import pytest
from b1_complete import check, complete_data, put
from conftest import AS_OF, SAMPLES

from b1docs.benchmark import run_check
from b1docs.benchmark.formats import (
    report_schema,
    report_to_dict,
    report_to_markdown,
    report_to_text,
    summary_lines,
    use_colour,
)
from b1docs.workbook.reader import load_workbook

SAMPLE_NAMES = ["oakfield-academy.xlsx", "riverside-school.xlsx", "meadowbank-special-school.xlsx",
                "northgate-college.xlsx", "blank-careers-workbook.xlsx"]


@pytest.fixture(scope="module")
def riverside():
    return run_check(load_workbook(SAMPLES / "riverside-school.xlsx"), AS_OF)


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_json_of_every_sample_matches_the_documented_schema(name):
    data = report_to_dict(run_check(load_workbook(SAMPLES / name), AS_OF))
    jsonschema.Draft202012Validator(report_schema()).validate(data)


def test_schema_rejects_a_finding_without_a_cell(riverside):
    data = report_to_dict(riverside)
    del data["findings"][0]["cell"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(report_schema()).validate(data)


def test_json_has_the_documented_fields(riverside):
    data = report_to_dict(riverside)
    assert data["schema_version"] == "1.0"
    assert data["school"]["name"] == "Riverside School"
    assert data["as_of"] == "2026-12-01"
    assert data["benchmark1_status"] == "in_progress"
    assert data["counts"] == {"must": 4, "expect": 13, "good": 0, "total": 17}
    first = data["findings"][0]
    assert {k: first[k] for k in ("rule", "severity", "part", "sheet", "cell")} == \
        {"rule": "B1.PUB.IMPACT", "severity": "must", "part": "WEB", "sheet": "Publication", "cell": "B3"}


def test_text_lists_parts_and_every_finding_with_its_cell(riverside):
    text = report_to_text(riverside)
    assert "Riverside School: Gatsby Benchmark 1 check on 1 December 2026" in text
    assert "Benchmark 1: In progress" in text
    for finding in riverside.findings:
        assert f"{finding.ref}  [{finding.rule}]" in text
    assert "\033[" not in text


def test_text_colour_only_when_asked(riverside):
    assert "\033[31mMUST\033[0m" in report_to_text(riverside, colour=True)


def test_use_colour_needs_a_terminal_and_no_no_color(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(Terminal()) is True
    assert use_colour(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(Terminal()) is False


def test_markdown_for_senior_leaders(riverside):
    md = report_to_markdown(riverside)
    assert md.startswith("# Riverside School: Gatsby Benchmark 1 check on 1 December 2026")
    assert "| Leadership and backing | In progress | 5 of 9 |" in md
    assert "## Must (required by law)" in md
    assert "- **Publication!B3**: How the programme's impact is measured: not filled in." in md


def test_markdown_escapes_text_from_the_workbook(tmp_path):
    data = complete_data()
    put("school", "name", "St *Mary's* <School> | Trust")(data)
    md = report_to_markdown(check(tmp_path, data))
    assert "# St \\*Mary's\\* \\<School\\> \\| Trust" in md
    assert "Nothing needs doing" in md


def test_summary_lines_for_build(riverside):
    assert summary_lines(riverside) == [
        "Benchmark 1: In progress (2 of 7 parts achieved).",
        "Gaps: 4 required by law (must), 13 expected, 0 good practice. Run b1docs check for the details.",
    ]
