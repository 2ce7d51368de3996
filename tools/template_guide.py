"""The guide for parents and carers template, in plain English (benchmark1-rules.md B2)."""

from __future__ import annotations

from docx_kit import Column, Writer, new_document
from template_parts import cover, save


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
    save(document, "guide-for-parents-and-carers.docx")
