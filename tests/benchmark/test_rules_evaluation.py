"""S4 rules: each breaks one thing in the complete workbook and expects the rule to point at that cell."""

from __future__ import annotations

import datetime as dt

import pytest
from b1_complete import check, complete_data, drop_row, empty, located, outcome, put

F, E = "Feedback", "Evaluation"
OLD = dt.date(2025, 6, 1)
CASES = [
    # With one of the five feedback rows removed, the first empty row is 6.
    ("B1.EVAL.PUPILS", drop_row("feedback", 0), [(F, "B6")]),
    ("B1.EVAL.PUPILS", put("feedback", "date", OLD, row=0), [(F, "A2")]),
    ("B1.EVAL.PARENTS", drop_row("feedback", 1), [(F, "B6")]),
    ("B1.EVAL.STAFF", drop_row("feedback", 2), [(F, "B6")]),
    ("B1.EVAL.ADVISERS", drop_row("feedback", 3), [(F, "B6")]),
    ("B1.EVAL.EMPLOYERS", drop_row("feedback", 4), [(F, "B6")]),
    ("B1.EVAL.EMPLOYERS", put("feedback", "date", dt.date(2027, 1, 15), row=4), [(F, "B7")]),
    ("B1.EVAL.DATES", put("feedback", "date", None, row=1), [(F, "A3")]),
    ("B1.EVAL.DATES", put("feedback", "date", dt.date(2027, 1, 15), row=4), [(F, "A6")]),
    ("B1.EVAL.FREQUENCY", put("evaluation", "last_full_evaluation", dt.date(2023, 11, 30)), [(E, "B2")]),
    ("B1.EVAL.FREQUENCY", put("evaluation", "last_full_evaluation", dt.date(2027, 1, 1)), [(E, "B2")]),
    ("B1.EVAL.FREQUENCY", put("evaluation", "last_full_evaluation", None), [(E, "B2")]),
    ("B1.EVAL.ANNUAL", put("evaluation", "last_full_evaluation", OLD), [(E, "B2")]),
    ("B1.EVAL.NEXT", put("evaluation", "next_full_evaluation", dt.date(2026, 6, 1)), [(E, "B3")]),
    ("B1.EVAL.ACTIONS", put("feedback", "changes", None, row=0), [(F, "F2")]),
    ("B1.EVAL.ACTIONS", empty("feedback"), [(F, "F2")]),
    ("B1.EVAL.DESTINATIONS", put("evaluation", "destinations_summary", None), [(E, "B6")]),
    ("B1.EVAL.COMPASS", put("evaluation", "compass_date", OLD), [(E, "B4")]),
]


@pytest.mark.parametrize(("rule", "change", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_fails_at_cell(tmp_path, rule, change, expected):
    data = complete_data()
    change(data)
    assert located(check(tmp_path, data), rule) == expected


def test_a_full_evaluation_two_years_ago_meets_the_three_year_floor_only(tmp_path):
    data = complete_data()
    put("evaluation", "last_full_evaluation", dt.date(2024, 12, 2))(data)
    report = check(tmp_path, data)
    assert located(report, "B1.EVAL.FREQUENCY") == []
    assert located(report, "B1.EVAL.ANNUAL") == [(E, "B2")]


def test_feedback_dates_do_not_apply_without_feedback(tmp_path):
    data = complete_data()
    empty("feedback")(data)
    assert outcome(check(tmp_path, data), "B1.EVAL.DATES") == "not_applicable"
