"""Northgate College: a fictional further education (FE) college in Newcastle, for learners aged 16 to 18.

Describes the 2026-27 academic year, as filled in on 1 December 2026. The provider access duty does not apply
to FE colleges, so the Provider access sheet and the Provider encounters table are deliberately left empty,
as is the provider access policy address on the Publication sheet. Everything else is complete.
"""

from __future__ import annotations

from datetime import date

from sample_workbooks.data._rows import action, activity, feedback, outcome, parent

SCHOOL = {
    "name": "Northgate College",
    "urn": "10004862",
    "institution_type": "FE college",
    "is_academy": "No",
    "year_groups": "12-13",
    "website": "https://www.northgate.example.ac.uk",
    "careers_page": "https://www.northgate.example.ac.uk/careers",
    "headteacher": "Sir Anthony Reeve (Principal)",
    "chair_of_governors": "Lesley Carr (Chair of the Corporation)",
    "link_governor": "Dr Farah Iqbal",
    "senco": "Kevin Armstrong (Head of Learning Support)",
    "senco_email": "learning.support@northgate.example.ac.uk",
    "sen_report_url": "https://www.northgate.example.ac.uk/support/send",
    "local_offer_url": "https://www.newcastle-localoffer.example.gov.uk",
    "ehcp_pupils": 187,
    "post19_ehcp": "Yes",
    "send_cohort": (
        "187 learners aged 16 to 18 have EHC plans, mostly on foundation and entry-level study programmes. "
        "Learners aged 19 to 25 with EHC plans follow the same careers programme through the supported "
        "internship team."
    ),
    "mission": "Northgate College: skills for life and work in the North East.",
}

LEADERSHIP = {
    "leader_name": "Karen Liddell",
    "leader_title": "Head of Careers and Employability",
    "leader_on_slt": "No",
    "slt_line_manager": "Jonathan Mills, Vice Principal (Curriculum and Quality)",
    "leader_email": "careers@northgate.example.ac.uk",
    "leader_phone": "0191 498 0555",
    "training_course": "Careers Leader training for further education",
    "training_provider": "North East Careers Leadership Network",
    "training_completed": date(2023, 11, 30),
    "hours_per_week": 37,
    "annual_budget": 68000,
    "adviser_name": "Ian Robson (leads a team of four)",
    "adviser_organisation": "Northgate College Careers Service (matrix-accredited)",
    "adviser_independent": "Yes",
    "adviser_level": "Level 6 or above",
    "head_backing_date": date(2026, 9, 2),
    "slt_backing_date": date(2026, 9, 2),
    "slt_sponsor": "Jonathan Mills, Vice Principal",
    "governors_approval_date": date(2026, 10, 20),
    "governors_minute_ref": "Corp 26/27-12",
    "governors_review_date": date(2026, 10, 20),
    "vision": (
        "Every Northgate learner knows where their course can take them and leaves with the skills, "
        "experience and contacts to get there: a job, an apprenticeship, a higher technical qualification or "
        "university."
    ),
    "sdp_priorities": (
        "Priority 1: Every study programme is shaped by employers and local skills needs\n"
        "Priority 2: Learners progress to positive, sustained destinations\n"
        "Priority 3: Close gaps for disadvantaged learners and learners with high needs\n"
        "Priority 4: Grow T Levels and apprenticeships"
    ),
    "plan_period": "2026-2029",
    "plan_version": "3.0",
    "risks": (
        "T Level industry placements depend on employer capacity in digital and health. Governors can help "
        "by championing placements with their own organisations."
    ),
}

_AREAS = ("Grow throughout life", "Explore possibilities", "Manage career", "Create opportunities",
          "Balance life and work", "See the big picture")
OUTCOMES = [
    outcome("NC1", _AREAS[0], "12-13", "Review my skills and plan how to keep developing them."),
    outcome("NC2", _AREAS[1], "12-13", "Research jobs, apprenticeships and higher study linked to my course."),
    outcome("NC3", _AREAS[2], "12-13", "Make a realistic progression plan with a back-up."),
    outcome("NC4", _AREAS[3], "12-13", "Apply and interview successfully for jobs, apprenticeships and courses."),
    outcome("NC5", _AREAS[4], "12-13", "Manage money, travel and wellbeing at work."),
    outcome("NC6", _AREAS[5], "12-13", "Understand the North East economy and how it is changing."),
    outcome("NC7", _AREAS[3], "12-13", "Build a professional network through industry placements."),
]

_LEAD = "Karen Liddell"
_ADVISERS = "Ian Robson (Careers Service)"
PROGRAMME = [
    activity("All", "All year", "Careers drop-in and appointments",
             "Learners can book a guidance appointment or drop in to the Careers Zone every day.",
             "Personal guidance", "8", "NC3", lead=_ADVISERS,
             adaptations="Longer appointments and a quiet room for learners with high needs.", delivered="Yes"),
    activity("All", "All year", "Tutorial careers curriculum",
             "Fortnightly tutorial sessions on careers, wellbeing and employability.", "Careers lesson", "3",
             "NC1, NC5", lead="Personal tutors", delivered="Yes"),
    activity("All", "All year", "Careers in course content",
             "Each course links units to jobs and invites employers to set live briefs.", "Subject lesson link",
             "4", "NC2, NC7", lead="Heads of curriculum", delivered="Yes"),
    activity(12, "Autumn 1", "Induction: your careers service",
             "Every new learner meets the careers team and completes a careers plan.", "Personal guidance", "8",
             "NC3", lead=_ADVISERS, delivered="Yes"),
    activity(12, "Autumn 1", "Labour market in the North East",
             "Growth sectors: offshore wind, digital, health and advanced manufacturing.", "Careers lesson", "2",
             "NC6", lead=_LEAD, delivered="Yes"),
    activity(12, "Autumn 2", "Careers input to EHC plan annual reviews",
             "Careers advisers contribute to annual reviews for learners with EHC plans.", "Personal guidance",
             "3, 8", "NC3", lead="Kevin Armstrong", for_whom="SEND",
             adaptations="Learner-led reviews using their communication profile.", pfa="Education and employment",
             parents="Yes", delivered="Yes"),
    activity(12, "Autumn 2", "Apprenticeship and T Level week",
             "Employers and current apprentices and T Level students explain routes and vacancies.",
             "Careers fair", "2, 5, 7", "NC2", lead=_LEAD, partner="North East Apprenticeship Network",
             delivered="Yes"),
    activity(12, "Autumn 2", "Employer mentoring for learners eligible for bursaries",
             "Learners receiving the 16 to 19 Bursary are matched with an employer mentor.", "Employer encounter",
             "5", "NC7, NC4", lead=_LEAD, for_whom="Disadvantaged",
             adaptations="Travel costs covered; sessions in college hours.", partner="Tyneside Business Forum",
             delivered="Yes"),
    activity(12, "Spring 1", "T Level industry placement preparation",
             "Workshops on workplace expectations before the 45-day industry placement.", "Careers lesson", "6",
             "NC4, NC5", lead="Industry placement team"),
    activity(12, "Spring 1", "University and higher technical qualifications fair",
             "Universities and our own higher technical qualification (HTQ) courses.", "Careers fair", "2, 7",
             "NC2", lead=_LEAD, partner="Tyne University"),
    activity(12, "Spring 2", "National Careers Week",
             "Employer talks, alumni stories and a jobs board across campus.", "Employer encounter", "2, 5", "NC6",
             lead=_LEAD, partner="Tyneside Business Forum"),
    activity(12, "Spring 2", "Supported internship taster for learners with high needs",
             "Taster days at the hospital and a hotel with job coaches.", "Workplace experience", "6", "NC7",
             lead="Supported internship team", for_whom="SEND", adaptations="Job coach ratio 1:2.",
             pfa="Education and employment", partner="Tyneside Supported Employment"),
    activity(12, "Summer 1", "Industry placements and work experience",
             "T Level learners start industry placements; other learners do a week's work experience.",
             "Workplace experience", "6", "NC7, NC4", lead="Industry placement team",
             adaptations="Supported placements for learners with high needs."),
    activity(12, "Summer 2", "Progression planning",
             "Tutors and advisers review every learner's plan for next year.", "Personal guidance", "3, 8", "NC3",
             lead="Personal tutors"),
    activity(13, "Autumn 1", "Next steps guidance interviews",
             "Every second-year learner has a guidance interview about their next step.", "Personal guidance",
             "8", "NC3", lead=_ADVISERS, delivered="Yes"),
    activity(13, "Autumn 1", "UCAS and apprenticeship applications",
             "Help with UCAS, apprenticeship and job applications.", "Personal guidance", "3", "NC4", lead=_ADVISERS,
             delivered="Yes"),
    activity(13, "Autumn 2", "Mock interviews with employers",
             "Employers interview learners for real-style roles and give feedback.", "Employer encounter", "5",
             "NC4", lead=_LEAD, partner="Tyneside Business Forum", delivered="Yes"),
    activity(13, "Spring 1", "Money after college",
             "Wages, student finance, budgeting and tax.", "Careers lesson", "3", "NC5", lead="Personal tutors"),
    activity(13, "Spring 1", "Jobs fair",
             "Local employers recruiting for jobs and apprenticeships starting in the summer.", "Careers fair",
             "2, 5", "NC2, NC6", lead=_LEAD, partner="Tyneside Business Forum"),
    activity(13, "Spring 2", "Targeted support for learners at risk of NEET",
             "Extra guidance and employer introductions for learners without a confirmed destination.",
             "Personal guidance", "3, 8", "NC3, NC4", lead=_ADVISERS, for_whom="Targeted group",
             adaptations="Flexible appointment times and phone follow-up.", parents="Yes"),
    activity(13, "Summer 1", "Transition to adult services for learners with high needs",
             "Planning meetings with families and adult social care.", "Personal guidance", "3, 8", "NC3, NC5",
             lead="Kevin Armstrong", for_whom="SEND", adaptations="Easy-read plans.", pfa="Independent living",
             parents="Yes"),
    activity(13, "Summer 2", "Leavers' destinations survey",
             "Every leaver records their confirmed destination.", "Other", "3", "NC1", lead=_LEAD),
]

PARENTS = [
    parent("All", "All year", "Parents and carers' careers page and e-newsletter", "Newsletter",
           "Keep families informed about careers events and application deadlines."),
    parent(12, "Autumn 1", "New learners' information evening", "Event in school",
           "Introduce the careers service and how families can help."),
    parent(12, "Spring 2", "Apprenticeships and T Levels webinar", "Online event",
           "Explain apprenticeships, T Levels and industry placements."),
    parent(13, "Autumn 1", "Next steps evening", "Event in school",
           "Explain UCAS, apprenticeship applications and student finance."),
    parent(13, "Spring 2", "Phone calls to families of learners at risk of NEET", "Phone call",
           "Plan support together."),
]

PUBLICATION = {
    "summary": (
        "Our careers programme helps every learner plan their next step from the day they enrol: guidance "
        "appointments, careers in every course, employer projects, industry placements, and help applying for "
        "jobs, apprenticeships, higher technical qualifications and university."
    ),
    "impact_measures": (
        "We measure impact through learner destinations (tracked for three years), progression rates, learner, "
        "employer and family surveys, and our termly Compass evaluation for FE colleges."
    ),
    "published_date": date(2026, 9, 1),
    "next_review_date": date(2027, 8, 31),
    "careers_in_menu": "Yes",
    "pupils_how": "Induction, tutorials, the learner app and the Careers Zone.",
    "pupils_url": "https://www.northgate.example.ac.uk/careers/learners",
    "parents_how": "Parents and carers' e-newsletter, information evenings and webinars.",
    "parents_url": "https://www.northgate.example.ac.uk/careers/parents-and-carers",
    "staff_how": "Staff development days and the curriculum managers' careers guide.",
    "staff_url": "https://www.northgate.example.ac.uk/careers/staff",
    "employers_how": "The employer hub, Tyneside Business Forum and employer advisory boards.",
    "employers_url": "https://www.northgate.example.ac.uk/employers",
    "governors_how": "Termly careers report to the Curriculum and Quality Committee.",
    "governors_url": "https://www.northgate.example.ac.uk/about/governance",
    "agencies_how": "Shared with the local authority, Jobcentre Plus, youth services and the careers hub.",
    "agencies_url": "https://www.northgate.example.ac.uk/careers/partners",
}

FEEDBACK = [
    feedback(date(2026, 6, 12), "Pupils", "Learner voice survey", 1840,
             "91% said they knew their next step; Level 1 learners were less sure.",
             "Extra guidance appointments for Level 1 learners in Spring 2."),
    feedback(date(2026, 3, 5), "Parents and carers", "Survey after the next steps evening", 156,
             "Families wanted more on apprenticeship pay and applications.",
             "An apprenticeships and T Levels webinar was added."),
    feedback(date(2026, 6, 26), "Teachers and staff", "Curriculum managers' review", 38,
             "Some courses had few employer-set projects.", "Each course now has at least one live brief."),
    feedback(date(2026, 7, 3), "Careers advisers", "Careers team review", 5,
             "Second-year learners booked guidance too late.", "Interviews for all second-year learners in Autumn 1."),
    feedback(date(2026, 7, 10), "Employers", "Industry placement employer survey", 64,
             "Employers praised learners' attitude but wanted better preparation for workplace routines.",
             "Industry placement preparation workshops added in Spring 1."),
    feedback(date(2026, 10, 20), "Governors", "Corporation board discussion", 12,
             "Asked for destinations of high-needs learners to be reported separately.",
             "Now reported in the termly careers report."),
]

EVALUATION = {
    "last_full_evaluation": date(2026, 7, 24),
    "next_full_evaluation": date(2027, 7, 23),
    "compass_date": date(2026, 11, 16),
    "compass_b1_percent": 100,
    "destinations_summary": (
        "Of 1,410 learners aged 16 to 18 who finished in 2026, 52% progressed to further study at the college, "
        "17% to apprenticeships, 14% to university or HTQs and 13% to work; 3.1% were NEET in October."
    ),
    "evaluation_plan": (
        "Learner voice each term, employer and family surveys each year, and a careers team review each July. "
        "Compass for FE is completed each term and reported to the Curriculum and Quality Committee; full "
        "evaluation every July."
    ),
}

_P = LEADERSHIP["sdp_priorities"].split("\n")
ACTIONS = [
    action("Every T Level learner completes a 45-day industry placement.", _P[3], "6",
           "Recruit 40 more host employers.", "Industry placement team", date(2026, 9, 1), date(2027, 7, 9),
           "Placements completed.", "In progress", "Placement officer"),
    action("Reduce NEET among leavers to under 2.5%.", _P[1], "3, 8",
           "Targeted guidance and employer introductions.", "Ian Robson", date(2026, 9, 1), date(2027, 10, 29),
           "Local authority NEET figures.", "In progress", "Adviser time"),
    action("Every course has at least one employer-set project a year.", _P[0], "4, 5",
           "Curriculum managers agree live briefs with employer boards.", "Heads of curriculum", date(2026, 6, 1),
           date(2026, 10, 30), "Course plans.", "Done", "Staff time"),
    action("Level 1 learners' confidence in their next step rises from 74% to 85%.", _P[2], "3, 8",
           "Extra guidance appointments.", "Ian Robson", date(2027, 1, 4), date(2027, 6, 30),
           "Learner voice survey.", "Not started", "One adviser day a week"),
    action("Ten learners with EHC plans start supported internships.", _P[2], "6",
           "Expand host employers with Tyneside Supported Employment.", "Kevin Armstrong", date(2026, 9, 1),
           date(2027, 9, 10), "Internship starts.", "In progress", "£12,000 job coaching"),
    action("Apprenticeship progression rises from 17% to 20%.", _P[3], "7",
           "Apprenticeship week and application clinics.", "Karen Liddell", date(2026, 9, 1), date(2027, 10, 29),
           "Destinations data.", "In progress", "Events budget £2,500"),
]

DATA = {
    "school": SCHOOL,
    "leadership": LEADERSHIP,
    "programme": PROGRAMME,
    "outcomes": OUTCOMES,
    "parents": PARENTS,
    "publication": PUBLICATION,
    "provider_access": {},  # provider access does not apply to FE colleges
    "encounters": [],
    "feedback": FEEDBACK,
    "evaluation": EVALUATION,
    "actions": ACTIONS,
}
