"""S1 rules: each breaks one field of the complete workbook and expects the rule to point at that cell."""

from __future__ import annotations

import datetime as dt

import pytest
from b1_complete import check, complete_data, located, put

from b1docs.benchmark.findings import Severity

L = "Leadership"
CASES = [
    ("B1.LEADER.NAMED", put("leadership", "leader_name", None), [(L, "B2")]),
    ("B1.LEADER.NAMED", put("leadership", "leader_name", "Careers Leader"), [(L, "B2")]),
    ("B1.LEADER.NAMED", put("leadership", "leader_name", "TBC"), [(L, "B2")]),
    ("B1.LEADER.CONTACT", put("leadership", "leader_email", None), [(L, "B6")]),
    ("B1.LEADER.CONTACT", put("leadership", "leader_phone", None), [(L, "B7")]),
    ("B1.LEADER.CONTACT_VALID", put("leadership", "leader_email", "r.green@larkfield"), [(L, "B6")]),
    ("B1.LEADER.CONTACT_VALID", put("leadership", "leader_phone", "01632 96"), [(L, "B7")]),
    ("B1.LEADER.CONTACT_VALID", put("leadership", "leader_phone", "+33 1 42 68 53 00"), [(L, "B7")]),
    ("B1.LEADER.TRAINED", put("leadership", "training_course", None), [(L, "B8")]),
    ("B1.LEADER.TRAINED", put("leadership", "training_completed", dt.date(2027, 1, 10)), [(L, "B10")]),
    ("B1.LEADER.SENIOR", put("leadership", "leader_on_slt", "No"), [(L, "B5")]),
    ("B1.BACKING.SLT", put("leadership", "slt_backing_date", None), [(L, "B18")]),
    ("B1.BACKING.SLT", put("leadership", "slt_backing_date", dt.date(2027, 2, 1)), [(L, "B18")]),
    ("B1.BACKING.HEAD", put("leadership", "head_backing_date", None), [(L, "B17")]),
    ("B1.BACKING.GOVERNORS", put("leadership", "governors_approval_date", dt.date(2025, 11, 30)), [(L, "B20")]),
    ("B1.BACKING.GOVERNORS", put("leadership", "governors_approval_date", dt.date(2027, 1, 5)), [(L, "B20")]),
    ("B1.BACKING.GOVERNORS", put("leadership", "governors_approval_date", None), [(L, "B20")]),
    ("B1.BACKING.MINUTE", put("leadership", "governors_minute_ref", None), [(L, "B21")]),
    ("B1.GOV.LINK", put("school", "link_governor", None), [("School", "B11")]),
    ("B1.GOV.REVIEW", put("leadership", "governors_review_date", dt.date(2025, 6, 1)), [(L, "B22")]),
    ("B1.RESOURCES", put("leadership", "hours_per_week", 0), [(L, "B11")]),
    ("B1.RESOURCES", put("leadership", "annual_budget", None), [(L, "B12")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_senior_holds_with_a_named_slt_line_manager(tmp_path):
    data = complete_data()
    put("leadership", "leader_on_slt", "No")(data)
    put("leadership", "slt_line_manager", "Dr Amina Okafor")(data)
    assert located(check(tmp_path, data), "B1.LEADER.SENIOR") == []


def test_governors_approval_exactly_twelve_months_ago_still_counts(tmp_path):
    data = complete_data()
    put("leadership", "governors_approval_date", dt.date(2025, 12, 1))(data)
    assert located(check(tmp_path, data), "B1.BACKING.GOVERNORS") == []


def test_a_person_whose_name_is_not_a_role_word_is_named(tmp_path):
    data = complete_data()
    put("leadership", "leader_name", "Mr Kwame Mensah")(data)
    assert located(check(tmp_path, data), "B1.LEADER.NAMED") == []


def test_numbers_ofcom_keeps_for_tv_drama_are_not_real_school_numbers(tmp_path):
    data = complete_data()
    put("leadership", "leader_phone", "07700 900123")(data)
    assert located(check(tmp_path, data), "B1.LEADER.CONTACT_VALID") == [(L, "B7")]


def test_contact_rules_are_must_for_maintained_schools_and_expect_for_academies(tmp_path):
    academy = complete_data()
    put("leadership", "leader_email", None)(academy)
    maintained = complete_data()
    put("leadership", "leader_email", None)(maintained)
    put("school", "is_academy", "No")(maintained)
    severities = [next(f.severity for f in check(tmp_path, data, name=f"{i}.xlsx").findings
                       if f.rule == "B1.LEADER.CONTACT") for i, data in enumerate((academy, maintained))]
    assert severities == [Severity.EXPECT, Severity.MUST]


def test_unreadable_date_is_reported_as_unreadable_not_blank(tmp_path):
    data = complete_data()
    put("leadership", "training_completed", "31/02/2025")(data)
    report = check(tmp_path, data)
    trained = next(f for f in report.findings if f.rule == "B1.LEADER.TRAINED")
    assert (trained.sheet, trained.cell) == (L, "B10")
    assert "could not read" in trained.message
    assert located(report, "DATA.DATE") == [(L, "B10")]
