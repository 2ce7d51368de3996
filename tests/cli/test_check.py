"""b1docs check: exit codes, formats, --output, and that the CLI adds nothing to the library's report."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import AS_OF, SAMPLES, file_digest, run_cli

from b1docs.benchmark import run_check
from b1docs.benchmark.formats import report_to_dict, report_to_markdown
from b1docs.workbook.reader import load_workbook

# The complete-workbook builder lives with the rule tests; share it rather than copy it.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmark"))
from b1_complete import complete_data, put

DAY = AS_OF.isoformat()


@pytest.mark.parametrize(("name", "code"), [
    ("oakfield-academy.xlsx", 0),
    ("meadowbank-special-school.xlsx", 0),
    ("northgate-college.xlsx", 0),
    ("riverside-school.xlsx", 1),
    ("blank-careers-workbook.xlsx", 1),
])
def test_exit_codes_for_the_samples(name, code):
    result = run_cli("check", SAMPLES / name, "--as-of", DAY)
    assert result.exit_code == code, result.stdout + result.stderr


def test_complete_sample_two_years_later_exits_1():
    result = run_cli("check", SAMPLES / "oakfield-academy.xlsx", "--as-of", "2028-12-01")
    assert result.exit_code == 1
    assert "[B1.PUB.REVIEW_DATE]" in result.stdout


@pytest.mark.parametrize(("fail_on", "code"), [("must", 1), ("expect", 1), ("good", 1), ("never", 0)])
def test_fail_on_thresholds_for_the_gap_sample(fail_on, code):
    assert run_cli("check", SAMPLES / "riverside-school.xlsx", "--as-of", DAY, "--fail-on", fail_on).exit_code == code


def test_fail_on_good_passes_the_complete_sample():
    assert run_cli("check", SAMPLES / "oakfield-academy.xlsx", "--as-of", DAY, "--fail-on", "good").exit_code == 0


def test_good_practice_gap_fails_only_at_fail_on_good(make_workbook):
    data = complete_data()
    put("leadership", "governors_minute_ref", None)(data)
    path = make_workbook(data)
    assert run_cli("check", path, "--as-of", DAY, "--fail-on", "expect").exit_code == 0
    assert run_cli("check", path, "--as-of", DAY, "--fail-on", "good").exit_code == 1


@pytest.mark.parametrize("name", ["riverside-school.xlsx", "northgate-college.xlsx"])
def test_cli_json_equals_the_library_report(name):
    path = SAMPLES / name
    result = run_cli("check", path, "--as-of", DAY, "--format", "json")
    assert json.loads(result.stdout) == report_to_dict(run_check(load_workbook(path), AS_OF))


def test_markdown_equals_the_library_markdown():
    path = SAMPLES / "riverside-school.xlsx"
    result = run_cli("check", path, "--as-of", DAY, "--format", "markdown")
    assert result.stdout == report_to_markdown(run_check(load_workbook(path), AS_OF))


def test_text_has_no_colour_when_not_a_terminal():
    result = run_cli("check", SAMPLES / "riverside-school.xlsx", "--as-of", DAY)
    assert "\033[" not in result.stdout
    assert "Benchmark 1: In progress" in result.stdout


def test_as_of_accepts_a_uk_date():
    result = run_cli("check", SAMPLES / "riverside-school.xlsx", "--as-of", "01/12/2026", "--format", "json")
    assert json.loads(result.stdout)["as_of"] == DAY


@pytest.mark.parametrize("bad", ["2026-13-01", "tomorrow", "31/02/2026"])
def test_bad_as_of_is_a_usage_error(bad):
    result = run_cli("check", SAMPLES / "oakfield-academy.xlsx", "--as-of", bad)
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"b1docs: --as-of '{bad}' is not a date. Write it as YYYY-MM-DD, "
                                     "for example 2026-12-01.")


def test_bad_format_is_a_usage_error():
    assert run_cli("check", SAMPLES / "oakfield-academy.xlsx", "--format", "pdf").exit_code == 2


def test_missing_workbook_exits_2(tmp_path):
    result = run_cli("check", tmp_path / "nope.xlsx")
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr


def test_output_file_is_written_and_not_overwritten_without_force(tmp_path):
    out = tmp_path / "check.md"
    args = ("check", SAMPLES / "riverside-school.xlsx", "--as-of", DAY, "--format", "markdown", "--output", out)
    assert run_cli(*args).exit_code == 1
    assert out.read_text(encoding="utf-8").startswith("# Riverside School")
    out.write_text("mine", encoding="utf-8")
    before = file_digest(out)
    second = run_cli(*args)
    assert second.exit_code == 2
    assert file_digest(out) == before
    assert run_cli(*args, "--force").exit_code == 1
    assert out.read_text(encoding="utf-8").startswith("# Riverside School")


def test_input_workbook_is_not_changed(tmp_path):
    path = SAMPLES / "riverside-school.xlsx"
    before = file_digest(path)
    run_cli("check", path, "--as-of", DAY)
    assert file_digest(path) == before


def test_help_has_an_example_and_the_exit_codes():
    result = run_cli("check", "--help")
    assert result.exit_code == 0
    assert "Example: b1docs check" in result.stdout
    assert "Exit codes: 0" in result.stdout
    for option in ("--as-of", "--format", "--fail-on", "--output", "--force"):
        assert option in result.stdout
