"""Parts S3 (publication and communication) and WEB (the statutory website items).

S3 is Benchmark 1's "communicated in ways that enable pupils, parents and carers, staff and employers to
access and understand it". WEB holds the items the School Information (England) Regulations require of
maintained schools; academies are expected to publish them under their funding agreement (benchmark1-rules.md
part D), so for academies and colleges these rules report at "expect" rather than "must".
"""

from __future__ import annotations

from b1docs.benchmark.context import (
    Context,
    NotApplicable,
    RuleResult,
    future_date,
    gap_at,
    missing,
    months_before,
    past_date,
)

_AUDIENCES = (
    ("pupils_how", "pupils"),
    ("parents_how", "parents and carers"),
    ("staff_how", "staff"),
    ("employers_how", "employers"),
)


def audiences(ctx: Context) -> RuleResult:
    """The programme is communicated to each audience: pupils, parents and carers, staff and employers
    (colleges: also other agencies), each with how it reaches them (S3; Compass audience rows)."""
    publication = ctx.workbook.publication
    wanted = _AUDIENCES + ((("agencies_how", "other agencies"),) if ctx.scope.is_college else ())
    gaps = []
    for key, audience in wanted:
        gaps += missing(ctx, publication[key], f"How the programme reaches {audience}",
                        f"Say how {audience} hear about the programme, for example assemblies or newsletters.")
    return gaps


def easy_to_find(ctx: Context) -> RuleResult:
    """Careers sits in the website's main menu, one click from the home page (careers hub advice)."""
    value = ctx.workbook.publication.careers_in_menu
    if value.value is True:
        return []
    return [gap_at(value, "Careers is not shown to be in the website's main menu.",
                   "Ask whoever runs the website to put Careers in the main menu, then answer Yes.")]


def careers_page(ctx: Context) -> RuleResult:
    """The school names the web page where the careers programme is published."""
    return missing(ctx, ctx.workbook.school.careers_page, "The careers page address",
                   "Type the web address of the careers page, for example https://www.school.sch.uk/careers.",
                   ctx.scope.publishing_severity)


def summary(ctx: Context) -> RuleResult:
    """A summary of the careers programme is published on the website."""
    return missing(ctx, ctx.workbook.publication.summary, "The programme summary for the website",
                   "Write a short plain-English summary of the programme for pupils, parents and employers.",
                   ctx.scope.publishing_severity)


def impact(ctx: Context) -> RuleResult:
    """The website says how the school measures and assesses the programme's impact on pupils."""
    return missing(ctx, ctx.workbook.publication.impact_measures, "How the programme's impact is measured",
                   "Say how you measure impact, for example Compass, pupil surveys and destinations.",
                   ctx.scope.publishing_severity)


def review_date(ctx: Context) -> RuleResult:
    """The website gives the date of the next review of the published information, and it is still to come."""
    return future_date(ctx, ctx.workbook.publication.next_review_date, "The date of the next review",
                       "Set a review date in the coming year and type it here.", ctx.scope.publishing_severity)


def review_annual(ctx: Context) -> RuleResult:
    """The next review of the published information is within the next 12 months (a yearly review)."""
    value = ctx.workbook.publication.next_review_date
    if not value or not ctx.is_future(value.value):
        return NotApplicable("There is no next review date still to come.")
    if value.value <= months_before(ctx.as_of, -12):
        return []
    return [gap_at(value, "The next review is more than a year away.",
                   "Review the published careers information every year; bring the date forward.")]


def published(ctx: Context) -> RuleResult:
    """The date the careers information was published is given, and has already passed."""
    return past_date(ctx, ctx.workbook.publication.published_date, "The date the careers information was published",
                     "Type the date the careers page was last updated.")


def pal_published(ctx: Context) -> RuleResult:
    """The provider access policy statement is published, with its web address given (section 42B; a duty
    for academies too, so this stays "must")."""
    if reason := ctx.scope.pal_reason:
        return NotApplicable(reason)
    return missing(ctx, ctx.workbook.publication.pal_url, "The provider access policy address",
                   "Publish the provider access policy statement on the website and type its address.")
