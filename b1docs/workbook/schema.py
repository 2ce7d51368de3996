"""The one definition of the standard careers workbook.

The blank-workbook writer, the reader and docs/workbook.md are all driven from SHEETS and LISTS below,
so the three cannot drift apart. Change the workbook here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SCHEMA_VERSION = "1.0"
SCHEMA_VERSION_LABEL = "Schema version"


class Kind(StrEnum):
    """What a cell holds, which decides how the reader understands it."""

    TEXT = "text"
    LONG_TEXT = "long text"
    DATE = "date"
    YES_NO = "yes or no"
    WHOLE_NUMBER = "whole number"
    MONEY = "amount in pounds"
    PERCENT = "percentage"
    YEAR_GROUPS = "year groups"
    CHOICE = "one choice from a list"
    CHOICES = "one or more choices from a list"
    BENCHMARKS = "Gatsby benchmark numbers"
    IDS = "outcome ids"
    EMAIL = "email address"
    PHONE = "phone number"
    URL = "web address"


@dataclass(frozen=True)
class Field:
    """One question (form sheets) or one column (table sheets)."""

    key: str
    label: str
    kind: Kind
    help: str
    choices: str | None = None  # a key of LISTS
    width: int = 18
    example: str = ""


@dataclass(frozen=True)
class Sheet:
    """One worksheet. Form sheets have a question per row; table sheets have a row per item."""

    key: str
    title: str
    layout: str  # "form" or "table"
    purpose: str
    fields: tuple[Field, ...]

    @property
    def table_name(self) -> str:
        return "tbl" + "".join(part.capitalize() for part in self.key.split("_"))

    def field(self, key: str) -> Field:
        for candidate in self.fields:
            if candidate.key == key:
                return candidate
        raise KeyError(f"{self.title} has no field {key!r}")


INSTITUTION_TYPES = (
    "11–16 school",
    "11–18 school",
    "Sixth-form college",
    "FE college",
    "Special school",
    "Alternative provision or PRU",
    "UTC or studio school",
    "Other",
)

CDI_AREAS = (
    "Grow throughout life",
    "Explore possibilities",
    "Manage career",
    "Create opportunities",
    "Balance life and work",
    "See the big picture",
)

FEEDBACK_GROUPS = (
    "Pupils",
    "Parents and carers",
    "Teachers and staff",
    "Careers advisers",
    "Employers",
    "Providers",
    "Governors",
)

# The four things every provider encounter must cover (s42B statutory guidance).
PAL_CONTENT_POINTS = (
    "Provider and its courses",
    "Careers they lead to",
    "What learning there is like",
    "Answers to pupils' questions",
)

LISTS: dict[str, tuple[str, ...]] = {
    "institution_types": INSTITUTION_TYPES,
    "yes_no": ("Yes", "No"),
    "terms": (
        "Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2",
        "Autumn", "Spring", "Summer", "All year",
    ),
    "activity_types": (
        "Careers lesson", "Assembly", "Employer encounter", "Workplace experience",
        "Provider encounter", "Personal guidance", "Careers fair", "Options event",
        "Subject lesson link", "Trip or visit", "Online platform", "Other",
    ),
    "cdi_areas": CDI_AREAS,
    "target_groups": ("All pupils", "SEND", "Disadvantaged", "Targeted group"),
    "channels": (
        "Event in school", "Online event", "Letter or email", "Website", "Newsletter",
        "Parents' evening", "Phone call", "Social media", "App or text message", "Meeting",
    ),
    "feedback_groups": FEEDBACK_GROUPS,
    "provider_types": (
        "FE college", "Independent training provider", "University technical college",
        "University or higher education", "Apprenticeship provider", "Employer offering apprenticeships",
        "Sixth-form college", "Other",
    ),
    "encounter_formats": (
        "Assembly", "Workshop", "Careers fair", "Lesson", "Visit to provider", "Online session", "Other",
    ),
    "pal_content": PAL_CONTENT_POINTS,
    "action_statuses": ("Not started", "In progress", "Done", "Overdue"),
    "adviser_levels": ("Level 6 or above", "Level 4", "Level 3", "Not qualified", "Not known"),
    "benchmarks": tuple(str(n) for n in range(1, 9)),
}


def _f(key: str, label: str, kind: Kind, help: str, **extra: object) -> Field:
    return Field(key, label, kind, help, **extra)  # type: ignore[arg-type]


SCHOOL = Sheet("school", "School", "form", "Who the school is and which year groups it teaches.", (
    _f("name", "School name", Kind.TEXT, "The full name, as governors and parents know it.", width=40,
       example="Oakfield Academy"),
    _f("urn", "URN or UKPRN", Kind.TEXT, "The school's unique reference number (URN) or UK provider number (UKPRN).",
       example="145678"),
    _f("institution_type", "Institution type", Kind.CHOICE,
       "Choose from the list. It decides which duties apply, for example provider access.",
       choices="institution_types", example="11–18 school"),
    _f("is_academy", "Academy or free school", Kind.YES_NO,
       "Yes for academies and free schools; No for maintained schools and colleges.", choices="yes_no",
       example="Yes"),
    _f("year_groups", "Year groups on roll", Kind.YEAR_GROUPS,
       "The year groups you teach, for example 7-13 or 7-11.", example="7-13"),
    _f("website", "Website address", Kind.URL, "The school website's home page.",
       example="https://www.oakfield.example.sch.uk"),
    _f("careers_page", "Careers page address", Kind.URL, "The web page where the careers programme is published.",
       example="https://www.oakfield.example.sch.uk/careers"),
    _f("headteacher", "Headteacher", Kind.TEXT, "Name of the headteacher or principal."),
    _f("chair_of_governors", "Chair of governors", Kind.TEXT, "Name of the chair of the governing board."),
    _f("link_governor", "Link governor for careers", Kind.TEXT,
       "The governor who takes a special interest in careers and employer links."),
    _f("senco", "SENCO", Kind.TEXT, "Name of the special educational needs coordinator (SENCO)."),
    _f("senco_email", "SENCO email", Kind.EMAIL, "How parents can reach the SENCO."),
    _f("sen_report_url", "SEN information report address", Kind.URL,
       "Web address of the school's SEN information report."),
    _f("local_offer_url", "Local Offer address", Kind.URL,
       "Web address of your local authority's Local Offer for SEND."),
    _f("ehcp_pupils", "Pupils with EHC plans", Kind.WHOLE_NUMBER,
       "How many pupils have an education, health and care (EHC) plan. Write 0 if none.", example="34"),
    _f("post19_ehcp", "Learners aged 19 to 25 with EHC plans", Kind.YES_NO,
       "Yes if you teach learners aged 19 to 25 who have an EHC plan.", choices="yes_no"),
    _f("send_cohort", "SEND cohort for the benchmarks", Kind.LONG_TEXT,
       "Special schools: which pupils the benchmarks suit best, and how others still benefit.", width=60),
    _f("mission", "School mission or vision", Kind.LONG_TEXT, "One or two sentences, used in the plan.", width=60),
))

LEADERSHIP = Sheet("leadership", "Leadership", "form",
                   "The careers leader, their training and time, and who has backed the programme.", (
    _f("leader_name", "Careers leader name", Kind.TEXT, "A person's name, not only a job title.", width=40),
    _f("leader_title", "Careers leader job title", Kind.TEXT, "For example Assistant Headteacher."),
    _f("leader_on_slt", "Careers leader is on the senior leadership team", Kind.YES_NO,
       "Yes if the careers leader sits on the senior leadership team (SLT).", choices="yes_no"),
    _f("slt_line_manager", "SLT line manager", Kind.TEXT,
       "If the careers leader is not on SLT: the senior leader they report to."),
    _f("leader_email", "Careers leader email", Kind.EMAIL, "The email address parents and providers should use."),
    _f("leader_phone", "Careers leader phone", Kind.PHONE, "A UK phone number, for example 0113 496 0123."),
    _f("training_course", "Careers leader training course", Kind.TEXT,
       "For example the funded Careers Leader training."),
    _f("training_provider", "Training provider", Kind.TEXT, "Who ran the training."),
    _f("training_completed", "Training completed on", Kind.DATE, "The date the training was finished (dd/mm/yyyy)."),
    _f("hours_per_week", "Careers leader hours a week", Kind.WHOLE_NUMBER,
       "Hours a week set aside for leading careers."),
    _f("annual_budget", "Annual careers budget", Kind.MONEY, "The careers budget for this year, in pounds."),
    _f("adviser_name", "Careers adviser name", Kind.TEXT,
       "The qualified careers adviser who gives independent personal guidance."),
    _f("adviser_organisation", "Careers adviser organisation", Kind.TEXT,
       "Who employs the adviser, for example an external careers company."),
    _f("adviser_independent", "Careers adviser is independent of the school", Kind.YES_NO,
       "Yes if the adviser is external or otherwise impartial.", choices="yes_no"),
    _f("adviser_level", "Careers adviser qualification level", Kind.CHOICE,
       "The adviser's careers guidance qualification.", choices="adviser_levels"),
    _f("head_backing_date", "Headteacher backed the programme on", Kind.DATE,
       "The date the headteacher signed off the programme."),
    _f("slt_backing_date", "Senior leaders backed the programme on", Kind.DATE,
       "The date of the SLT meeting that backed the programme."),
    _f("slt_sponsor", "SLT sponsor", Kind.TEXT, "The senior leader who champions careers."),
    _f("governors_approval_date", "Governing board approved the programme on", Kind.DATE,
       "The date of the board meeting that approved the programme."),
    _f("governors_minute_ref", "Governors' minute reference", Kind.TEXT,
       "The minute number, for example FGB 2025/14."),
    _f("governors_review_date", "Governors last reviewed careers on", Kind.DATE,
       "The date governors last reviewed careers provision."),
    _f("vision", "Vision for careers", Kind.LONG_TEXT,
       "Why careers matters at this school, in a few sentences.", width=60),
    _f("sdp_priorities", "School development plan priorities", Kind.LONG_TEXT,
       "The development plan priorities the careers programme supports, one per line.", width=60),
    _f("plan_period", "Plan period", Kind.TEXT, "The years the strategic plan covers, for example 2025-2028."),
    _f("plan_version", "Plan version", Kind.TEXT, "For example 1.2."),
    _f("risks", "Risks and support needed", Kind.LONG_TEXT,
       "What could stop the plan succeeding and what help is needed from governors.", width=60),
))

PROGRAMME = Sheet("programme", "Programme", "table",
                  "The careers programme: one row for each activity, in the order pupils meet them.", (
    _f("year_groups", "Year groups", Kind.YEAR_GROUPS, "Which years take part, for example 9, 10-11 or All."),
    _f("term", "Term", Kind.CHOICE, "When it happens.", choices="terms", width=12),
    _f("title", "Activity", Kind.TEXT, "A short name, for example Options evening.", width=30),
    _f("description", "Description", Kind.LONG_TEXT, "What pupils do and why.", width=50),
    _f("activity_type", "Activity type", Kind.CHOICE, "Choose from the list.", choices="activity_types"),
    _f("benchmarks", "Gatsby benchmarks", Kind.BENCHMARKS,
       "Which of the eight Gatsby benchmarks it serves, for example 1, 4."),
    _f("outcome_ids", "Learning outcomes", Kind.IDS,
       "Ids from the Learning outcomes sheet, separated by commas, for example LO1, LO4."),
    _f("for_whom", "Who it is for", Kind.CHOICE, "All pupils, or a group.", choices="target_groups"),
    _f("adaptations", "Adaptations", Kind.LONG_TEXT,
       "How the activity is adapted for pupils with SEND or who are disadvantaged.", width=40),
    _f("pfa_outcome", "Preparing for adulthood outcome", Kind.TEXT,
       "SEND only: employment, independent living, friends and community, or good health."),
    _f("lead", "Lead", Kind.TEXT, "Who runs it."),
    _f("partner", "Partner", Kind.TEXT, "An employer, college or other partner, if any."),
    _f("parents_involved", "Parents and carers involved", Kind.YES_NO,
       "Yes if parents and carers are invited or involved.", choices="yes_no"),
    _f("school_day", "During the school day", Kind.YES_NO, "Yes if it happens in the normal school day.",
       choices="yes_no"),
    _f("delivered", "Delivered and attendance recorded", Kind.YES_NO,
       "Yes once it has happened and you have recorded who attended.", choices="yes_no"),
))

OUTCOMES = Sheet("outcomes", "Learning outcomes", "table",
                 "What pupils should know or be able to do, mapped to the CDI Career Development Framework.", (
    _f("id", "Outcome id", Kind.TEXT, "A short id such as LO1, used on the Programme sheet.", width=12),
    _f("area", "CDI learning area", Kind.CHOICE,
       "One of the six learning areas of the Career Development Institute (CDI) framework.", choices="cdi_areas",
       width=24),
    _f("year_groups", "Year groups", Kind.YEAR_GROUPS, "Which years the outcome is for, for example 7-9."),
    _f("statement", "Outcome", Kind.LONG_TEXT, "What pupils will be able to do, starting with a verb.", width=60),
))

PARENTS = Sheet("parents", "Parents and carers", "table",
                "How parents and carers are involved, year by year.", (
    _f("year_groups", "Year groups", Kind.YEAR_GROUPS, "Which years' families, for example 9 or All."),
    _f("term", "Term", Kind.CHOICE, "When it happens.", choices="terms", width=12),
    _f("what", "What", Kind.TEXT, "For example Options evening.", width=30),
    _f("channel", "Channel", Kind.CHOICE, "How you reach parents and carers.", choices="channels"),
    _f("purpose", "Purpose", Kind.LONG_TEXT, "What it helps parents and carers do.", width=50),
))

PUBLICATION = Sheet("publication", "Publication", "form",
                    "What is on the website, and how each audience hears about the programme.", (
    _f("summary", "Programme summary", Kind.LONG_TEXT,
       "A short summary of the programme for the website, in plain English.", width=60),
    _f("impact_measures", "How impact is measured", Kind.LONG_TEXT,
       "How the school measures the programme's effect on pupils: surveys, destinations, Compass.", width=60),
    _f("published_date", "Date published", Kind.DATE, "When the careers information was last published."),
    _f("next_review_date", "Date of next review", Kind.DATE, "When the published information will next be reviewed."),
    _f("pal_url", "Provider access policy address", Kind.URL, "Web address of the provider access policy statement."),
    _f("careers_in_menu", "Careers is in the main website menu", Kind.YES_NO, "Yes if one click from the home page.",
       choices="yes_no"),
    _f("pupils_how", "Pupils: how it is communicated", Kind.LONG_TEXT, "For example tutor time and the bulletin."),
    _f("pupils_url", "Pupils: web address", Kind.URL, "Where pupils find it online."),
    _f("parents_how", "Parents and carers: how it is communicated", Kind.LONG_TEXT, "For example newsletters."),
    _f("parents_url", "Parents and carers: web address", Kind.URL, "Where parents and carers find it online."),
    _f("staff_how", "Staff: how it is communicated", Kind.LONG_TEXT, "For example staff briefings."),
    _f("staff_url", "Staff: web address", Kind.URL, "Where staff find it."),
    _f("employers_how", "Employers: how it is communicated", Kind.LONG_TEXT, "For example the employer newsletter."),
    _f("employers_url", "Employers: web address", Kind.URL, "Where employers find it online."),
    _f("governors_how", "Governors: how it is communicated", Kind.LONG_TEXT, "For example termly reports."),
    _f("governors_url", "Governors: web address", Kind.URL, "Where governors find it."),
    _f("agencies_how", "Other agencies: how it is communicated", Kind.LONG_TEXT,
       "For example the local authority and youth services."),
    _f("agencies_url", "Other agencies: web address", Kind.URL, "Where other agencies find it online."),
))

PROVIDER_ACCESS = Sheet("provider_access", "Provider access", "form",
                        "The provider access policy statement: how colleges and training providers reach pupils.", (
    _f("contact_name", "Contact name", Kind.TEXT, "Who providers should contact."),
    _f("contact_role", "Contact role", Kind.TEXT, "Their job title."),
    _f("contact_email", "Contact email", Kind.EMAIL, "Email address for requests."),
    _f("contact_phone", "Contact phone", Kind.PHONE, "A UK phone number."),
    _f("how_to_request", "How to request access", Kind.LONG_TEXT,
       "What a provider should send, and the details to include.", width=60),
    _f("notice_needed", "Notice needed", Kind.TEXT, "For example four weeks."),
    _f("grounds_granting", "Grounds for granting access", Kind.LONG_TEXT, "When requests are agreed.", width=60),
    _f("grounds_refusing", "Grounds for refusing access", Kind.LONG_TEXT,
       "When requests may be refused, for example exams or safeguarding.", width=60),
    _f("premises", "Premises and facilities", Kind.LONG_TEXT,
       "Rooms, equipment and where providers can leave prospectuses.", width=60),
    _f("safeguarding_policy", "Safeguarding or visitor policy", Kind.TEXT,
       "The name or address of the policy visitors follow."),
    _f("policy_approved_date", "Policy approved on", Kind.DATE, "The date governors approved the statement."),
    _f("policy_review_date", "Policy review date", Kind.DATE, "When the statement will next be reviewed."),
))

ENCOUNTERS = Sheet("encounters", "Provider encounters", "table",
                   "Each time a college or training provider meets pupils (the provider access duty).", (
    _f("date", "Date", Kind.DATE, "The date of the encounter (dd/mm/yyyy)."),
    _f("year_group", "Year group", Kind.YEAR_GROUPS, "Which year, for example 8."),
    _f("provider", "Provider", Kind.TEXT, "The college, training provider or university.", width=30),
    _f("provider_type", "Provider type", Kind.CHOICE, "Choose from the list.", choices="provider_types"),
    _f("format", "Format", Kind.CHOICE, "Assembly, workshop, fair and so on.", choices="encounter_formats"),
    _f("school_day", "During the school day", Kind.YES_NO,
       "Yes if in the school day. Evening events do not count towards the six.", choices="yes_no"),
    _f("duration_minutes", "Duration in minutes", Kind.WHOLE_NUMBER, "How long pupils spent with the provider."),
    _f("mandatory", "Mandatory for pupils", Kind.YES_NO, "Yes if all pupils in the year attend.",
       choices="yes_no"),
    _f("content_covered", "Content covered", Kind.CHOICES,
       "Which of the four required points were covered, separated by commas, or All.", choices="pal_content",
       width=40),
    _f("send_adjustments", "SEND adjustments", Kind.LONG_TEXT,
       "How the encounter was adapted for pupils with SEND.", width=40),
))

FEEDBACK = Sheet("feedback", "Feedback", "table", "Feedback gathered to evaluate the programme.", (
    _f("date", "Date", Kind.DATE, "When the feedback was gathered."),
    _f("group", "Group", Kind.CHOICE, "Who gave it.", choices="feedback_groups", width=22),
    _f("method", "Method", Kind.TEXT, "For example survey, focus group or interview."),
    _f("respondents", "Respondents", Kind.WHOLE_NUMBER, "How many people responded."),
    _f("findings", "Key findings", Kind.LONG_TEXT, "What they told you.", width=50),
    _f("changes", "What changed as a result", Kind.LONG_TEXT, "What you changed because of it.", width=50),
))

EVALUATION = Sheet("evaluation", "Evaluation", "form", "How and when the whole programme is evaluated.", (
    _f("last_full_evaluation", "Last full evaluation", Kind.DATE,
       "The date of the last full evaluation of the programme."),
    _f("next_full_evaluation", "Next full evaluation", Kind.DATE, "When the next full evaluation is due."),
    _f("compass_date", "Latest Compass date", Kind.DATE, "When you last completed Compass or Compass+."),
    _f("compass_b1_percent", "Latest Compass Benchmark 1 score", Kind.PERCENT,
       "The Benchmark 1 percentage from your latest Compass evaluation."),
    _f("destinations_summary", "Destinations summary", Kind.LONG_TEXT,
       "Where leavers went, and how many were not in education, employment or training (NEET).", width=60),
    _f("evaluation_plan", "Evaluation plan", Kind.LONG_TEXT,
       "How often you gather feedback from each group and how you review it.", width=60),
))

ACTIONS = Sheet("actions", "Action plan", "table", "The strategic objectives and the actions that deliver them.", (
    _f("objective", "Objective", Kind.LONG_TEXT, "A measurable objective about pupils.", width=40),
    _f("sdp_link", "Development plan link", Kind.TEXT, "The school development plan priority it supports."),
    _f("benchmark", "Benchmark", Kind.BENCHMARKS, "Which Gatsby benchmarks it serves."),
    _f("action", "Action", Kind.LONG_TEXT, "What will be done.", width=40),
    _f("owner", "Owner", Kind.TEXT, "Who is responsible."),
    _f("start", "Start", Kind.DATE, "When it starts."),
    _f("due", "Due", Kind.DATE, "When it should be done."),
    _f("success_measure", "Success measure", Kind.LONG_TEXT, "How you will know it worked.", width=40),
    _f("status", "Status", Kind.CHOICE, "Where it stands.", choices="action_statuses", width=14),
    _f("resources", "Resources", Kind.TEXT, "Staff time or money needed."),
))

SHEETS: tuple[Sheet, ...] = (
    SCHOOL, LEADERSHIP, PROGRAMME, OUTCOMES, PARENTS, PUBLICATION,
    PROVIDER_ACCESS, ENCOUNTERS, FEEDBACK, EVALUATION, ACTIONS,
)
START_SHEET = "Start here"
LISTS_SHEET = "Lists"
SHEETS_BY_KEY = {sheet.key: sheet for sheet in SHEETS}
