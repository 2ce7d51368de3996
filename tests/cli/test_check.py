"""b1docs check: exit codes, formats, --output, and that the CLI adds nothing to the library's report."""

from __future__ import annotations

import json

from conftest import AS_OF, run_cli

from b1docs.benchmark import run_check
from b1docs.benchmark.formats import report_to_dict
from b1docs.workbook.reader import load_workbook


def test_blank_workbook_fails_with_exit_1(make_workbook):
    result = run_cli("check", make_workbook({}), "--as-of", AS_OF.isoformat())
    assert result.exit_code == 1
    assert "Not achieved" in result.stdout


def test_cli_json_equals_the_library_report(make_workbook):
    path = make_workbook({})
    result = run_cli("check", path, "--as-of", AS_OF.isoformat(), "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == report_to_dict(run_check(load_workbook(path), AS_OF))


def test_bad_as_of_is_a_usage_error(make_workbook):
    result = run_cli("check", make_workbook({}), "--as-of", "2026-13-01")
    assert result.exit_code == 2
    assert "--as-of '2026-13-01' is not a date" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_workbook_exits_2(tmp_path):
    result = run_cli("check", tmp_path / "nope.xlsx")
    assert result.exit_code == 2


def test_fail_on_never_exits_0(make_workbook):
    assert run_cli("check", make_workbook({}), "--as-of", AS_OF.isoformat(), "--fail-on", "never").exit_code == 0
