"""Meadowbank School: a fictional maintained special school in Bristol for learners aged 11 to 19.

Describes the 2026-27 academic year, as filled in on 1 December 2026. Every learner has an education,
health and care (EHC) plan. The workbook is complete and SEND-aware: preparing-for-adulthood outcomes on
every activity, adaptations throughout, SEND adjustments on every provider encounter, and careers guidance
feeding EHC plan annual reviews from Year 9.
"""

from __future__ import annotations

from datetime import date

from sample_workbooks.data._rows import action, activity, encounter, feedback, outcome, parent

SCHOOL = {
    "name": "Meadowbank School",
    "urn": "109344",
    "institution_type": "Special school",
    "is_academy": "No",
    "year_groups": "7-14",
    "website": "https://www.meadowbank.example.sch.uk",
    "careers_page": "https://www.meadowbank.example.sch.uk/next-steps",
    "headteacher": "Gemma Fairclough",
    "chair_of_governors": "Dr Andrew Lyle",
    "link_governor": "Priya Sandhu",
    "senco": "Martin Cole",
    "senco_email": "m.cole@meadowbank.example.sch.uk",
    "sen_report_url": "https://www.meadowbank.example.sch.uk/about/sen-information-report",
    "local_offer_url": "https://www.bristol-localoffer.example.gov.uk",
    "ehcp_pupils": 146,
    "post19_ehcp": "Yes",
    "send_cohort": (
        "All 146 learners have EHC plans for moderate, severe or profound and multiple learning difficulties "
        "(PMLD) or autism. The benchmarks are reported for the 'Pathways' cohort (about 110 learners on "
        "semi-formal and formal routes). Learners with PMLD follow a sensory careers curriculum and transition "
        "planning built around their EHC plan outcomes. Six learners aged 19 to 25 on our supported "
        "internship route are taught with Year 14."
    ),
    "mission": "Meadowbank helps every learner live as independently as possible and find their place in "
               "work and in the community.",
}

LEADERSHIP = {
    "leader_name": "Rachel Adeyemi",
    "leader_title": "Deputy Headteacher (Post-16 and Transition)",
    "leader_on_slt": "Yes",
    "leader_email": "next.steps@meadowbank.example.sch.uk",
    "leader_phone": "0117 496 0251",
    "training_course": "Careers Leader training (funded by The Careers & Enterprise Company), SEND route",
    "training_provider": "South West Careers Leadership Programme",
    "training_completed": date(2025, 3, 27),
    "hours_per_week": 12,
    "annual_budget": 11000,
    "adviser_name": "Tom Whelan",
    "adviser_organisation": "Horizon Careers Guidance CIC",
    "adviser_independent": "Yes",
    "adviser_level": "Level 6 or above",
    "head_backing_date": date(2026, 9, 7),
    "slt_backing_date": date(2026, 9, 8),
    "slt_sponsor": "Gemma Fairclough, Headteacher",
    "governors_approval_date": "2026-10-13",
    "governors_minute_ref": "FGB 26/27-08",
    "governors_review_date": date(2026, 10, 13),
    "vision": (
        "Every Meadowbank learner has a voice in their future. Our careers programme builds confidence, "
        "independence and work skills step by step, so that each young person leaves with a real plan, "
        "whether that is college, a supported internship, an apprenticeship, paid work, volunteering or a "
        "rich life in their community."
    ),
    "sdp_priorities": (
        "Priority 1: Preparing for adulthood outcomes in every EHC plan\n"
        "Priority 2: Communication and independence across the curriculum\n"
        "Priority 3: Families as partners in transition\n"
        "Priority 4: Grow work placements and supported internships"
    ),
    "plan_period": "2026-2029",
    "plan_version": "1.0",
    "risks": (
        "Transport to work placements depends on the local authority's travel training budget. Few employers "
        "in the area have experience of supported internships; governors can help us reach them."
    ),
}

_AREAS = ("Grow throughout life", "Explore possibilities", "Manage career", "Create opportunities",
          "Balance life and work", "See the big picture")
OUTCOMES = [
    outcome("LO1", _AREAS[0], "7-9", "Show what I like and what I am good at, using words, signs or symbols."),
    outcome("LO2", _AREAS[1], "7-9", "Name some jobs people do in school and in the community."),
    outcome("LO3", _AREAS[2], "7-9", "Make simple choices about my day and my learning."),
    outcome("LO4", _AREAS[3], "7-9", "Take part in a team task and help others."),
    outcome("LO5", _AREAS[4], "7-9", "Recognise what keeps me healthy and happy."),
    outcome("LO6", _AREAS[5], "7-9", "Know that everyone can do many kinds of jobs."),
    outcome("LO7", _AREAS[0], "10-11", "Reflect on my skills after a work task and say what I want to try next."),
    outcome("LO8", _AREAS[1], "10-11", "Find out about college courses, supported internships and "
            "apprenticeships."),
    outcome("LO9", _AREAS[2], "10-11", "Say what I want in my EHC plan review about my future."),
    outcome("LO10", _AREAS[3], "10-11", "Follow instructions and routines at a work placement."),
    outcome("LO11", _AREAS[4], "10-11", "Manage money for a simple purchase and plan my time."),
    outcome("LO12", _AREAS[5], "10-11", "Know about jobs in Bristol and how people travel to them."),
    outcome("LO13", _AREAS[0], "12-14", "Keep a record of my achievements and skills for employers."),
    outcome("LO14", _AREAS[1], "12-14", "Visit and compare colleges, supported internships and employers."),
    outcome("LO15", _AREAS[2], "12-14", "Make my own transition plan with my family and my adviser."),
    outcome("LO16", _AREAS[3], "12-14", "Complete a work placement with the support I need."),
    outcome("LO17", _AREAS[4], "12-14", "Travel independently to a familiar place and manage a budget."),
    outcome("LO18", _AREAS[5], "12-14", "Know my rights at work, including reasonable adjustments."),
]

_LEAD = "Rachel Adeyemi"
_ADVISER = "Tom Whelan (Horizon Careers Guidance)"
_EE = "Education and employment"
_IL = "Independent living"
_FC = "Friends, relationships and community"
_GH = "Good health"
_SYMBOLS = "Symbol-supported materials and a familiar adult; sensory version for learners with PMLD."
PROGRAMME = [
    # Year 7
    activity(7, "Autumn 1", "All about me",
             "Learners build a one-page profile of likes, strengths and support needs.", "Careers lesson", "3",
             "LO1", lead="Class teachers", adaptations=_SYMBOLS, pfa=_FC, parents="Yes", delivered="Yes"),
    activity(7, "Autumn 2", "Jobs in our school",
             "Learners shadow the caretaker, kitchen and office staff for short sessions.", "Workplace experience",
             "4, 6", "LO2", lead="Class teachers", adaptations="Visits of 10-20 minutes with visual schedules.",
             pfa=_EE, delivered="Yes"),
    activity(7, "Spring 1", "Making choices",
             "Daily choice-making built into lessons, recorded in learning journals.", "Subject lesson link", "3",
             "LO3", lead="Class teachers", adaptations="Objects of reference and eye-gaze for learners with PMLD.",
             pfa=_IL),
    activity(7, "Summer 1", "Healthy me",
             "Food, sleep and exercise, and how they help us learn and work.", "Careers lesson", "3", "LO5",
             lead="PSHE lead", adaptations=_SYMBOLS, pfa=_GH),
    # Year 8
    activity(8, "Autumn 1", "People who help us",
             "Visitors from the fire service, a café and a garden centre talk about their jobs.",
             "Employer encounter", "5", "LO2, LO6", lead=_LEAD, adaptations="Short sessions with props to handle.",
             pfa=_EE, partner="Avon Fire and Rescue volunteers", delivered="Yes"),
    activity(8, "Autumn 2", "Severnside College taster",
             "Learners try animal care and catering at Severnside College's foundation learning centre.",
             "Provider encounter", "7", "LO2", lead=_LEAD, adaptations="Small groups, familiar staff, quiet space.",
             pfa=_EE, partner="Severnside College", delivered="Yes"),
    activity(8, "Spring 1", "Enterprise: tuck shop team",
             "Learners run the Friday tuck shop: stock, sales and teamwork.", "Other", "4", "LO4",
             lead="Class teachers",
             adaptations="Talking calculators and picture price lists.", pfa=_IL),
    activity(8, "Spring 2", "Everyone can work",
             "Role models with disabilities share their jobs (in person and on video).", "Employer encounter", "5",
             "LO6, LO1", lead=_LEAD, adaptations="Captioned and BSL-interpreted video.", pfa=_EE,
             partner="Disability Works Bristol"),
    activity(8, "Summer 1", "Bristol Skills Partnership workshop",
             "A hands-on workshop about apprenticeships and traineeships with a training provider.",
             "Provider encounter", "7", "LO2", lead=_LEAD, adaptations="Practical tasks and photo instructions.",
             pfa=_EE, partner="Bristol Skills Partnership"),
    # Year 9
    activity("Years 9-14", "All year", "Careers guidance in EHC plan annual reviews",
             "From Year 9 the careers adviser meets each learner before their annual review and writes a careers "
             "section, so preparing for adulthood outcomes include employment.", "Personal guidance", "3, 8",
             "LO3, LO9, LO15", lead="Martin Cole (SENCO)", adaptations="Learner voice gathered in their own way: "
             "talking mats, photos, signing.", pfa=_EE, partner="Horizon Careers Guidance CIC", parents="Yes",
             delivered="Yes"),
    activity(9, "Autumn 1", "My future, my review",
             "Preparing for the first preparing-for-adulthood annual review with the class team.",
             "Careers lesson", "3", "LO3, LO1", lead="Class teachers", adaptations=_SYMBOLS, pfa=_EE,
             parents="Yes", delivered="Yes"),
    activity(9, "Autumn 2", "Community jobs walk",
             "A walk around the local high street to see and ask about jobs.", "Trip or visit", "2, 4", "LO2, LO4",
             lead="Class teachers", adaptations="Wheelchair-accessible route; staff ratio 1:2.", pfa=_FC,
             delivered="Yes"),
    activity(9, "Spring 1", "Severnside College pathways assembly",
             "Severnside College shows its foundation, supported internship and apprenticeship routes.",
             "Provider encounter", "7", "LO2", lead=_LEAD, adaptations="Makaton signing and symbol handouts.",
             pfa=_EE, partner="Severnside College"),
    activity(9, "Summer 1", "Keeping well at work",
             "Breaks, asking for help and staying safe.", "Careers lesson", "3", "LO5, LO6", lead="PSHE lead",
             adaptations=_SYMBOLS, pfa=_GH),
    # Year 10
    activity(10, "Autumn 1", "Jobs in Bristol",
             "Local labour market information using photos and short films of local workplaces.", "Careers lesson",
             "2", "LO12", lead=_LEAD, adaptations=_SYMBOLS, pfa=_EE, delivered="Yes"),
    activity(10, "Autumn 2", "Travel training",
             "Step-by-step travel training towards a familiar route.", "Other", "3", "LO11, LO12",
             lead="Travel trainer", adaptations="Individual plans from the EHC plan.", pfa=_IL, parents="Yes",
             delivered="Yes"),
    activity(10, "Spring 1", "Supported internships and apprenticeships assembly",
             "Bristol Supported Employment explains supported internships and apprenticeships, including T Level "
             "foundation year options at college.", "Provider encounter", "7", "LO8",
             lead=_LEAD, adaptations="Easy-read slides; questions collected in advance.", pfa=_EE,
             partner="Bristol Supported Employment"),
    activity(10, "Spring 2", "In-school work placements",
             "Weekly placements in the school café, garden and reception.", "Workplace experience", "6",
             "LO10, LO7", lead="Work-related learning coordinator", adaptations="Job coach and task analysis cards.",
             pfa=_EE),
    activity(10, "Summer 2", "Severnside College visit",
             "A day at Severnside College trying two vocational areas.", "Provider encounter", "7", "LO8",
             lead=_LEAD, adaptations="Pre-visit photo book; familiar staff.", pfa=_EE, partner="Severnside College"),
    activity(10, "Summer 2", "Money for me",
             "Shopping trips with a budget.", "Trip or visit", "3", "LO11", lead="Class teachers",
             adaptations="Coin-matching cards and talking calculators.", pfa=_IL),
    activity(10, "Summer 2", "Careers club for learners eligible for free school meals",
             "An after-school club with visits to workplaces, paid from pupil premium.", "Trip or visit", "2, 5",
             "LO8, LO7", lead=_LEAD, for_whom="Disadvantaged", adaptations="Transport and food provided.",
             pfa=_FC, school_day="No"),
    # Year 11
    activity(11, "Autumn 1", "My transition plan",
             "Each learner and their family plan post-16 options with the careers adviser.", "Personal guidance",
             "8", "LO9", lead=_ADVISER, adaptations="Meetings in the learner's preferred communication.", pfa=_EE,
             partner="Horizon Careers Guidance CIC", parents="Yes", delivered="Yes"),
    activity(11, "Autumn 2", "Apprenticeship provider workshop",
             "West Country Training shows what an apprenticeship is like day to day.", "Provider encounter", "7",
             "LO8", lead=_LEAD, adaptations="Practical demonstrations.", pfa=_EE, partner="West Country Training",
             delivered="Yes"),
    activity(11, "Spring 1", "Community work placements",
             "One day a week at a charity shop, garden centre or café.", "Workplace experience", "6", "LO10",
             lead="Work-related learning coordinator", adaptations="Job coach; travel support.", pfa=_EE),
    activity(11, "Spring 2", "Sensory careers curriculum",
             "Learners with PMLD explore work-related sensory activities and choices.", "Other", "3", "LO9, LO7",
             lead="PMLD pathway lead", for_whom="Targeted group",
             adaptations="Sensory stories, switch access and intensive interaction.", pfa=_GH),
    # Year 12
    activity(12, "Autumn 1", "Sixth form induction: my next steps file",
             "Learners start a file of achievements for employers and colleges.", "Careers lesson", "3", "LO13",
             lead="Post-16 team", adaptations=_SYMBOLS, pfa=_EE, delivered="Yes"),
    activity(12, "Autumn 2", "Next steps fair",
             "Colleges, supported internship providers and employers in the school hall.", "Careers fair", "2, 7",
             "LO14", lead=_LEAD, adaptations="Quiet first half-hour; visual map of stalls.", pfa=_EE,
             partner="Severnside College", parents="Yes", delivered="Yes"),
    activity(12, "Spring 1", "Travel independently",
             "Travel training to a placement or college.", "Other", "3", "LO17", lead="Travel trainer",
             adaptations="Individual routes; phone app prompts.", pfa=_IL),
    activity(12, "Spring 2", "Supported internship taster",
             "Bristol Supported Employment runs a taster week at a hospital and a hotel.", "Provider encounter",
             "6, 7", "LO16, LO14", lead=_LEAD, adaptations="Job coaches on site.", pfa=_EE,
             partner="Bristol Supported Employment"),
    activity(12, "Summer 1", "Rights at work",
             "Reasonable adjustments, Access to Work and who to ask for help.", "Careers lesson", "3", "LO18",
             lead="Post-16 team", adaptations=_SYMBOLS, pfa=_EE),
    activity(12, "Summer 2", "External work experience",
             "Two weeks with a local employer.", "Workplace experience", "6", "LO16", lead="Work-related learning "
             "coordinator", adaptations="Job coach and adjusted hours.", pfa=_EE),
    # Year 13
    activity(13, "Autumn 1", "Transition planning meetings",
             "Learner, family, adviser and college staff agree the post-19 plan.", "Personal guidance", "8", "LO15",
             lead=_ADVISER, adaptations="Held at home if the family prefers.", pfa=_EE,
             partner="Horizon Careers Guidance CIC", parents="Yes", delivered="Yes"),
    activity(13, "Autumn 2", "College applications",
             "Help with college and supported internship applications.", "Personal guidance", "3, 8", "LO15, LO13",
             lead=_ADVISER, adaptations="Forms completed together.", pfa=_EE, delivered="Yes"),
    activity(13, "Spring 1", "Severnside College foundation learning day",
             "A day in Severnside College's foundation learning department.", "Provider encounter", "7", "LO14",
             lead=_LEAD, adaptations="Visit with a familiar adult.", pfa=_EE, partner="Severnside College"),
    activity(13, "Spring 2", "Living independently",
             "Cooking, cleaning and budgeting in the training flat.", "Other", "3", "LO17", lead="Post-16 team",
             adaptations="Step-by-step video prompts.", pfa=_IL),
    activity(13, "Summer 1", "Friends and community",
             "Joining clubs, volunteering and staying safe online.", "Careers lesson", "3", "LO18, LO17",
             lead="Post-16 team", adaptations=_SYMBOLS, pfa=_FC),
    # Year 14 (and the post-19 supported internship group)
    activity(14, "Autumn 1", "Supported internship: Bristol Royal Infirmary",
             "Three days a week on hospital placements with a job coach.", "Workplace experience", "6",
             "LO16, LO18", lead="Supported internship coordinator", adaptations="Job coach; adjusted hours.",
             pfa=_EE, partner="Bristol Supported Employment", delivered="Yes"),
    activity(14, "Autumn 2", "Leavers' pathways meetings",
             "Final careers guidance before leaving, with the family and adult services.", "Personal guidance",
             "8", "LO15", lead=_ADVISER, adaptations="Easy-read summary of the plan.", pfa=_EE, parents="Yes",
             delivered="Yes"),
    activity(14, "Spring 1", "Money and benefits",
             "Wages, benefits and bank accounts, with the welfare rights adviser.", "Careers lesson", "3", "LO17",
             lead="Post-16 team", adaptations=_SYMBOLS, pfa=_IL),
    activity(14, "Summer 1", "Staying healthy in adult life",
             "Registering with a GP, health checks and staying active.", "Careers lesson", "3", "LO17",
             lead="School nurse", adaptations=_SYMBOLS, pfa=_GH),
    activity(14, "Summer 2", "Celebration of achievements",
             "Learners present their next steps file to families and employers.", "Other", "1", "LO13",
             lead=_LEAD, adaptations="Presentations in any form: film, photos, speech or signing.", pfa=_FC,
             parents="Yes"),
]

PARENTS = [
    parent("All", "All year", "Next steps newsletter and class app", "App or text message",
           "Keep families up to date with careers events and placements."),
    parent(7, "Autumn 1", "Home visit: All about me", "Meeting", "Share the learner's profile with the family."),
    parent(8, "Spring 2", "Family workshop: everyone can work", "Event in school",
           "Help families picture work and adult life for their child."),
    parent(9, "Autumn 1", "Preparing for adulthood annual review", "Meeting",
           "Families help set careers and employment outcomes in the EHC plan."),
    parent(10, "Autumn 2", "Travel training briefing", "Online event", "Explain travel training and how to help."),
    parent(11, "Autumn 1", "Transition planning meetings", "Meeting", "Plan post-16 options together."),
    parent("12-14", "Autumn 2", "Next steps fair", "Event in school",
           "Meet colleges, supported internship providers and adult services."),
    parent(14, "Spring 1", "Adult services and benefits evening", "Online event",
           "Explain adult social care, benefits and the move to adult services."),
]

PUBLICATION = {
    "summary": (
        "Our careers programme runs from Year 7 to Year 14. Learners discover what they enjoy, try real work in "
        "school and the community, and plan their future through their EHC plan reviews, with an independent "
        "careers adviser and their families. Every activity is adapted to the learner's communication and needs."
    ),
    "impact_measures": (
        "We measure impact through progress towards preparing-for-adulthood outcomes in EHC plans, "
        "destinations for three years after leaving, work placement reviews, learner and family feedback, and "
        "our termly Compass evaluation for special schools."
    ),
    "published_date": date(2026, 9, 25),
    "next_review_date": date(2027, 9, 24),
    "pal_url": "https://www.meadowbank.example.sch.uk/next-steps/provider-access",
    "careers_in_menu": "Yes",
    "pupils_how": "Class timetables in symbols, next steps noticeboards and tutor sessions.",
    "pupils_url": "https://www.meadowbank.example.sch.uk/next-steps/learners",
    "parents_how": "Class app, newsletters, annual reviews and family workshops.",
    "parents_url": "https://www.meadowbank.example.sch.uk/next-steps/families",
    "staff_how": "Staff briefings and the transition handbook.",
    "staff_url": "https://www.meadowbank.example.sch.uk/next-steps/staff",
    "employers_how": "Employer information pack on supported internships and the employer page.",
    "employers_url": "https://www.meadowbank.example.sch.uk/next-steps/employers",
    "governors_how": "Termly careers and transition report to the full governing board.",
    "governors_url": "https://www.meadowbank.example.sch.uk/governors",
    "agencies_how": "Shared with the local authority SEND team, adult social care and the careers hub.",
    "agencies_url": "https://www.meadowbank.example.sch.uk/next-steps/partners",
}

PROVIDER_ACCESS = {
    "contact_name": "Rachel Adeyemi",
    "contact_role": "Deputy Headteacher and Careers Leader",
    "contact_email": "next.steps@meadowbank.example.sch.uk",
    "contact_phone": "0117 496 0251",
    "how_to_request": (
        "Email the careers leader with the year group, the format, who will attend and their DBS status, and "
        "any materials. We will help you adapt your session for our learners."
    ),
    "notice_needed": "Six weeks, so that we can prepare learners and adapt materials",
    "grounds_granting": "Requests that fit the programme and can be adapted for our learners' needs.",
    "grounds_refusing": (
        "Safeguarding concerns, clashes with annual reviews or therapies, or sessions that cannot be made "
        "accessible. We will work with you to find another way where we can."
    ),
    "premises": (
        "The hall or a classroom with an interactive screen and hearing loop; a sensory room for learners who "
        "need it; a display board in the sixth form for prospectuses."
    ),
    "safeguarding_policy": "Meadowbank School Safeguarding Policy and Visitor Code of Conduct",
    "policy_approved_date": date(2026, 10, 13),
    "policy_review_date": date(2027, 10, 12),
}

ENCOUNTERS = [
    # Key phase 1
    encounter(date(2026, 11, 18), 8, "Severnside College", "FE college", "Visit to provider", minutes=120,
              send="Small groups with familiar staff; photo book of the college sent home beforehand."),
    encounter(date(2027, 5, 12), 8, "Bristol Skills Partnership", "Independent training provider", "Workshop",
              minutes=60, send="Practical tasks with photo instructions; sensory breaks."),
    encounter(date(2027, 1, 20), 9, "Severnside College", "FE college", "Assembly", minutes=40,
              send="Makaton signing, symbol handouts and a shorter session for learners with PMLD."),
    # Key phase 2
    encounter(date(2026, 11, 25), 11, "West Country Training", "Apprenticeship provider", "Workshop", minutes=60,
              send="Demonstrations instead of talks; questions collected in advance."),
    encounter(date(2027, 2, 10), 10, "Bristol Supported Employment", "Independent training provider",
              "Assembly", minutes=45,
              send="Easy-read slides and a BSL interpreter."),
    encounter(date(2027, 6, 9), 10, "Severnside College", "FE college", "Visit to provider", minutes=240,
              send="Pre-visit photo book; familiar adults; a quiet room on site."),
    # Key phase 3
    encounter(date(2026, 11, 11), 12, "Severnside College", "FE college", "Careers fair", minutes=90,
              mandatory="No", send="Quiet first half-hour and a visual map of stalls."),
    encounter(date(2027, 3, 15), 12, "Bristol Supported Employment", "Independent training provider",
              "Visit to provider", minutes=300,
              mandatory="No", send="Job coaches on site; adjusted hours."),
    encounter(date(2027, 2, 3), 13, "Severnside College", "FE college", "Visit to provider", minutes=300,
              mandatory="No", send="Visit with a familiar adult; travel training route."),
]

FEEDBACK = [
    feedback(date(2026, 7, 2), "Pupils", "Talking Mats interviews and symbol survey", 88,
             "Learners liked real work in the café most; some found the careers fair noisy.",
             "A quiet first half-hour was added to the next steps fair."),
    feedback(date(2026, 7, 9), "Parents and carers", "Survey and annual review comments", 97,
             "Families wanted earlier information on adult services and benefits.",
             "The adult services and benefits evening moved to Year 14 Spring 1 and is now online."),
    feedback(date(2026, 6, 30), "Teachers and staff", "Staff survey", 54,
             "Staff wanted more guidance on adapting careers lessons for learners with PMLD.",
             "A sensory careers curriculum was written for the PMLD pathway."),
    feedback(date(2026, 7, 14), "Careers advisers", "Review meeting with Horizon Careers Guidance", 2,
             "Careers sections arrived late for some Year 9 annual reviews.",
             "The adviser now meets each learner six weeks before the review."),
    feedback(date(2026, 5, 20), "Employers", "Feedback from placement employers", 14,
             "Employers wanted more information about learners before placements start.",
             "An 'About me at work' profile now goes to every placement employer."),
    feedback(date(2026, 11, 27), "Providers", "Feedback from Severnside College", 3,
             "The college valued the photo books sent ahead of visits.", "Photo books are now used for all visits."),
]

EVALUATION = {
    "last_full_evaluation": date(2026, 7, 17),
    "next_full_evaluation": date(2027, 7, 16),
    "compass_date": date(2026, 11, 30),
    "compass_b1_percent": 88,
    "destinations_summary": (
        "Of 21 leavers in 2026, 12 went to college foundation or vocational courses, 5 started supported "
        "internships, 1 started an apprenticeship and 3 moved to adult day services with volunteering. None "
        "were NEET in October."
    ),
    "evaluation_plan": (
        "Learner voice each term through Talking Mats; family surveys after annual reviews; staff, employer "
        "and adviser reviews each summer. The careers leader completes Compass for special schools each term "
        "and reports to governors termly; full evaluation every July."
    ),
}

_P = LEADERSHIP["sdp_priorities"].split("\n")
ACTIONS = [
    action("Every EHC plan from Year 9 includes an employment outcome informed by careers guidance.", _P[0],
           "3, 8", "Adviser writes a careers section before each review.", "Martin Cole", date(2026, 9, 1),
           date(2027, 7, 16), "Audit of reviewed EHC plans.", "In progress", "Adviser contract"),
    action("Eight learners start supported internships in September 2027.", _P[3], "6",
           "Recruit two new host employers with Bristol Supported Employment.", "Rachel Adeyemi",
           date(2026, 9, 1), date(2027, 9, 10), "Internship starts.", "In progress", "£3,000 job coach time"),
    action("Every Year 10 learner has a weekly in-school work placement.", _P[3], "6",
           "Timetable placements in the café, garden and reception.", "Work-related learning coordinator",
           date(2026, 9, 1), date(2026, 10, 23), "Placement register.", "Done", "Staff time"),
    action("80% of families attend a transition or careers event.", _P[2], "1",
           "Online events and home visits for families who cannot come in.", "Rachel Adeyemi", date(2026, 9, 1),
           date(2027, 7, 16), "Event registers.", "In progress", "£500"),
    action("Every learner with PMLD has a sensory careers plan.", _P[1], "3",
           "Write and trial the sensory careers curriculum.", "PMLD pathway lead", date(2026, 6, 1),
           date(2027, 3, 31), "Plans in place for all PMLD learners.", "In progress", "Two training days"),
    action("Half of Year 12-14 learners travel independently to placement by July 2027.", _P[1], "6",
           "Extend travel training.", "Travel trainer", date(2027, 1, 4), date(2027, 7, 16),
           "Travel training records.", "Not started", "Local authority travel training"),
    action("All staff trained in adapting careers activities.", _P[1], "4",
           "INSET session and the transition handbook.", "Rachel Adeyemi", date(2026, 9, 1), date(2026, 11, 20),
           "Training register.", "Done", "INSET day"),
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
