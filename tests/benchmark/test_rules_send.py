"""SEND rules, and when the SEND part applies."""

from __future__ import annotations

import pytest
from b1_complete import chain, check, complete_data, located, outcome, put, special_school

from b1docs.benchmark.findings import Status

S = "School"
CASES = [
    ("SEND.WEB", put("school", "local_offer_url", None), [(S, "B15")]),
    ("SEND.WEB", put("school", "sen_report_url", None), [(S, "B14")]),
    ("SEND.COHORT", chain(special_school(), put("school", "send_cohort", None)), [(S, "B18")]),
    ("SEND.AGE25", chain(special_school(), put("school", "post19_ehcp", None)), [(S, "B17")]),
    ("SEND.SENCO", put("school", "senco", None), [(S, "B12")]),
    ("SEND.SENCO", put("school", "senco_email", "senco@larkfield"), [(S, "B13")]),
    ("SEND.EHCP.PFA", chain(put("programme", "title", "Transition visits", row=7),
                            put("programme", "description", "Visits to colleges.", row=7)), [("Programme", "C12")]),
    ("SEND.EHCP.PFA", put("programme", "year_groups", "7-8", row=7), [("Programme", "C12")]),
    ("SEND.PFA.OUTCOMES", put("programme", "pfa_outcome", None, row=7), [("Programme", "J9")]),
    ("SEND.PFA.OUTCOMES", chain(special_school(), put("programme", "pfa_outcome", None, row=0)),
     [("Programme", "J2")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_complete_special_school_meets_every_send_rule(tmp_path):
    data = complete_data()
    special_school()(data)
    report = check(tmp_path, data)
    assert report.findings == ()
    assert {rule: outcome(report, rule) for rule in ("SEND.COHORT", "SEND.AGE25", "PAL.SEND")} == \
        dict.fromkeys(("SEND.COHORT", "SEND.AGE25", "PAL.SEND"), "met")


def test_ehcp_reviews_do_not_apply_without_year_9(tmp_path):
    data = complete_data()
    put("school", "year_groups", "7-8")(data)
    assert outcome(check(tmp_path, data), "SEND.EHCP.PFA") == "not_applicable"


def test_send_part_does_not_apply_to_a_mainstream_school_without_ehc_plans(tmp_path):
    data = complete_data()
    chain(put("school", "ehcp_pupils", 0), put("school", "local_offer_url", None))(data)
    report = check(tmp_path, data)
    assert report.part("SEND").status is Status.NOT_APPLICABLE
    assert "EHC" in report.part("SEND").reason
    assert located(report, "SEND.WEB") == []
