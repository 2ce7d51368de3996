"""The one template context: the workbook and the check report as plain data for the Word templates.

Only str, int, bool, list and dict go in, so a template running in the sandbox has no model object or
method to reach for. Every text is "" rather than None, every list may be empty, and each optional section
has a has_... flag, so a template can leave the section out or say "not yet recorded" in a sentence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from b1docs.benchmark.findings import Finding, Report, Severity, Status
from b1docs.render.context_duties import evaluation_context, provider_access_context, send_context
from b1docs.render.context_programme import (
    outcomes_context,
    parents_context,
    programme_context,
    publication_context,
)
from b1docs.render.phases import NO_PROVIDER_ACCESS, SPECIAL
from b1docs.render.text import academic_year, clean, lines, long_date, money, number, year_label
from b1docs.render.values import text_at, value_at
from b1docs.workbook.model import CareersWorkbook, Record

SEVERITY_WORDS = {
    Severity.MUST: "Required by law",
    Severity.EXPECT: "Expected by the benchmark",
    Severity.GOOD: "Good practice",
}


def build_context(workbook: CareersWorkbook, report: Report, as_of: dt.date) -> dict[str, Any]:
    """Everything the three templates may show, built from the workbook and the check report."""
    years = _school_years(workbook)
    pal = provider_access_context(workbook, report, years)
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
        "programme": programme_context(workbook, years),
        "outcomes": outcomes_context(workbook),
        "parents": parents_context(workbook, years),
        "publication": publication_context(workbook.publication),
        "provider_access": pal,
        "evaluation": evaluation_context(workbook),
        "send": send_context(workbook, years),
    }
    context["has_open_actions"] = bool(context["open_actions"])
    context["has_actions"] = bool(context["actions"])
    return _scrub(context)


def _school_years(workbook: CareersWorkbook) -> frozenset[int]:
    return frozenset(workbook.school_years)


def _school(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    school = workbook.school
    kind = workbook.institution_type
    return {
        "name": text_at(school, "name"),
        "urn": text_at(school, "urn"),
        "institution_type": clean(kind),
        "is_academy": value_at(school, "is_academy") is True,
        "is_college": kind in NO_PROVIDER_ACCESS,
        "is_special": kind in SPECIAL,
        "has_sixth_form": bool(years & {12, 13}),
        "year_groups": year_label(years),
        "website": text_at(school, "website"),
        "careers_page": text_at(school, "careers_page"),
        "headteacher": text_at(school, "headteacher"),
        "chair_of_governors": text_at(school, "chair_of_governors"),
        "link_governor": text_at(school, "link_governor"),
        "mission": text_at(school, "mission"),
        "has_mission": bool(text_at(school, "mission")),
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
    training = [text_at(leadership, "training_course"), text_at(leadership, "training_provider")]
    return {
        "name": text_at(leadership, "leader_name"),
        "title": text_at(leadership, "leader_title"),
        "email": text_at(leadership, "leader_email"),
        "phone": text_at(leadership, "leader_phone"),
        "on_slt": value_at(leadership, "leader_on_slt") is True,
        "slt_line_manager": text_at(leadership, "slt_line_manager"),
        "training_course": training[0],
        "training_provider": training[1],
        "training_completed": text_at(leadership, "training_completed"),
        "has_training": any(training) or bool(text_at(leadership, "training_completed")),
        "hours_per_week": number(value_at(leadership, "hours_per_week")),
        "annual_budget": money(value_at(leadership, "annual_budget")),
    }


def _adviser(leadership: Record) -> dict[str, Any]:
    independent = value_at(leadership, "adviser_independent")
    return {
        "has_adviser": bool(text_at(leadership, "adviser_name") or text_at(leadership, "adviser_organisation")),
        "name": text_at(leadership, "adviser_name"),
        "organisation": text_at(leadership, "adviser_organisation"),
        "independent": independent is True,
        "level": text_at(leadership, "adviser_level"),
    }


def _backing(workbook: CareersWorkbook) -> dict[str, Any]:
    leadership = workbook.leadership
    return {
        "headteacher": text_at(workbook.school, "headteacher"),
        "head_date": text_at(leadership, "head_backing_date"),
        "slt_date": text_at(leadership, "slt_backing_date"),
        "slt_sponsor": text_at(leadership, "slt_sponsor"),
        "governors_date": text_at(leadership, "governors_approval_date"),
        "governors_minute_ref": text_at(leadership, "governors_minute_ref"),
        "governors_review_date": text_at(leadership, "governors_review_date"),
        "has_head": bool(text_at(leadership, "head_backing_date")),
        "has_slt": bool(text_at(leadership, "slt_backing_date")),
        "has_governors": bool(text_at(leadership, "governors_approval_date")),
    }


def _plan(leadership: Record) -> dict[str, Any]:
    priorities = lines(value_at(leadership, "sdp_priorities"))
    risks = lines(value_at(leadership, "risks"))
    return {
        "period": text_at(leadership, "plan_period"),
        "version": text_at(leadership, "plan_version"),
        "vision": text_at(leadership, "vision"),
        "has_vision": bool(text_at(leadership, "vision")),
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
        "objective": text_at(row, "objective"),
        "sdp_link": text_at(row, "sdp_link"),
        "benchmarks": text_at(row, "benchmark"),
        "action": text_at(row, "action"),
        "owner": text_at(row, "owner"),
        "start": text_at(row, "start"),
        "due": text_at(row, "due"),
        "success_measure": text_at(row, "success_measure"),
        "status": text_at(row, "status"),
        "resources": text_at(row, "resources"),
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
