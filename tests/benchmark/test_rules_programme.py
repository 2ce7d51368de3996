"""S2 rules: each breaks one thing in the complete workbook and expects the rule to point at that cell."""

from __future__ import annotations

import datetime as dt

import pytest
from b1_complete import add_row, chain, check, complete_data, drop_row, empty, located, outcome, put

P, OUT, A, PC, L = "Programme", "Learning outcomes", "Action plan", "Parents and carers", "Leadership"


def _no_options_words(data):
    for row in data["programme"]:
        row["title"] = row["title"].replace("apprenticeships", "jobs").replace("T Levels", "courses")
        row["description"] = row["title"]
    data["encounters"] = []


CASES = [
    # Year 7's only activity (row 2 on the sheet) removed: the first empty row is then 11.
    ("B1.PROG.WRITTEN", drop_row("programme", 0), [(P, "A11")]),
    ("B1.PROG.WRITTEN", empty("programme"), [(P, "C2")]),
    ("B1.PROG.YEARS_ON_ROLL", put("programme", "year_groups", "6-7", row=0), [(P, "A2")]),
    ("B1.PROG.SEQUENCED", put("programme", "term", None, row=1), [(P, "B3")]),
    ("B1.PROG.SEQUENCED", empty("programme"), [(P, "B2")]),
    ("B1.PROG.TAILORED", chain(put("programme", "for_whom", "All pupils", row=7),
                               put("programme", "adaptations", None, row=7)), [(P, "I2")]),
    ("B1.PROG.OUTCOMES", put("programme", "outcome_ids", None, row=1), [(P, "G3")]),
    ("B1.PROG.OUTCOMES", empty("outcomes"), [(OUT, "A2")]),
    ("B1.PROG.OUTCOME_UNKNOWN", put("programme", "outcome_ids", "LO4, LO9", row=2), [(P, "G4")]),
    ("B1.PROG.OUTCOME_UNUSED", add_row("outcomes", {"id": "LO7", "area": "Manage career", "year_groups": "10",
                                                    "statement": "Pupils can plan."}), [(OUT, "A8")]),
    ("B1.PROG.CDI_COVERAGE", put("outcomes", "year_groups", "7-11", row=5), [(OUT, "B8")]),
    ("B1.PROG.SDP_LINK", put("leadership", "sdp_priorities", None), [(L, "B24")]),
    ("B1.PROG.SDP_LINK", put("actions", "sdp_link", None, row=0), [(A, "B2")]),
    ("B1.PROG.STRAT_OPS", put("leadership", "vision", None), [(L, "B23")]),
    ("B1.PROG.STRAT_OPS", empty("actions"), [(A, "A2")]),
    # The 12-13 row removed: Years 12 and 13 have nothing, both pointing at the first empty row (4).
    ("B1.PROG.PARENTS", drop_row("parents", 2), [(PC, "A4"), (PC, "A4")]),
    ("B1.PROG.PARENTS", empty("parents"), [(PC, "C2")]),
    ("B1.PROG.MONITORING", put("programme", "delivered", "No", row=0), [(P, "O2")]),
    ("B1.PROG.IMPARTIAL", put("leadership", "adviser_independent", "No"), [(L, "B15")]),
    ("B1.PROG.IMPARTIAL", put("leadership", "adviser_name", None), [(L, "B13")]),
    ("B1.PROG.OPTIONS_RANGE", _no_options_words, [(P, "C12")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_a_parents_row_without_year_groups_counts_for_every_year(tmp_path):
    data = complete_data()
    chain(drop_row("parents", 2), put("parents", "year_groups", None, row=0))(data)
    assert located(check(tmp_path, data), "B1.PROG.PARENTS") == []


def test_years_before_year_7_need_no_careers_activities(tmp_path):
    data = complete_data()
    put("school", "year_groups", "5-13")(data)
    report = check(tmp_path, data)
    assert located(report, "B1.PROG.WRITTEN") == []
    assert located(report, "B1.PROG.PARENTS") == []


def test_monitoring_waits_until_the_term_has_ended(tmp_path):
    data = complete_data()
    put("programme", "delivered", "No", row=0)(data)  # Autumn 1 ends on 31 October
    assert located(check(tmp_path, data, as_of=dt.date(2026, 10, 20)), "B1.PROG.MONITORING") == []


def test_monitoring_does_not_apply_before_any_term_has_ended(tmp_path):
    assert outcome(check(tmp_path, complete_data(), as_of=dt.date(2026, 9, 10)), "B1.PROG.MONITORING") == \
        "not_applicable"


def test_outcome_ids_match_whatever_their_case(tmp_path):
    data = complete_data()
    put("programme", "outcome_ids", "lo3", row=1)(data)
    assert located(check(tmp_path, data), "B1.PROG.OUTCOME_UNKNOWN") == []


def test_consistency_rules_do_not_apply_to_an_empty_workbook(tmp_path):
    report = check(tmp_path, {})
    assert outcome(report, "B1.PROG.OUTCOME_UNKNOWN") == "not_applicable"
    assert outcome(report, "B1.PROG.OUTCOME_UNUSED") == "not_applicable"
