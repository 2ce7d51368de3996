"""PAL rules: each breaks one thing in the complete workbook and expects the rule to point at that cell.

The complete workbook has six encounters (sheet rows 2-7): Year 8 and 9 (key phase 1), Year 10 and 11 (key
phase 2), Year 12 and 13 (key phase 3). With one removed, the first empty row is 7; with one added, it is 9.
"""

from __future__ import annotations

import datetime as dt

import pytest
from b1_complete import add_row, chain, check, complete_data, drop_row, located, outcome, put, special_school

from b1docs.benchmark.findings import Status

E, PA = "Provider encounters", "Provider access"


def _same_provider(data):
    for row in data["encounters"]:
        row.update(provider="Larkfield College", provider_type="FE college")


CASES = [
    ("PAL.KP1", drop_row("encounters", 1), [(E, "A7")]),
    # Year 9 counts only from September to February: March does not.
    ("PAL.KP1", put("encounters", "date", dt.date(2027, 3, 10), row=1), [(E, "A8")]),
    ("PAL.KP2", drop_row("encounters", 3), [(E, "A7")]),
    ("PAL.KP3", drop_row("encounters", 5), [(E, "A7")]),
    # Last year's encounters do not count for this school year.
    ("PAL.KP3", put("encounters", "date", dt.date(2025, 11, 3), row=4), [(E, "A8")]),
    ("PAL.SCHOOL_DAY", put("encounters", "school_day", "No", row=1), [(E, "F3")]),
    ("PAL.MANDATORY", put("encounters", "mandatory", "No", row=1), [(E, "H3")]),
    ("PAL.CONTENT", put("encounters", "content_covered", "Provider and its courses, Careers they lead to", row=0),
     [(E, "I2")]),
    ("PAL.PROVIDER_TYPE", _same_provider, [(E, "C8")]),
    ("PAL.RECORDS", put("encounters", "provider_type", None, row=0), [(E, "D2")]),
    ("PAL.RECORDS", put("encounters", "school_day", None, row=2), [(E, "F4")]),
    ("PAL.YEARS_ON_ROLL", add_row("encounters", {"date": dt.date(2026, 10, 1), "year_group": "6",
                                                 "provider": "Larkfield College", "provider_type": "FE college",
                                                 "school_day": "Yes", "content_covered": "All"}), [(E, "B8")]),
    ("PAL.SEND", chain(special_school(), put("encounters", "send_adjustments", None, row=0)), [(E, "J2")]),
    ("PAL.POLICY.PROCEDURE", put("provider_access", "contact_name", None), [(PA, "B2")]),
    ("PAL.POLICY.PROCEDURE", chain(put("provider_access", "contact_email", None),
                                   put("provider_access", "contact_phone", None)), [(PA, "B4")]),
    ("PAL.POLICY.PROCEDURE", put("provider_access", "notice_needed", None), [(PA, "B7")]),
    ("PAL.POLICY.GROUNDS", put("provider_access", "grounds_refusing", None), [(PA, "B9")]),
    ("PAL.POLICY.SAFEGUARDING", put("provider_access", "safeguarding_policy", None), [(PA, "B11")]),
    ("PAL.POLICY.PREMISES", put("provider_access", "premises", None), [(PA, "B10")]),
    # Without the Spring provider workshops each key phase has one planned activity: three findings at row 11.
    ("PAL.POLICY.OPPORTUNITIES", drop_row("programme", 9), [("Programme", "E11")] * 3),
    ("PAL.POLICY.FOLLOWED", put("programme", "year_groups", "7", row=8), [("Programme", "C10")]),
    ("PAL.POLICY.APPROVAL", put("provider_access", "policy_approved_date", dt.date(2025, 6, 1)), [(PA, "B12")]),
    ("PAL.POLICY.REVIEW", put("provider_access", "policy_review_date", dt.date(2026, 10, 1)), [(PA, "B13")]),
    ("PAL.POLICY.REVIEW", put("provider_access", "policy_review_date", dt.date(2028, 6, 1)), [(PA, "B13")]),
    ("PAL.CONTACT_VALID", put("provider_access", "contact_email", "careers at larkfield"), [(PA, "B4")]),
    ("PAL.CONTACT_VALID", put("provider_access", "contact_phone", "0161 496"), [(PA, "B5")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_an_evening_encounter_that_was_needed_fails_both_the_key_phase_and_the_school_day(tmp_path):
    data = complete_data()
    put("encounters", "school_day", "No", row=1)(data)
    report = check(tmp_path, data)
    assert [(f.rule, f.cell) for f in report.findings] == [("PAL.SCHOOL_DAY", "F3"), ("PAL.KP1", "A8")]


def test_an_extra_evening_encounter_is_fine_when_two_are_in_the_school_day(tmp_path):
    data = complete_data()
    add_row("encounters", {"date": dt.date(2026, 11, 20), "year_group": "8", "provider": "Evening Fair Ltd",
                           "provider_type": "Other", "school_day": "No", "content_covered": "All"})(data)
    assert check(tmp_path, data).findings == ()


def test_planned_encounters_later_this_school_year_count_and_need_no_content_yet(tmp_path):
    data = complete_data()
    put("encounters", "content_covered", None, row=3)(data)  # 20 January 2027: still to come on 1 December
    report = check(tmp_path, data)
    assert located(report, "PAL.KP2") == []
    assert located(report, "PAL.CONTENT") == []


def test_key_phase_3_does_not_apply_without_a_sixth_form(tmp_path):
    data = complete_data()
    chain(put("school", "year_groups", "7-11"), drop_row("encounters", 5), drop_row("encounters", 4),
          put("programme", "year_groups", "8-11", row=8), put("programme", "year_groups", "8-11", row=9),
          drop_row("programme", 6), drop_row("programme", 5), drop_row("parents", 2))(data)
    report = check(tmp_path, data)
    assert outcome(report, "PAL.KP3") == "not_applicable"
    assert report.findings == ()


def test_provider_access_does_not_apply_to_an_fe_college(tmp_path):
    data = complete_data()
    chain(put("school", "institution_type", "FE college"), put("school", "year_groups", "12-13"))(data)
    data["provider_access"] = {}
    data["encounters"] = []
    report = check(tmp_path, data)
    pal = report.part("PAL")
    assert (pal.status, pal.met, pal.total) == (Status.NOT_APPLICABLE, 0, 0)
    assert "further education (FE) college" in pal.reason
    assert {o.outcome for o in report.outcomes if o.part == "PAL"} == {"not_applicable"}
    assert not [f for f in report.findings if f.part == "PAL"]


def test_an_optional_encounter_is_fine_when_two_mandatory_ones_are_held(tmp_path):
    data = complete_data()
    add_row("encounters", {"date": dt.date(2026, 11, 20), "year_group": "8", "provider": "Optional Talks Ltd",
                           "provider_type": "Other", "school_day": "Yes", "mandatory": "No",
                           "content_covered": "All"})(data)
    assert check(tmp_path, data).findings == ()


def test_a_planned_encounter_is_not_missing_before_its_term_has_ended(tmp_path):
    data = complete_data()
    put("programme", "year_groups", "7", row=9)(data)  # Spring 1: ends in February
    assert located(check(tmp_path, data), "PAL.POLICY.FOLLOWED") == []


def test_send_adjustments_are_asked_of_special_schools_only(tmp_path):
    data = complete_data()
    assert outcome(check(tmp_path, data), "PAL.SEND") == "not_applicable"
    special_school()(data)
    assert outcome(check(tmp_path, data, name="special.xlsx"), "PAL.SEND") == "met"
