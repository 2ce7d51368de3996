"""The one registry of rules: id, title, part, severity, source and the function that checks it.

A rule's description is its function's docstring. Ids follow shared/domain/benchmark1-rules.md where it has one;
ids it does not have (the consistency checks a careful adviser applies) use the same style. docs/rules.md is
generated from this file: python -m b1docs.benchmark.catalogue > docs/rules.md
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from b1docs.benchmark.context import Context, RuleResult
from b1docs.benchmark.findings import Severity
from b1docs.benchmark.rules import (
    data,
    evaluation,
    leadership,
    programme,
    provider_access,
    provider_policy,
    publication,
    send,
)

MUST, EXPECT, GOOD = Severity.MUST, Severity.EXPECT, Severity.GOOD

PARTS: dict[str, str] = {
    "S1": "Leadership and backing",
    "S2": "Programme design",
    "S3": "Publication and communication",
    "S4": "Evaluation",
    "WEB": "Statutory website items",
    "PAL": "Provider access",
    "SEND": "SEND and inclusion",
    "DATA": "Workbook data",  # not part of Benchmark 1: what b1docs could not read, and the scope answers
}
BENCHMARK_PARTS = ("S1", "S2", "S3", "S4", "WEB", "PAL", "SEND")

# Sources (benchmark1-rules.md gives each; "(secondary)" marks a source that paraphrases DfE or Gatsby).
GB_2024 = "https://www.gatsbybenchmarks.org.uk/updated-benchmarks/gatsby-benchmark-1/"
GB_2014 = "https://www.goodcareerguidance.org.uk/case-study/a-stable-careers-programme"
GOV_2025 = ("https://www.gov.uk/government/publications/careers-guidance-provision-for-young-people-in-schools/"
            "careers-guidance-and-access-for-education-and-training-providers")
COMPASS = "https://compass.careersandenterprise.co.uk/shared/yvPv3JKZqtkze5GdpvjB8YaLlulPBJbI"
COMPASS_2026 = ("https://embed-rech-01.dialog.cm/schudio1/docs/blackpoolaspireacademy-compass-_compassevaluation_ "
                "(secondary)")
CEC_ZENDESK = ("https://cec-compass.zendesk.com/hc/en-gb/articles/12471283519132-How-to-complete-a-Compass-evaluation-FE")
KEY_CAREERS = ("https://schoolleaders.thekeysupport.com/policy-expert/curriculum/careers-guidance-policy/ (secondary)")
KEY_PAL = ("https://schoolgovernors.thekeysupport.com/policy-bank/curriculum-policies/"
           "provider-access-policy-statement-example/ (secondary)")
PAL_GUIDANCE = ("https://www.thomasalleynes.uk/page/?title=Careers+guidance+and+access+for+education+and+training+"
                "providers&pid=406 (secondary)")
PAL_ACT = "https://legislation.gov.uk/ukpga/2022/21/notes/division/2/index.htm"
PAL_CONTENT = ("https://www.whsg.info/2855/career-and-work-related-education-cwre-and-information-advice-and-guidance-"
               "policy (secondary)")
PAL_POLICY = "https://connectedu.org.uk/category/news/page/2 (secondary)"
NAHT = ("https://www.naht.org.uk/news-and-opinion/news/curriculum-and-assessment-news/"
        "training-provider-access-legislation/")
PAL_SEND = "https://cy.theyworkforyou.com/wrans/?id=2024-05-20.27132.h"
S42A = "https://thehub-beta.walthamforest.gov.uk/careers-statutory-guidance (secondary)"
PUBLISH = "https://oppsinbucks.org/dfe-clarifies-what-schools-need-to-publish-by-september/ (secondary)"
EAST_SUSSEX = ("https://careerseastsussex.co.uk/advice/careers-hub/the-gatsby-benchmarks/"
               "gatsby-benchmark-1-a-stable-careers-programme/ (secondary)")
CIOS_EVAL = "https://www.careershubcios.co.uk/schools-colleges/gatsby-benchmarks/benchmark-1/evaluation/ (secondary)"
CDI = "https://www.thecdi.net/resources/cdi-framework"
LINK_GOV = "https://thecareersnet.co.uk/2022/05/16/the-careers-link-governor-a-critical-friend/ (secondary)"
GOV_REVIEW = "https://www.lifereadyworkready.co.uk/info/20/school-governors (secondary)"
GATSBY_EMBED = "https://gatsby.org.uk/education/programmes/embedding-the-benchmarks-in-school-and-college-practice"
DESTINATIONS = ("https://careersandenterprise.zendesk.com/hc/en-gb/articles/12640108003100-What-do-you-do-with-data-"
                "for-learners-who-have-left-my-institution")
SEND_WEB = ("https://choices.somerset.gov.uk/025/local-offer/keeping-our-local-offer-up-to-date/schools-audit/ "
            "(secondary)")
SEND_COHORT = "https://cec-compass.zendesk.com/hc/en-gb/articles/12469141438748-What-is-Compass-Special-Schools"
SEND_PFA = ("https://torbayfamilyhub.org.uk/topic/tracking-pupil-progress-using-tools-and-frameworks-for-post-16-"
            "students")
GOV_PAGE = "https://gov.uk/government/publications/careers-guidance-provision-for-young-people-in-schools"
ADVISER = "b1docs consistency check (what a careful careers adviser checks)"
READER = "b1docs workbook reader"


@dataclass(frozen=True)
class Rule:
    """One rule: its metadata and the pure function that checks it."""

    id: str
    title: str
    part: str
    severity: Severity
    source: str
    func: Callable[[Context], RuleResult]

    @property
    def description(self) -> str:
        """The function's docstring, flagged when the only source paraphrases DfE or Gatsby."""
        text = " ".join(inspect.cleandoc(self.func.__doc__ or "").split())
        if "(secondary)" in self.source and "econdary" not in text:
            text += " Secondary source: it paraphrases DfE or Gatsby and is not yet checked against the guidance."
        return text

    @property
    def part_title(self) -> str:
        return PARTS[self.part]


def _rules(*rules: Rule) -> dict[str, Rule]:
    return {rule.id: rule for rule in rules}


R = Rule
RULES: dict[str, Rule] = _rules(
    # S1 Leadership and backing
    R("B1.LEADER.NAMED", "A named careers leader", "S1", MUST, KEY_CAREERS, leadership.leader_named),
    R("B1.LEADER.CONTACT", "Careers leader's email and phone", "S1", MUST, KEY_CAREERS, leadership.leader_contact),
    R("B1.LEADER.CONTACT_VALID", "Careers leader's contact details are valid", "S1", EXPECT, ADVISER,
      leadership.leader_contact_valid),
    R("B1.LEADER.TRAINED", "Careers leader is trained", "S1", EXPECT, GB_2024, leadership.leader_trained),
    R("B1.LEADER.SENIOR", "Careers leader is on or reports to SLT", "S1", GOOD, GATSBY_EMBED,
      leadership.leader_senior),
    R("B1.BACKING.SLT", "Backed by senior leaders", "S1", EXPECT, GB_2014, leadership.backing_slt),
    R("B1.BACKING.HEAD", "Backed by the headteacher", "S1", EXPECT, COMPASS_2026, leadership.backing_head),
    R("B1.BACKING.GOVERNORS", "Approved by governors this year", "S1", EXPECT, GB_2024, leadership.backing_governors),
    R("B1.BACKING.MINUTE", "Governors' approval is minuted", "S1", GOOD, GB_2024, leadership.backing_minute),
    R("B1.GOV.LINK", "A link governor for careers", "S1", EXPECT, LINK_GOV, leadership.governor_link),
    R("B1.GOV.REVIEW", "Governors reviewed careers this year", "S1", GOOD, GOV_REVIEW, leadership.governor_review),
    R("B1.RESOURCES", "Time and budget allocated", "S1", EXPECT, COMPASS, leadership.resources),
    # S2 Programme design
    R("B1.PROG.WRITTEN", "Activities for every year group", "S2", EXPECT, COMPASS, programme.programme_written),
    R("B1.PROG.YEARS_ON_ROLL", "Activities only for year groups on roll", "S2", EXPECT, ADVISER,
      programme.programme_years_on_roll),
    R("B1.PROG.SEQUENCED", "Activities placed by year and term", "S2", EXPECT, GB_2024, programme.programme_sequenced),
    R("B1.PROG.TAILORED", "Tailored to pupils with SEND and disadvantaged pupils", "S2", EXPECT, GB_2024,
      programme.programme_tailored),
    R("B1.PROG.OUTCOMES", "Activities mapped to learning outcomes", "S2", EXPECT, GB_2024,
      programme.programme_outcomes),
    R("B1.PROG.OUTCOME_UNKNOWN", "Outcome ids exist", "S2", EXPECT, ADVISER, programme.outcome_unknown),
    R("B1.PROG.OUTCOME_UNUSED", "Every outcome is taught", "S2", EXPECT, ADVISER, programme.outcome_unused),
    R("B1.PROG.CDI_COVERAGE", "All six CDI learning areas in each key stage", "S2", GOOD, CDI, programme.cdi_coverage),
    R("B1.PROG.SDP_LINK", "Linked to the school development plan", "S2", EXPECT, GB_2024, programme.sdp_link),
    R("B1.PROG.STRAT_OPS", "A strategic plan as well as activities", "S2", EXPECT, COMPASS,
      programme.strategic_and_operational),
    R("B1.PROG.PARENTS", "Parents and carers engaged throughout", "S2", EXPECT, GB_2024, programme.parents_engaged),
    R("B1.PROG.MONITORING", "Delivery and attendance recorded", "S2", EXPECT, CIOS_EVAL, programme.monitoring),
    R("B1.PROG.IMPARTIAL", "Independent careers guidance", "S2", MUST, S42A, programme.impartial_guidance),
    R("B1.PROG.OPTIONS_RANGE", "Apprenticeships and technical routes covered", "S2", EXPECT, S42A,
      programme.options_range),
    # S3 Publication and communication
    R("B1.PUB.AUDIENCES", "Communicated to every audience", "S3", EXPECT, COMPASS, publication.audiences),
    R("B1.PUB.EASY_FIND", "Careers in the website's main menu", "S3", GOOD, EAST_SUSSEX, publication.easy_to_find),
    # WEB Statutory website items
    R("B1.PUB.PAGE", "A careers page", "WEB", MUST, PUBLISH, publication.careers_page),
    R("B1.PUB.SUMMARY", "Programme summary published", "WEB", MUST, PUBLISH, publication.summary),
    R("B1.PUB.IMPACT", "How impact is measured published", "WEB", MUST, PUBLISH, publication.impact),
    R("B1.PUB.REVIEW_DATE", "Next review date still to come", "WEB", MUST, PUBLISH, publication.review_date),
    R("B1.PUB.REVIEW_ANNUAL", "Next review within a year", "WEB", GOOD, PUBLISH, publication.review_annual),
    R("B1.PUB.PUBLISHED", "Date of publication given", "WEB", GOOD, PUBLISH, publication.published),
    R("B1.PUB.PAL", "Provider access policy published", "WEB", MUST, GOV_2025, publication.pal_published),
    # S4 Evaluation
    R("B1.EVAL.PUPILS", "Feedback from pupils this year", "S4", EXPECT, GB_2024, evaluation.feedback_pupils),
    R("B1.EVAL.PARENTS", "Feedback from parents and carers this year", "S4", EXPECT, GB_2024,
      evaluation.feedback_parents),
    R("B1.EVAL.STAFF", "Feedback from staff this year", "S4", EXPECT, GB_2024, evaluation.feedback_staff),
    R("B1.EVAL.EMPLOYERS", "Feedback from employers this year", "S4", EXPECT, GB_2024, evaluation.feedback_employers),
    R("B1.EVAL.ADVISERS", "Feedback from careers advisers this year", "S4", EXPECT, GB_2024,
      evaluation.feedback_advisers),
    R("B1.EVAL.DATES", "Feedback rows dated, none in the future", "S4", EXPECT, ADVISER, evaluation.feedback_dates),
    R("B1.EVAL.FREQUENCY", "Full evaluation within 3 years", "S4", EXPECT, COMPASS, evaluation.full_evaluation),
    R("B1.EVAL.ANNUAL", "Full evaluation within a year", "S4", GOOD, CIOS_EVAL, evaluation.evaluation_annual),
    R("B1.EVAL.NEXT", "Next full evaluation planned", "S4", GOOD, CIOS_EVAL, evaluation.next_evaluation),
    R("B1.EVAL.ACTIONS", "Feedback leads to change", "S4", EXPECT, GB_2024, evaluation.evaluation_actions),
    R("B1.EVAL.DESTINATIONS", "Destinations used as evidence", "S4", GOOD, DESTINATIONS, evaluation.destinations),
    R("B1.EVAL.COMPASS", "Compass completed this year", "S4", GOOD, CEC_ZENDESK, evaluation.compass_recent),
    # PAL Provider access
    R("PAL.KP1", "Two encounters in key phase 1", "PAL", MUST, PAL_GUIDANCE, provider_access.key_phase_1),
    R("PAL.KP2", "Two encounters in key phase 2", "PAL", MUST, PAL_GUIDANCE, provider_access.key_phase_2),
    R("PAL.KP3", "Two encounters in key phase 3", "PAL", MUST, PAL_GUIDANCE, provider_access.key_phase_3),
    R("PAL.SCHOOL_DAY", "Encounters in the school day", "PAL", MUST, PAL_GUIDANCE, provider_access.school_day),
    R("PAL.MANDATORY", "Key phase 1 and 2 encounters are mandatory", "PAL", MUST, PAL_GUIDANCE,
      provider_access.mandatory),
    R("PAL.CONTENT", "Encounters cover the four points", "PAL", MUST, PAL_CONTENT, provider_access.content),
    R("PAL.PROVIDER_TYPE", "A range of providers", "PAL", MUST, PAL_ACT, provider_access.provider_range),
    R("PAL.RECORDS", "Encounters fully recorded", "PAL", EXPECT, ADVISER, provider_access.records),
    R("PAL.YEARS_ON_ROLL", "Encounters only for year groups on roll", "PAL", EXPECT, ADVISER,
      provider_access.years_on_roll),
    R("PAL.SEND", "Encounters adapted in special schools", "PAL", EXPECT, PAL_SEND, provider_access.send_adjustments),
    R("PAL.POLICY.PROCEDURE", "Policy: how to request access", "PAL", MUST, PAL_POLICY,
      provider_policy.policy_procedure),
    R("PAL.POLICY.GROUNDS", "Policy: grounds for granting and refusing", "PAL", MUST, PAL_POLICY,
      provider_policy.policy_grounds),
    R("PAL.POLICY.SAFEGUARDING", "Policy: safeguarding reference", "PAL", GOOD, KEY_PAL,
      provider_policy.policy_safeguarding),
    R("PAL.POLICY.PREMISES", "Policy: premises and facilities", "PAL", MUST, PAL_POLICY,
      provider_policy.policy_premises),
    R("PAL.POLICY.OPPORTUNITIES", "Policy: opportunities in every key phase", "PAL", EXPECT, KEY_PAL,
      provider_policy.policy_opportunities),
    R("PAL.POLICY.FOLLOWED", "Policy followed: planned encounters happened", "PAL", MUST, NAHT,
      provider_policy.policy_followed),
    R("PAL.POLICY.APPROVAL", "Policy approved this year", "PAL", GOOD, KEY_PAL, provider_policy.policy_approval),
    R("PAL.POLICY.REVIEW", "Policy review date within a year", "PAL", GOOD, KEY_PAL, provider_policy.policy_review),
    R("PAL.CONTACT_VALID", "Provider access contact details are valid", "PAL", EXPECT, ADVISER,
      provider_policy.contact_valid),
    # SEND and inclusion
    R("SEND.WEB", "SEN information report and Local Offer linked", "SEND", MUST, SEND_WEB, send.send_web),
    R("SEND.COHORT", "SEND cohort defined (special schools)", "SEND", EXPECT, SEND_COHORT, send.send_cohort),
    R("SEND.AGE25", "Learners aged 19 to 25 answered (special schools)", "SEND", EXPECT, GOV_PAGE, send.send_age25),
    R("SEND.SENCO", "SENCO named with a valid email", "SEND", EXPECT, ADVISER, send.senco_contact),
    R("SEND.EHCP.PFA", "Careers guidance informs EHC plan reviews from Year 9", "SEND", EXPECT, S42A,
      send.ehcp_reviews),
    R("SEND.PFA.OUTCOMES", "SEND activities mapped to preparing for adulthood", "SEND", GOOD, SEND_PFA,
      send.pfa_outcomes),
    # DATA Workbook data (not part of Benchmark 1)
    R("SCOPE.INSTITUTION", "Institution type and academy status", "DATA", MUST, GOV_2025, data.scope_institution),
    R("SCOPE.YEARS", "Year groups on roll", "DATA", MUST, GOV_PAGE, data.scope_years),
    R("SCOPE.EHCP", "Number of pupils with EHC plans", "DATA", MUST, GOV_PAGE, data.scope_ehcp),
    R("DATA.DATE", "Dates can be read", "DATA", EXPECT, READER, data.data_date),
    R("DATA.YES_NO", "Yes or No answers can be read", "DATA", EXPECT, READER, data.data_yes_no),
    R("DATA.NUMBER", "Numbers can be read", "DATA", EXPECT, READER, data.data_number),
    R("DATA.YEAR_GROUPS", "Year groups can be read", "DATA", EXPECT, READER, data.data_year_groups),
    R("DATA.CHOICE", "Choices come from the list", "DATA", EXPECT, READER, data.data_choice),
    R("DATA.BENCHMARKS", "Benchmark numbers can be read", "DATA", EXPECT, READER, data.data_benchmarks),
    R("DATA.FORMULA", "Formulas have saved results", "DATA", EXPECT, READER, data.data_formula),
    R("DATA.VALUE", "Other values can be read", "DATA", EXPECT, READER, data.data_value),
)
