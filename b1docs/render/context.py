"""The one template context: the workbook and the check report as plain data for the Word templates.

Only str, int, bool, list and dict go in, so a template running in the sandbox has no model object or
method to reach for. Every text is "" rather than None, every list may be empty, and each optional section
has a has_... flag, so a template can leave the section out or say "not yet recorded" in a sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from b1docs.benchmark.findings import Finding, Report, Severity, Status
from b1docs.render.phases import (
    ENCOUNTERS_NEEDED,
    KEY_PHASES,
    NO_PROVIDER_ACCESS,
    SPECIAL,
    phase_of,
    phases_for,
)
from b1docs.render.text import academic_year, clean, join_words, lines, long_date, money, number, year_label
from b1docs.workbook.model import CareersWorkbook, Record
from b1docs.workbook.schema import CDI_AREAS, LISTS

SEVERITY_WORDS = {
    Severity.MUST: "Required by law",
    Severity.EXPECT: "Expected by the benchmark",
    Severity.GOOD: "Good practice",
}
_TERM_ORDER = {term: index for index, term in enumerate(LISTS["terms"])}
_KEY_STAGES = ((range(1, 7), "Primary"), (range(7, 10), "Key stage 3"), (range(10, 12), "Key stage 4"),
               (range(12, 14), "Sixth form (key stage 5)"), (range(14, 15), "Post-19"))
# The decisions families most often ask about, shown against the year in which they fall.
_DECISIONS = {
    9: "Many pupils choose their GCSE options this year.",
    11: "Pupils decide what to do after Year 11: sixth form, college or an apprenticeship.",
    13: "Students decide what to do after Year 13: university, an apprenticeship, work or further training.",
}
KEY_PHASES_BY_ID = {phase.id: phase for phase in KEY_PHASES}
_AUDIENCES = (("pupils", "Pupils"), ("parents", "Parents and carers"), ("staff", "Staff"),
              ("employers", "Employers"), ("governors", "Governors"), ("agencies", "Other agencies"))


def build_context(workbook: CareersWorkbook, report: Report, as_of: dt.date) -> dict[str, Any]:
    """Everything the three templates may show, built from the workbook and the check report."""
    years = _school_years(workbook)
    pal = _provider_access(workbook, report, years)
    context = {
        "academic_year": academic_year(as_of),
        "generated_on": long_date(as_of),
        "school": _school(workbook, years),
        "words": _words(workbook),
        "leader": _leader(workbook.leadership),
        "adviser": _adviser(workbook.leadership),
        "backing": _backing(workbook),
        "plan": _plan(workbook.leadership),
        "check": _check(report),
        "open_actions": [_finding(finding, report) for finding in _by_severity(report.findings)],
        "actions": [_action(row) for row in workbook.actions],
        "programme": _programme(workbook, years),
        "outcomes": _outcomes(workbook),
        "parents": _parents(workbook, years),
        "publication": _publication(workbook.publication),
        "provider_access": pal,
        "evaluation": _evaluation(workbook),
        "send": _send(workbook, years),
    }
    context["has_open_actions"] = bool(context["open_actions"])
    context["has_actions"] = bool(context["actions"])
    return _scrub(context)


def _t(record: Record, key: str) -> str:
    return clean(record.values[key].value) if key in record.values else ""


def _v(record: Record, key: str) -> Any:
    return record.values[key].value if key in record.values else None


def _school_years(workbook: CareersWorkbook) -> frozenset[int]:
    return frozenset(workbook.school_years)


def _years_for(value: Any, years: frozenset[int]) -> list[int]:
    """The year groups a row names, limited to those the school teaches ("All" means the school's years)."""
    named = set(value or ())
    return sorted(named & years) if years else sorted(named)


def _key_stage(year: int) -> str:
    return next((name for span, name in _KEY_STAGES if year in span), "")


def _school(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    school = workbook.school
    kind = workbook.institution_type
    return {
        "name": _t(school, "name"),
        "urn": _t(school, "urn"),
        "institution_type": clean(kind),
        "is_academy": _v(school, "is_academy") is True,
        "is_college": kind in NO_PROVIDER_ACCESS,
        "is_special": kind in SPECIAL,
        "has_sixth_form": bool(years & {12, 13}),
        "year_groups": year_label(years),
        "website": _t(school, "website"),
        "careers_page": _t(school, "careers_page"),
        "headteacher": _t(school, "headteacher"),
        "chair_of_governors": _t(school, "chair_of_governors"),
        "link_governor": _t(school, "link_governor"),
        "mission": _t(school, "mission"),
        "has_mission": bool(_t(school, "mission")),
    }


def _words(workbook: CareersWorkbook) -> dict[str, str]:
    """The words a college uses for itself and its students, so one template reads right for both."""
    college = workbook.institution_type in NO_PROVIDER_ACCESS
    return {
        "institution": "college" if college else "school",
        "pupil": "learner" if college else "pupil",
        "pupils": "learners" if college else "pupils",
        "pupils_capitalised": "Learners" if college else "Pupils",
    }


def _leader(leadership: Record) -> dict[str, Any]:
    training = [_t(leadership, "training_course"), _t(leadership, "training_provider")]
    return {
        "name": _t(leadership, "leader_name"),
        "title": _t(leadership, "leader_title"),
        "email": _t(leadership, "leader_email"),
        "phone": _t(leadership, "leader_phone"),
        "on_slt": _v(leadership, "leader_on_slt") is True,
        "slt_line_manager": _t(leadership, "slt_line_manager"),
        "training_course": training[0],
        "training_provider": training[1],
        "training_completed": _t(leadership, "training_completed"),
        "has_training": any(training) or bool(_t(leadership, "training_completed")),
        "hours_per_week": number(_v(leadership, "hours_per_week")),
        "annual_budget": money(_v(leadership, "annual_budget")),
    }


def _adviser(leadership: Record) -> dict[str, Any]:
    independent = _v(leadership, "adviser_independent")
    return {
        "has_adviser": bool(_t(leadership, "adviser_name") or _t(leadership, "adviser_organisation")),
        "name": _t(leadership, "adviser_name"),
        "organisation": _t(leadership, "adviser_organisation"),
        "independent": independent is True,
        "level": _t(leadership, "adviser_level"),
    }


def _backing(workbook: CareersWorkbook) -> dict[str, Any]:
    leadership = workbook.leadership
    return {
        "headteacher": _t(workbook.school, "headteacher"),
        "head_date": _t(leadership, "head_backing_date"),
        "slt_date": _t(leadership, "slt_backing_date"),
        "slt_sponsor": _t(leadership, "slt_sponsor"),
        "governors_date": _t(leadership, "governors_approval_date"),
        "governors_minute_ref": _t(leadership, "governors_minute_ref"),
        "governors_review_date": _t(leadership, "governors_review_date"),
        "has_head": bool(_t(leadership, "head_backing_date")),
        "has_slt": bool(_t(leadership, "slt_backing_date")),
        "has_governors": bool(_t(leadership, "governors_approval_date")),
    }


def _plan(leadership: Record) -> dict[str, Any]:
    priorities = lines(_v(leadership, "sdp_priorities"))
    risks = lines(_v(leadership, "risks"))
    return {
        "period": _t(leadership, "plan_period"),
        "version": _t(leadership, "plan_version"),
        "vision": _t(leadership, "vision"),
        "has_vision": bool(_t(leadership, "vision")),
        "sdp_priorities": priorities,
        "has_sdp_priorities": bool(priorities),
        "risks": risks,
        "has_risks": bool(risks),
    }


def _check(report: Report) -> dict[str, Any]:
    parts = [
        {"id": clean(part.id), "title": clean(part.title), "status": part.status.value,
         "status_words": part.status.words, "met": part.met, "total": part.total,
         "applies": part.status is not Status.NOT_APPLICABLE, "reason": clean(part.reason)}
        for part in report.parts
    ]
    return {
        "as_of": long_date(report.as_of),
        "status": report.benchmark1_status.value,
        "status_words": report.benchmark1_status.words,
        "achieved": report.benchmark1_status is Status.ACHIEVED,
        "parts": parts,
        "must_count": report.count(Severity.MUST),
        "expect_count": report.count(Severity.EXPECT),
        "good_count": report.count(Severity.GOOD),
    }


def _by_severity(findings: tuple[Finding, ...]) -> list[Finding]:
    # sorted() is stable, so the check's own order (by place) survives within each severity.
    return sorted(findings, key=lambda finding: Severity(finding.severity).rank)


def _finding(finding: Finding, report: Report) -> dict[str, Any]:
    titles = {part.id: part.title for part in report.parts}
    severity = Severity(finding.severity)
    place = f"{finding.sheet} sheet, cell {finding.cell}" if finding.cell else f"{finding.sheet} sheet"
    return {
        "rule": clean(finding.rule),
        "severity": severity.value,
        "severity_words": SEVERITY_WORDS[severity],
        "part": clean(titles.get(finding.part, finding.part)),
        "message": clean(finding.message),
        "fix": clean(finding.fix),
        "place": clean(place) if finding.sheet else "",
    }


def _action(row: Record) -> dict[str, Any]:
    return {
        "objective": _t(row, "objective"),
        "sdp_link": _t(row, "sdp_link"),
        "benchmarks": _t(row, "benchmark"),
        "action": _t(row, "action"),
        "owner": _t(row, "owner"),
        "start": _t(row, "start"),
        "due": _t(row, "due"),
        "success_measure": _t(row, "success_measure"),
        "status": _t(row, "status"),
        "resources": _t(row, "resources"),
    }


def _activity(row: Record) -> dict[str, Any]:
    return {
        "term": _t(row, "term"),
        "title": _t(row, "title"),
        "description": _t(row, "description"),
        "type": _t(row, "activity_type"),
        "year_groups": year_label(_v(row, "year_groups")),
        "benchmarks": _t(row, "benchmarks"),
        "outcomes": ", ".join(clean(item) for item in _v(row, "outcome_ids") or ()),
        "for_whom": _t(row, "for_whom") or "All pupils",
        "adaptations": _t(row, "adaptations"),
        "pfa_outcome": _t(row, "pfa_outcome"),
        "lead": _t(row, "lead"),
        "partner": _t(row, "partner"),
        "parents_involved": _v(row, "parents_involved") is True,
        "school_day": _v(row, "school_day") is True,
    }


def _term_key(row: Record) -> int:
    return _TERM_ORDER.get(_v(row, "term") or "", len(_TERM_ORDER))


def _programme(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    rows = sorted(workbook.programme, key=_term_key)
    shown = sorted(years) or sorted({year for row in rows for year in _v(row, "year_groups") or ()})
    groups = []
    for year in shown:
        activities = [_activity(row) for row in rows if year in _years_for(_v(row, "year_groups"), years)]
        groups.append({"year": year, "label": f"Year {year}", "key_stage": _key_stage(year),
                       "decision": _DECISIONS.get(year, ""), "activities": activities,
                       "has_activities": bool(activities)})
    unplaced = [_activity(row) for row in rows if not _years_for(_v(row, "year_groups"), years)]
    return {
        "has_activities": bool(workbook.programme),
        "activity_count": len(workbook.programme),
        "years": groups,
        "unplaced": unplaced,
        "has_unplaced": bool(unplaced),
        "activities": [_activity(row) for row in rows],
    }


def _outcomes(workbook: CareersWorkbook) -> dict[str, Any]:
    areas = []
    for area in CDI_AREAS:
        items = [{"id": _t(row, "id"), "year_groups": year_label(_v(row, "year_groups")),
                  "statement": _t(row, "statement")}
                 for row in workbook.outcomes if _v(row, "area") == area]
        areas.append({"area": area, "outcomes": items, "has_outcomes": bool(items)})
    # Also one flat list in framework order, for a single table.
    flat = [dict(item, area=area["area"]) for area in areas for item in area["outcomes"]]
    return {"has_outcomes": bool(workbook.outcomes), "areas": areas, "all": flat}


def _parents(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    rows = sorted(workbook.parents, key=_term_key)
    groups = []
    for year in sorted(years) or sorted({y for row in rows for y in _v(row, "year_groups") or ()}):
        items = [_engagement(row) for row in rows if year in _years_for(_v(row, "year_groups"), years)]
        if items:
            groups.append({"year": year, "label": f"Year {year}", "items": items})
    unplaced = [_engagement(row) for row in rows if not _years_for(_v(row, "year_groups"), years)]
    return {"has_engagement": bool(rows), "years": groups, "all": [_engagement(row) for row in rows],
            "unplaced": unplaced, "has_unplaced": bool(unplaced)}


def _engagement(row: Record) -> dict[str, Any]:
    return {"year_groups": year_label(_v(row, "year_groups")), "term": _t(row, "term"), "what": _t(row, "what"),
            "channel": _t(row, "channel"), "purpose": _t(row, "purpose")}


def _publication(publication: Record) -> dict[str, Any]:
    audiences = [
        {"audience": words, "how": _t(publication, f"{key}_how"), "url": _t(publication, f"{key}_url")}
        for key, words in _AUDIENCES
        if _t(publication, f"{key}_how") or _t(publication, f"{key}_url")
    ]
    return {
        "summary": _t(publication, "summary"),
        "impact_measures": _t(publication, "impact_measures"),
        "published_date": _t(publication, "published_date"),
        "next_review_date": _t(publication, "next_review_date"),
        "pal_url": _t(publication, "pal_url"),
        "audiences": audiences,
        "has_audiences": bool(audiences),
    }


def _pal_applies(workbook: CareersWorkbook, report: Report) -> tuple[bool, str]:
    for part in report.parts:
        if part.id.upper().startswith("PAL") and part.status is Status.NOT_APPLICABLE:
            return False, clean(part.reason)
    if workbook.institution_type in NO_PROVIDER_ACCESS:
        return False, (f"The provider access duty applies to schools and academies, not to a "
                       f"{workbook.institution_type.lower()}.")
    return True, ""


def _encounter(row: Record) -> dict[str, Any]:
    minutes = _v(row, "duration_minutes")
    content = sorted(_v(row, "content_covered") or (), key=LISTS["pal_content"].index)
    return {
        "date": _t(row, "date"),
        "year_group": year_label(_v(row, "year_group")),
        "provider": _t(row, "provider"),
        "provider_type": _t(row, "provider_type"),
        "format": _t(row, "format"),
        "school_day": _v(row, "school_day") is True,
        "duration": f"{number(minutes)} minutes" if minutes else "",
        "mandatory": _v(row, "mandatory") is True,
        "content": join_words([clean(item) for item in content]),
        "send_adjustments": _t(row, "send_adjustments"),
    }


def _provider_access(workbook: CareersWorkbook, report: Report, years: frozenset[int]) -> dict[str, Any]:
    applies, reason = _pal_applies(workbook, report)
    policy = workbook.provider_access
    phases = []
    placed: set[int] = set()
    for phase in phases_for(years) if applies else ():
        encounters, counted = [], 0
        for index, row in enumerate(workbook.encounters):
            row_years = sorted(_v(row, "year_group") or ())
            if not row_years or phase_of(row_years[0]) is not phase:
                continue
            placed.add(index)
            item = _encounter(row)
            item["counts"] = item["school_day"] and phase.in_window(row_years[0], _v(row, "date"))
            counted += item["counts"]
            encounters.append(item)
        phases.append({"id": phase.id, "name": phase.name, "years": year_label(set(phase.years)),
                       "window": phase.window, "window_capitalised": phase.window[:1].upper() + phase.window[1:],
                       "attendance": phase.attendance, "mandatory": phase.mandatory,
                       "needed": ENCOUNTERS_NEEDED, "counted": counted, "met": counted >= ENCOUNTERS_NEEDED,
                       "encounters": encounters, "has_encounters": bool(encounters)})
    others = [_encounter(row) for index, row in enumerate(workbook.encounters) if index not in placed]
    # The years the entitlement covers here: Years 8 to 13 in general, fewer without a sixth form.
    covered = {year for phase in phases for year in KEY_PHASES_BY_ID[phase["id"]].years}
    covered = covered & years if years else covered
    fields = {key: _t(policy, key) for key in (
        "contact_name", "contact_role", "contact_email", "contact_phone", "how_to_request", "notice_needed",
        "grounds_granting", "grounds_refusing", "premises", "safeguarding_policy")}
    return {
        "applies": applies,
        "reason": reason,
        "entitled_years": year_label(covered),
        **fields,
        "approved_date": _t(policy, "policy_approved_date"),
        "review_date": _t(policy, "policy_review_date"),
        "has_contact": bool(fields["contact_name"] or fields["contact_email"]),
        "phases": phases,
        "other_encounters": [dict(item, counts=False) for item in others] if applies else [],
        "has_other_encounters": bool(others) and applies,
        "encounters": [_encounter(row) for row in workbook.encounters],
        "has_encounters": bool(workbook.encounters),
    }


def _evaluation(workbook: CareersWorkbook) -> dict[str, Any]:
    evaluation = workbook.evaluation
    feedback = [
        {"date": _t(row, "date"), "group": _t(row, "group"), "method": _t(row, "method"),
         "respondents": number(_v(row, "respondents")), "findings": _t(row, "findings"),
         "changes": _t(row, "changes")}
        for row in sorted(workbook.feedback, key=lambda row: _v(row, "date") or dt.date.min)
    ]
    heard = sorted({item["group"] for item in feedback if item["group"]}, key=LISTS["feedback_groups"].index)
    percent = _v(evaluation, "compass_b1_percent")
    return {
        "feedback": feedback,
        "has_feedback": bool(feedback),
        "groups_heard": join_words(heard),
        "last_full": _t(evaluation, "last_full_evaluation"),
        "next_full": _t(evaluation, "next_full_evaluation"),
        "compass_date": _t(evaluation, "compass_date"),
        "compass_b1_percent": f"{percent:g}%" if isinstance(percent, int | float) else "",
        "has_compass": bool(_t(evaluation, "compass_date") or percent is not None),
        "destinations": _t(evaluation, "destinations_summary"),
        "plan": _t(evaluation, "evaluation_plan"),
    }


def _send(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    school = workbook.school
    ehcp = _v(school, "ehcp_pupils")
    adapted = [
        {"title": _t(row, "title"), "year_groups": year_label(_v(row, "year_groups")),
         "adaptations": _t(row, "adaptations"), "pfa_outcome": _t(row, "pfa_outcome"),
         "for_whom": _t(row, "for_whom") or "All pupils"}
        for row in sorted(workbook.programme, key=_term_key)
        if _t(row, "adaptations") or _t(row, "pfa_outcome") or _v(row, "for_whom") == "SEND"
    ]
    applies = (workbook.institution_type in SPECIAL or (isinstance(ehcp, int) and ehcp > 0)
               or _v(school, "post19_ehcp") is True)
    return {
        "applies": applies,
        "senco": _t(school, "senco"),
        "senco_email": _t(school, "senco_email"),
        "has_senco": bool(_t(school, "senco")),
        "sen_report_url": _t(school, "sen_report_url"),
        "local_offer_url": _t(school, "local_offer_url"),
        "ehcp_pupils": number(ehcp),
        "post19": _v(school, "post19_ehcp") is True,
        "cohort": _t(school, "send_cohort"),
        "adapted_activities": adapted,
        "has_adapted_activities": bool(adapted),
    }


def _scrub(value: Any) -> Any:
    """Clean every string once more and prove the context is plain data (a model object here is a bug)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, bool | int):
        return value
    if isinstance(value, dict):
        return {str(key): _scrub(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    raise TypeError(f"template context holds a {type(value).__name__}; only plain data may go in")
