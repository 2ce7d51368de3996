"""A complete, valid workbook for an 11-18 academy with pupils who have EHC plans, as data.

Checked on AS_OF (1 December 2026) it meets every rule, so a test can break one field and expect exactly one
rule to fail. Rows are listed in sheet order: programme row i is on sheet row i + 2.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

D = dt.date

_PROGRAMME = [
    # year groups, term, title, type, outcomes, for whom, delivered
    ("7", "Autumn 1", "Discovering careers", "Careers lesson", "LO1, LO2", "All pupils", "Yes"),
    ("8", "Autumn 2", "Jobs around us", "Employer encounter", "LO3", "All pupils", "No"),
    ("9", "Spring 1", "Options and apprenticeships", "Options event", "LO4", "All pupils", "No"),
    ("10", "Autumn 1", "Work experience preparation", "Careers lesson", "LO5", "All pupils", "Yes"),
    ("11", "Autumn 2", "Personal guidance interviews", "Personal guidance", "LO6", "All pupils", "No"),
    ("12", "Spring 2", "T Levels, apprenticeships and degrees", "Careers lesson", "LO4, LO5", "All pupils", "No"),
    ("13", "Autumn 1", "Applications workshop", "Careers lesson", "LO6", "All pupils", "Yes"),
    ("9-11", "Summer 1", "Careers input to EHC plan annual reviews", "Personal guidance", "LO2", "SEND", "No"),
    # Two provider encounter activities per key phase, matching the Provider encounters sheet.
    ("8-13", "Autumn 1", "College and apprenticeships assemblies", "Provider encounter", "LO2, LO4", "All pupils",
     "Yes"),
    ("8-13", "Spring 1", "Provider workshops", "Provider encounter", "LO2, LO4", "All pupils", "No"),
]
_AREAS = ("Grow throughout life", "Explore possibilities", "Manage career", "Create opportunities",
          "Balance life and work", "See the big picture")
_GROUPS = ("Pupils", "Parents and carers", "Teachers and staff", "Careers advisers", "Employers")

COMPLETE: dict[str, Any] = {
    "school": {
        "name": "Larkfield Academy", "urn": "149876", "institution_type": "11–18 school", "is_academy": "Yes",
        "year_groups": "7-13", "website": "https://www.larkfield.example.sch.uk",
        "careers_page": "https://www.larkfield.example.sch.uk/careers", "headteacher": "Dr Amina Okafor",
        "chair_of_governors": "Mr Peter Hale", "link_governor": "Mrs Lucy Tran", "senco": "Mr Owen Price",
        "senco_email": "senco@larkfield.example.sch.uk",
        "sen_report_url": "https://www.larkfield.example.sch.uk/send-report",
        "local_offer_url": "https://www.example.gov.uk/localoffer", "ehcp_pupils": 12, "post19_ehcp": "No",
        "mission": "Every pupil leaves ready for their next step.",
    },
    "leadership": {
        "leader_name": "Ms Rachel Green", "leader_title": "Assistant Headteacher", "leader_on_slt": "Yes",
        "leader_email": "r.green@larkfield.example.sch.uk", "leader_phone": "0113 496 0123",
        "training_course": "Careers Leader training", "training_provider": "Career Development Institute",
        "training_completed": D(2025, 3, 14), "hours_per_week": 8, "annual_budget": 5200,
        "adviser_name": "Sam Ortiz", "adviser_organisation": "Northern Careers Ltd", "adviser_independent": "Yes",
        "adviser_level": "Level 6 or above", "head_backing_date": D(2026, 9, 1), "slt_backing_date": D(2026, 9, 2),
        "slt_sponsor": "Dr Amina Okafor", "governors_approval_date": D(2026, 9, 15),
        "governors_minute_ref": "FGB 26/07", "governors_review_date": D(2026, 9, 15),
        "vision": "Careers education helps every pupil see a future worth working for.",
        "sdp_priorities": "Raise aspiration\nImprove post-16 progression", "plan_period": "2026-2029",
        "plan_version": "1.0", "risks": "Staff turnover",
    },
    "programme": [
        {"year_groups": years, "term": term, "title": title, "description": f"{title} for Year {years}.",
         "activity_type": kind, "benchmarks": "1, 2", "outcome_ids": outcomes, "for_whom": whom,
         "adaptations": "Visual timetables and a familiar adult." if whom == "SEND" else None,
         "pfa_outcome": "Employment" if whom == "SEND" else None, "lead": "Ms Green",
         "parents_involved": "Yes", "school_day": "Yes", "delivered": delivered}
        for years, term, title, kind, outcomes, whom, delivered in _PROGRAMME
    ],
    "outcomes": [
        {"id": f"LO{n}", "area": area, "year_groups": "7-13", "statement": f"Pupils can {area.lower()}."}
        for n, area in enumerate(_AREAS, start=1)
    ],
    "parents": [
        {"year_groups": "7-9", "term": "Autumn 1", "what": "Welcome evening", "channel": "Event in school",
         "purpose": "Meet the careers leader."},
        {"year_groups": "10-11", "term": "Spring 1", "what": "Post-16 options evening", "channel": "Event in school",
         "purpose": "Understand post-16 choices."},
        {"year_groups": "12-13", "term": "Autumn 2", "what": "Higher education and apprenticeships talk",
         "channel": "Online event", "purpose": "Support applications."},
    ],
    "publication": {
        "summary": "Our careers programme runs from Year 7 to Year 13.",
        "impact_measures": "Compass, pupil surveys and destinations.", "published_date": D(2026, 9, 20),
        "next_review_date": D(2027, 9, 1), "pal_url": "https://www.larkfield.example.sch.uk/provider-access",
        "careers_in_menu": "Yes", "pupils_how": "Tutor time and assemblies", "parents_how": "Newsletters",
        "staff_how": "Staff briefings", "employers_how": "Employer newsletter", "governors_how": "Termly report",
        "agencies_how": "Local authority meetings",
    },
    "provider_access": {
        "contact_name": "Ms Rachel Green", "contact_role": "Careers leader",
        "contact_email": "careers@larkfield.example.sch.uk", "contact_phone": "0161 496 0000",
        "how_to_request": "Email the careers leader with your proposed dates.", "notice_needed": "Four weeks",
        "grounds_granting": "Requests that fit the programme are agreed.",
        "grounds_refusing": "Exam periods, safeguarding concerns.", "premises": "Hall, classrooms and a display stand.",
        "safeguarding_policy": "Visitor policy 2026", "policy_approved_date": D(2026, 9, 15),
        "policy_review_date": D(2027, 9, 1),
    },
    "encounters": [
        {"date": date, "year_group": year, "provider": provider, "provider_type": kind, "format": "Assembly",
         "school_day": "Yes", "duration_minutes": 50, "mandatory": "Yes", "content_covered": "All"}
        for date, year, provider, kind in (
            (D(2026, 10, 5), "8", "Larkfield College", "FE college"),
            (D(2026, 11, 10), "9", "BuildRight Apprenticeships", "Apprenticeship provider"),
            (D(2026, 10, 12), "10", "Larkfield College", "FE college"),
            (D(2027, 1, 20), "11", "Northern Training", "Independent training provider"),
            (D(2026, 11, 3), "12", "BuildRight Apprenticeships", "Apprenticeship provider"),
            (D(2027, 2, 10), "13", "Larkfield College", "FE college"),
        )
    ],
    "feedback": [
        {"date": D(2026, 7, 1), "group": group, "method": "Survey", "respondents": 40,
         "findings": "Wanted more employer talks.", "changes": "Added employer talks."}
        for group in _GROUPS
    ],
    "evaluation": {
        "last_full_evaluation": D(2026, 7, 15), "next_full_evaluation": D(2027, 7, 15),
        "compass_date": D(2026, 10, 1), "compass_b1_percent": 88,
        "destinations_summary": "98% in education, employment or training.",
        "evaluation_plan": "Termly surveys, a yearly full review.",
    },
    "actions": [
        {"objective": "Every Year 11 pupil has a guidance interview", "sdp_link": "Improve post-16 progression",
         "benchmark": "8", "action": "Book interviews", "owner": "Ms Green", "start": D(2026, 9, 1),
         "due": D(2027, 3, 31), "success_measure": "100% interviewed", "status": "In progress",
         "resources": "Adviser days"},
    ],
}


def complete_data() -> dict[str, Any]:
    """A fresh copy of the complete workbook's data, safe to change."""
    data = copy.deepcopy(COMPLETE)
    for row in data["programme"]:
        for key in [key for key, value in row.items() if value is None]:
            del row[key]
    return data


# Changes to the data, so that each test case reads as one line -------------------------------------------

Change = Any  # a function data -> None


def put(sheet: str, field: str, value: Any, row: int | None = None) -> Change:
    """Set a field (None makes the cell blank); row is the index in a table sheet's list."""
    def change(data: dict[str, Any]) -> None:
        target = data[sheet] if row is None else data[sheet][row]
        if value is None:
            target.pop(field, None)
        else:
            target[field] = value
    return change


def drop_row(sheet: str, row: int) -> Change:
    def change(data: dict[str, Any]) -> None:
        del data[sheet][row]
    return change


def add_row(sheet: str, values: dict[str, Any]) -> Change:
    def change(data: dict[str, Any]) -> None:
        data[sheet].append(values)
    return change


def empty(sheet: str) -> Change:
    def change(data: dict[str, Any]) -> None:
        data[sheet] = []
    return change


def chain(*changes: Change) -> Change:
    def change(data: dict[str, Any]) -> None:
        for one in changes:
            one(data)
    return change


def special_school() -> Change:
    """Turn the complete academy into a complete special school (SEND rules that need one are met)."""
    def change(data: dict[str, Any]) -> None:
        data["school"].update(institution_type="Special school", send_cohort="Pupils in Years 9 to 13 on "
                              "pathways to work; others through transition work.", year_groups="7-13")
        for row in data["encounters"]:
            row["send_adjustments"] = "Small groups, visual supports, a familiar adult."
        for row in data["programme"]:
            row["pfa_outcome"] = "Employment"
    return change


def check(tmp_path: Any, data: dict[str, Any], as_of: dt.date | None = None, name: str = "check.xlsx") -> Any:
    """Write data as a workbook, read it back and check it (on AS_OF unless as_of is given)."""
    from conftest import AS_OF

    from b1docs.benchmark import run_check
    from b1docs.workbook.reader import load_workbook
    from b1docs.workbook.writer import write_filled_workbook

    path = write_filled_workbook(tmp_path / name, data, force=True)
    return run_check(load_workbook(path), as_of or AS_OF)


def located(report: Any, rule: str) -> list[tuple[str, str]]:
    """Where a rule found gaps, as (sheet, cell) pairs in report order."""
    return [(f.sheet, f.cell) for f in report.findings if f.rule == rule]


def outcome(report: Any, rule: str) -> str:
    return next(o.outcome for o in report.outcomes if o.rule == rule)
