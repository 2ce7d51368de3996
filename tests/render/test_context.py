"""build_context: plain data, dates in words, sections flagged, nothing from a blank cell but ""."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from school_data import hand_report, school_data

from b1docs.render.context import build_context
from b1docs.render.text import academic_year, clean, year_label
from b1docs.workbook.model import Value
from b1docs.workbook.reader import load_workbook

AS_OF = dt.date(2026, 12, 1)


def _context(make_workbook, data=None, report=None):
    workbook = load_workbook(make_workbook(school_data() if data is None else data))
    return build_context(workbook, report or hand_report(), AS_OF)


def _walk(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    else:
        yield value


def test_academic_year_runs_september_to_august():
    assert academic_year(dt.date(2026, 12, 1)) == "2026-27"
    assert academic_year(dt.date(2027, 8, 31)) == "2026-27"
    assert academic_year(dt.date(2027, 9, 1)) == "2027-28"
    assert academic_year(dt.date(2099, 9, 1)) == "2099-00"


def test_year_labels_read_naturally():
    assert year_label(frozenset({7})) == "Year 7"
    assert year_label(frozenset({7, 8, 9})) == "Years 7 to 9"
    assert year_label(frozenset({7, 9, 11})) == "Years 7, 9 and 11"
    assert year_label(None) == ""


def test_context_is_plain_json_data_with_no_none(make_workbook):
    context = _context(make_workbook)
    json.dumps(context)  # only str/int/bool/list/dict
    assert all(value is not None for value in _walk(context))
    assert "None" not in json.dumps(context)


def test_school_leader_and_year(make_workbook):
    context = _context(make_workbook)
    assert context["academic_year"] == "2026-27"
    assert context["school"]["name"] == "Hollybrook Academy"
    assert context["school"]["has_sixth_form"] is True
    assert context["leader"]["email"] == "r.green@hollybrook.example.sch.uk"
    assert context["leader"]["training_completed"] == "14 March 2025"
    assert context["leader"]["annual_budget"] == "£4,500"
    assert context["backing"]["governors_minute_ref"] == "FGB 26/07"
    assert context["plan"]["sdp_priorities"] == ["Raise aspiration", "Improve attendance"]


def test_programme_by_year_in_term_order_and_repeated_for_each_year(make_workbook):
    context = _context(make_workbook)
    years = {group["year"]: group for group in context["programme"]["years"]}
    assert list(years) == [7, 8, 9, 10, 11, 12, 13]
    assert [a["title"] for a in years[10]["activities"]] == ["Mock interviews"]
    assert [a["title"] for a in years[11]["activities"]] == ["Mock interviews"]
    assert years[8]["has_activities"] is False
    mock = years[10]["activities"][0]
    assert mock["for_whom"] == "SEND"
    assert mock["adaptations"].startswith("Extra preparation")
    assert mock["benchmarks"] == "5"
    assert years[9]["decision"].startswith("Many pupils choose their GCSE options")
    assert years[9]["activities"][0]["parents_involved"] is True


def test_open_actions_put_must_then_expect_then_good(make_workbook):
    context = _context(make_workbook)
    assert [a["severity"] for a in context["open_actions"]] == ["must", "expect", "good"]
    first = context["open_actions"][0]
    assert first["severity_words"] == "Required by law"
    assert first["part"] == "Provider access"
    assert first["place"] == "Provider encounters sheet, cell A6"
    assert context["has_open_actions"] is True
    assert context["check"]["parts"][1]["status_words"] == "In progress"


def test_key_phases_with_window_attendance_and_counting(make_workbook):
    context = _context(make_workbook)
    pal = context["provider_access"]
    assert pal["applies"] is True
    phases = {phase["id"]: phase for phase in pal["phases"]}
    assert list(phases) == ["KP1", "KP2", "KP3"]
    assert phases["KP1"]["counted"] == 2 and phases["KP1"]["met"] is True
    assert phases["KP1"]["attendance"] == "All pupils must attend."
    assert "optional" in phases["KP3"]["attendance"]
    # The Year 12 fair was after school, so it is listed but does not count.
    assert phases["KP3"]["encounters"][0]["counts"] is False
    assert phases["KP3"]["counted"] == 0
    assert phases["KP1"]["encounters"][0]["date"] == "10 October 2026"


def test_no_key_phase_3_without_a_sixth_form(make_workbook):
    data = school_data(school={"year_groups": "7-11", "institution_type": "11–16 school"},
                       encounters=school_data()["encounters"][:3])
    context = _context(make_workbook, data)
    assert [phase["id"] for phase in context["provider_access"]["phases"]] == ["KP1", "KP2"]
    assert [group["year"] for group in context["programme"]["years"]] == [7, 8, 9, 10, 11]


def test_provider_access_does_not_apply_to_a_college(make_workbook):
    data = school_data(school={"institution_type": "FE college", "year_groups": "12-13"})
    context = _context(make_workbook, data, hand_report(pal_applies=False))
    pal = context["provider_access"]
    assert pal["applies"] is False
    assert pal["phases"] == []
    assert "does not apply" in pal["reason"]


def test_blank_workbook_leaves_no_trace(make_workbook):
    report = hand_report(findings=())
    context = _context(make_workbook, {}, report)
    assert context["school"]["name"] == ""
    assert context["programme"]["has_activities"] is False
    assert context["has_actions"] is False
    assert context["has_open_actions"] is False
    assert context["evaluation"]["has_feedback"] is False
    assert context["send"]["applies"] is False
    assert all(value is not None for value in _walk(context))


def test_send_section_applies_with_ehc_plans_or_special_school(make_workbook):
    context = _context(make_workbook)
    assert context["send"]["applies"] is True
    assert [a["title"] for a in context["send"]["adapted_activities"]] == ["Mock interviews"]
    data = school_data(school={"ehcp_pupils": 0})
    assert _context(make_workbook, data)["send"]["applies"] is False


def test_control_characters_are_stripped_from_every_string(make_workbook):
    workbook = load_workbook(make_workbook(school_data()))
    values = dict(workbook.school.values)
    values["name"] = Value("Holly\x00brook\x0b Academy\x1f", "School", "B2")
    workbook = replace(workbook, school=replace(workbook.school, values=values))
    findings = (replace(hand_report().findings[0], message="Bad\x07 bell\x0c"),)
    context = build_context(workbook, hand_report(findings=findings), AS_OF)
    assert context["school"]["name"] == "Hollybrook Academy"
    assert context["open_actions"][0]["message"] == "Bad bell"
    assert clean("a\tb\nc\x01") == "a\tb\nc"


def test_hostile_text_is_kept_as_data(make_workbook):
    data = school_data(school={"name": "Smith & Sons <Ltd> {{ 7*7 }} {% raw %}"})
    context = _context(make_workbook, data)
    assert context["school"]["name"] == "Smith & Sons <Ltd> {{ 7*7 }} {% raw %}"
