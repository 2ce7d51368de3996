"""Part DATA: reader problems become findings at their cell; the scope answers are required."""

from __future__ import annotations

import dataclasses

import pytest
from b1_complete import chain, check, complete_data, located, put, special_school
from conftest import AS_OF

from b1docs.benchmark import run_check
from b1docs.benchmark.findings import Status
from b1docs.workbook.model import Problem
from b1docs.workbook.reader import load_workbook
from b1docs.workbook.writer import write_filled_workbook

CASES = [
    ("SCOPE.INSTITUTION", put("school", "institution_type", None), [("School", "B4")]),
    ("SCOPE.INSTITUTION", put("school", "is_academy", None), [("School", "B5")]),
    ("SCOPE.YEARS", put("school", "year_groups", None), [("School", "B6")]),
    ("SCOPE.EHCP", put("school", "ehcp_pupils", None), [("School", "B16")]),
    ("DATA.DATE", put("leadership", "training_completed", "31/02/2025"), [("Leadership", "B10")]),
    ("DATA.YES_NO", put("leadership", "leader_on_slt", "maybe"), [("Leadership", "B4")]),
    ("DATA.NUMBER", put("leadership", "hours_per_week", "lots"), [("Leadership", "B11")]),
    ("DATA.YEAR_GROUPS", put("programme", "year_groups", "Reception", row=0), [("Programme", "A2")]),
    ("DATA.CHOICE", put("programme", "term", "Winter", row=0), [("Programme", "B2")]),
    ("DATA.BENCHMARKS", put("programme", "benchmarks", "9", row=0), [("Programme", "F2")]),
    ("DATA.FORMULA", put("leadership", "hours_per_week", "=4+4"), [("Leadership", "B11")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_a_problem_code_the_check_does_not_know_is_still_reported(tmp_path):
    workbook = load_workbook(write_filled_workbook(tmp_path / "w.xlsx", complete_data()))
    odd = Problem("DATA.SOMETHING_NEW", "odd value", "Retype it", "Leadership", "B9")
    report = run_check(dataclasses.replace(workbook, problems=(odd,)), AS_OF)
    assert located(report, "DATA.VALUE") == [("Leadership", "B9")]
    assert report.findings[0].message == "Odd value."


def test_data_findings_do_not_change_benchmark_status(tmp_path):
    data = complete_data()
    put("actions", "start", "31/02/2026", row=0)(data)
    report = check(tmp_path, data)
    assert located(report, "DATA.DATE") == [("Action plan", "F2")]
    assert report.benchmark1_status is Status.ACHIEVED
    assert "DATA" not in {part.id for part in report.parts}


def test_special_schools_need_not_count_ehc_plans_for_the_send_rules_to_apply(tmp_path):
    data = complete_data()
    chain(special_school(), put("school", "ehcp_pupils", None))(data)
    report = check(tmp_path, data)
    assert located(report, "SCOPE.EHCP") == []
    assert report.part("SEND").status is Status.ACHIEVED
