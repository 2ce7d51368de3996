"""b1docs inspect: prints exactly what the library read, as text or stable JSON."""

from __future__ import annotations

import json

from conftest import file_digest, run_cli

from b1docs.workbook.export import workbook_to_dict
from b1docs.workbook.reader import load_workbook


def test_json_equals_the_library_dict(make_workbook):
    path = make_workbook({"school": {"name": "Oakfield Academy", "year_groups": "7-13"},
                          "programme": [{"title": "Fair", "year_groups": "All", "term": "Spring 2"}],
                          "leadership": {"training_completed": "31/02/2025"}})
    before = file_digest(path)
    result = run_cli("inspect", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) == json.loads(json.dumps(workbook_to_dict(load_workbook(path))))
    assert file_digest(path) == before


def test_text_lists_values_with_cells_and_problems(make_workbook):
    path = make_workbook({"school": {"name": "Oakfield Academy"},
                          "leadership": {"training_completed": "31/02/2025"}})
    result = run_cli("inspect", path)
    assert result.exit_code == 0, result.stderr
    assert "School!B2" in result.stdout and "School name: Oakfield Academy" in result.stdout
    assert "Problems b1docs could not read past (1):" in result.stdout
    assert "Leadership!B10: Training completed on: '31/02/2025' is not a real date" in result.stdout


def test_unknown_format_is_a_usage_error(make_workbook):
    result = run_cli("inspect", make_workbook({}), "--format", "yaml")
    assert result.exit_code == 2
    assert "Traceback" not in result.stdout + result.stderr


def test_inspect_help_has_an_example():
    result = run_cli("inspect", "--help")
    assert result.exit_code == 0 and "Example: b1docs inspect" in result.stdout
