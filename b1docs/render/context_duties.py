"""The duties side of the context: provider access and its key phases, evaluation, and SEND."""

from __future__ import annotations

import datetime as dt
from typing import Any

from b1docs.benchmark.findings import Report, Status
from b1docs.render.phases import (
    ENCOUNTERS_NEEDED,
    KEY_PHASES,
    NO_PROVIDER_ACCESS,
    SPECIAL,
    phase_of,
    phases_for,
)
from b1docs.render.text import clean, join_words, number, year_label
from b1docs.render.values import term_key, text_at, value_at
from b1docs.workbook.model import CareersWorkbook, Record
from b1docs.workbook.schema import LISTS

KEY_PHASES_BY_ID = {phase.id: phase for phase in KEY_PHASES}


def _pal_applies(workbook: CareersWorkbook, report: Report) -> tuple[bool, str]:
    for part in report.parts:
        if part.id.upper().startswith("PAL") and part.status is Status.NOT_APPLICABLE:
            return False, clean(part.reason)
    if workbook.institution_type in NO_PROVIDER_ACCESS:
        return False, (f"The provider access duty applies to schools and academies, not to a "
                       f"{workbook.institution_type.lower()}.")
    return True, ""


def _encounter(row: Record) -> dict[str, Any]:
    minutes = value_at(row, "duration_minutes")
    content = sorted(value_at(row, "content_covered") or (), key=LISTS["pal_content"].index)
    return {
        "date": text_at(row, "date"),
        "year_group": year_label(value_at(row, "year_group")),
        "provider": text_at(row, "provider"),
        "provider_type": text_at(row, "provider_type"),
        "format": text_at(row, "format"),
        "school_day": value_at(row, "school_day") is True,
        "duration": f"{number(minutes)} minutes" if minutes else "",
        "mandatory": value_at(row, "mandatory") is True,
        "content": join_words([clean(item) for item in content]),
        "send_adjustments": text_at(row, "send_adjustments"),
    }


def provider_access_context(workbook: CareersWorkbook, report: Report, years: frozenset[int]) -> dict[str, Any]:
    applies, reason = _pal_applies(workbook, report)
    policy = workbook.provider_access
    phases = []
    placed: set[int] = set()
    for phase in phases_for(years) if applies else ():
        encounters, counted = [], 0
        for index, row in enumerate(workbook.encounters):
            row_years = sorted(value_at(row, "year_group") or ())
            if not row_years or phase_of(row_years[0]) is not phase:
                continue
            placed.add(index)
            item = _encounter(row)
            item["counts"] = item["school_day"] and phase.in_window(row_years[0], value_at(row, "date"))
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
    fields = {key: text_at(policy, key) for key in (
        "contact_name", "contact_role", "contact_email", "contact_phone", "how_to_request", "notice_needed",
        "grounds_granting", "grounds_refusing", "premises", "safeguarding_policy")}
    return {
        "applies": applies,
        "reason": reason,
        "entitled_years": year_label(covered),
        **fields,
        "approved_date": text_at(policy, "policy_approved_date"),
        "review_date": text_at(policy, "policy_review_date"),
        "has_contact": bool(fields["contact_name"] or fields["contact_email"]),
        "phases": phases,
        "other_encounters": [dict(item, counts=False) for item in others] if applies else [],
        "has_other_encounters": bool(others) and applies,
        "encounters": [_encounter(row) for row in workbook.encounters],
        "has_encounters": bool(workbook.encounters),
    }


def evaluation_context(workbook: CareersWorkbook) -> dict[str, Any]:
    evaluation = workbook.evaluation
    feedback = [
        {"date": text_at(row, "date"), "group": text_at(row, "group"), "method": text_at(row, "method"),
         "respondents": number(value_at(row, "respondents")), "findings": text_at(row, "findings"),
         "changes": text_at(row, "changes")}
        for row in sorted(workbook.feedback, key=lambda row: value_at(row, "date") or dt.date.min)
    ]
    heard = sorted({item["group"] for item in feedback if item["group"]}, key=LISTS["feedback_groups"].index)
    percent = value_at(evaluation, "compass_b1_percent")
    return {
        "feedback": feedback,
        "has_feedback": bool(feedback),
        "groups_heard": join_words(heard),
        "last_full": text_at(evaluation, "last_full_evaluation"),
        "next_full": text_at(evaluation, "next_full_evaluation"),
        "compass_date": text_at(evaluation, "compass_date"),
        "compass_b1_percent": f"{percent:g}%" if isinstance(percent, int | float) else "",
        "has_compass": bool(text_at(evaluation, "compass_date") or percent is not None),
        "destinations": text_at(evaluation, "destinations_summary"),
        "plan": text_at(evaluation, "evaluation_plan"),
    }


def send_context(workbook: CareersWorkbook, years: frozenset[int]) -> dict[str, Any]:
    school = workbook.school
    ehcp = value_at(school, "ehcp_pupils")
    adapted = [
        {"title": text_at(row, "title"), "year_groups": year_label(value_at(row, "year_groups")),
         "adaptations": text_at(row, "adaptations"), "pfa_outcome": text_at(row, "pfa_outcome"),
         "for_whom": text_at(row, "for_whom") or "All pupils"}
        for row in sorted(workbook.programme, key=term_key)
        if text_at(row, "adaptations") or text_at(row, "pfa_outcome") or value_at(row, "for_whom") == "SEND"
    ]
    applies = (workbook.institution_type in SPECIAL or (isinstance(ehcp, int) and ehcp > 0)
               or value_at(school, "post19_ehcp") is True)
    return {
        "applies": applies,
        "senco": text_at(school, "senco"),
        "senco_email": text_at(school, "senco_email"),
        "has_senco": bool(text_at(school, "senco")),
        "sen_report_url": text_at(school, "sen_report_url"),
        "local_offer_url": text_at(school, "local_offer_url"),
        "ehcp_pupils": number(ehcp),
        "post19": value_at(school, "post19_ehcp") is True,
        "cohort": text_at(school, "send_cohort"),
        "adapted_activities": adapted,
        "has_adapted_activities": bool(adapted),
    }
