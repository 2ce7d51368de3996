"""Shared test data for render and build tests: a well-filled workbook as data, and a hand-built report."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from b1docs.benchmark.findings import Finding, PartResult, Report, Severity, Status

SCHOOL_DATA: dict[str, Any] = {
    "school": {
        "name": "Hollybrook Academy", "urn": "149999", "institution_type": "11–18 school", "is_academy": "Yes",
        "year_groups": "7-13", "website": "https://www.hollybrook.example.sch.uk",
        "careers_page": "https://www.hollybrook.example.sch.uk/careers", "headteacher": "Dr Priya Shah",
        "chair_of_governors": "Mr Tom Reed", "link_governor": "Mrs Ann Patel", "senco": "Ms Jo Lee",
        "senco_email": "senco@hollybrook.example.sch.uk", "ehcp_pupils": 14,
        "local_offer_url": "https://www.example.gov.uk/localoffer",
        "mission": "Every pupil leaves ready for the next step.",
    },
    "leadership": {
        "leader_name": "Ms Rachel Green", "leader_title": "Assistant Headteacher", "leader_on_slt": "Yes",
        "leader_email": "r.green@hollybrook.example.sch.uk", "leader_phone": "01632 960123",
        "training_course": "Careers Leader training", "training_provider": "Career Development Institute",
        "training_completed": "14/03/2025", "hours_per_week": 6, "annual_budget": 4500,
        "adviser_name": "Sam Ortiz", "adviser_organisation": "Northern Careers Ltd", "adviser_independent": "Yes",
        "adviser_level": "Level 6 or above", "head_backing_date": "01/09/2026", "slt_backing_date": "02/09/2026",
        "slt_sponsor": "Dr Priya Shah", "governors_approval_date": "15/09/2026", "governors_minute_ref": "FGB 26/07",
        "governors_review_date": "15/09/2026", "vision": "Careers help every pupil see a future worth working for.",
        "sdp_priorities": "Raise aspiration\nImprove attendance", "plan_period": "2026-2029", "plan_version": "1.0",
        "risks": "Staff turnover",
    },
    "programme": [
        {"year_groups": "7", "term": "Autumn 1", "title": "Discovering careers", "description": "Tutor-time lessons.",
         "activity_type": "Careers lesson", "benchmarks": "1, 4", "outcome_ids": "LO1", "for_whom": "All pupils",
         "lead": "Tutors", "parents_involved": "No", "school_day": "Yes"},
        {"year_groups": "9", "term": "Spring 1", "title": "Options evening",
         "description": "Families hear about GCSEs.",
         "activity_type": "Options event", "benchmarks": "1, 2", "outcome_ids": "LO2", "for_whom": "All pupils",
         "partner": "Local employers", "parents_involved": "Yes", "school_day": "No"},
        {"year_groups": "10-11", "term": "Summer 1", "title": "Mock interviews", "description": "Practice interviews.",
         "activity_type": "Employer encounter", "benchmarks": "5", "outcome_ids": "LO3", "for_whom": "SEND",
         "adaptations": "Extra preparation time and a familiar adult.", "partner": "Rotary Club",
         "school_day": "Yes"},
        {"year_groups": "12-13", "term": "Autumn 2", "title": "UCAS and apprenticeships week",
         "description": "Applying after sixth form.", "activity_type": "Careers lesson", "benchmarks": "7",
         "outcome_ids": "LO4", "for_whom": "All pupils", "school_day": "Yes"},
    ],
    "outcomes": [
        {"id": "LO1", "area": "Grow throughout life", "year_groups": "7-9", "statement": "Describe own strengths."},
        {"id": "LO2", "area": "Explore possibilities", "year_groups": "9", "statement": "Compare options."},
        {"id": "LO3", "area": "Create opportunities", "year_groups": "10-11", "statement": "Present yourself well."},
        {"id": "LO4", "area": "Manage career", "year_groups": "12-13", "statement": "Plan the next step."},
    ],
    "parents": [
        {"year_groups": "9", "term": "Spring 1", "what": "Options evening", "channel": "Event in school",
         "purpose": "Help families support option choices."},
        {"year_groups": "All", "term": "Autumn", "what": "Careers newsletter", "channel": "Newsletter",
         "purpose": "Keep families informed."},
    ],
    "publication": {
        "summary": "Our programme runs from Year 7 to Year 13.", "impact_measures": "Surveys and destinations.",
        "published_date": "20/09/2026", "next_review_date": "20/09/2027",
        "pal_url": "https://www.hollybrook.example.sch.uk/pal", "parents_how": "Newsletters",
        "parents_url": "https://www.hollybrook.example.sch.uk/careers/parents",
    },
    "provider_access": {
        "contact_name": "Ms Rachel Green", "contact_role": "Careers leader",
        "contact_email": "r.green@hollybrook.example.sch.uk", "contact_phone": "01632 960123",
        "how_to_request": "Email the careers leader with dates and topics.", "notice_needed": "four weeks",
        "grounds_granting": "Requests that fit the programme.", "grounds_refusing": "Exam periods or safeguarding.",
        "premises": "The main hall and a classroom with a projector.", "safeguarding_policy": "Visitor policy",
        "policy_approved_date": "15/09/2026", "policy_review_date": "15/09/2027",
    },
    "encounters": [
        {"date": "10/10/2026", "year_group": "8", "provider": "Northgate College", "provider_type": "FE college",
         "format": "Assembly", "school_day": "Yes", "duration_minutes": 45, "mandatory": "Yes",
         "content_covered": "All"},
        {"date": "12/01/2027", "year_group": "9", "provider": "BuildRight Apprenticeships",
         "provider_type": "Apprenticeship provider", "format": "Workshop", "school_day": "Yes",
         "duration_minutes": 60, "mandatory": "Yes",
         "content_covered": "All"},
        {"date": "05/11/2026", "year_group": "10", "provider": "City UTC",
         "provider_type": "University technical college",
         "format": "Workshop", "school_day": "Yes", "duration_minutes": 60, "mandatory": "Yes",
         "content_covered": "All"},
        {"date": "03/02/2027", "year_group": "12", "provider": "Skills Training Ltd",
         "provider_type": "Independent training provider", "format": "Careers fair", "school_day": "No",
         "duration_minutes": 90, "mandatory": "No", "content_covered": "All"},
    ],
    "feedback": [
        {"date": "01/07/2026", "group": "Pupils", "method": "Survey", "respondents": 240,
         "findings": "Want more employer talks.", "changes": "Added mock interviews."},
    ],
    "evaluation": {
        "last_full_evaluation": "01/07/2026", "next_full_evaluation": "01/07/2027", "compass_date": "01/11/2026",
        "compass_b1_percent": 88, "destinations_summary": "98% of leavers in education, employment or training.",
    },
    "actions": [
        {"objective": "Every Year 10 pupil meets two employers", "sdp_link": "Raise aspiration", "benchmark": "5",
         "action": "Book employer talks", "owner": "Ms Green", "start": "01/09/2026", "due": "31/07/2027",
         "success_measure": "Attendance records", "status": "In progress", "resources": "£500"},
    ],
}


def school_data(**changes: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of SCHOOL_DATA with whole sheets replaced or form fields updated."""
    data = copy.deepcopy(SCHOOL_DATA)
    for sheet, content in changes.items():
        if isinstance(content, dict) and isinstance(data.get(sheet), dict):
            data[sheet].update(content)
        else:
            data[sheet] = content
    return data


def hand_report(name: str = "Hollybrook Academy", *, pal_applies: bool = True,
                findings: tuple[Finding, ...] | None = None) -> Report:
    """A report as the check would give, built by hand so render tests do not depend on the rules."""
    parts = (
        PartResult("S1", "Leadership and backing", Status.ACHIEVED, 6, 6),
        PartResult("S2", "Programme design", Status.IN_PROGRESS, 4, 5),
        PartResult("PAL", "Provider access", Status.ACHIEVED if pal_applies else Status.NOT_APPLICABLE,
                   3 if pal_applies else 0, 3 if pal_applies else 0,
                   "" if pal_applies else "Provider access does not apply to FE colleges."),
    )
    if findings is None:
        findings = (
            Finding("B1.GOV.REVIEW", Severity.GOOD, "S1", "Governors have not reviewed careers this year.",
                    "Add the date of the last review.", "Leadership", "B22"),
            Finding("B1.EVAL.PARENTS", Severity.EXPECT, "S2", "No feedback from parents and carers is recorded.",
                    "Add a Feedback row for parents and carers.", "Feedback", "B3"),
            Finding("PAL.KP3", Severity.MUST, "PAL", "Key phase 3 has one encounter; two are needed.",
                    "Add a second encounter for Year 12 or 13.", "Provider encounters", "A6"),
        )
    return Report(name, "11–18 school", "workbook.xlsx", dt.date(2026, 12, 1), parts, Status.IN_PROGRESS, findings)


def docx_text(path) -> str:
    """All visible text of a .docx, one paragraph per line: body, tables, headers and footers."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(path))
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            parts.append(part._element)
    lines = []
    for element in parts:
        for paragraph in element.iter(qn("w:p")):
            lines.append("".join(node.text or "" for node in paragraph.iter(qn("w:t"))))
    return "\n".join(lines)
