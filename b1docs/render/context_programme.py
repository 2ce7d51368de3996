"""The programme side of the context: activities by year, learning outcomes, families, publication."""

from __future__ import annotations

from typing import Any

from b1docs.render.text import clean, year_label
from b1docs.render.values import term_key, text_at, value_at, years_for
from b1docs.workbook.model import CareersWorkbook, Record
from b1docs.workbook.schema import CDI_AREAS

_KEY_STAGES = ((range(1, 7), "Primary"), (range(7, 10), "Key stage 3"), (range(10, 12), "Key stage 4"),
               (range(12, 14), "Sixth form (key stage 5)"), (range(14, 15), "Post-19"))
# The decisions families most often ask about, shown against the year in which they fall.
_DECISIONS = {
    9: "Many pupils choose their GCSE options this year.",
    11: "Pupils decide what to do after Year 11: sixth form, college or an apprenticeship.",
    13: "Students decide what to do after Year 13: university, an apprenticeship, work or further training.",
}
_AUDIENCES = (("pupils", "Pupils"), ("parents", "Parents and carers"), ("staff", "Staff"),
              ("employers", "Employers"), ("governors", "Governors"), ("agencies", "Other agencies"))


def _key_stage(year: int) -> str:
    return next((name for span, name in _KEY_STAGES if year in span), "")


def _activity(row: Record) -> dict[str, Any]:
    return {
        "term": text_at(row, "term"),
        "title": text_at(row, "title"),
        "description": text_at(row, "description"),
        "type": text_at(row, "activity_type"),
        "year_groups": year_label(value_at(row, "year_groups")),
        "benchmarks": text_at(row, "benchmarks"),
        "outcomes": ", ".join(clean(item) for item in value_at(row, "outcome_ids") or ()),
        "for_whom": text_at(row, "for_whom") or "All pupils",
        "adaptations": text_at(row, "adaptations"),
        "pfa_outcome": text_at(row, "pfa_outcome"),
        "lead": text_at(row, "lead"),
        "partner": text_at(row, "partner"),
        "parents_involved": value_at(row, "parents_involved") is True,
        "school_day": value_at(row, "school_day") is True,
    }


def programme_context(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    rows = sorted(workbook.programme, key=term_key)
    shown = sorted(years) or sorted({year for row in rows for year in value_at(row, "year_groups") or ()})
    groups = []
    for year in shown:
        activities = [_activity(row) for row in rows if year in years_for(value_at(row, "year_groups"), years)]
        groups.append({"year": year, "label": f"Year {year}", "key_stage": _key_stage(year),
                       "decision": _DECISIONS.get(year, ""), "activities": activities,
                       "has_activities": bool(activities)})
    unplaced = [_activity(row) for row in rows if not years_for(value_at(row, "year_groups"), years)]
    return {
        "has_activities": bool(workbook.programme),
        "activity_count": len(workbook.programme),
        "years": groups,
        "unplaced": unplaced,
        "has_unplaced": bool(unplaced),
        "activities": [_activity(row) for row in rows],
    }


def outcomes_context(workbook: CareersWorkbook) -> dict[str, Any]:
    areas = []
    for area in CDI_AREAS:
        items = [{"id": text_at(row, "id"), "year_groups": year_label(value_at(row, "year_groups")),
                  "statement": text_at(row, "statement")}
                 for row in workbook.outcomes if value_at(row, "area") == area]
        areas.append({"area": area, "outcomes": items, "has_outcomes": bool(items)})
    # Also one flat list in framework order, for a single table.
    flat = [dict(item, area=area["area"]) for area in areas for item in area["outcomes"]]
    return {"has_outcomes": bool(workbook.outcomes), "areas": areas, "all": flat}


def parents_context(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    rows = sorted(workbook.parents, key=term_key)
    groups = []
    for year in sorted(years) or sorted({y for row in rows for y in value_at(row, "year_groups") or ()}):
        items = [_engagement(row) for row in rows if year in years_for(value_at(row, "year_groups"), years)]
        if items:
            groups.append({"year": year, "label": f"Year {year}", "items": items})
    unplaced = [_engagement(row) for row in rows if not years_for(value_at(row, "year_groups"), years)]
    return {"has_engagement": bool(rows), "years": groups, "all": [_engagement(row) for row in rows],
            "unplaced": unplaced, "has_unplaced": bool(unplaced)}


def _engagement(row: Record) -> dict[str, Any]:
    return {"year_groups": year_label(value_at(row, "year_groups")), "term": text_at(row, "term"),
            "what": text_at(row, "what"), "channel": text_at(row, "channel"), "purpose": text_at(row, "purpose")}


def publication_context(publication: Record) -> dict[str, Any]:
    audiences = [
        {"audience": words, "how": text_at(publication, f"{key}_how"), "url": text_at(publication, f"{key}_url")}
        for key, words in _AUDIENCES
        if text_at(publication, f"{key}_how") or text_at(publication, f"{key}_url")
    ]
    return {
        "summary": text_at(publication, "summary"),
        "impact_measures": text_at(publication, "impact_measures"),
        "published_date": text_at(publication, "published_date"),
        "next_review_date": text_at(publication, "next_review_date"),
        "pal_url": text_at(publication, "pal_url"),
        "audiences": audiences,
        "has_audiences": bool(audiences),
    }
