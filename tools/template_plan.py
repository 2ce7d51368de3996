"""The strategic careers plan template, for governors (shared/domain/benchmark1-rules.md B1)."""

from __future__ import annotations

from docx_kit import Column, Writer, new_document
from template_parts import NOT_RECORDED, activity_columns, cover, encounter_columns, or_not_recorded, save


def plan() -> None:
    document = new_document("Strategic careers plan", cover_page=True)
    w = Writer(document)
    cover(w, "Strategic careers plan", "For governors and senior leaders", [
        ("Careers leader", "{{ leader.name or \"Not yet named\" }}{% if leader.title %}, {{ leader.title }}"
                           "{% endif %}", ""),
        ("Email", or_not_recorded("leader.email"), ""),
        ("Phone", or_not_recorded("leader.phone"), ""),
        ("Link governor for careers", or_not_recorded("school.link_governor"), ""),
        ("Senior leader sponsor", or_not_recorded("backing.slt_sponsor"), ""),
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
        ("Last governors' review", or_not_recorded("backing.governors_review_date"), ""),
    ])
    w.heading("What this plan covers", 2)
    for line in ("Vision and rationale, and links to the {{ words.institution }} development plan",
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
    w.para("**{{ words.institution|capitalize }} mission: **", "{{ school.mission }}")
    w.tag("{%p endif %}")
    w.heading("Links to the {{ words.institution }} development plan", 2)
    w.tag("{%p if plan.has_sdp_priorities %}")
    w.para("The careers programme supports these {{ words.institution }} development plan priorities:")
    w.tag("{%p for priority in plan.sdp_priorities %}")
    w.bullet("{{ priority }}")
    w.tag("{%p endfor %}")
    w.tag("{%p else %}")
    w.para("The {{ words.institution }} development plan priorities that careers supports are not yet recorded.")
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
    w.note("Some activities have no year group the {{ words.institution }} teaches; they are listed at the end.")
    w.tag("{%p endif %}")
    w.tag("{%p for year in programme.years %}")
    w.heading("{{ year.label }} ({{ year.key_stage }})", 2)
    w.tag("{%p if year.has_activities %}")
    w.table(activity_columns(), "activity in year.activities")
    w.tag("{%p else %}")
    w.para("No activities are recorded for {{ year.label }} yet.")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if programme.has_unplaced %}")
    w.heading("Activities without a year group", 2)
    w.table(activity_columns(), "activity in programme.unplaced")
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
    w.table(encounter_columns(), "e in provider_access.encounters")
    w.tag("{%p endif %}")
    w.tag("{%p else %}")
    w.para("The provider access duty does not apply. {{ provider_access.reason }}")
    w.tag("{%p if provider_access.has_encounters %}")
    w.para("Encounters with providers are still part of the programme:")
    w.table(encounter_columns(), "e in provider_access.encounters")
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
        ("Annual budget", or_not_recorded("leader.annual_budget"), ""),
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
        ("Careers web page", or_not_recorded("school.careers_page"), ""),
        ("Published", or_not_recorded("publication.published_date"), ""),
        ("Next review", or_not_recorded("publication.next_review_date"), ""),
        ("How impact is measured", or_not_recorded("publication.impact_measures"), ""),
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
        ("Last full evaluation", or_not_recorded("evaluation.last_full"), ""),
        ("Next full evaluation", or_not_recorded("evaluation.next_full"), ""),
        ("How we evaluate", or_not_recorded("evaluation.plan"), ""),
        ("Feedback heard from", or_not_recorded("evaluation.groups_heard", "No group yet"), ""),
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
    w.note("Made with b1docs from the {{ words.institution }}'s careers workbook on {{ generated_on }}.")
    save(document, "strategic-careers-plan.docx")
