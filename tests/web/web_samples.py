"""Workbook contents for web tests, built in code so the tests do not depend on the sample files."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

COMPLETE: dict[str, Any] = {
    "school": {
        "name": "Hillcrest & Vale Academy",
        "institution_type": "11–18 school",
        "is_academy": "Yes",
        "year_groups": "7-13",
        "senco": "Mr Tom Okafor",
        "senco_email": "senco@hillcrest.example.sch.uk",
        "sen_report_url": "https://www.hillcrest.example.sch.uk/send/sen-information-report",
        "local_offer_url": "https://localoffer.example.gov.uk/",
        "ehcp_pupils": 18,
    },
    "leadership": {
        "leader_name": "Mrs Priya Sharma",
        "leader_title": "Assistant Headteacher",
        "leader_email": "p.sharma@hillcrest.example.sch.uk",
        "leader_phone": "01632 960123",
        "adviser_name": "Sam Lee",
        "adviser_organisation": "Futures Careers Ltd",
    },
    "programme": [
        {"year_groups": "All", "term": "All year", "title": "Careers in tutor time",
         "description": "A short weekly session on jobs linked to each subject.", "adaptations":
         "Visual timetables and pre-teaching of vocabulary for pupils with SEND."},
        {"year_groups": "8", "term": "Spring 1", "title": "College taster assembly",
         "description": "Local colleges explain technical courses and apprenticeships.", "partner": "Vale College"},
        {"year_groups": "9", "term": "Spring 2", "title": "Options evening",
         "description": "Pupils and families meet subject staff before choosing GCSE options.",
         "parents_involved": "Yes"},
        {"year_groups": "10", "term": "Summer 2", "title": "Work experience week",
         "description": "A week with a local employer.", "adaptations": "Supported placements with a familiar adult."},
        {"year_groups": "12-13", "term": "Autumn 1", "title": "Post-18 options fair",
         "description": "Universities, apprenticeship employers and training providers."},
    ],
    "parents": [
        {"year_groups": "9", "term": "Spring 2", "what": "Options evening", "channel": "Event in school",
         "purpose": "Helps families support GCSE choices."},
    ],
    "publication": {
        "summary": "Our careers programme helps every pupil from Year 7 to Year 13 find out about jobs, "
                   "courses and apprenticeships, meet employers and colleges, and plan their next steps.",
        "impact_measures": "We measure the impact of the programme through pupil surveys each summer, "
                           "the destinations of our leavers, and our termly Compass evaluation.",
        "published_date": dt.date(2026, 9, 1),
        "next_review_date": dt.date(2027, 9, 1),
        "pal_url": "https://www.hillcrest.example.sch.uk/docs/provider-access-policy.pdf",
        "pupils_how": "Tutor time, assemblies and the weekly careers bulletin.",
        "parents_how": "Termly newsletters and the options evening.",
        "staff_how": "Staff briefings and the careers area of the staff shared drive.",
        "employers_how": "Our employer newsletter and the careers page.",
        "governors_how": "A termly report to the governing board.",
    },
    "provider_access": {
        "contact_name": "Mrs Priya Sharma",
        "contact_email": "p.sharma@hillcrest.example.sch.uk",
    },
}


def workbook_data(**changes: dict[str, Any]) -> dict[str, Any]:
    """COMPLETE with some sheets' fields replaced: workbook_data(school={"name": "X"})."""
    data = copy.deepcopy(COMPLETE)
    for sheet, fields in changes.items():
        if isinstance(fields, list):
            data[sheet] = fields
        else:
            data.setdefault(sheet, {}).update(fields)
    return data
