"""The sample workbooks, checked on AS_OF: the acceptance tests of issue 3."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import AS_OF, SAMPLES

from b1docs.benchmark import run_check
from b1docs.benchmark.findings import Severity, Status
from b1docs.workbook.reader import load_workbook

MUST, EXPECT = Severity.MUST, Severity.EXPECT

# sample_workbooks/README.md, "Riverside School: the planted gaps" (17 findings from 15 gaps).
RIVERSIDE_GAPS = {
    ("B1.GOV.LINK", EXPECT, "School", "B11"),
    ("B1.BACKING.GOVERNORS", EXPECT, "Leadership", "B20"),
    ("B1.LEADER.CONTACT_VALID", EXPECT, "Leadership", "B7"),
    ("B1.LEADER.TRAINED", EXPECT, "Leadership", "B10"),
    ("B1.PROG.OUTCOME_UNKNOWN", EXPECT, "Programme", "G22"),
    ("B1.PROG.OUTCOME_UNUSED", EXPECT, "Learning outcomes", "A14"),
    ("B1.PROG.WRITTEN", EXPECT, "Programme", "A36"),
    ("PAL.YEARS_ON_ROLL", EXPECT, "Provider encounters", "B6"),
    ("PAL.SCHOOL_DAY", MUST, "Provider encounters", "F5"),
    ("PAL.KP2", MUST, "Provider encounters", "A7"),
    ("B1.EVAL.DATES", EXPECT, "Feedback", "A5"),
    ("B1.EVAL.ADVISERS", EXPECT, "Feedback", "B7"),
    ("B1.EVAL.EMPLOYERS", EXPECT, "Feedback", "B7"),
    ("B1.PUB.IMPACT", MUST, "Publication", "B3"),
    ("B1.PUB.REVIEW_DATE", MUST, "Publication", "B5"),
    ("DATA.DATE", EXPECT, "Action plan", "F4"),
    ("B1.PROG.PARENTS", EXPECT, "Parents and carers", "A7"),
}
# Rules whose answer depends on the date: two years on, the complete sample fails them.
RECENCY_RULES = {
    "B1.BACKING.GOVERNORS", "B1.PUB.REVIEW_DATE", "B1.EVAL.PUPILS", "B1.EVAL.PARENTS", "B1.EVAL.STAFF",
    "B1.EVAL.ADVISERS", "B1.EVAL.EMPLOYERS", "PAL.KP1", "PAL.KP2", "PAL.KP3", "B1.GOV.REVIEW",
    "PAL.POLICY.APPROVAL", "PAL.POLICY.REVIEW", "B1.EVAL.NEXT", "B1.EVAL.COMPASS", "B1.EVAL.ANNUAL",
    "PAL.POLICY.FOLLOWED",
}


def _check(name: str, as_of: dt.date = AS_OF):
    return run_check(load_workbook(SAMPLES / name), as_of)


def test_complete_sample_is_achieved_with_no_must_or_expect_finding():
    report = _check("oakfield-academy.xlsx")
    assert report.benchmark1_status is Status.ACHIEVED
    assert all(part.status is Status.ACHIEVED for part in report.parts)
    assert [f for f in report.findings if f.severity in (MUST, EXPECT)] == []
    assert not report.fails("must")


def test_gap_sample_gets_exactly_the_planted_findings():
    report = _check("riverside-school.xlsx")
    found = [(f.rule, f.severity, f.sheet, f.cell) for f in report.findings]
    assert len(found) == len(RIVERSIDE_GAPS)
    assert set(found) == RIVERSIDE_GAPS
    assert report.fails("must")


def test_blank_workbook_fails():
    report = _check("blank-careers-workbook.xlsx")
    assert report.benchmark1_status is Status.NOT_ACHIEVED
    assert report.fails("must")


def test_fe_college_has_provider_access_not_applicable():
    report = _check("northgate-college.xlsx")
    pal = report.part("PAL")
    assert pal.status is Status.NOT_APPLICABLE
    assert "FE" in pal.reason
    assert not [f for f in report.findings if f.part == "PAL" or f.rule == "B1.PUB.PAL"]
    assert report.benchmark1_status is Status.ACHIEVED


def test_special_school_gets_the_send_rules():
    report = _check("meadowbank-special-school.xlsx")
    assert report.part("SEND").status is Status.ACHIEVED
    outcomes = {o.rule: o.outcome for o in report.outcomes}
    for rule in ("SEND.WEB", "SEND.COHORT", "SEND.AGE25", "SEND.SENCO", "SEND.EHCP.PFA", "SEND.PFA.OUTCOMES",
                 "PAL.SEND"):
        assert outcomes[rule] == "met", rule
    assert report.findings == ()


@pytest.mark.parametrize("name", ["oakfield-academy.xlsx", "northgate-college.xlsx", "riverside-school.xlsx"])
def test_send_rules_other_than_the_part_do_not_apply_to_mainstream_samples(name):
    outcomes = {o.rule: o.outcome for o in _check(name).outcomes}
    assert outcomes["SEND.COHORT"] == outcomes["PAL.SEND"] == "not_applicable"


def test_complete_sample_two_years_later_fails_the_recency_rules():
    report = _check("oakfield-academy.xlsx", AS_OF.replace(year=AS_OF.year + 2))
    failed = {f.rule for f in report.findings}
    assert failed == RECENCY_RULES
    assert report.fails("must")
    assert report.benchmark1_status is Status.IN_PROGRESS
