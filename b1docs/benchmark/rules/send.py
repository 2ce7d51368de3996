"""Part SEND, SEND and inclusion: for special schools and schools with pupils who have an education, health and
care (EHC) plan (benchmark1-rules.md A7). The part does not apply to other schools.

Not checked, because the workbook holds no evidence for it: that EHC plan annual reviews from Year 9 focus on
preparing for adulthood (SEND.EHCP.PFA in the rules document).
"""

from __future__ import annotations

from b1docs.benchmark.contacts import email_problem
from b1docs.benchmark.context import Context, Gap, NotApplicable, RuleResult, gap_at, missing

_MAINSTREAM = "Asked of special schools only."


def send_web(ctx: Context) -> RuleResult:
    """The careers information links to the SEN information report and the local authority's Local Offer, both
    statutory website items under the SEND Code of Practice."""
    school = ctx.workbook.school
    return (missing(ctx, school.sen_report_url, "The special educational needs (SEN) information report address",
                    "Type the web address of the school's SEN information report.")
            + missing(ctx, school.local_offer_url, "The Local Offer address",
                      "Type the web address of your local authority's Local Offer for SEND."))


def send_cohort(ctx: Context) -> RuleResult:
    """A special school says which pupils the benchmarks suit best and how all others, including pupils with
    profound and multiple learning difficulties (PMLD), still benefit (Compass for special schools; CEC)."""
    if not ctx.scope.is_special:
        return NotApplicable(_MAINSTREAM)
    return missing(ctx, ctx.workbook.school.send_cohort,
                   "Which pupils with special educational needs and disabilities (SEND) the benchmarks suit best",
                   "Say which pupils the benchmarks suit best and how the others still benefit.")


def send_age25(ctx: Context) -> RuleResult:
    """A special school says whether it teaches learners aged 19 to 25 with an EHC plan: the guidance covers them
    too. The duty is a "must"; a blank answer is "expect" because it only hides whether the duty reaches them."""
    if not ctx.scope.is_special:
        return NotApplicable(_MAINSTREAM)
    value = ctx.workbook.school.post19_ehcp
    if value.value is not None:
        return []
    return [gap_at(value, "The School sheet does not say whether you teach learners aged 19 to 25 with "
                   "education, health and care (EHC) plans.", "Answer Yes or No.")]


def senco_contact(ctx: Context) -> RuleResult:
    """Parents can reach the special educational needs coordinator (SENCO): a name and a usable email address."""
    school = ctx.workbook.school
    gaps: list[Gap] = missing(ctx, school.senco, "The name of the special educational needs coordinator (SENCO)",
                              "Type the SENCO's name.")
    gaps += missing(ctx, school.senco_email, "The SENCO's email address", "Type the SENCO's email address.")
    if school.senco_email and (problem := email_problem(school.senco_email.value)):
        gaps.append(gap_at(school.senco_email, f"The SENCO's email '{school.senco_email.value}' is not a usable "
                           f"email address: {problem}", "Correct the email address."))
    return gaps


def pfa_outcomes(ctx: Context) -> RuleResult:
    """Activities for pupils with SEND (in a special school, every activity) name a preparing-for-adulthood outcome:
    employment, independent living, friends and community, or good health."""
    rows = [row for row in ctx.workbook.programme if ctx.scope.is_special or row.for_whom.value == "SEND"]
    if not rows:
        return NotApplicable("No activity is marked as for pupils with SEND.")
    gaps: list[Gap] = []
    for row in rows:
        gaps += missing(ctx, row.pfa_outcome, f"The preparing-for-adulthood outcome for '{row.title.text()}'",
                        "Name the outcome: employment, independent living, friends and community, or good health.")
    return gaps
