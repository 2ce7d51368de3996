"""Part S1, leadership and backing: a named, trained careers leader and the explicit backing of governors,
the headteacher and senior leaders (Benchmark 1 criterion S1; benchmark1-rules.md A2)."""

from __future__ import annotations

import re

from b1docs.benchmark.contacts import contact_gaps
from b1docs.benchmark.context import Context, NotApplicable, RuleResult, gap_at, missing, past_date

# Words that make a "name" a job title or a placeholder rather than a person.
_ROLE_WORDS = frozenset({
    "careers", "leader", "lead", "head", "headteacher", "teacher", "coordinator", "co-ordinator", "manager",
    "director", "officer", "assistant", "deputy", "adviser", "advisor", "tbc", "tba", "tbd", "vacant", "post",
    "team", "department",
})


def leader_named(ctx: Context) -> RuleResult:
    """A named careers leader: a person's name, not a job title alone.

    Must be published by maintained schools (School Information Regulations); expected of academies and
    colleges (Benchmark 1 S1).
    """
    leader = ctx.workbook.leadership
    severity = ctx.scope.publishing_severity
    gaps = missing(ctx, leader.leader_name, "The careers leader's name",
                   "Type the careers leader's full name, for example Ms Priya Shah.", severity)
    if gaps:
        return gaps
    tokens = re.findall(r"[a-z\-]+", leader.leader_name.value.lower())
    if tokens and all(token in _ROLE_WORDS for token in tokens):
        return [gap_at(leader.leader_name, f"'{leader.leader_name.value}' is a job title, not a person's name.",
                       "Type the careers leader's name here and put the job title in the next row.", severity)]
    return []


def leader_contact(ctx: Context) -> RuleResult:
    """The careers leader's email address and phone number are given, so they can be published.

    Must for maintained schools; expected of academies (secondary sources: "should" under the funding
    agreement) and colleges.
    """
    leader = ctx.workbook.leadership
    severity = ctx.scope.publishing_severity
    return (missing(ctx, leader.leader_email, "The careers leader's email address",
                    "Type the email address parents and providers should use.", severity)
            + missing(ctx, leader.leader_phone, "The careers leader's phone number",
                      "Type a UK phone number, for example 0113 496 0123.", severity))


def leader_contact_valid(ctx: Context) -> RuleResult:
    """The careers leader's email address and UK phone number are written correctly (checked by real libraries)."""
    leader = ctx.workbook.leadership
    if not leader.leader_email and not leader.leader_phone:
        return NotApplicable("No email address or phone number to check yet.")
    return contact_gaps("careers leader's", leader.leader_email, leader.leader_phone)


def leader_trained(ctx: Context) -> RuleResult:
    """The careers leader is appropriately trained: a named course, completed on a date that has passed."""
    leader = ctx.workbook.leadership
    return (missing(ctx, leader.training_course, "The careers leader's training course",
                    "Name the training, for example the funded Careers Leader training. If it has not been done, "
                    "book it and add it to the action plan.")
            + past_date(ctx, leader.training_completed, "The date the careers leader finished training",
                        "Type the date the training was completed (dd/mm/yyyy)."))


def leader_senior(ctx: Context) -> RuleResult:
    """The careers leader is on the senior leadership team, or reports to a named senior leader."""
    leader = ctx.workbook.leadership
    if leader.leader_on_slt.value is True or leader.slt_line_manager:
        return []
    return [gap_at(leader.slt_line_manager, "The careers leader is not on the senior leadership team (SLT) and "
                   "no SLT line manager is named.",
                   "Name the senior leader the careers leader reports to, or answer Yes if they are on SLT.")]


def backing_slt(ctx: Context) -> RuleResult:
    """Senior leaders have explicitly backed the programme, on a date that has passed."""
    return past_date(ctx, ctx.workbook.leadership.slt_backing_date, "The date senior leaders backed the programme",
                     "Take the programme to a senior leadership team meeting and type the date they backed it.")


def backing_head(ctx: Context) -> RuleResult:
    """The headteacher has explicitly backed the programme, on a date that has passed."""
    return past_date(ctx, ctx.workbook.leadership.head_backing_date, "The date the headteacher backed the programme",
                     "Ask the headteacher to sign off the programme and type the date.")


def backing_governors(ctx: Context) -> RuleResult:
    """The governing board approved the programme within the last 12 months."""
    return past_date(ctx, ctx.workbook.leadership.governors_approval_date,
                     "The date the governing board approved the programme",
                     "Take the programme to the governing board for approval this year and type the meeting date.",
                     months=12)


def backing_minute(ctx: Context) -> RuleResult:
    """The governors' approval has a minute reference, so it can be evidenced."""
    return missing(ctx, ctx.workbook.leadership.governors_minute_ref, "The governors' minute reference",
                   "Type the minute number of the approval, for example FGB 2025/14.")


def governor_link(ctx: Context) -> RuleResult:
    """A link governor takes a strategic interest in careers and employer engagement (statutory "should")."""
    return missing(ctx, ctx.workbook.school.link_governor, "The link governor for careers",
                   "Ask the governing board to name a governor for careers and type their name.")


def governor_review(ctx: Context) -> RuleResult:
    """Governors reviewed careers provision within the last 12 months (secondary source: once a year)."""
    return past_date(ctx, ctx.workbook.leadership.governors_review_date, "The date governors last reviewed careers",
                     "Put careers on a governors' meeting agenda this year and type the date.", months=12)


def resources(ctx: Context) -> RuleResult:
    """Resources are allocated: careers leader hours each week and an annual careers budget (old Compass)."""
    leader = ctx.workbook.leadership
    gaps = []
    for value, what, fix in (
        (leader.hours_per_week, "The careers leader's hours a week", "Type the hours a week set aside for careers."),
        (leader.annual_budget, "The annual careers budget", "Type this year's careers budget in pounds."),
    ):
        if value.present and value.value > 0:
            continue
        state = "0" if value.present else ctx.blank_words(value)
        gaps.append(gap_at(value, f"{what}: {state}. The programme needs time and money allocated to it.", fix))
    return gaps
