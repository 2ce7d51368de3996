"""S3 and WEB rules: each breaks one field of the complete workbook and expects the rule at that cell."""

from __future__ import annotations

import datetime as dt

import pytest
from b1_complete import chain, check, complete_data, located, outcome, put

from b1docs.benchmark.findings import Severity

PUB = "Publication"
CASES = [
    ("B1.PUB.AUDIENCES", put("publication", "pupils_how", None), [(PUB, "B8")]),
    ("B1.PUB.AUDIENCES", put("publication", "employers_how", None), [(PUB, "B14")]),
    ("B1.PUB.AUDIENCES", chain(put("school", "institution_type", "FE college"),
                               put("publication", "agencies_how", None)), [(PUB, "B18")]),
    ("B1.PUB.EASY_FIND", put("publication", "careers_in_menu", "No"), [(PUB, "B7")]),
    ("B1.PUB.PAGE", put("school", "careers_page", None), [("School", "B8")]),
    ("B1.PUB.SUMMARY", put("publication", "summary", None), [(PUB, "B2")]),
    ("B1.PUB.IMPACT", put("publication", "impact_measures", None), [(PUB, "B3")]),
    ("B1.PUB.REVIEW_DATE", put("publication", "next_review_date", dt.date(2026, 11, 30)), [(PUB, "B5")]),
    ("B1.PUB.REVIEW_DATE", put("publication", "next_review_date", None), [(PUB, "B5")]),
    ("B1.PUB.REVIEW_ANNUAL", put("publication", "next_review_date", dt.date(2028, 1, 1)), [(PUB, "B5")]),
    ("B1.PUB.PUBLISHED", put("publication", "published_date", dt.date(2027, 1, 1)), [(PUB, "B4")]),
    ("B1.PUB.PAL", put("publication", "pal_url", None), [(PUB, "B6")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_audiences_do_not_ask_schools_about_other_agencies(tmp_path):
    data = complete_data()
    put("publication", "agencies_how", None)(data)
    assert located(check(tmp_path, data), "B1.PUB.AUDIENCES") == []


def test_pal_policy_address_does_not_apply_to_colleges(tmp_path):
    data = complete_data()
    chain(put("school", "institution_type", "Sixth-form college"), put("publication", "pal_url", None))(data)
    assert outcome(check(tmp_path, data), "B1.PUB.PAL") == "not_applicable"


@pytest.mark.parametrize(("is_academy", "severity"), [("Yes", Severity.EXPECT), ("No", Severity.MUST)])
def test_website_items_are_must_for_maintained_schools_and_expect_for_academies(tmp_path, is_academy, severity):
    data = complete_data()
    chain(put("school", "is_academy", is_academy), put("publication", "summary", None))(data)
    finding = next(f for f in check(tmp_path, data).findings if f.rule == "B1.PUB.SUMMARY")
    assert finding.severity is severity


def test_pal_policy_address_stays_must_for_academies(tmp_path):
    data = complete_data()
    put("publication", "pal_url", None)(data)
    finding = next(f for f in check(tmp_path, data).findings if f.rule == "B1.PUB.PAL")
    assert finding.severity is Severity.MUST


def test_review_date_a_year_ahead_is_still_annual(tmp_path):
    data = complete_data()
    put("publication", "next_review_date", dt.date(2027, 12, 1))(data)
    assert located(check(tmp_path, data), "B1.PUB.REVIEW_ANNUAL") == []
