"""Part PAL, the provider access policy statement: the procedure for requests, grounds for granting and
refusing, premises, approval and review, and whether the published policy is followed (section 42B; the
statement's contents come from schools and hubs quoting the guidance, benchmark1-rules.md A6 and part D).
"""

from __future__ import annotations

from b1docs.benchmark.contacts import contact_gaps
from b1docs.benchmark.context import (
    Context,
    Gap,
    NotApplicable,
    RuleResult,
    gap_at,
    gap_new_row,
    missing,
    months_before,
    past_date,
    words,
)
from b1docs.benchmark.rules.provider_access import KEY_PHASES, phase_applies, phase_words, this_year
from b1docs.workbook.model import Record


def _policy(ctx: Context, keys: tuple[tuple[str, str, str], ...]) -> RuleResult:
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    policy = ctx.workbook.provider_access
    gaps: list[Gap] = []
    for key, what, fix in keys:
        gaps += missing(ctx, policy[key], what, fix)
    return gaps


def policy_procedure(ctx: Context) -> RuleResult:
    """The policy statement sets out the procedure for access requests: a named contact with an email address or
    phone number, how to ask, and the notice needed.
    Secondary source: schools and hubs quoting the 2023 guidance; not yet checked against the 2025 text.
    """
    gaps = _policy(ctx, (
        ("contact_name", "The provider access contact's name", "Name the person providers should contact."),
        ("how_to_request", "How providers request access", "Say what a provider should send and to whom."),
        ("notice_needed", "The notice providers must give", "Say how much notice you need, e.g. four weeks."),
    ))
    if isinstance(gaps, NotApplicable):
        return gaps
    policy = ctx.workbook.provider_access
    if not policy.contact_email and not policy.contact_phone:
        gaps += missing(ctx, policy.contact_email, "The provider access contact's email address",
                        "Type an email address (or a phone number in the next rows) for requests.")
    return gaps


def policy_grounds(ctx: Context) -> RuleResult:
    """The policy statement sets out the grounds for granting and for refusing requests.
    Secondary source: schools and hubs quoting the 2023 guidance; not yet checked against the 2025 text.
    """
    return _policy(ctx, (
        ("grounds_granting", "The grounds for granting access", "Say when requests are agreed."),
        ("grounds_refusing", "The grounds for refusing access",
         "Say when requests may be refused, for example exam periods or safeguarding concerns."),
    ))


def policy_safeguarding(ctx: Context) -> RuleResult:
    """The policy statement refers to the safeguarding or visitor policy that providers follow (The Key's advice)."""
    return _policy(ctx, (("safeguarding_policy", "The safeguarding or visitor policy",
                          "Name the policy visiting providers must follow."),))


def policy_premises(ctx: Context) -> RuleResult:
    """The policy statement describes the premises and facilities providers will get.
    Secondary source: schools and hubs quoting the 2023 guidance; not yet checked against the 2025 text.
    """
    return _policy(ctx, (("premises", "The premises and facilities for providers",
                          "Describe the rooms, equipment and where providers can leave prospectuses."),))


def policy_approval(ctx: Context) -> RuleResult:
    """The governing board approved the policy statement within the last 12 months (The Key's advice, not
    statute)."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    return past_date(ctx, ctx.workbook.provider_access.policy_approved_date, "The date the policy was approved",
                     "Take the policy statement to governors for approval each year and type the date.", months=12)


def policy_review(ctx: Context) -> RuleResult:
    """The policy statement has a review date still to come, no more than a year away."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    value = ctx.workbook.provider_access.policy_review_date
    fix = "Set the next review date within the coming year."
    if not value:
        return missing(ctx, value, "The policy review date", fix)
    if not ctx.is_future(value.value):
        return [gap_at(value, f"The policy review date, {words(value.value)}, has already passed.",
                       "Review the policy statement and type the next review date.")]
    if value.value > months_before(ctx.as_of, -12):
        return [gap_at(value, f"The policy review date, {words(value.value)}, is more than a year away.", fix)]
    return []


def contact_valid(ctx: Context) -> RuleResult:
    """The provider access contact's email address and UK phone number are written correctly."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    policy = ctx.workbook.provider_access
    if not policy.contact_email and not policy.contact_phone:
        return NotApplicable("No email address or phone number to check yet.")
    return contact_gaps("provider access", policy.contact_email, policy.contact_phone)


_PROGRAMME_TYPE = "Provider encounter"
# The months each term covers, loosely: half-term dates differ between schools, so a whole season is allowed.
_TERM_MONTHS = {
    "Autumn": frozenset({9, 10, 11, 12}), "Spring": frozenset({1, 2, 3, 4}), "Summer": frozenset({5, 6, 7, 8}),
}


def _season(term: str | None) -> str | None:
    first = (term or "").split(" ")[0]
    return first if first in _TERM_MONTHS else None


def _programme_encounters(ctx: Context) -> list[Record]:
    return [row for row in ctx.workbook.programme if row.activity_type.value == _PROGRAMME_TYPE]


def policy_opportunities(ctx: Context) -> RuleResult:
    """The programme sets out when providers get access: at least two provider encounter activities on the
    Programme sheet for each key phase that applies. Secondary source: The Key's summary of the 2023 guidance;
    the guidance's own wording has not been checked."""
    gaps: list[Gap] = []
    for phase in KEY_PHASES:
        if reason := phase_applies(ctx, phase):
            if ctx.scope.pal_reason:
                return NotApplicable(reason)
            continue
        any_time, window = KEY_PHASES[phase]
        planned = [row for row in _programme_encounters(ctx)
                   if (row.year_groups.value or frozenset()) & any_time
                   or ((row.year_groups.value or frozenset()) & window
                       and row.term.value not in ("Spring 2", "Summer", "Summer 1", "Summer 2"))]
        if len(planned) < 2:
            gaps.append(gap_new_row(ctx.workbook.programme, "activity_type", f"The Programme sheet plans "
                                    f"{len(planned)} provider encounter activit{'y' if len(planned) == 1 else 'ies'} "
                                    f"for {phase_words(phase)}; the policy should show at least two.",
                                    "Add the provider encounters to the programme, with the activity type Provider "
                                    "encounter, the year group and the term."))
    return gaps


def policy_followed(ctx: Context) -> RuleResult:
    """The policy is followed: every provider encounter activity on the Programme sheet whose term has ended this
    school year has a matching encounter (same year group, same season) on the Provider encounters sheet."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    due = []
    for row in _programme_encounters(ctx):
        season, end = _season(row.term.value), ctx.term_end(row.term.value)
        if season and end and row.year_groups and end < ctx.as_of:
            due.append((row, season))
    if not due:
        return NotApplicable(f"No planned provider encounter's term has ended yet in {ctx.academic_year_words}.")
    held = this_year(ctx)
    gaps = []
    for row, season in due:
        if not any((log.year_group.value or frozenset()) & row.year_groups.value
                   and log.date.value.month in _TERM_MONTHS[season] for log in held):
            gaps.append(gap_at(row.title, f"'{row.title.text() or 'A provider encounter'}' was planned for "
                               f"{row.year_groups.text() and 'Year ' + row.year_groups.text()} in {row.term.value}, "
                               "but no matching encounter is recorded on the Provider encounters sheet.",
                               "Record the encounter with its date, or rearrange it and change the term."))
    return gaps
