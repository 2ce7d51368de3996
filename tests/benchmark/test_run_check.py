"""run_check as a whole: statuses, counting, ordering, purity."""

from __future__ import annotations

from b1_complete import check, complete_data, put
from conftest import AS_OF

from b1docs.benchmark import run_check
from b1docs.benchmark.check import cell_position, finding_order
from b1docs.benchmark.findings import Severity, Status
from b1docs.benchmark.registry import BENCHMARK_PARTS, RULES
from b1docs.workbook.reader import load_workbook
from b1docs.workbook.writer import write_filled_workbook


def test_complete_workbook_meets_every_rule(tmp_path):
    report = check(tmp_path, complete_data())
    assert report.findings == ()
    assert report.benchmark1_status is Status.ACHIEVED
    assert [p.id for p in report.parts] == list(BENCHMARK_PARTS)
    assert all(p.status is Status.ACHIEVED and p.met == p.total > 0 for p in report.parts)
    assert {o.outcome for o in report.outcomes} == {"met", "not_applicable"}
    assert [o.rule for o in report.outcomes] == list(RULES)


def test_blank_workbook_is_not_achieved_in_every_part_that_applies(tmp_path):
    report = check(tmp_path, {})
    assert report.benchmark1_status is Status.NOT_ACHIEVED
    statuses = {p.id: p.status for p in report.parts}
    assert statuses == {**dict.fromkeys(BENCHMARK_PARTS, Status.NOT_ACHIEVED), "SEND": Status.NOT_APPLICABLE}
    assert report.count(Severity.MUST) > 0


def test_one_expected_gap_makes_its_part_in_progress(tmp_path):
    data = complete_data()
    put("school", "link_governor", None)(data)
    report = check(tmp_path, data)
    s1 = report.part("S1")
    assert (s1.status, s1.met, s1.total) == (Status.IN_PROGRESS, 8, 9)
    assert report.benchmark1_status is Status.IN_PROGRESS


def test_good_practice_gaps_do_not_change_status(tmp_path):
    data = complete_data()
    put("leadership", "governors_minute_ref", None)(data)
    report = check(tmp_path, data)
    assert [f.rule for f in report.findings] == ["B1.BACKING.MINUTE"]
    assert report.part("S1").status is Status.ACHIEVED
    assert report.benchmark1_status is Status.ACHIEVED
    assert not report.fails("must") and not report.fails("expect") and report.fails("good")


def test_findings_sort_by_severity_then_sheet_order_then_row_and_column(tmp_path):
    report = check(tmp_path, {})
    keys = [finding_order(f) for f in report.findings]
    assert keys == sorted(keys)
    severities = [f.severity.rank for f in report.findings]
    assert severities == sorted(severities)
    first = report.findings[0]
    assert (first.severity, first.sheet, first.cell) == (Severity.MUST, "School", "B4")


def test_cell_position_orders_rows_before_columns():
    assert cell_position("B10") == (10, 2)
    assert cell_position("AA3") == (3, 27)
    assert sorted(["B10", "A2", "C2"], key=cell_position) == ["A2", "C2", "B10"]


def test_run_check_is_pure(tmp_path):
    workbook = load_workbook(write_filled_workbook(tmp_path / "w.xlsx", complete_data()))
    assert run_check(workbook, AS_OF) == run_check(workbook, AS_OF)


def test_fails_threshold():
    from b1docs.benchmark.findings import Finding, Report

    def report(*severities):
        return Report("S", "", "w.xlsx", AS_OF, (), Status.ACHIEVED,
                      tuple(Finding("X.Y", s, "S1", "m", "f", "School", "B2") for s in severities))

    assert report(Severity.EXPECT).fails("expect") and not report(Severity.EXPECT).fails("must")
    assert report(Severity.MUST).fails("good") and not report(Severity.MUST).fails("never")
    assert not report().fails("good")
