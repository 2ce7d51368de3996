"""The provider access policy statement template, with the statutory content (benchmark1-rules.md B3)."""

from __future__ import annotations

from docx_kit import Column, Writer, new_document
from template_parts import NOT_RECORDED, cover, encounter_columns, or_not_recorded, save


def policy() -> None:
    document = new_document("Provider access policy statement")
    w = Writer(document)
    cover(w, "Provider access policy statement", "Access for education and training providers", [
        ("Contact", "{{ provider_access.contact_name or leader.name or \"" + NOT_RECORDED + "\" }}"
                    "{% if provider_access.contact_role %}, {{ provider_access.contact_role }}{% endif %}", ""),
        ("Email", "{{ provider_access.contact_email or leader.email or \"" + NOT_RECORDED + "\" }}", ""),
        ("Phone", "{{ provider_access.contact_phone or leader.phone or \"" + NOT_RECORDED + "\" }}", ""),
        ("Approved by governors", or_not_recorded("provider_access.approved_date"), "provider_access.applies"),
        ("Next review", or_not_recorded("provider_access.review_date"), "provider_access.applies"),
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
        ("Notice needed", or_not_recorded("provider_access.notice_needed"), ""),
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
    w.table(encounter_columns(), "e in phase.encounters")
    w.tag("{%p else %}")
    w.para("The encounters for {{ phase.name|lower }} are not yet recorded.")
    w.tag("{%p endif %}")
    w.tag("{%p endfor %}")
    w.tag("{%p if provider_access.has_other_encounters %}")
    w.heading("Other encounters", 2)
    w.para("These encounters are for year groups outside the key phases that apply here.")
    w.table(encounter_columns(), "e in provider_access.other_encounters")
    w.tag("{%p endif %}")

    w.heading("5. Granting and refusing access", 1)
    w.heading("Grounds for granting access", 2)
    w.para(or_not_recorded("provider_access.grounds_granting"))
    w.heading("Grounds for refusing access", 2)
    w.para(or_not_recorded("provider_access.grounds_refusing"))
    w.para("Every request is considered case by case. Visitors follow the school's "
           "{{ provider_access.safeguarding_policy or \"safeguarding and visitor policy\" }}.")

    w.heading("6. Premises and facilities", 1)
    w.para(or_not_recorded("provider_access.premises"))
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
    save(document, "provider-access-policy.docx")
