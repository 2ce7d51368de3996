"""Part SEND, SEND and inclusion: for special schools and schools with pupils who have an education, health and
care (EHC) plan (benchmark1-rules.md A7). The part does not apply to other schools.

SEND.EHCP.PFA is read from the Programme sheet's words: the workbook has no column for EHC plan reviews.
"""

from __future__ import annotations

from b1docs.benchmark.contacts import email_problem
from b1docs.benchmark.context import Context, Gap, NotApplicable, RuleResult, gap_at, gap_new_row, missing

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


def ehcp_reviews(ctx: Context) -> RuleResult:
    """Careers guidance informs the annual reviews of EHC plans from Year 9, which must focus on preparing for
    adulthood (SEND Code of Practice; secondary source). Read from the Programme sheet: an activity for Year 9 or
    above whose title or description mentions EHC plan annual reviews."""
    if ctx.scope.years and max(ctx.scope.years) < 9:
        return NotApplicable("The school has no pupils in Year 9 or above.")
    for row in ctx.workbook.programme:
        text = f"{row.title.text()} {row.description.text()}".lower()
        years = row.year_groups.value or frozenset()
        if "annual review" in text and ("ehc" in text or "education, health and care" in text) and max(
                years, default=9) >= 9:
            return []
    return [gap_new_row(ctx.workbook.programme, "title", "No activity shows careers guidance feeding the annual "
                        "reviews of education, health and care (EHC) plans from Year 9.",
                        "Add an activity, for example 'Careers input to EHC plan annual reviews', for Year 9 and "
                        "above.")]


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
