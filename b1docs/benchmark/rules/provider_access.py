"""Part PAL, provider access encounters: at least two encounters with providers of technical education and
apprenticeships in each key phase, in the school day, covering the four statutory points (section 42B of the
Education Act 1997, strengthened from January 2023; benchmark1-rules.md A6). The policy statement's rules are
in provider_policy.py. The whole part does not apply to FE and sixth-form colleges.

Encounters are counted in the school year containing the check date (1 September to 31 August); encounters
later in that year count as planned.
"""

from __future__ import annotations

from b1docs.benchmark.context import (
    Context,
    Gap,
    NotApplicable,
    RuleResult,
    gap_at,
    gap_new_row,
    missing,
    words,
)
from b1docs.workbook.model import Record
from b1docs.workbook.schema import PAL_CONTENT_POINTS

# Key phase -> (years that count at any time, years that count from 1 September to the end of February).
KEY_PHASES = {
    1: (frozenset({8}), frozenset({9})),
    2: (frozenset({10}), frozenset({11})),
    3: (frozenset({12}), frozenset({13})),
}
_WINDOW_MONTHS = frozenset({9, 10, 11, 12, 1, 2})


def phase_words(phase: int) -> str:
    any_time, window = KEY_PHASES[phase]
    return (f"key phase {phase} (Year {min(any_time)}, or Year {min(window)} from September to the end of "
            "February)")


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _in_phase(row: Record, phase: int) -> bool:
    any_time, window = KEY_PHASES[phase]
    years = row.year_group.value or frozenset()
    return bool(years & any_time) or (bool(years & window) and row.date.value.month in _WINDOW_MONTHS)


def this_year(ctx: Context) -> list[Record]:
    return [row for row in ctx.workbook.encounters if row.date and ctx.in_academic_year(row.date.value)]


def phase_encounters(ctx: Context, phase: int) -> tuple[list[Record], list[Record]]:
    """This school year's encounters for a key phase: (in the school day, outside it)."""
    rows = [row for row in this_year(ctx) if _in_phase(row, phase)]
    return ([row for row in rows if row.school_day.value is True],
            [row for row in rows if row.school_day.value is False])


def phase_applies(ctx: Context, phase: int) -> str | None:
    if reason := ctx.scope.pal_reason:
        return reason
    any_time, window = KEY_PHASES[phase]
    if phase == 3 and not ctx.scope.has_sixth_form:
        return "Key phase 3 applies only to schools with a sixth form (Years 12 and 13)."
    if not ctx.scope.has_any(any_time | window):
        return f"The school has neither Year {min(any_time)} nor Year {min(window)}."
    return None


def _key_phase(ctx: Context, phase: int) -> RuleResult:
    if reason := phase_applies(ctx, phase):
        return NotApplicable(reason)
    counted, _ = phase_encounters(ctx, phase)
    if len(counted) >= 2:
        return []
    encounters = ctx.workbook.encounters
    return [gap_new_row(encounters, "date", f"{_capital(phase_words(phase))} has {len(counted)} provider "
                        f"encounter{'' if len(counted) == 1 else 's'} in the school day in "
                        f"{ctx.academic_year_words}; the law requires at least two.",
                        f"Arrange {2 - len(counted)} more in-school-day encounter{'s' if len(counted) == 0 else ''} "
                        "with a college, training provider or apprenticeship provider, and add "
                        f"{'them' if len(counted) == 0 else 'it'} here with the date and year group.")]


def key_phase_1(ctx: Context) -> RuleResult:
    """At least two provider encounters in key phase 1: any time in Year 8, or in Year 9 from 1 September to the end
    of February. All pupils must attend."""
    return _key_phase(ctx, 1)


def key_phase_2(ctx: Context) -> RuleResult:
    """At least two provider encounters in key phase 2: any time in Year 10, or in Year 11 from 1 September to the
    end of February. All pupils must attend."""
    return _key_phase(ctx, 2)


def key_phase_3(ctx: Context) -> RuleResult:
    """At least two provider encounters offered in key phase 3: any time in Year 12, or in Year 13 from 1 September
    to the end of February. Only for schools with a sixth form; attendance is optional for pupils."""
    return _key_phase(ctx, 3)


def school_day(ctx: Context) -> RuleResult:
    """Encounters happen during the standard school day: an evening event such as a parents' evening does not count
    towards the two per key phase. Reported where only such an event brought a key phase up to two.
    Secondary source: schools and hubs quoting the 2023 guidance; not yet checked against the 2025 text.
    """
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    if not this_year(ctx):
        return NotApplicable(f"There are no provider encounters in {ctx.academic_year_words} yet.")
    gaps: dict[str, Gap] = {}
    for phase in KEY_PHASES:
        if phase_applies(ctx, phase):
            continue
        counted, outside = phase_encounters(ctx, phase)
        if len(counted) >= 2 or len(counted) + len(outside) < 2:
            continue
        for row in outside:
            gaps[row.school_day.cell] = gap_at(
                row.school_day, f"'{row.provider.text() or 'This encounter'}' on {words(row.date.value)} was outside "
                f"the school day, so it does not count towards the two encounters for key phase {phase}.",
                "Hold a provider encounter in the school day instead; keep the evening event as an extra.")
    return list(gaps.values())


def mandatory(ctx: Context) -> RuleResult:
    """In key phases 1 and 2 all pupils must attend: at least two of the in-school-day encounters are marked as
    mandatory for pupils. Reported where an optional encounter was needed to reach two. (Key phase 3 attendance
    is optional for pupils.)"""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    if not this_year(ctx):
        return NotApplicable(f"There are no provider encounters in {ctx.academic_year_words} yet.")
    gaps: dict[str, Gap] = {}
    for phase in (1, 2):
        if phase_applies(ctx, phase):
            continue
        counted, _ = phase_encounters(ctx, phase)
        if len(counted) < 2 or sum(1 for row in counted if row.mandatory.value is True) >= 2:
            continue
        for row in counted:
            if row.mandatory.value is not True:
                gaps[row.mandatory.cell] = gap_at(
                    row.mandatory, f"The encounter with {row.provider.text() or 'a provider'} on "
                    f"{words(row.date.value)} is not marked as mandatory, but every pupil in key phase {phase} must "
                    "attend two encounters.", "Make it compulsory for the whole year group and answer Yes.")
    return list(gaps.values())


def content(ctx: Context) -> RuleResult:
    """Each encounter that has happened covered the four statutory points: the provider and its courses, the careers
    they lead to, what learning there is like, and answers to pupils' questions.
    Secondary source: schools and hubs quoting the 2023 guidance; not yet checked against the 2025 text.
    """
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    held = [row for row in this_year(ctx) if not ctx.is_future(row.date.value)]
    if not held:
        return NotApplicable(f"No provider encounter has happened yet in {ctx.academic_year_words}.")
    gaps = []
    for row in held:
        absent = [point for point in PAL_CONTENT_POINTS if point not in (row.content_covered.value or frozenset())]
        if absent:
            gaps.append(gap_at(row.content_covered, f"The encounter with {row.provider.text() or 'this provider'} on "
                               f"{words(row.date.value)} did not cover: {'; '.join(absent)}.",
                               "Ask the provider to cover all four points, then list them here (or write All)."))
    return gaps


def provider_range(ctx: Context) -> RuleResult:
    """Pupils meet a range of providers: at least two different providers of at least two types (for example an
    FE college and an apprenticeship provider) this school year."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    rows = this_year(ctx)
    if not rows:
        return NotApplicable(f"There are no provider encounters in {ctx.academic_year_words} yet.")
    providers = {row.provider.value.lower() for row in rows if row.provider}
    types = {row.provider_type.value for row in rows if row.provider_type}
    if len(providers) >= 2 and len(types) >= 2:
        return []
    return [gap_new_row(ctx.workbook.encounters, "provider", f"Pupils meet {len(providers)} provider(s) of "
                        f"{len(types)} type(s) in {ctx.academic_year_words}: not yet a range.",
                        "Invite a different kind of provider, for example an apprenticeship provider as well as a "
                        "college.")]


def records(ctx: Context) -> RuleResult:
    """Each encounter row says when it was, for which year group, with which provider (and its type), and whether it
    was in the school day: without these it cannot be counted."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    encounters = ctx.workbook.encounters
    if not encounters:
        return NotApplicable("There are no provider encounters yet.")
    gaps: list[Gap] = []
    for row in encounters:
        name = row.provider.text() or f"row {row.row}"
        gaps += missing(ctx, row.date, f"The date of the encounter with {name}", "Type the date (dd/mm/yyyy).")
        gaps += missing(ctx, row.year_group, f"The year group of the encounter with {name}", "Type the year, e.g. 8.")
        gaps += missing(ctx, row.provider, f"The provider in row {row.row}", "Type the provider's name.")
        gaps += missing(ctx, row.provider_type, f"The provider type for {name}", "Choose the type from the list.")
        gaps += missing(ctx, row.school_day, f"Whether the encounter with {name} was in the school day",
                        "Answer Yes or No: only encounters in the school day count.")
    return gaps


def years_on_roll(ctx: Context) -> RuleResult:
    """Every provider encounter is for a year group the school actually has."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    rows = [row for row in ctx.workbook.encounters if row.year_group]
    if not rows or not ctx.scope.years:
        return NotApplicable("There are no encounters, or no year groups on roll, to compare.")
    gaps = []
    for row in rows:
        extra = row.year_group.value - ctx.scope.years
        if extra:
            gaps.append(gap_at(row.year_group, f"The encounter with {row.provider.text() or 'a provider'} is for Year "
                               f"{', '.join(map(str, sorted(extra)))}, which the school does not have.",
                               "Correct the year group, or the year groups on roll on the School sheet."))
    return gaps


def send_adjustments(ctx: Context) -> RuleResult:
    """In special schools, each encounter says how it was adapted for pupils with SEND, planned with families and the
    SENCO (DfE ministerial answer, 2024)."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    if not ctx.scope.is_special:
        return NotApplicable("Asked of special schools only; mainstream schools adapt encounters case by case.")
    if not ctx.workbook.encounters:
        return NotApplicable("There are no provider encounters yet.")
    gaps: list[Gap] = []
    for row in ctx.workbook.encounters:
        gaps += missing(ctx, row.send_adjustments, "The adjustments for pupils with special educational needs and "
                        f"disabilities (SEND) at the encounter with {row.provider.text() or 'this provider'}",
                        "Say how the encounter was adapted for pupils.")
    return gaps
