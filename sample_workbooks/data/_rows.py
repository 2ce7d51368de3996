"""Small builders for sample rows, so each school's module reads like the workbook it becomes.

Each builder returns a plain dict of field key -> value (the form `write_filled_workbook` takes) and leaves
out anything not given, so a blank cell in the sample is a deliberate blank.
"""

from __future__ import annotations

from typing import Any


def _row(**values: Any) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None}


def outcome(id: str, area: str, years: Any, statement: str) -> dict[str, Any]:
    return _row(id=id, area=area, year_groups=years, statement=statement)


def activity(years: Any, term: str, title: str, description: str, activity_type: str, benchmarks: Any,
             outcomes: str | None, *, lead: str, for_whom: str = "All pupils", adaptations: str | None = None,
             pfa: str | None = None, partner: str | None = None, parents: Any = "No", school_day: Any = "Yes",
             delivered: Any = "No") -> dict[str, Any]:
    return _row(year_groups=years, term=term, title=title, description=description, activity_type=activity_type,
                benchmarks=benchmarks, outcome_ids=outcomes, for_whom=for_whom, adaptations=adaptations,
                pfa_outcome=pfa, lead=lead, partner=partner, parents_involved=parents, school_day=school_day,
                delivered=delivered)


def parent(years: Any, term: str, what: str, channel: str, purpose: str) -> dict[str, Any]:
    return _row(year_groups=years, term=term, what=what, channel=channel, purpose=purpose)


def encounter(date: Any, year: Any, provider: str, provider_type: str, format: str, *, minutes: int,
              school_day: Any = "Yes", mandatory: Any = "Yes", content: str = "All",
              send: str | None = None) -> dict[str, Any]:
    return _row(date=date, year_group=year, provider=provider, provider_type=provider_type, format=format,
                school_day=school_day, duration_minutes=minutes, mandatory=mandatory, content_covered=content,
                send_adjustments=send)


def feedback(date: Any, group: str, method: str, respondents: Any, findings: str, changes: str) -> dict[str, Any]:
    return _row(date=date, group=group, method=method, respondents=respondents, findings=findings, changes=changes)


def action(objective: str, sdp_link: str, benchmark: Any, action: str, owner: str, start: Any, due: Any,
           success_measure: str, status: str, resources: str) -> dict[str, Any]:
    return _row(objective=objective, sdp_link=sdp_link, benchmark=benchmark, action=action, owner=owner,
                start=start, due=due, success_measure=success_measure, status=status, resources=resources)
