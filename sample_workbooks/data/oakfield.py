"""Oakfield Academy: a fictional 11–18 academy in Leeds whose workbook meets everything a workbook can show.

Describes the 2026-27 academic year, as filled in on 1 December 2026. A few cells are typed the way people
really type them (text dates, 'Y10', 'Years 10-11', 'All', 'Y') so the reader's normalising is exercised.
"""

from __future__ import annotations

from datetime import date

from sample_workbooks.data._rows import action, activity, encounter, feedback, outcome, parent

SCHOOL = {
    "name": "Oakfield Academy",
    "urn": "149731",
    "institution_type": "11–18 school",
    "is_academy": "Yes",
    "year_groups": "7-13",
    "website": "https://www.oakfield.example.sch.uk",
    "careers_page": "https://www.oakfield.example.sch.uk/careers",
    "headteacher": "Dr Helen Marsh",
    "chair_of_governors": "Rajesh Patel",
    "link_governor": "Claire Dunmore",
    "senco": "Aisha Rahman",
    "senco_email": "senco@oakfield.example.sch.uk",
    "sen_report_url": "https://www.oakfield.example.sch.uk/send/sen-information-report",
    "local_offer_url": "https://www.leeds-localoffer.example.gov.uk",
    "ehcp_pupils": 31,
    "post19_ehcp": "No",
    "send_cohort": (
        "Oakfield is a mainstream academy. All pupils follow the careers programme; the 31 pupils with EHC plans "
        "and the 142 on SEN support get adapted activities, supported work experience and extra guidance "
        "interviews planned with the SENCO."
    ),
    "mission": (
        "Oakfield Academy helps every young person leave with the qualifications, confidence and character to "
        "choose their own future and thrive in it."
    ),
}

LEADERSHIP = {
    "leader_name": "Daniel Okafor",
    "leader_title": "Assistant Headteacher (Personal Development)",
    "leader_on_slt": "Yes",
    "leader_email": "careers@oakfield.example.sch.uk",
    "leader_phone": "0113 496 0417",
    "training_course": "Careers Leader training (funded by The Careers & Enterprise Company)",
    "training_provider": "Yorkshire Careers Leadership Partnership",
    "training_completed": "20 June 2024",
    "hours_per_week": 10,
    "annual_budget": 14500,
    "adviser_name": "Joanne Whitfield",
    "adviser_organisation": "Futures Guidance Ltd",
    "adviser_independent": "Yes",
    "adviser_level": "Level 6 or above",
    "head_backing_date": date(2026, 9, 14),
    "slt_backing_date": date(2026, 9, 16),
    "slt_sponsor": "Dr Helen Marsh, Headteacher",
    "governors_approval_date": date(2026, 10, 7),
    "governors_minute_ref": "FGB 2026/27-05",
    "governors_review_date": date(2026, 6, 24),
    "vision": (
        "Every Oakfield student will know their strengths, understand the full range of routes open to them "
        "(sixth form, college, T Levels, apprenticeships, university and work) and have the skills and contacts "
        "to take their next step with confidence. Careers is part of every subject, every year, for every student."
    ),
    "sdp_priorities": (
        "Priority 1: Raise the attainment and aspirations of disadvantaged pupils\n"
        "Priority 2: Strengthen personal development and the wider curriculum\n"
        "Priority 3: Improve attendance and reduce the number of young people not in education, employment or "
        "training (NEET)\n"
        "Priority 4: Work with families as partners in learning\n"
        "Priority 5: Grow the sixth form and its range of academic and technical routes"
    ),
    "plan_period": "2026-2029",
    "plan_version": "2.1",
    "risks": (
        "Employer capacity for Year 10 work experience week is tight in construction and health; we need "
        "governors' help to approach their own networks. The careers budget depends on the trust's personal "
        "development fund, which is reviewed each March. If the careers leader left, the programme calendar and "
        "this workbook are the handover record."
    ),
}

# Six outcomes per key stage, one for each CDI learning area, so each key stage covers all six areas.
_AREAS = ("Grow throughout life", "Explore possibilities", "Manage career", "Create opportunities",
          "Balance life and work", "See the big picture")
OUTCOMES = [
    outcome("LO1", _AREAS[0], "7-9", "Describe my own strengths, interests and qualities and how they are changing."),
    outcome("LO2", _AREAS[1], "7-9", "Find out about a range of jobs, including those in our local area."),
    outcome("LO3", _AREAS[2], "7-9", "Make an informed choice of GCSE options and explain my reasons."),
    outcome("LO4", _AREAS[3], "7-9", "Show enterprise skills such as teamwork and problem solving in a real task."),
    outcome("LO5", _AREAS[4], "7-9", "Explain why wellbeing and money matter when thinking about work."),
    outcome("LO6", _AREAS[5], "7-9", "Recognise stereotypes about jobs and challenge them."),
    outcome("LO7", _AREAS[0], "10-11", "Reflect on what I learned from work experience and set myself targets."),
    outcome("LO8", _AREAS[1], "10-11", "Compare sixth form, college, T Levels and apprenticeships after Year 11."),
    outcome("LO9", _AREAS[2], "10-11", "Plan my post-16 route with a careers adviser and apply on time."),
    outcome("LO10", _AREAS[3], "10-11", "Write a CV and present myself well at an interview."),
    outcome("LO11", _AREAS[4], "10-11", "Manage stress and balance study, work and the rest of my life."),
    outcome("LO12", _AREAS[5], "10-11", "Use labour market information about growing sectors in our region."),
    outcome("LO13", _AREAS[0], "12-13", "Evaluate my skills and experience and how I will keep learning after 18."),
    outcome("LO14", _AREAS[1], "12-13", "Research university, degree apprenticeship, higher technical and job "
            "options in depth."),
    outcome("LO15", _AREAS[2], "12-13", "Make and manage a realistic post-18 plan with a back-up route."),
    outcome("LO16", _AREAS[3], "12-13", "Write strong applications (UCAS, apprenticeships, jobs) and interview well."),
    outcome("LO17", _AREAS[4], "12-13", "Budget for independent living, student finance or a first salary."),
    outcome("LO18", _AREAS[5], "12-13", "Explain how technology, net zero and the economy are changing work."),
]

_ADVISER = "Joanne Whitfield (Futures Guidance)"
_LEAD = "Daniel Okafor"
PROGRAMME = [
    # All years, all year round
    activity("All", "All year", "Unifrog careers platform",
             "Every student has a Unifrog account to explore careers, record activities and build their profile; "
             "tutors set a Unifrog task each half-term.", "Online platform", "2, 3", "LO2, LO8, LO14",
             lead=_LEAD, adaptations="Screen-reader friendly; SEND pupils use it with a teaching assistant.",
             delivered="Yes"),
    # Year 7
    activity(7, "Autumn 1", "Meet the careers team",
             "Assembly introducing the careers leader, the careers adviser and what happens in each year.",
             "Assembly", "1, 2", "LO2", lead=_LEAD, delivered="Yes"),
    activity(7, "Autumn 1", "My Future Me: careers in PSHE",
             "Six PSHE lessons on strengths, interests and what a career is, with a family homework task.",
             "Careers lesson", "1, 4", "LO1", lead="PSHE team", parents="Yes", delivered="Yes"),
    activity(7, "Autumn 2", "Year 7 transition mentoring for pupils with SEND",
             "Small-group sessions with the SENCO's team so pupils with SEND settle and start thinking about "
             "their interests.", "Other", "1, 3", "LO1", lead="Aisha Rahman (SENCO)", for_whom="SEND",
             adaptations="Groups of six, visual timetables and a trusted adult in every session.",
             pfa="Education and employment", parents="Yes", delivered="Yes"),
    activity(7, "Autumn 2", "Skills and qualities audit",
             "Pupils complete the Unifrog skills quiz and choose two skills to build this year.", "Careers lesson",
             "3", "LO1, LO3", lead="Form tutors", delivered="Yes"),
    activity(7, "Spring 1", "Jobs around us",
             "A lesson using local labour market information: which jobs are in Leeds and who does them.",
             "Careers lesson", "2", "LO2, LO6", lead=_LEAD),
    activity("All", "Spring 2", "National Careers Week",
             "Assemblies, subject 'careers in my subject' starters and an employer lunchtime talk every day.",
             "Assembly", "2, 4, 5", "LO2, LO8, LO14", lead=_LEAD, partner="Leeds employers' network"),
    activity("Y7", "Summer 1", "My Learning, My Future subject lessons",
             "Every subject teaches one lesson linking its content to careers.", "Subject lesson link", "4", "LO2",
             lead="Heads of department"),
    activity(7, "Summer 2", "Enterprise day",
             "Teams design and pitch a product to local business volunteers.", "Employer encounter", "5", "LO4, LO5",
             lead="Business studies team", partner="Kirkstall Bank volunteers"),
    # Year 8
    activity(8, "Autumn 1", "Challenging stereotypes",
             "PSHE lessons on gender, class and disability stereotypes in jobs, with role models on video.",
             "Careers lesson", "3", "LO6, LO5", lead="PSHE team", delivered="Yes"),
    activity(8, "Autumn 1", "Kirkgate College assembly: routes after 16",
             "Kirkgate College explains its courses, T Levels and apprenticeships and takes questions.",
             "Provider encounter", "7", "LO2", lead=_LEAD, partner="Kirkgate College", delivered="Yes"),
    activity(8, "Autumn 2", "Careers in the NHS",
             "Staff from the local hospital trust describe clinical and non-clinical jobs and how to get them.",
             "Employer encounter", "5", "LO2, LO6", lead=_LEAD, partner="Leeds Teaching Hospitals volunteers",
             delivered="Yes"),
    activity(8, "Spring 1", "Year 8 employer speed networking",
             "Twelve employers, six minutes each: pupils ask prepared questions about real jobs.",
             "Employer encounter", "5", "LO2, LO4", lead=_LEAD, partner="Leeds employers' network",
             adaptations="Question prompt cards and a quieter room for pupils who need it."),
    activity(8, "Spring 2", "Apprenticeships and T Levels explained",
             "Pennine Skills Training runs a workshop on apprenticeships and T Levels and how to apply.",
             "Provider encounter", "7", "LO2, LO6", lead=_LEAD, partner="Pennine Skills Training"),
    activity(8, "Summer 1", "Money and my future",
             "Budgeting, payslips and how pay differs between jobs.", "Careers lesson", "2, 4", "LO5",
             lead="Maths department"),
    activity(8, "Summer 2", "University campus day for disadvantaged pupils",
             "A day at Northern Metropolitan University with student ambassadors.", "Trip or visit", "7", "LO4",
             lead=_LEAD, for_whom="Disadvantaged",
             adaptations="Travel and lunch paid from pupil premium; families invited to the afternoon session.",
             partner="Northern Metropolitan University", parents="Yes"),
    # Year 9
    activity("Years 9-13", "All year", "Careers guidance in EHC plan annual reviews",
             "From Year 9 the careers adviser prepares for and joins annual reviews for pupils with EHC plans, "
             "so preparing for adulthood outcomes include employment and next steps.", "Personal guidance", "3, 8",
             "LO3, LO9, LO15", lead="Aisha Rahman (SENCO)", for_whom="SEND",
             adaptations="Reviews led by the young person's own communication profile; families present.",
             pfa="Education and employment", partner="Futures Guidance Ltd", parents="Yes", delivered="Yes"),
    activity(9, "Autumn 1", "Options journey launch",
             "Assembly and tutor sessions explaining how GCSE options work and where they can lead.", "Assembly",
             "2, 3", "LO3", lead=_LEAD, delivered="Yes"),
    activity(9, "Autumn 1", "Careers adviser drop-ins",
             "Weekly lunchtime drop-ins with the careers adviser for Year 9 pupils thinking about options.",
             "Personal guidance", "8", "LO3", lead=_ADVISER, partner="Futures Guidance Ltd", delivered="Yes"),
    activity(9, "Autumn 2", "Aire Valley UTC taster afternoon",
             "Pupils try engineering and digital workshops at the UTC and hear about its Year 10 entry.",
             "Provider encounter", "7", "LO2", lead=_LEAD, partner="Aire Valley UTC", delivered="Yes"),
    activity(9, "Spring 1", "Options evening",
             "Subject stalls, talks and the options booklet for pupils and families.", "Options event", "2, 3",
             "LO3, LO2", lead="Deputy Headteacher (Curriculum)", parents="Yes", school_day="No"),
    activity(9, "Spring 1", "Options guidance for pupils with SEND",
             "A 30-minute guidance meeting with each pupil with SEND and their family before options are chosen.",
             "Personal guidance", "3, 8", "LO3", lead=_ADVISER, for_whom="SEND",
             adaptations="Longer appointments, easy-read options booklet.", pfa="Education and employment",
             parents="Yes"),
    activity(9, "Spring 2", "Women in engineering workshop",
             "Engineers from Calder Engineering lead a bridge-building challenge and talk about their routes.",
             "Employer encounter", "4, 5", "LO6, LO4", lead="Science department", partner="Calder Engineering Ltd"),
    activity(9, "Summer 2", "Resilience and change",
             "PSHE unit on coping with setbacks and managing change, linked to choosing a path.", "Careers lesson",
             "3", "LO5, LO1", lead="PSHE team"),
    # Year 10
    activity("Y10", "Autumn 1", "Growing sectors in the Leeds City Region",
             "Labour market lesson on digital, health, construction and green jobs, using local data.",
             "Careers lesson", "2", "LO12, LO8", lead=_LEAD, delivered="Yes"),
    activity(10, "Autumn 2", "Apprenticeships assembly",
             "West Yorkshire Apprenticeship Hub explains apprenticeships at every level and how to find them.",
             "Provider encounter", "7", "LO8", lead=_LEAD, partner="West Yorkshire Apprenticeship Hub",
             delivered="Yes"),
    activity(10, "Autumn 2", "Employer mentoring for disadvantaged pupils",
             "Twelve pupil premium students meet an employer mentor six times across the year.",
             "Employer encounter", "5", "LO10, LO7", lead=_LEAD, for_whom="Disadvantaged",
             adaptations="Sessions in school time; mentors briefed by the pastoral team.",
             partner="Kirkstall Bank volunteers", delivered="Yes"),
    activity(10, "Spring 1", "Green careers challenge",
             "Teams solve a net zero housing brief set by a local construction firm.", "Employer encounter",
             "4, 5", "LO12", lead="Design and technology department", partner="Wharfedale Homes"),
    activity(10, "Spring 1", "CV writing",
             "Pupils write a CV and covering letter ready for work experience.", "Careers lesson", "3", "LO10",
             lead="English department"),
    activity(10, "Spring 2", "T Level taster at Kirkgate College",
             "A morning in Kirkgate College's digital, health and construction T Level workshops.",
             "Provider encounter", "7", "LO8, LO9", lead=_LEAD, partner="Kirkgate College"),
    activity(10, "Summer 1", "Work experience week",
             "Every Year 10 pupil spends a week with an employer; families help find placements.",
             "Workplace experience", "6", "LO10, LO11", lead="Work experience coordinator",
             adaptations="Supported placements with job coaches for pupils with SEND.", parents="Yes"),
    activity(10, "Summer 2", "Work experience reflection",
             "Pupils review their placement and set targets for Year 11.", "Careers lesson", "3, 6", "LO7, LO9",
             lead="Form tutors"),
    # Year 11
    activity(11, "Autumn 1", "Post-16 options assembly",
             "Sixth form, college, T Levels and apprenticeships compared side by side.", "Assembly", "2, 7", "LO8",
             lead=_LEAD, delivered="Yes"),
    activity(11, "Autumn 1", "Independent careers guidance interviews",
             "Every Year 11 pupil has a one-to-one interview with a Level 6 qualified careers adviser.",
             "Personal guidance", "8", "LO9", lead=_ADVISER, partner="Futures Guidance Ltd",
             adaptations="Pupils with SEND and looked-after children are seen first and offered a second meeting.",
             delivered="Yes"),
    activity(11, "Autumn 2", "Year 11 mock interviews",
             "Employers interview every Year 11 pupil for 15 minutes and give written feedback.",
             "Employer encounter", "5", "LO10", lead=_LEAD, partner="Leeds employers' network", delivered="Yes"),
    activity(11, "Autumn 2", "Post-16 information evening",
             "Sixth form and local colleges meet pupils and families.", "Options event", "2, 7", "LO8, LO9",
             lead="Head of Sixth Form", parents="Yes", school_day="No", delivered="Yes"),
    activity(11, "Spring 1", "College and apprenticeship application clinic",
             "Drop-in help with college applications and the Find an apprenticeship service.", "Personal guidance",
             "3, 8", "LO9, LO10", lead=_ADVISER),
    activity(11, "Spring 1", "Calder Engineering apprenticeships workshop",
             "Current apprentices show what an engineering apprenticeship is like and how to apply.",
             "Provider encounter", "7", "LO8", lead=_LEAD, partner="Calder Engineering Ltd"),
    activity(11, "Spring 2", "Extra guidance for pupils at risk of NEET",
             "Pupils flagged by the risk of NEET indicator get two more guidance meetings and a family call.",
             "Personal guidance", "3, 8", "LO9, LO7", lead=_ADVISER, for_whom="Targeted group",
             adaptations="Meetings at times that suit the family; follow-up by phone in the summer.", parents="Yes"),
    activity(11, "Summer 1", "Exam season wellbeing",
             "Sessions on sleep, revision balance and where to get help.", "Careers lesson", "3", "LO11",
             lead="Pastoral team"),
    activity(11, "Summer 2", "Transition support for pupils with SEND",
             "Visits to chosen colleges with a teaching assistant and a shared transition plan.", "Trip or visit",
             "3, 7", "LO9", lead="Aisha Rahman (SENCO)", for_whom="SEND",
             adaptations="Extra visits and photos of the new setting.", pfa="Education and employment",
             parents="Yes"),
    # Year 12
    activity(12, "Autumn 1", "Sixth form careers induction",
             "Introduction to Unifrog's post-18 tools and the sixth form careers calendar.", "Careers lesson", "3",
             "LO13, LO15", lead="Head of Sixth Form", delivered="Yes"),
    activity(12, "Autumn 1", "Enterprise Adviser business challenge",
             "Students work with our Enterprise Adviser's company on a real marketing brief.", "Employer encounter",
             "5", "LO13, LO16", lead="Head of Sixth Form", partner="Brightwater Digital", delivered="Yes"),
    activity(12, "Autumn 2", "University and apprenticeship fair",
             "Universities, degree apprenticeship employers and colleges offering higher technical qualifications.",
             "Careers fair", "2, 7", "LO14", lead=_LEAD, partner="Northern Metropolitan University",
             delivered="Yes"),
    activity(12, "Autumn 2", "Student finance and apprenticeship pay",
             "What university really costs, what apprentices earn, and budgeting for both.", "Careers lesson",
             "2", "LO17", lead="Head of Sixth Form", delivered="Yes"),
    activity(12, "Spring 1", "Degree apprenticeship workshop",
             "Northern Metropolitan University explains degree apprenticeships and the application process.",
             "Provider encounter", "7", "LO14, LO16", lead=_LEAD, partner="Northern Metropolitan University"),
    activity(12, "Spring 1", "The future of work",
             "Debate lesson on AI, net zero and how the economy is changing jobs.", "Careers lesson", "2, 4",
             "LO18", lead="Head of Sixth Form"),
    activity(12, "Spring 2", "UCAS and apprenticeships launch evening",
             "Timeline, personal statements and apprenticeship applications for students and families.",
             "Options event", "3", "LO15", lead="Head of Sixth Form", parents="Yes", school_day="No"),
    activity(12, "Summer 1", "Year 12 work experience week",
             "Students arrange a week linked to their post-18 plans.", "Workplace experience", "6", "LO16, LO17",
             lead="Work experience coordinator",
             adaptations="Bursary covers travel for students eligible for the 16 to 19 Bursary Fund."),
    activity(12, "Summer 2", "Personal statement writing day",
             "A day of drafting and feedback from tutors and university staff.", "Careers lesson", "3", "LO16",
             lead="Sixth form tutors"),
    activity(12, "Summer 2", "Summer schools for disadvantaged students",
             "Help applying to university summer schools and widening participation schemes.", "Personal guidance",
             "3, 7", "LO16", lead=_LEAD, for_whom="Disadvantaged",
             adaptations="One-to-one help with forms; costs covered by bursary."),
    # Year 13
    activity(13, "Autumn 1", "UCAS application support",
             "Deadlines, references and final checks before the January deadline.", "Personal guidance", "3, 7",
             "LO16, LO15", lead="Head of Sixth Form", delivered="Yes"),
    activity(13, "Autumn 1", "Independent guidance interviews for Year 13",
             "Every Year 13 student meets the careers adviser to check their plan and back-up route.",
             "Personal guidance", "8", "LO15", lead=_ADVISER, partner="Futures Guidance Ltd", delivered="Yes"),
    activity(13, "Autumn 2", "Apprenticeship applications clinic",
             "Weekly lunchtime help with degree and higher apprenticeship applications.", "Personal guidance", "3",
             "LO16", lead=_ADVISER, delivered="Yes"),
    activity(13, "Spring 1", "Alumni panel",
             "Former students at university, in apprenticeships and in work answer questions.",
             "Employer encounter", "5, 7", "LO13, LO18", lead=_LEAD, partner="Oakfield alumni network"),
    activity(13, "Spring 1", "Higher technical qualifications at Kirkgate College",
             "Kirkgate College explains higher technical qualifications and higher apprenticeships after Year 13.",
             "Provider encounter", "7", "LO14", lead=_LEAD, partner="Kirkgate College"),
    activity(13, "Spring 1", "Interview practice",
             "Mock interviews with employers and university admissions tutors.", "Employer encounter", "5",
             "LO16", lead=_LEAD, partner="Leeds employers' network"),
    activity(13, "Spring 2", "Living independently",
             "Renting, bills, council tax and bank accounts.", "Careers lesson", "3", "LO17", lead="Sixth form tutors"),
    activity(13, "Summer 1", "Results day and Clearing plan",
             "Every student records a plan for results day; the adviser is in school on results day.",
             "Personal guidance", "8", "LO15", lead=_ADVISER),
    activity(13, "Summer 1", "Leavers' destinations survey",
             "Students record their confirmed or intended destination before they leave.", "Other", "3", "LO13",
             lead="Head of Sixth Form"),
]

PARENTS = [
    parent("All", "All year", "Careers page and termly careers newsletter", "Newsletter",
           "Keep families up to date with events and how to support their child's choices."),
    parent(7, "Autumn 1", "Year 7 settling-in evening: careers talk", "Parents' evening",
           "Show families the careers programme and how to use Unifrog at home."),
    parent("Y8", "Spring 1", "Year 8 parents' evening careers stand", "Parents' evening",
           "Talk with the careers leader about interests and early ideas."),
    parent(9, "Spring 1", "Options evening", "Event in school",
           "Help families support GCSE options choices and keep routes open."),
    parent(10, "Spring 2", "Work experience briefing", "Online event",
           "Explain work experience week and how families can help find placements."),
    parent(11, "Autumn 2", "Post-16 information evening", "Event in school",
           "Help families compare sixth form, college, T Levels and apprenticeships."),
    parent("Years 12-13", "Spring 2", "UCAS and apprenticeships evening", "Event in school",
           "Explain post-18 routes, deadlines and student finance."),
    parent(13, "Summer 1", "Results day information", "Letter or email",
           "Tell families what happens on results day and about Clearing."),
]

PUBLICATION = {
    "summary": (
        "Our careers programme runs from Year 7 to Year 13. Each year builds on the last: learning about "
        "yourself and jobs in Years 7 and 8, GCSE options in Year 9, work experience and post-16 choices in "
        "Years 10 and 11, and university, apprenticeship and job applications in the sixth form. Every "
        "student meets employers and colleges or training providers every year and has at least two "
        "interviews with an independent careers adviser."
    ),
    "impact_measures": (
        "We measure impact through the Future Skills Questionnaire (start and end of each year), destinations "
        "of leavers for three years through Compass+, the number of young people not in education, employment "
        "or training (NEET), surveys of students, families, staff and employers after key events, and our "
        "termly Compass+ evaluation against the Gatsby Benchmarks."
    ),
    "published_date": date(2026, 9, 18),
    "next_review_date": date(2027, 7, 16),
    "pal_url": "https://www.oakfield.example.sch.uk/careers/provider-access-policy",
    "careers_in_menu": "Y",
    "pupils_how": "Tutor time, assemblies, the weekly student bulletin and Unifrog.",
    "pupils_url": "https://www.oakfield.example.sch.uk/careers/students",
    "parents_how": "Termly careers newsletter, parents' evenings, options and post-16 evenings, and the school app.",
    "parents_url": "https://www.oakfield.example.sch.uk/careers/parents-and-carers",
    "staff_how": "Staff briefings each half-term, the careers in the curriculum guide and INSET.",
    "staff_url": "https://www.oakfield.example.sch.uk/careers/staff",
    "employers_how": "Employer newsletter, the Leeds employers' network and our Enterprise Adviser.",
    "employers_url": "https://www.oakfield.example.sch.uk/careers/employers",
    "governors_how": "Termly careers report to the Standards Committee and link governor visits.",
    "governors_url": "https://www.oakfield.example.sch.uk/governance/careers",
    "agencies_how": "Shared with the local authority's post-16 team, the careers hub and youth services.",
    "agencies_url": "https://www.oakfield.example.sch.uk/careers/partners",
}

PROVIDER_ACCESS = {
    "contact_name": "Daniel Okafor",
    "contact_role": "Careers Leader and Assistant Headteacher",
    "contact_email": "careers@oakfield.example.sch.uk",
    "contact_phone": "0113 496 0417",
    "how_to_request": (
        "Email the careers leader with the year groups you wish to reach, the format (assembly, workshop, fair "
        "or visit), the staff attending with their DBS status, and any equipment you need."
    ),
    "notice_needed": "Four weeks",
    "grounds_granting": (
        "We grant requests that fit the programme calendar and offer pupils information about approved "
        "technical qualifications or apprenticeships. We aim to agree a date within ten school days."
    ),
    "grounds_refusing": (
        "We may refuse or move a request that clashes with exams or mocks, that does not meet our safeguarding "
        "requirements, or that we cannot staff safely. We explain every refusal and offer another date."
    ),
    "premises": (
        "A classroom or the main hall with a projector and sound, tables for displays, and a careers library "
        "in the sixth form centre where providers may leave prospectuses."
    ),
    "safeguarding_policy": "Oakfield Academy Safeguarding and Child Protection Policy (visitors section)",
    "policy_approved_date": date(2026, 10, 7),
    "policy_review_date": date(2027, 9, 30),
}

_IN_DAY = "Delivered in the school day"
ENCOUNTERS = [
    # Key phase 1: Year 8 any time, or Year 9 from 1 September to 28 February
    encounter(date(2026, 10, 14), 8, "Kirkgate College", "FE college", "Assembly", minutes=50,
              send="Seats near the front and slides shared in advance for pupils with visual impairments."),
    encounter(date(2027, 3, 10), 8, "Pennine Skills Training", "Independent training provider", "Workshop",
              minutes=60, send="Teaching assistants attend with pupils who have EHC plans."),
    encounter("18/11/2026", 9, "Aire Valley UTC", "University technical college", "Visit to provider",
              minutes=180, send="Accessible coach; a quiet room is available at the UTC."),
    # Key phase 2: Year 10 any time, or Year 11 from 1 September to 28 February
    encounter(date(2026, 11, 5), 10, "West Yorkshire Apprenticeship Hub", "Apprenticeship provider", "Assembly",
              minutes=45, send="Captioned video; easy-read handout."),
    encounter(date(2027, 3, 16), "Y10", "Kirkgate College", "FE college", "Visit to provider", minutes=150,
              send="Pupils with SEND visit in a smaller group with their key worker."),
    encounter(date(2027, 2, 9), 11, "Calder Engineering Ltd", "Employer offering apprenticeships", "Workshop",
              minutes=60,
              content="Provider and its courses, Careers they lead to, What learning there is like, "
                      "Answers to pupils' questions",
              send="Hands-on tasks adapted by the SEND team."),
    # Key phase 3: Year 12 any time, or Year 13 from 1 September to 28 February (optional for students)
    encounter(date(2026, 11, 24), 12, "Northern Metropolitan University", "University or higher education",
              "Careers fair", minutes=90, mandatory="No", send="Fair opens 20 minutes early for a quieter visit."),
    encounter(date(2027, 2, 2), 12, "Northern Metropolitan University", "University or higher education",
              "Workshop", minutes=60, mandatory="No", send="Materials sent in advance."),
    encounter(date(2027, 1, 12), 13, "Kirkgate College", "FE college", "Lesson", minutes=50, mandatory="Yes",
              send="Slides shared in advance."),
]

FEEDBACK = [
    feedback(date(2026, 6, 15), "Pupils", "Future Skills Questionnaire", 912,
             "Career readiness scores rose in every year group; Year 9 were least confident about options.",
             "Options guidance moved earlier, to Spring 1, with more time in tutor sessions."),
    feedback("2026-07-01", "Pupils", "Year 11 leavers' survey", 171,
             "88% found their guidance interview useful; many wanted more about apprenticeships.",
             "Added the Year 11 Calder Engineering apprenticeships workshop."),
    feedback("14 March 2026", "Parents and carers", "Online survey after options evening", 214,
             "Families valued subject stalls but wanted information on apprenticeships and T Levels too.",
             "A T Levels and apprenticeships stand now runs at every options and post-16 evening."),
    feedback(date(2026, 6, 24), "Teachers and staff", "Staff survey", 68,
             "Most teachers link lessons to careers, but some were unsure how to find local information.",
             "A 'careers in my subject' resource bank was added to the staff page."),
    feedback(date(2026, 7, 8), "Careers advisers", "Annual review meeting with Futures Guidance", 2,
             "Guidance interviews for Year 13 came too late for some apprenticeship deadlines.",
             "Year 13 interviews moved to Autumn 1."),
    feedback(date(2025, 12, 10), "Employers", "Feedback forms after Year 11 mock interviews", 23,
             "Employers praised preparation but said pupils needed more practice describing their skills.",
             "A skills vocabulary lesson was added before mock interviews."),
    feedback(date(2026, 11, 20), "Employers", "Feedback forms after Year 11 mock interviews", 26,
             "Pupils described their skills more confidently than last year.",
             "Kept the skills lesson; invited two more employers for next year."),
    feedback(date(2026, 11, 26), "Providers", "Email survey of visiting colleges and training providers", 4,
             "Providers found booking easy and pupils well prepared.",
             "No change needed; the booking form is now on the website."),
    feedback(date(2026, 10, 7), "Governors", "Link governor report to the full governing board", 1,
             "Asked for destinations of disadvantaged pupils to be reported separately.",
             "The termly careers report now shows disadvantaged pupils' destinations."),
]

EVALUATION = {
    "last_full_evaluation": date(2026, 7, 15),
    "next_full_evaluation": date(2027, 7, 14),
    "compass_date": date(2026, 11, 23),
    "compass_b1_percent": 100,
    "destinations_summary": (
        "Of 183 Year 11 leavers in 2026, 64% stayed in our sixth form, 27% went to college (8 on T Levels), "
        "6% started apprenticeships and 1.6% (3 young people) were NEET in October. Of 118 Year 13 leavers, "
        "61% went to university, 14% to degree or higher apprenticeships and 19% into work or further study."
    ),
    "evaluation_plan": (
        "Students complete the Future Skills Questionnaire each September and June. Families, staff, employers "
        "and providers are surveyed after key events; the careers adviser reviews the programme with us every "
        "July. The careers leader reviews Compass+ each term, and a full evaluation goes to governors every July."
    ),
}

_P = LEADERSHIP["sdp_priorities"].split("\n")
ACTIONS = [
    action("Cut the NEET rate among Year 11 leavers to under 1.5% by October 2027.", _P[2], "3, 8",
           "Extra guidance meetings and summer follow-up for pupils flagged at risk of NEET.", "Joanne Whitfield",
           date(2026, 9, 1), date(2027, 10, 31), "NEET figure in the local authority's October return.",
           "In progress", "Adviser time: 3 extra days"),
    action("Every disadvantaged pupil in Years 8-11 has at least one employer encounter a year.", _P[0], "5",
           "Match pupil premium students to the employer mentoring scheme and track encounters in Compass+.",
           "Daniel Okafor", date(2026, 9, 1), date(2027, 7, 16), "100% of disadvantaged pupils recorded in Compass+.",
           "In progress", "£2,000 pupil premium"),
    action("Raise Year 9 confidence about options from 62% to 80% on the Future Skills Questionnaire.", _P[1],
           "3", "Move options guidance earlier and add tutor-time sessions.", "Daniel Okafor", date(2026, 9, 1),
           date(2027, 6, 30), "Future Skills Questionnaire, June 2027.", "In progress", "Tutor time"),
    action("At least 70% of families attend a careers event each year.", _P[3], "1, 2",
           "Add online options and post-16 events and text reminders.", "Daniel Okafor", date(2026, 9, 1),
           date(2027, 7, 16), "Attendance registers for parent events.", "In progress", "£400 for the text service"),
    action("Every subject teaches at least one careers-linked lesson per year.", _P[1], "4",
           "Resource bank and INSET session for heads of department.", "Heads of department", date(2026, 6, 1),
           date(2026, 10, 31), "Curriculum maps show a careers lesson in every subject.", "Done", "INSET time"),
    action("Increase sixth form students applying for degree or higher apprenticeships from 12% to 20%.", _P[4],
           "7", "Degree apprenticeship workshop, weekly clinic and employer alumni panel.", "Head of Sixth Form",
           date(2026, 9, 1), date(2027, 5, 31), "Applications recorded on Unifrog.", "In progress",
           "Adviser time"),
    action("Every Year 10 pupil with an EHC plan has a supported work experience placement.", _P[1], "6",
           "Job coaches and early placement matching with the SENCO.", "Aisha Rahman", date(2027, 1, 4),
           date(2027, 7, 9), "Placements completed and reviewed in annual reviews.", "Not started",
           "£3,500 job coach time"),
    action("Destinations of disadvantaged pupils reported to governors each term.", _P[0], "1",
           "Add a disadvantaged pupils' section to the termly careers report.", "Daniel Okafor",
           date(2026, 10, 7), date(2026, 11, 30), "Report presented to the Standards Committee in November.", "Done",
           "Careers leader time"),
]

DATA = {
    "school": SCHOOL,
    "leadership": LEADERSHIP,
    "programme": PROGRAMME,
    "outcomes": OUTCOMES,
    "parents": PARENTS,
    "publication": PUBLICATION,
    "provider_access": PROVIDER_ACCESS,
    "encounters": ENCOUNTERS,
    "feedback": FEEDBACK,
    "evaluation": EVALUATION,
    "actions": ACTIONS,
}
