"""Part S4, evaluation: feedback from every group within the last year, a full evaluation at least every three
years, and changes made as a result (Benchmark 1 criterion S4; benchmark1-rules.md A5)."""

from __future__ import annotations

from b1docs.benchmark.context import (
    Context,
    Gap,
    NotApplicable,
    RuleResult,
    future_date,
    gap_at,
    gap_new_row,
    missing,
    past_date,
    words,
)


def _feedback_from(ctx: Context, group: str, words_for_group: str) -> list[Gap]:
    """Feedback from one group, gathered within the 12 months before as_of."""
    feedback = ctx.workbook.feedback
    rows = [row for row in feedback if row.group.value == group]
    dated = [row for row in rows if row.date and not ctx.is_future(row.date.value)]
    if any(ctx.within_months(row.date.value, 12) for row in dated):
        return []
    if not dated:
        return [gap_new_row(feedback, "group", f"There is no dated feedback from {words_for_group}.",
                            f"Gather feedback from {words_for_group} (a survey or a focus group) and add a row with "
                            "the date.")]
    latest = max(dated, key=lambda row: row.date.value)
    return [gap_at(latest.date, f"The latest feedback from {words_for_group} is from {words(latest.date.value)}, "
                   f"more than 12 months before {words(ctx.as_of)}.",
                   f"Gather feedback from {words_for_group} again this year and add a row.")]


def feedback_pupils(ctx: Context) -> RuleResult:
    """Feedback from pupils (learners in colleges) gathered within the last 12 months."""
    return _feedback_from(ctx, "Pupils", "pupils")


def feedback_parents(ctx: Context) -> RuleResult:
    """Feedback from parents and carers gathered within the last 12 months."""
    return _feedback_from(ctx, "Parents and carers", "parents and carers")


def feedback_staff(ctx: Context) -> RuleResult:
    """Feedback from teachers and other staff who support pupils gathered within the last 12 months."""
    return _feedback_from(ctx, "Teachers and staff", "teachers and staff")


def feedback_employers(ctx: Context) -> RuleResult:
    """Feedback from employers gathered within the last 12 months."""
    return _feedback_from(ctx, "Employers", "employers")


def feedback_advisers(ctx: Context) -> RuleResult:
    """Feedback from careers advisers gathered within the last 12 months (new in the 2024 wording of S4)."""
    return _feedback_from(ctx, "Careers advisers", "careers advisers")


def feedback_dates(ctx: Context) -> RuleResult:
    """Every feedback row has a date, and no date is in the future (feedback cannot be gathered in advance)."""
    feedback = ctx.workbook.feedback
    if not feedback:
        return NotApplicable("There are no feedback rows yet.")
    gaps: list[Gap] = []
    for row in feedback:
        what = f"The date of the feedback from {row.group.text().lower() or 'this group'}"
        if not row.date:
            gaps += missing(ctx, row.date, what, "Type the date the feedback was gathered (dd/mm/yyyy).")
        elif ctx.is_future(row.date.value):
            gaps += past_date(ctx, row.date, what, "")
    return gaps


def full_evaluation(ctx: Context) -> RuleResult:
    """A full evaluation of the programme's effectiveness within the last 3 years (the Compass floor)."""
    return past_date(ctx, ctx.workbook.evaluation.last_full_evaluation, "The date of the last full evaluation",
                     "Evaluate the whole programme (for example with Compass and the feedback above) and type the "
                     "date.", months=36)


def evaluation_annual(ctx: Context) -> RuleResult:
    """A full evaluation every year, not only every three years (careers hub good practice)."""
    value = ctx.workbook.evaluation.last_full_evaluation
    if not value or ctx.is_future(value.value):
        return NotApplicable("There is no past date of a last full evaluation.")
    return past_date(ctx, value, "The date of the last full evaluation",
                     "Evaluate the programme once a year, using the feedback you gather.", months=12)


def next_evaluation(ctx: Context) -> RuleResult:
    """The next full evaluation is planned, on a date still to come."""
    return future_date(ctx, ctx.workbook.evaluation.next_full_evaluation, "The date of the next full evaluation",
                       "Plan the next full evaluation and type a date in the future.")


def evaluation_actions(ctx: Context) -> RuleResult:
    """Evaluation leads to change: each piece of feedback records what changed as a result (S4 "to increase its
    impact")."""
    feedback = ctx.workbook.feedback
    if not feedback:
        return [gap_new_row(feedback, "changes", "There is no feedback yet, so nothing shows what changed as a "
                            "result.", "Add the feedback you gathered and what you changed because of it.")]
    gaps: list[Gap] = []
    for row in feedback:
        gaps += missing(ctx, row.changes, f"What changed after the feedback from {row.group.text().lower() or 'them'}",
                        "Say what you changed because of it, or why nothing needed to change.")
    return gaps


def destinations(ctx: Context) -> RuleResult:
    """Destinations are used as evidence of impact (where leavers went, and how many were NEET)."""
    return missing(ctx, ctx.workbook.evaluation.destinations_summary, "The destinations summary",
                   "Summarise where last year's leavers went and how many were not in education, employment or "
                   "training (NEET).")


def compass_recent(ctx: Context) -> RuleResult:
    """Compass (the Careers and Enterprise Company's self-evaluation) was completed within the last 12 months; CEC
    recommends once a term."""
    return past_date(ctx, ctx.workbook.evaluation.compass_date, "The date of the latest Compass evaluation",
                     "Complete Compass or Compass+ (the Careers and Enterprise Company recommends once a term) "
                     "and type the date.", months=12)
