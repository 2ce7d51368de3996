"""Write the three default Word templates into templates/, and docs/templates.md.

    python tools/make_templates.py

The .docx files are committed: schools edit them in Word (b1docs templates export), so this script is only
the starting point. Sections follow shared/domain/benchmark1-rules.md part B (B1 plan, B2 guide, B3 policy).
Tags follow docxtpl's rules: {%p %} and {%tr %} tags sit in paragraphs and rows of their own, and no
table cell has a {%p if %} as its only content.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx_kit import Column, Writer, new_document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
NOT_RECORDED = "Not yet recorded"
FIXED_TIME = dt.datetime(2026, 1, 1)


def _or(value: str, fallback: str = NOT_RECORDED) -> str:
    return f'{{{{ {value} or "{fallback}" }}}}'


def cover(w: Writer, title: str, audience: str, facts: list[tuple[str, str, str]]) -> None:
    w.band([("{{ school.name }}", "Cover School", "CFE2F3"), (title, "Title", "FFFFFF"),
            (f"{{{{ academic_year }}}} | {audience}", "Subtitle", "FFFFFF")])
    w.facts(facts, style="Cover Text")


def plan() -> None:
    document = new_document("Strategic careers plan", cover_page=True)
    w = Writer(document)
    cover(w, "Strategic careers plan", "For governors and senior leaders", [
        ("Careers leader", "{{ leader.name or \"Not yet named\" }}{% if leader.title %}, {{ leader.title }}"
                           "{% endif %}", ""),
        ("Email", _or("leader.email"), ""),
        ("Phone", _or("leader.phone"), ""),
        ("Link governor for careers", _or("school.link_governor"), ""),
        ("Senior leader sponsor", _or("backing.slt_sponsor"), ""),
        ("Plan period", "{{ plan.period }}", "plan.period"),
        ("Version", "{{ plan.version }}", "plan.version"),
        ("Benchmark 1 check", "{{ check.status_words }} on {{ check.as_of }}", ""),
    ])
    w.heading("Approval", 2)
    w.facts(style="Cover Text", rows=[
        ("Headteacher", "{% if backing.has_head %}Backed by {{ backing.headteacher or \"the headteacher\" }} on "
                        "{{ backing.head_date }}{% else %}" + NOT_RECORDED + "{% endif %}", ""),
        ("Senior leadership team", "{% if backing.has_slt %}Backed on {{ backing.slt_date }}{% else %}"
                                   + NOT_RECORDED + "{% endif %}", ""),
        ("Governing board", "{% if backing.has_governors %}Approved on {{ backing.governors_date }}"
                            "{% if backing.governors_minute_ref %} (minute {{ backing.governors_minute_ref }})"
                            "{% endif %}{% else %}" + NOT_RECORDED + "{% endif %}", ""),
        ("Last governors' review", _or("backing.governors_review_date"), ""),
    ])
    w.heading("What this plan covers", 2)
    for line in ("Vision and rationale, and links to the school development plan",
                 "Where we are now: the Benchmark 1 check, Compass and destinations",
                 "Gaps to close, and the objectives and action plan",
                 "The careers programme for each year group, and its learning outcomes",
                 "Parents and carers, and provider access",
                 "Leadership and resources, publishing, evaluation, SEND, and risks"):
        w.bullet(line)
    w.page_break()

    w.heading("About this plan", 1)
    w.para("This plan sets out how {{ school.name }} runs its careers programme in {{ academic_year }}. It is "
           "written for governors and senior leaders. It follows Gatsby Benchmark 1, a stable careers programme, "
           "and the Department for Education's statutory guidance on careers.")
    w.para("It covers the vision, where the programme stands today, the objectives and action plan, the "
           "programme for each year group, how parents and carers are involved, provider access, leadership, "
           "publication and evaluation. It is complete enough to hand over if the careers leader changes.")

    w.heading("1. Vision and rationale", 1)
    w.tag("{%p if plan.has_vision %}")
    w.para("{{ plan.vision }}")
    w.tag("{%p else %}")
    w.para("The vision for careers is not yet recorded.")
    w.tag("{%p endif %}")
    w.tag("{%p if school.has_mission %}")
    w.para("**School mission: **", "{{ school.mission }}")
    w.tag("{%p endif %}")
    w.heading("Links to the school development plan", 2)
    w.tag("{%p if plan.has_sdp_priorities %}")
    w.para("The careers programme supports these school development plan priorities:")
    w.tag("{%p for priority in plan.sdp_priorities %}")
    w.bullet("{{ priority }}")
    w.tag("{%p endfor %}")
    w.tag("{%p else %}")
    w.para("The school development plan priorities that careers supports are not yet recorded.")
    w.tag("{%p endif %}")

    w.heading("2. Where we are now", 1)
    w.para("The Benchmark 1 check on {{ check.as_of }} found the programme ", "**{{ check.status_words|lower }}**",
           ". The table shows each part of the check.")
    w.table([
        Column("Part of Benchmark 1", "{{ part.title }}", 80),
        Column("Status", "**{{ part.status_words }}**", 35),
        Column("Areas met", "{% if part.applies %}{{ part.met }} of {{ part.total }}{% else %}{{ part.reason }}"
                            "{% endif %}", 55),
    ], "part in check.parts")
    w.tag("{%p if evaluation.has_compass %}")
    w.para("**Compass: **", "the latest Compass evaluation{% if evaluation.compass_date %}, on "
           "{{ evaluation.compass_date }},{% endif %} scored Benchmark 1 at "
           "{{ evaluation.compass_b1_percent or \"a score not yet recorded\" }}.")
    w.tag("{%p endif %}")
    w.tag("{%p if evaluation.destinations %}")
    w.para("**Destinations: **", "{{ evaluation.destinations }}")
    w.tag("{%p endif %}")

    w.heading("3. Gaps to close", 1)
    w.tag("{%p if has_open_actions %}")
    w.para("What the check found: ", "**{{ check.must_count }} required by law**", ", ",
           "**{{ check.expect_count }} expected by the benchmark**", " and ", "**{{ check.good_count }} good "
           "practice**", ". Each row says where to fix it in the careers workbook.")
    w.table([
        Column("How important", "**{{ item.severity_words }}**\n\n{{ item.part }}", 35),
        Column("What is missing", "{{ item.message }}", 60),
        Column("What to do", "{{ item.fix }}\n\n{{ item.place }}", 75),
    ], "item in open_actions")
    w.tag("{%p else %}")
    w.para("The check found no gaps on {{ check.as_of }}.")
    w.tag("{%p endif %}")

    w.heading("4. Strategic objectives and action plan", 1)
    w.tag("{%p if has_actions %}")
    w.table([
        Column("Objective", "**{{ a.objective }}**\n\n{% if a.sdp_link %}Development plan: {{ a.sdp_link }}"
                            "{% endif %}", 42),
        Column("Action", "{{ a.action }}\n\n{% if a.benchmarks %}Benchmarks {{ a.benchmarks }}{% endif %}", 38),
        Column("Owner and dates", "{{ a.owner }}\n\n{{ a.start }}{% if a.due %} to {{ a.due }}{% endif %}", 30),
        Column("Success measure", "{{ a.success_measure }}\n\n{% if a.resources %}Resources: {{ a.resources }}"
                                  "{% endif %}", 38),
        Column("Status", "{{ a.status }}", 22),
    ], "a in actions")
    w.tag("{%p else %}")
    w.para("No objectives or actions are recorded yet.")
    w.tag("{%p endif %}")

    w.heading("5. The careers programme", 1)
    w.para("The programme is sequenced from year to year. Each activity shows the Gatsby benchmarks it serves, "
           "its learning outcomes, who it is for and how it is adapted.")
    w.tag("{%p if programme.has_unplaced %}")
    w.note("Some activities have no year group the school teaches; they are listed at the end.")
    w.tag("{%p endif %}")
    w.tag("{%p for year in programme.years %}")
    w.heading("{{ year.label }} ({{ year.key_stage }})", 2)
    w.tag("{%p if year.has_activities %}")
    w.table(_activity_columns(), "activity in year.activities")
    w.tag("{%p else %}")
    w.para("No activities are recorded for {{ year.label }} yet.")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if programme.has_unplaced %}")
    w.heading("Activities without a year group", 2)
    w.table(_activity_columns(), "activity in programme.unplaced")
    w.tag("{%p endif %}")

    w.heading("6. Learning outcomes", 1)
    w.tag("{%p if outcomes.has_outcomes %}")
    w.para("Outcomes follow the six learning areas of the Career Development Institute (CDI) framework.")
    w.table([
        Column("Learning area", "**{{ o.area }}**", 40),
        Column("Id", "{{ o.id }}", 18),
        Column("Years", "{{ o.year_groups }}", 27),
        Column("Pupils will", "{{ o.statement }}", 85),
    ], "o in outcomes.all")
    w.tag("{%p else %}")
    w.para("No learning outcomes are recorded yet.")
    w.tag("{%p endif %}")

    w.heading("7. Parents and carers", 1)
    w.tag("{%p if parents.has_engagement %}")
    w.table([
        Column("Years", "{{ p.year_groups }}", 28),
        Column("When", "{{ p.term }}", 22),
        Column("What", "**{{ p.what }}**", 45),
        Column("How", "{{ p.channel }}", 30),
        Column("Purpose", "{{ p.purpose }}", 45),
    ], "p in parents.all")
    w.tag("{%p else %}")
    w.para("How parents and carers are engaged is not yet recorded.")
    w.tag("{%p endif %}")

    w.heading("8. Provider access", 1)
    w.tag("{%p if provider_access.applies %}")
    w.para("Pupils must meet providers of technical education and apprenticeships at least twice in each key "
           "phase (section 42B of the Education Act 1997). Only encounters in the school day count.")
    w.table([
        Column("Key phase", "**{{ phase.name }}**\n\n{{ phase.years }}", 35),
        Column("When", "{{ phase.window_capitalised }}", 55),
        Column("Attendance", "{{ phase.attendance }}", 45),
        Column("Encounters that count", "**{{ phase.counted }}** (at least {{ phase.needed }} needed)\n\n"
                                        "{% if phase.met %}Met{% else %}Not yet met{% endif %}", 35),
    ], "phase in provider_access.phases")
    w.tag("{%p if provider_access.has_encounters %}")
    w.table(_encounter_columns(), "e in provider_access.encounters")
    w.tag("{%p endif %}")
    w.tag("{%p else %}")
    w.para("The provider access duty does not apply. {{ provider_access.reason }}")
    w.tag("{%p if provider_access.has_encounters %}")
    w.para("Encounters with providers are still part of the programme:")
    w.table(_encounter_columns(), "e in provider_access.encounters")
    w.tag("{%p endif %}")
    w.tag("{%p endif %}")

    w.heading("9. Leadership and resources", 1)
    w.facts([
        ("Careers leader", "{{ leader.name or \"Not yet named\" }}{% if leader.title %}, {{ leader.title }}"
                           "{% endif %}", ""),
        ("Place in leadership", "{% if leader.on_slt %}On the senior leadership team{% elif leader.slt_line_manager "
                                "%}Line managed by {{ leader.slt_line_manager }}{% else %}" + NOT_RECORDED
                                + "{% endif %}", ""),
        ("Training", "{% if leader.has_training %}{{ leader.training_course }}{% if leader.training_provider %}, "
                     "{{ leader.training_provider }}{% endif %}{% if leader.training_completed %} (completed "
                     "{{ leader.training_completed }}){% endif %}{% else %}" + NOT_RECORDED + "{% endif %}", ""),
        ("Time for careers", "{% if leader.hours_per_week %}{{ leader.hours_per_week }} hours a week{% else %}"
                             + NOT_RECORDED + "{% endif %}", ""),
        ("Annual budget", _or("leader.annual_budget"), ""),
        ("Careers adviser", "{% if adviser.has_adviser %}{{ adviser.name }}{% if adviser.organisation %}, "
                            "{{ adviser.organisation }}{% endif %}{% if adviser.level %} ({{ adviser.level }})"
                            "{% endif %}{% if adviser.independent %}; independent of the school{% endif %}"
                            "{% else %}" + NOT_RECORDED + "{% endif %}", ""),
    ])

    w.heading("10. Publishing and communicating the programme", 1)
    w.tag("{%p if publication.summary %}")
    w.para("{{ publication.summary }}")
    w.tag("{%p endif %}")
    w.facts([
        ("Careers web page", _or("school.careers_page"), ""),
        ("Published", _or("publication.published_date"), ""),
        ("Next review", _or("publication.next_review_date"), ""),
        ("How impact is measured", _or("publication.impact_measures"), ""),
    ])
    w.tag("{%p if publication.has_audiences %}")
    w.table([
        Column("Audience", "**{{ a.audience }}**", 40),
        Column("How we tell them", "{{ a.how }}", 70),
        Column("Where online", "{{ a.url }}", 60),
    ], "a in publication.audiences")
    w.tag("{%p endif %}")

    w.heading("11. Evaluation", 1)
    w.facts([
        ("Last full evaluation", _or("evaluation.last_full"), ""),
        ("Next full evaluation", _or("evaluation.next_full"), ""),
        ("How we evaluate", _or("evaluation.plan"), ""),
        ("Feedback heard from", _or("evaluation.groups_heard", "No group yet"), ""),
    ])
    w.tag("{%p if evaluation.has_feedback %}")
    w.table([
        Column("Date and group", "**{{ f.group }}**\n\n{{ f.date }}", 32),
        Column("Method", "{{ f.method }}{% if f.respondents %} ({{ f.respondents }} responses){% endif %}", 33),
        Column("What they told us", "{{ f.findings }}", 52),
        Column("What we changed", "{{ f.changes }}", 53),
    ], "f in evaluation.feedback")
    w.tag("{%p else %}")
    w.para("No feedback is recorded yet.")
    w.tag("{%p endif %}")

    w.tag("{%p if send.applies %}")
    w.heading("12. Special educational needs and disabilities (SEND)", 1)
    w.tag("{%p if send.cohort %}")
    w.para("{{ send.cohort }}")
    w.tag("{%p endif %}")
    w.para("{% if send.ehcp_pupils %}{{ send.ehcp_pupils }} pupils have an education, health and care (EHC) plan. "
           "{% endif %}Their annual reviews from Year 9 focus on preparing for adulthood, informed by careers "
           "guidance.{% if send.senco %} The SENCO is {{ send.senco }}.{% endif %}")
    w.tag("{%p if send.has_adapted_activities %}")
    w.table([
        Column("Activity", "**{{ s.title }}**\n\n{{ s.year_groups }}", 45),
        Column("For", "{{ s.for_whom }}", 30),
        Column("Adaptations", "{{ s.adaptations }}", 60),
        Column("Preparing for adulthood", "{{ s.pfa_outcome }}", 35),
    ], "s in send.adapted_activities")
    w.tag("{%p endif %}")
    w.tag("{%p endif %}")

    w.heading("Risks and support needed", 1)
    w.tag("{%p if plan.has_risks %}")
    w.tag("{%p for risk in plan.risks %}")
    w.bullet("{{ risk }}")
    w.tag("{%p endfor %}")
    w.tag("{%p else %}")
    w.para("No risks are recorded.")
    w.tag("{%p endif %}")
    w.para("**Statutory position for governors: **", "{% if check.must_count %}legal requirements not yet met: "
           "{{ check.must_count }}. See section 3.{% else %}the check found every legal requirement it tests met "
           "on {{ check.as_of }}.{% endif %}")
    w.note("Made with b1docs from the school's careers workbook on {{ generated_on }}.")
    _save(document, "strategic-careers-plan.docx")


def _activity_columns() -> list[Column]:
    return [
        Column("When", "{{ activity.term }}", 20),
        Column("Activity", "**{{ activity.title }}**\n\n{{ activity.description }}\n\n"
                           "{% if activity.type %}{{ activity.type }}{% endif %}", 62),
        Column("Who it is for", "{{ activity.for_whom }}\n\n{% if activity.adaptations %}Adapted: "
                                "{{ activity.adaptations }}{% endif %}", 38),
        Column("Partner", "{{ activity.partner }}{% if activity.parents_involved %}\n\nFamilies involved"
                          "{% endif %}", 25),
        Column("Links", "{% if activity.benchmarks %}Benchmarks {{ activity.benchmarks }}{% endif %}\n\n"
                        "{% if activity.outcomes %}Outcomes {{ activity.outcomes }}{% endif %}", 25),
    ]


def _encounter_columns() -> list[Column]:
    return [
        Column("Date", "{{ e.date }}", 30),
        Column("Year", "{{ e.year_group }}", 18),
        Column("Provider", "**{{ e.provider }}**\n\n{{ e.provider_type }}", 46),
        Column("Format", "{{ e.format }}{% if e.duration %}, {{ e.duration }}{% endif %}", 32),
        Column("In the school day", "{% if e.school_day %}Yes{% else %}No: does not count{% endif %}", 22),
        Column("Pupils", "{% if e.mandatory %}All pupils{% else %}Optional{% endif %}", 22),
    ]


def guide() -> None:
    document = new_document("Guide for parents and carers")
    w = Writer(document)
    cover(w, "Careers: a guide for parents and carers", "How we help your child plan their future", [
        ("Careers leader", "{{ leader.name or \"Our careers leader\" }}", ""),
        ("Email", "{{ leader.email or \"Please contact our office\" }}", ""),
        ("Phone", "{{ leader.phone }}", "leader.phone"),
        ("Careers web page", "{{ school.careers_page }}", "school.careers_page"),
    ])

    w.heading("Why careers matters", 1)
    w.para("You know your child best. Children say their parents and carers are the people they turn to most "
           "when they think about their future. This guide tells you what we do each year and how you can help.")
    w.para("Careers education is more than choosing a job. It helps your child learn about themselves. It shows "
           "them the many paths open to them. It helps them make good choices at each step.")
    w.heading("Six things you can do", 2)
    for tip in ("Find out about the options together.",
                "Come to {{ words.institution }} events and read what we send home.",
                "Talk often about what your child enjoys and is good at.",
                "Share your own work and what you have learned.",
                "Let your child lead. Listen and ask questions.",
                "Help them look things up and keep their options open."):
        w.bullet(tip)

    w.heading("Who to contact", 1)
    w.para("Our careers leader is {{ leader.name or \"named on our website\" }}{% if leader.title %} "
           "({{ leader.title }}){% endif %}. Please get in touch with any question, big or small.")
    w.tag("{%p if leader.email %}")
    w.para("**Email: **", "{{ leader.email }}")
    w.tag("{%p endif %}")
    w.tag("{%p if leader.phone %}")
    w.para("**Phone: **", "{{ leader.phone }}")
    w.tag("{%p endif %}")
    w.tag("{%p if adviser.has_adviser %}")
    w.para("{{ words.pupils_capitalised }} can also talk to a trained careers adviser"
           "{% if adviser.name %}, {{ adviser.name }}{% endif %}"
           "{% if adviser.organisation %} from {{ adviser.organisation }}{% endif %}. The adviser gives fair advice "
           "about every option.")
    w.tag("{%p endif %}")

    w.heading("What happens in each year", 1)
    w.para("Here is what your child will do in each year. The year has three terms: autumn, spring and "
           "summer.")
    w.tag("{%p for year in programme.years %}")
    w.heading("{{ year.label }}", 2)
    w.tag("{%p if year.decision %}")
    w.para("**{{ year.decision }}**")
    w.tag("{%p endif %}")
    w.tag("{%p for activity in year.activities %}")
    w.bullet("**{{ activity.title }}**", "{% if activity.term %} ({{ activity.term }}){% endif %}"
             "{% if activity.description %}: {{ activity.description }}{% endif %}"
             "{% if activity.parents_involved %} Families are welcome.{% endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if not year.has_activities %}")
    w.para("We will add the plans for {{ year.label }} soon.")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")

    w.heading("How we work with families", 1)
    w.tag("{%p if parents.has_engagement %}")
    w.para("We keep you involved all year. This is how:")
    w.table([
        Column("Who", "{{ p.year_groups or \"All years\" }}", 30),
        Column("When", "{{ p.term }}", 25),
        Column("What", "**{{ p.what }}**\n\n{{ p.purpose }}", 80),
        Column("How", "{{ p.channel }}", 35),
    ], "p in parents.all")
    w.tag("{%p else %}")
    w.para("We will tell you about events for families in our newsletter and on our website.")
    w.tag("{%p endif %}")

    w.tag("{%p if provider_access.applies %}")
    w.heading("Meeting colleges and training providers", 1)
    w.para("By law, your child will meet colleges and training providers at school. They will hear about "
           "technical courses and apprenticeships. An apprenticeship is a real job with training, and you are "
           "paid while you learn.")
    w.tag("{%p for phase in provider_access.phases %}")
    w.heading("{{ phase.years }}", 2)
    w.para("There are at least two visits {{ phase.window }}. {{ phase.attendance }}")
    w.tag("{%p for e in phase.encounters %}")
    w.bullet("**{{ e.provider }}**", "{% if e.date %} on {{ e.date }}{% endif %}"
             "{% if e.year_group %} ({{ e.year_group }}){% endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")

    w.heading("Talking to a careers adviser", 1)
    w.para("Every {{ words.pupil }} has a one-to-one talk with a careers adviser by the age of 16. "
           "They can have another one before they turn 18. The adviser helps them think about their next steps. "
           "You can ask to join or to talk to the adviser too.")

    w.heading("The choices after school", 1)
    w.para("Young people in England stay in education or training until they are 18. They can choose:")
    for choice in ("A levels, which most often lead to university.",
                   "T Levels, two-year technical courses with a long work placement.",
                   "Apprenticeships, a paid job with training.",
                   "Other college courses, from entry level to higher technical courses.",
                   "Work or volunteering for 20 hours or more a week, with part-time study."):
        w.bullet(choice)
    w.para("After 18, the choices include a degree, a degree apprenticeship, a higher technical course or a job "
           "with training.")

    w.tag("{%p if send.applies or send.has_senco %}")
    w.heading("Support for {{ words.pupils }} with special needs", 1)
    w.para("We adapt careers activities so that every child can take part. "
           "{{ words.pupils_capitalised }} with special educational needs and disabilities (SEND) get extra help "
           "to plan for adult life.")
    w.tag("{%p if send.applies %}")
    w.para("If your child has an education, health and care (EHC) plan, each review from Year 9 looks at "
           "preparing for adult life. This covers work, living well and staying healthy.")
    w.tag("{%p endif %}")
    w.tag("{%p if send.senco %}")
    w.para("Our special needs coordinator (SENCO) is {{ send.senco }}{% if send.senco_email %}. Email: "
           "{{ send.senco_email }}{% endif %}.")
    w.tag("{%p endif %}")
    w.tag("{%p if send.local_offer_url %}")
    w.para("Your council's Local Offer lists local services: {{ send.local_offer_url }}")
    w.tag("{%p endif %}")
    w.tag("{%p endif %}")

    w.heading("Tell us what you think", 1)
    w.para("We want to hear from you. Your views help us make careers better each year. Please contact "
           "{{ leader.name or \"our careers leader\" }}{% if leader.email %} at {{ leader.email }}{% endif %}, "
           "or fill in our survey when we send it home.")
    w.tag("{%p if evaluation.has_feedback %}")
    w.para("Last time we asked, we heard from {{ evaluation.groups_heard|lower }}. Here is what we changed:")
    w.tag("{%p for f in evaluation.feedback %}")
    w.tag("{%p if f.changes %}")
    w.bullet("{{ f.changes }}")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")

    w.heading("Useful websites", 1)
    for site in ("National Careers Service: nationalcareers.service.gov.uk",
                 "Find an apprenticeship: gov.uk/apply-apprenticeship",
                 "UCAS, for university and more: ucas.com",
                 "Talking Futures, for parents and carers: talkingfutures.org.uk"):
        w.bullet(site)
    w.tag("{%p if school.careers_page %}")
    w.para("Our careers page: {{ school.careers_page }}")
    w.tag("{%p endif %}")
    w.note("Published {{ publication.published_date or generated_on }}. "
           "{% if publication.next_review_date %}Next review: {{ publication.next_review_date }}.{% endif %}")
    _save(document, "guide-for-parents-and-carers.docx")


def policy() -> None:
    document = new_document("Provider access policy statement")
    w = Writer(document)
    cover(w, "Provider access policy statement", "Access for education and training providers", [
        ("Contact", "{{ provider_access.contact_name or leader.name or \"" + NOT_RECORDED + "\" }}"
                    "{% if provider_access.contact_role %}, {{ provider_access.contact_role }}{% endif %}", ""),
        ("Email", "{{ provider_access.contact_email or leader.email or \"" + NOT_RECORDED + "\" }}", ""),
        ("Phone", "{{ provider_access.contact_phone or leader.phone or \"" + NOT_RECORDED + "\" }}", ""),
        ("Approved by governors", _or("provider_access.approved_date"), "provider_access.applies"),
        ("Next review", _or("provider_access.review_date"), "provider_access.applies"),
    ])
    w.tag("{%p if provider_access.applies %}")
    w.heading("1. Introduction", 1)
    w.para("This statement sets out how {{ school.name }} manages access by education and training providers "
           "to pupils in {{ provider_access.entitled_years }}, so that they can tell pupils about their courses and "
           "apprenticeships. "
           "It meets section 42B of the Education Act 1997, known as the provider access legislation, and the "
           "Department for Education's statutory guidance.")

    w.heading("2. Pupil entitlement", 1)
    w.para("All pupils in {{ provider_access.entitled_years }} are entitled to:")
    for item in ("find out about technical education qualifications and apprenticeships, as part of a careers "
                 "programme that covers the full range of education and training options at each transition "
                 "point;",
                 "hear from a range of local providers about the opportunities they offer, including technical "
                 "education and apprenticeships, through options events, assemblies and group discussions and "
                 "taster events;",
                 "understand how to make applications for the full range of academic and technical courses."):
        w.bullet(item)
    w.heading("The six encounters by key phase", 2)
    w.para("Every pupil has at least two encounters with providers in each key phase, during the school day.")
    w.table([
        Column("Key phase", "**{{ phase.name }}**\n\n{{ phase.years }}", 32),
        Column("When", "{{ phase.window_capitalised }}", 58),
        Column("Attendance", "{{ phase.attendance }}", 45),
        Column("Planned encounters", "**{{ phase.counted }}** in the school day (at least {{ phase.needed }} "
                                     "needed)", 35),
    ], "phase in provider_access.phases")

    w.heading("3. Managing provider access requests", 1)
    w.para("A provider who wants to request access should contact:")
    w.facts([
        ("Name", "{{ provider_access.contact_name or leader.name or \"" + NOT_RECORDED + "\" }}", ""),
        ("Role", "{{ provider_access.contact_role or leader.title or \"" + NOT_RECORDED + "\" }}", ""),
        ("Email", "{{ provider_access.contact_email or leader.email or \"" + NOT_RECORDED + "\" }}", ""),
        ("Phone", "{{ provider_access.contact_phone or leader.phone or \"" + NOT_RECORDED + "\" }}", ""),
        ("Notice needed", _or("provider_access.notice_needed"), ""),
    ])
    w.tag("{%p if provider_access.how_to_request %}")
    w.para("{{ provider_access.how_to_request }}")
    w.tag("{%p endif %}")

    w.heading("4. Opportunities for access", 1)
    w.para("These are the encounters planned this year, by key phase. Only encounters in the school day count "
           "towards a pupil's entitlement; evening events such as parents' evenings are extra.")
    w.tag("{%p for phase in provider_access.phases %}")
    w.heading("{{ phase.name }}: {{ phase.years }}", 2)
    w.para("When: {{ phase.window }}. {{ phase.attendance }}")
    w.tag("{%p if phase.has_encounters %}")
    w.table(_encounter_columns(), "e in phase.encounters")
    w.tag("{%p else %}")
    w.para("The encounters for {{ phase.name|lower }} are not yet recorded.")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if provider_access.has_other_encounters %}")
    w.heading("Other encounters", 2)
    w.para("These encounters are for year groups outside the key phases that apply here.")
    w.table(_encounter_columns(), "e in provider_access.other_encounters")
    w.tag("{%p endif %}")

    w.heading("5. Granting and refusing access", 1)
    w.heading("Grounds for granting access", 2)
    w.para(_or("provider_access.grounds_granting"))
    w.heading("Grounds for refusing access", 2)
    w.para(_or("provider_access.grounds_refusing"))
    w.para("Every request is considered case by case. Visitors follow the school's "
           "{{ provider_access.safeguarding_policy or \"safeguarding and visitor policy\" }}.")

    w.heading("6. Premises and facilities", 1)
    w.para(_or("provider_access.premises"))
    w.para("Providers may leave a copy of their prospectus or other information with the careers leader, who "
           "will make it available to pupils.")

    w.heading("7. What each encounter covers", 1)
    w.para("Providers are expected to cover four things in each encounter:")
    for item in ("the provider and the approved technical qualifications or apprenticeships it offers;",
                 "the careers those courses can lead to;",
                 "what learning or training with the provider is like;",
                 "answers to pupils' questions."):
        w.bullet(item)

    w.tag("{%p if send.applies %}")
    w.heading("8. Pupils with special educational needs and disabilities (SEND)", 1)
    w.para("Encounters are planned with parents and carers, the SENCO and the staff who know each pupil, and "
           "adapted so that every pupil has the same opportunity.")
    w.tag("{%p for e in provider_access.encounters %}")
    w.tag("{%p if e.send_adjustments %}")
    w.bullet("**{{ e.provider }}**", "{% if e.date %} ({{ e.date }}){% endif %}: {{ e.send_adjustments }}")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p endif %}")

    w.heading("Approval and review", 1)
    w.para("This statement was approved by the governing board on "
           "{{ provider_access.approved_date or \"a date not yet recorded\" }}. It will be reviewed by "
           "{{ provider_access.review_date or \"a date not yet recorded\" }}.")
    w.tag("{%p if publication.pal_url %}")
    w.para("It is published at {{ publication.pal_url }}.")
    w.tag("{%p endif %}")
    w.tag("{%p else %}")
    w.heading("Provider access does not apply", 1)
    w.para("{{ provider_access.reason }}")
    w.para("{{ school.name }} still welcomes colleges, universities, training providers and employers who want "
           "to meet our learners. Please contact {{ provider_access.contact_name or leader.name or \"the careers "
           "team\" }}{% if provider_access.contact_email or leader.email %} at {{ provider_access.contact_email "
           "or leader.email }}{% endif %}.")
    w.tag("{%p endif %}")
    _save(document, "provider-access-policy.docx")


def _save(document, name: str) -> None:
    """Save with fixed dates inside, so regenerating unchanged templates leaves git with nothing to commit."""
    core = document.core_properties
    core.author = core.last_modified_by = "b1docs"
    core.title = core.subject = core.comments = core.keywords = ""
    core.created = core.modified = FIXED_TIME
    core.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path = ROOT / "templates" / name
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            stable = zipfile.ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            stable.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(stable, source.read(item.filename))
    print(f"Wrote {path.relative_to(ROOT)}")


def docs() -> None:
    from b1docs.render.describe import templates_markdown

    path = ROOT / "docs" / "templates.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(templates_markdown(), encoding="utf-8")
    print(f"Wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    plan()
    guide()
    policy()
    docs()
