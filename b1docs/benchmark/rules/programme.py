"""Part S2, programme design: written for every year group, tailored, sequenced, underpinned by learning
outcomes, linked to the school development plan, with parents and carers engaged throughout, impartial
(Benchmark 1 criterion S2, section 42A; benchmark1-rules.md A3)."""

from __future__ import annotations

from b1docs.benchmark.context import Context, Gap, NotApplicable, RuleResult, gap_at, gap_new_row, missing
from b1docs.workbook.schema import CDI_AREAS

KEY_STAGES = {
    "key stage 3 (Years 7 to 9)": frozenset({7, 8, 9}),
    "key stage 4 (Years 10 and 11)": frozenset({10, 11}),
    "the sixth form (Years 12 and 13)": frozenset({12, 13}),
}
_OPTIONS_WORDS = ("apprentice", "t level", "t-level", "technical")


def _years(years: frozenset[int]) -> str:
    ordered = sorted(years)
    return f"Year {ordered[0]}" if len(ordered) == 1 else "Years " + ", ".join(map(str, ordered))


def programme_written(ctx: Context) -> RuleResult:
    """A written programme of activities for every year group on roll (Years 7 to 13 as the school has them)."""
    programme = ctx.workbook.programme
    if not programme:
        return [gap_new_row(programme, "title", "The Programme sheet has no activities.",
                            "Add a row for each careers activity, starting with the year groups and term.")]
    covered = frozenset().union(*(row.year_groups.value or frozenset() for row in programme))
    return [gap_new_row(programme, "year_groups", f"Year {year} is on roll but has no careers activity.",
                        f"Add at least one activity for Year {year}.")
            for year in sorted(ctx.scope.duty_years - covered)]


def programme_years_on_roll(ctx: Context) -> RuleResult:
    """Every activity is for year groups the school actually has (a careful adviser's consistency check)."""
    if not ctx.scope.years or not ctx.workbook.programme:
        return NotApplicable("There are no activities, or no year groups on roll, to compare.")
    gaps = []
    for row in ctx.workbook.programme:
        extra = (row.year_groups.value or frozenset()) - ctx.scope.years
        if extra:
            gaps.append(gap_at(row.year_groups, f"'{row.title.text() or 'This activity'}' is for {_years(extra)}, "
                               "which the school does not have.",
                               "Correct the year groups, or the year groups on roll on the School sheet."))
    return gaps


def programme_sequenced(ctx: Context) -> RuleResult:
    """The programme is sequenced: every activity says which year groups take part and in which term."""
    programme = ctx.workbook.programme
    if not programme:
        return [gap_new_row(programme, "term", "There are no activities to put in order.",
                            "Add the programme's activities with their year groups and terms.")]
    gaps: list[Gap] = []
    for row in programme:
        name = row.title.text() or f"The activity in row {row.row}"
        gaps += missing(ctx, row.year_groups, f"The year groups for '{name}'", "Write the year groups, e.g. 9.")
        gaps += missing(ctx, row.term, f"The term for '{name}'", "Choose the term from the list.")
    return gaps


def programme_tailored(ctx: Context) -> RuleResult:
    """The programme is tailored to all pupils: some activities target or are adapted for pupils with SEND or
    disadvantaged pupils (S2; Compass 1.2)."""
    programme = ctx.workbook.programme
    if any(row.adaptations or row.for_whom.value not in (None, "All pupils") for row in programme):
        return []
    message = ("No activity is aimed at, or adapted for, pupils with special educational needs and disabilities "
               "(SEND) or disadvantaged pupils.")
    fix = "Say how activities are adapted in the Adaptations column, or add activities for those groups."
    if programme:  # point at the first activity's Adaptations cell: the natural place to start
        return [gap_at(programme.rows[0].adaptations, message, fix)]
    return [gap_new_row(programme, "adaptations", message, fix)]


def programme_outcomes(ctx: Context) -> RuleResult:
    """The programme is underpinned by learning outcomes: every activity names at least one outcome id."""
    workbook = ctx.workbook
    gaps: list[Gap] = []
    if not workbook.outcomes:
        gaps.append(gap_new_row(workbook.outcomes, "id", "The Learning outcomes sheet is empty.",
                                "Add the outcomes pupils work towards, each with an id such as LO1."))
    if not workbook.programme:
        gaps.append(gap_new_row(workbook.programme, "outcome_ids", "There are no activities to link to outcomes.",
                                "Add the programme's activities and the outcome ids each one serves."))
    for row in workbook.programme:
        gaps += missing(ctx, row.outcome_ids, f"The learning outcomes for '{row.title.text() or 'this activity'}'",
                        "Type the ids of the outcomes it serves, for example LO1, LO4.")
    return gaps


def _outcome_ids(ctx: Context) -> set[str]:
    return {row.id.value.upper() for row in ctx.workbook.outcomes if row.id}


def outcome_unknown(ctx: Context) -> RuleResult:
    """Every outcome id named on the Programme sheet exists on the Learning outcomes sheet."""
    named = [row for row in ctx.workbook.programme if row.outcome_ids]
    if not named:
        return NotApplicable("No activity names a learning outcome yet.")
    known = _outcome_ids(ctx)
    gaps = []
    for row in named:
        unknown = [oid for oid in row.outcome_ids.value if oid not in known]
        if unknown:
            gaps.append(gap_at(row.outcome_ids, f"'{row.title.text() or 'This activity'}' names "
                               f"{', '.join(unknown)}, which {'is' if len(unknown) == 1 else 'are'} not on the "
                               "Learning outcomes sheet.", "Correct the id, or add the outcome to that sheet."))
    return gaps


def outcome_unused(ctx: Context) -> RuleResult:
    """Every learning outcome is served by at least one activity on the Programme sheet."""
    if not ctx.workbook.outcomes:
        return NotApplicable("There are no learning outcomes yet.")
    used = {oid for row in ctx.workbook.programme for oid in (row.outcome_ids.value or ())}
    return [gap_at(row.id, f"No activity works towards outcome {row.id.value}.",
                   "Name it against the activities that teach it, or remove it if it is no longer a goal.")
            for row in ctx.workbook.outcomes if row.id and row.id.value.upper() not in used]


def cdi_coverage(ctx: Context) -> RuleResult:
    """All six learning areas of the CDI Career Development Framework are covered in each key stage on roll."""
    outcomes = ctx.workbook.outcomes
    gaps = []
    for stage, years in KEY_STAGES.items():
        if not ctx.scope.has_any(years):
            continue
        areas = {row.area.value for row in outcomes
                 if row.area and (not row.year_groups or row.year_groups.value & years)}
        absent = [area for area in CDI_AREAS if area not in areas]
        if absent:
            gaps.append(gap_new_row(outcomes, "area", f"The learning outcomes for {stage} do not cover: "
                                    f"{'; '.join(absent)}.", "Add an outcome for each missing learning area of "
                                    "the Career Development Institute (CDI) framework."))
    return gaps


def sdp_link(ctx: Context) -> RuleResult:
    """The programme is linked to the whole-school development plan: its priorities are named and every action
    in the action plan says which priority it supports."""
    workbook = ctx.workbook
    gaps = missing(ctx, workbook.leadership.sdp_priorities, "The school development plan priorities",
                   "List the development plan priorities the careers programme supports.")
    for row in workbook.actions:
        gaps += missing(ctx, row.sdp_link, f"The development plan link for '{row.objective.text()[:40] or 'this'}'",
                        "Name the development plan priority this objective supports.")
    return gaps


def strategic_and_operational(ctx: Context) -> RuleResult:
    """There is a strategic plan (a vision and an action plan) as well as the activity programme (old Compass)."""
    workbook = ctx.workbook
    gaps = missing(ctx, workbook.leadership.vision, "The vision for careers",
                   "Write a few sentences on why careers matters at your school.")
    if not workbook.actions:
        gaps.append(gap_new_row(workbook.actions, "objective", "The Action plan sheet is empty.",
                                "Add the programme's strategic objectives and the actions that deliver them."))
    return gaps


def parents_engaged(ctx: Context) -> RuleResult:
    """The programme sets out how parents and carers are engaged throughout: something for the families of every
    year group on roll (S2; Compass 1.2). A row with no year groups counts for every year."""
    parents = ctx.workbook.parents
    if not parents:
        return [gap_new_row(parents, "what", "The Parents and carers sheet is empty.",
                            "Add how you involve parents and carers in each year, for example options evenings.")]
    if any(not row.year_groups for row in parents):
        return []
    covered = frozenset().union(*(row.year_groups.value for row in parents))
    return [gap_new_row(parents, "year_groups", f"Nothing involves the parents and carers of Year {year}.",
                        f"Add at least one way you involve Year {year} families, for example a letter, an event or "
                        "a parents' evening talk.")
            for year in sorted(ctx.scope.duty_years - covered)]


def monitoring(ctx: Context) -> RuleResult:
    """Delivery is monitored: activities whose term has ended this school year are marked as delivered with
    attendance recorded (old Compass "systematic monitoring")."""
    # A term typed outside the list is a DATA.CHOICE finding already; it cannot be placed in time here.
    ended = [row for row in ctx.workbook.programme if (end := ctx.term_end(row.term.value)) and end < ctx.as_of]
    if not ended:
        return NotApplicable(f"No activity's term has ended yet in {ctx.academic_year_words}.")
    return [gap_at(row.delivered, f"'{row.title.text() or 'This activity'}' was due in {row.term.value} but is not "
                   "marked as delivered with attendance recorded.",
                   "Record who attended and answer Yes, or move it to a later term if it has not happened.")
            for row in ended if row.delivered.value is not True]


def impartial_guidance(ctx: Context) -> RuleResult:
    """Pupils get independent careers guidance: a named careers adviser who is independent of the school
    (section 42A of the Education Act 1997)."""
    leader = ctx.workbook.leadership
    gaps = missing(ctx, leader.adviser_name, "The careers adviser's name",
                   "Name the qualified careers adviser who gives pupils independent guidance.")
    if leader.adviser_independent.value is not True:
        gaps.append(gap_at(leader.adviser_independent, "The careers guidance is not shown to be independent of the "
                           "school.", "Answer Yes if the adviser is external or otherwise impartial; if not, "
                           "arrange independent guidance."))
    return gaps


def options_range(ctx: Context) -> RuleResult:
    """The programme covers the full range of options, including apprenticeships and technical routes such as
    T Levels (section 42A). Read from activity titles and descriptions and from provider encounters."""
    workbook = ctx.workbook
    texts = [f"{row.title.text()} {row.description.text()}".lower() for row in workbook.programme]
    if any(word in text for text in texts for word in _OPTIONS_WORDS) or any(row.date for row in workbook.encounters):
        return []
    return [gap_new_row(workbook.programme, "title", "No activity mentions apprenticeships or technical routes "
                        "such as T Levels.", "Add or describe activities that cover apprenticeships and T Levels.")]
