"""Riverside School: a fictional 11–16 maintained school in Birmingham, with realistic gaps.

Describes the 2026-27 academic year, as filled in on 1 December 2026. Everything is filled in properly except
the gaps marked `GAP n` below; sample_workbooks/README.md lists each one with its cell and the rule it
should trigger. Keep the two in step: tests/workbook/test_samples.py checks the cells.

Things deliberately kept clean so that each gap gives one finding only:
- No programme row or parents row uses 'All' or a range that would cover Year 9 or Year 10 (GAP 7, GAP 15),
  and no Year 10 activity has parents and carers involved.
- The activity naming LO99 also names a real outcome, so it is still mapped to learning outcomes (GAP 5).
- The unused outcome LO13 is a second 'Explore possibilities' outcome for Key Stage 4, so every key stage
  still covers all six CDI learning areas (GAP 6).
- The undated feedback row is from teachers and staff, who also have a dated row (GAP 10).
- The impossible date sits in an action's start date, which no other rule depends on (GAP 14).
"""

from __future__ import annotations

from datetime import date

from sample_workbooks.data._rows import action, activity, encounter, feedback, outcome, parent

SCHOOL = {
    "name": "Riverside School",
    "urn": "103987",
    "institution_type": "11–16 school",
    "is_academy": "No",
    "year_groups": "Years 7-11",
    "website": "https://www.riverside.example.sch.uk",
    "careers_page": "https://www.riverside.example.sch.uk/careers",
    "headteacher": "Mark Ellison",
    "chair_of_governors": "Patricia Okoye",
    # GAP 1: no link governor for careers (School!B11).
    "senco": "Joanne Pryce",
    "senco_email": "senco@riverside.example.sch.uk",
    "sen_report_url": "https://www.riverside.example.sch.uk/send/sen-information-report",
    "local_offer_url": "https://www.birmingham-localoffer.example.gov.uk",
    "ehcp_pupils": 24,
    "post19_ehcp": "No",
    "mission": "Riverside: a school where everyone belongs, everyone achieves and everyone has a plan for what next.",
}

LEADERSHIP = {
    "leader_name": "Sarah Bennett",
    "leader_title": "Head of PSHE and Careers Leader",
    "leader_on_slt": "No",
    "slt_line_manager": "Tom Hale, Deputy Headteacher",
    "leader_email": "careers@riverside.example.sch.uk",
    "leader_phone": "0121 496 012",  # GAP 3: a digit short, so not a valid UK number (Leadership!B7).
    "training_course": "Careers Leader training (funded by The Careers & Enterprise Company)",
    "training_provider": "Midlands Careers Leader Programme",
    # GAP 4: training course named but no completion date (Leadership!B10).
    "hours_per_week": 6,
    "annual_budget": "£6,000",
    "adviser_name": "Imran Hussain",
    "adviser_organisation": "Pathways Careers Service",
    "adviser_independent": "Yes",
    "adviser_level": "Level 6 or above",
    "head_backing_date": date(2026, 9, 10),
    "slt_backing_date": date(2026, 9, 9),
    "slt_sponsor": "Tom Hale, Deputy Headteacher",
    # GAP 2: the board last approved the programme in July 2025, nearly 17 months before 1 Dec 2026
    # (Leadership!B20). Governors did review careers in March 2026 but did not re-approve the programme.
    "governors_approval_date": date(2025, 7, 9),
    "governors_minute_ref": "FGB 24/25-41",
    "governors_review_date": date(2026, 3, 18),
    "vision": (
        "Every Riverside pupil leaves at 16 with a plan they chose, a place to go and the confidence to get "
        "there, whether that is sixth form, college, a T Level or an apprenticeship."
    ),
    "sdp_priorities": (
        "Priority 1: Improve outcomes for disadvantaged pupils\n"
        "Priority 2: Improve attendance in Years 9 to 11\n"
        "Priority 3: Strengthen the personal development curriculum\n"
        "Priority 4: Build stronger partnerships with families"
    ),
    "plan_period": "2026-2028",
    "plan_version": "1.3",
    "risks": (
        "The careers leader has six hours a week alongside leading PSHE. Work experience depends on a few "
        "employers. We would like a link governor for careers to help with employer contacts."
    ),
}

_AREAS = ("Grow throughout life", "Explore possibilities", "Manage career", "Create opportunities",
          "Balance life and work", "See the big picture")
OUTCOMES = [
    outcome("LO1", _AREAS[0], "7-9", "Describe my strengths and interests."),
    outcome("LO2", _AREAS[1], "7-9", "Name a range of jobs and the subjects that lead to them."),
    outcome("LO3", _AREAS[2], "7-9", "Explain how GCSE options are chosen and why they matter."),
    outcome("LO4", _AREAS[3], "7-9", "Work in a team to solve a problem set by an employer."),
    outcome("LO5", _AREAS[4], "7-9", "Explain how work can affect health, money and free time."),
    outcome("LO6", _AREAS[5], "7-9", "Challenge stereotypes about who does which jobs."),
    outcome("LO7", _AREAS[0], "10-11", "Reflect on my work experience and what it taught me."),
    outcome("LO8", _AREAS[1], "10-11", "Compare sixth form, college, T Levels and apprenticeships."),
    outcome("LO9", _AREAS[2], "10-11", "Make a post-16 plan and apply on time."),
    outcome("LO10", _AREAS[3], "10-11", "Write a CV and perform well at interview."),
    outcome("LO11", _AREAS[4], "10-11", "Manage stress and balance study with the rest of life."),
    outcome("LO12", _AREAS[5], "10-11", "Use local labour market information about the West Midlands."),
    # GAP 6: no activity uses LO13 (Learning outcomes!A14).
    outcome("LO13", _AREAS[1], "10-11", "Find out about jobs in the new HS2 and green energy sectors."),
]

_LEAD = "Sarah Bennett"
_ADVISER = "Imran Hussain (Pathways Careers Service)"
PROGRAMME = [
    # Year 7
    activity(7, "Autumn 1", "Careers launch assembly",
             "Introduces the careers programme, the careers adviser and Unifrog.", "Assembly", "1, 2", "LO2",
             lead=_LEAD, delivered="Yes"),
    activity(7, "Autumn 1", "Who am I? PSHE unit",
             "Strengths, interests and qualities, recorded on Unifrog.", "Careers lesson", "3", "LO1",
             lead="PSHE team", delivered="Yes"),
    activity(7, "Autumn 2", "Unifrog set-up",
             "Pupils create their Unifrog account and complete the interests quiz.", "Online platform", "2, 3",
             "LO1, LO2", lead="Form tutors", delivered="Yes"),
    activity(7, "Spring 1", "Careers in my subject",
             "Each department links one lesson to jobs that use the subject.", "Subject lesson link", "4", "LO2",
             lead="Heads of department"),
    activity(7, "Spring 2", "National Careers Week assemblies",
             "Employer speakers in assemblies across the week.", "Assembly", "2, 5", "LO2, LO6", lead=_LEAD,
             partner="Jewellery Quarter Business Club"),
    activity(7, "Summer 1", "Money matters",
             "Budgets, wages and why pay differs between jobs.", "Careers lesson", "2, 4", "LO5",
             lead="Maths department"),
    activity(7, "Summer 2", "Enterprise challenge",
             "Teams plan a stall for the summer fair with help from business volunteers.", "Employer encounter",
             "5", "LO4", lead="Business studies", partner="Jewellery Quarter Business Club"),
    activity(7, "Summer 2", "Transition check-ins for pupils with SEND",
             "The SENCO's team meets each Year 7 pupil with SEND to review interests and support.", "Other", "3",
             "LO1", lead="Joanne Pryce (SENCO)", for_whom="SEND",
             adaptations="Small groups, visual prompts and a familiar adult.", pfa="Education and employment"),
    # Year 8 (the school runs GCSE options in Year 8)
    activity(8, "Autumn 1", "Tame Valley College assembly",
             "Tame Valley College explains its courses, T Levels and apprenticeships.", "Provider encounter", "7",
             "LO2", lead=_LEAD, partner="Tame Valley College", delivered="Yes"),
    activity(8, "Autumn 1", "Stereotypes and jobs",
             "PSHE lessons challenging gender and other stereotypes in careers.", "Careers lesson", "3", "LO6",
             lead="PSHE team", delivered="Yes"),
    activity(8, "Autumn 2", "Options guidance interviews for pupils with SEND",
             "A guidance meeting with each pupil with SEND and their family before options.", "Personal guidance",
             "3, 8", "LO3", lead=_ADVISER, for_whom="SEND", adaptations="Longer appointments and easy-read booklet.",
             pfa="Education and employment", parents="Yes", delivered="Yes"),
    activity(8, "Spring 1", "Options evening",
             "Subject stalls and talks for pupils and families choosing GCSE options.", "Options event", "2, 3",
             "LO3", lead="Deputy Headteacher (Curriculum)", parents="Yes", school_day="No"),
    activity(8, "Spring 1", "Options assembly and tutor sessions",
             "How options work, keeping routes open, and where subjects lead.", "Assembly", "2, 3", "LO3, LO2",
             lead=_LEAD),
    activity(8, "Spring 2", "Midland Skills Academy apprenticeship workshop",
             "A workshop on apprenticeships and T Levels and how to apply.", "Provider encounter", "7", "LO2",
             lead=_LEAD, partner="Midland Skills Academy"),
    activity(8, "Summer 1", "Employer speed networking",
             "Pupils meet ten local employers in short rounds.", "Employer encounter", "5", "LO4, LO2", lead=_LEAD,
             partner="Jewellery Quarter Business Club",
             adaptations="Prompt cards; a quieter room for pupils who need it."),
    activity(8, "Summer 1", "University visit for disadvantaged pupils",
             "A day at Eastside University with student ambassadors.", "Trip or visit", "7", "LO4", lead=_LEAD,
             for_whom="Disadvantaged", adaptations="Travel and lunch paid from pupil premium.",
             partner="Eastside University"),
    activity(8, "Summer 2", "Wellbeing and work",
             "How work affects health and happiness.", "Careers lesson", "3", "LO5", lead="PSHE team"),
    # GAP 7: no activity for Year 9 at all (the rows jump from Year 8 to Year 10).
    # Year 10
    activity("Y10", "Autumn 1", "West Midlands jobs lesson",
             "Using local labour market information on growing sectors.", "Careers lesson", "2", "LO12",
             lead=_LEAD, delivered="Yes"),
    activity(10, "Autumn 2", "Brindley UTC visit",
             "Year 10 visit Brindley UTC's engineering and digital workshops.", "Provider encounter", "7", "LO8",
             lead=_LEAD, partner="Brindley UTC", delivered="Yes"),
    activity("Years 10-11", "Autumn 2", "Careers input to EHC plan annual reviews",
             "The careers adviser meets each pupil with an EHC plan before their annual review and writes a "
             "careers section, so the plan includes employment and post-16 goals.",
             "Personal guidance", "3, 8", "LO9", lead="Joanne Pryce (SENCO)", for_whom="SEND",
             adaptations="The adviser meets the pupil in their preferred way, with a trusted adult.",
             pfa="Education and employment", partner="Pathways Careers Service", delivered="Yes"),
    # GAP 5: LO99 does not exist on the Learning outcomes sheet (Programme!G22).
    activity(10, "Autumn 2", "Jobs fair",
             "Thirty employers from across Birmingham in the sports hall, from the NHS to the building trades.",
             "Careers fair", "2, 5", "LO8, LO99", lead=_LEAD, partner="Jewellery Quarter Business Club",
             delivered="Yes"),
    activity(10, "Spring 1", "CV and covering letters",
             "Pupils write a CV ready for work experience.", "Careers lesson", "3", "LO10",
             lead="English department"),
    activity(10, "Spring 1", "Apprenticeships evening",
             "West Midlands Apprenticeship Network talk for pupils about apprenticeships at every level.",
             "Provider encounter", "7", "LO8", lead=_LEAD, partner="West Midlands Apprenticeship Network",
             school_day="No"),
    activity(10, "Spring 2", "Employer mentoring for disadvantaged pupils",
             "Pupil premium students meet an employer mentor each half-term.", "Employer encounter", "5", "LO10",
             lead=_LEAD, for_whom="Disadvantaged", adaptations="Sessions in school time.",
             partner="Jewellery Quarter Business Club"),
    activity(10, "Summer 1", "Work experience week",
             "A week with an employer for every Year 10 pupil.", "Workplace experience", "6", "LO7, LO10",
             lead="Work experience coordinator", adaptations="Supported placements for pupils with SEND."),
    activity(10, "Summer 2", "Work experience review",
             "Pupils reflect on their placement and set targets.", "Careers lesson", "3, 6", "LO7", lead="Form tutors"),
    activity(10, "Summer 2", "Balancing study and life",
             "Planning revision, rest and part-time work.", "Careers lesson", "3", "LO11", lead="PSHE team"),
    # Year 11
    activity(11, "Autumn 1", "Post-16 options assembly",
             "Sixth forms, colleges, T Levels and apprenticeships explained.", "Assembly", "2, 7", "LO8", lead=_LEAD,
             delivered="Yes"),
    activity(11, "Autumn 1", "Independent careers guidance interviews",
             "Every Year 11 pupil meets a Level 6 qualified adviser.", "Personal guidance", "8", "LO9",
             lead=_ADVISER, partner="Pathways Careers Service", delivered="Yes"),
    activity(11, "Autumn 2", "Year 11 mock interviews",
             "Employers interview every Year 11 pupil and give feedback.", "Employer encounter", "5", "LO10",
             lead=_LEAD, partner="Jewellery Quarter Business Club", delivered="Yes"),
    activity(11, "Spring 1", "College application clinic",
             "Lunchtime help with college and apprenticeship applications.", "Personal guidance", "3, 8", "LO9",
             lead=_ADVISER),
    activity(11, "Spring 2", "Extra guidance for pupils at risk of NEET",
             "Two more guidance meetings and a call home for pupils at risk of not being in education, "
             "employment or training (NEET).", "Personal guidance", "3, 8", "LO9", lead=_ADVISER,
             for_whom="Targeted group", adaptations="Meetings arranged around the family.", parents="Yes"),
    activity(11, "Summer 1", "Exam stress and wellbeing",
             "Where to get help and how to balance revision.", "Careers lesson", "3", "LO11", lead="Pastoral team"),
    activity(11, "Summer 2", "Transition visits for pupils with SEND",
             "Visits to chosen colleges with a teaching assistant.", "Trip or visit", "3, 7", "LO9",
             lead="Joanne Pryce (SENCO)", for_whom="SEND", adaptations="Extra visits and photo guides.",
             pfa="Education and employment", parents="Yes"),
]

PARENTS = [
    parent(7, "Autumn 1", "Year 7 welcome evening: careers talk", "Event in school",
           "Show families the careers programme and Unifrog."),
    parent(8, "Spring 1", "Options evening", "Event in school", "Help families support GCSE options choices."),
    parent("Year 9", "Spring 2", "Year 9 parents' evening careers stand", "Parents' evening",
           "A chance to talk about interests and next steps."),
    # GAP 15: nothing for Year 10 families (Parents and carers sheet).
    parent(11, "Autumn 1", "Post-16 information evening", "Event in school",
           "Help families compare sixth form, college, T Levels and apprenticeships."),
    parent(11, "Spring 1", "Post-16 applications newsletter", "Newsletter",
           "Remind families of application deadlines and the guarantee of a place."),
]

PUBLICATION = {
    "summary": (
        "Our careers programme runs from Year 7 to Year 11. Pupils learn about themselves and the world of "
        "work, choose GCSE options in Year 8, do a week's work experience in Year 10 and get independent "
        "guidance for their post-16 choices in Year 11."
    ),
    # GAP 12: no statement of how impact is measured (Publication!B3).
    "published_date": date(2025, 9, 12),
    "next_review_date": date(2026, 7, 31),  # GAP 13: already passed on 1 Dec 2026 (Publication!B5).
    "pal_url": "https://www.riverside.example.sch.uk/careers/provider-access",
    "careers_in_menu": "Yes",
    "pupils_how": "Assemblies, tutor time and Unifrog.",
    "pupils_url": "https://www.riverside.example.sch.uk/careers/pupils",
    "parents_how": "Parents' evenings, the school newsletter and text messages.",
    "parents_url": "https://www.riverside.example.sch.uk/careers/parents",
    "staff_how": "Staff briefings and the careers section of the staff handbook.",
    "staff_url": "https://www.riverside.example.sch.uk/careers/staff",
    "employers_how": "The Jewellery Quarter Business Club and our employer page.",
    "employers_url": "https://www.riverside.example.sch.uk/careers/employers",
    "governors_how": "A careers report to the full governing board each spring.",
    "governors_url": "https://www.riverside.example.sch.uk/governors",
    "agencies_how": "Shared with the local authority's 14-19 team and the careers hub.",
    "agencies_url": "https://www.riverside.example.sch.uk/careers/partners",
}

PROVIDER_ACCESS = {
    "contact_name": "Sarah Bennett",
    "contact_role": "Careers Leader",
    "contact_email": "careers@riverside.example.sch.uk",
    "contact_phone": "0121 496 0388",
    "how_to_request": (
        "Email the careers leader with the year group, the format, the staff who will attend and their DBS "
        "status, and any equipment you need."
    ),
    "notice_needed": "Three weeks",
    "grounds_granting": "Requests that fit the careers calendar and tell pupils about technical routes.",
    "grounds_refusing": (
        "Clashes with exams or mock exams, safeguarding concerns, or not enough staff to supervise. We will "
        "offer another date where we can."
    ),
    "premises": "The main hall or a classroom with a projector; a display table in the library for prospectuses.",
    "safeguarding_policy": "Riverside School Visitors and Safeguarding Policy",
    "policy_approved_date": date(2026, 2, 11),
    "policy_review_date": date(2027, 2, 10),
}

ENCOUNTERS = [
    encounter(date(2026, 10, 8), 8, "Tame Valley College", "FE college", "Assembly", minutes=45,
              send="Slides shared in advance; seating plan for pupils with hearing impairments."),
    encounter(date(2027, 2, 4), 8, "Midland Skills Academy", "Independent training provider", "Workshop",
              minutes=60, send="Teaching assistants support pupils with EHC plans."),
    encounter(date(2026, 11, 12), 10, "Brindley UTC", "University technical college", "Visit to provider",
              minutes=180, send="Accessible minibus for pupils who need it."),
    # GAP 9: an evening event (not in the school day, not mandatory), so Key Phase 2 has only the
    # Brindley UTC visit in the school day (Provider encounters!F5).
    encounter(date(2027, 1, 21), 10, "West Midlands Apprenticeship Network", "Apprenticeship provider",
              "Careers fair", minutes=120, school_day="No", mandatory="No",
              send="Quiet hour at the start of the evening."),
    # GAP 8: Year 12 is not taught at this 11–16 school (Provider encounters!B6).
    encounter(date(2027, 3, 3), 12, "Tame Valley College", "FE college", "Lesson", minutes=50,
              send="Slides shared in advance."),
]

FEEDBACK = [
    feedback(date(2026, 7, 3), "Pupils", "End-of-year careers survey", 640,
             "Pupils enjoyed work experience but wanted more help choosing options.",
             "Options guidance interviews extended to more pupils."),
    feedback(date(2026, 3, 26), "Parents and carers", "Survey after options evening", 132,
             "Families wanted more information about apprenticeships.",
             "An apprenticeships talk was added to the post-16 evening."),
    feedback(date(2026, 6, 17), "Teachers and staff", "Staff survey", 41,
             "Staff were unsure where to find careers resources for their subject.",
             "A shared careers resources folder was set up."),
    # GAP 10: no date on this row (Feedback!A5).
    feedback(None, "Teachers and staff", "Heads of department meeting", 9,
             "Departments asked for careers links to be built into schemes of work.",
             "Each department now has one careers-linked lesson per year."),
    feedback(date(2026, 10, 15), "Governors", "Discussion at the Curriculum Committee", 5,
             "Governors asked how disadvantaged pupils' destinations compare with others'.",
             "Destinations now reported by pupil group."),
    # GAP 11: no feedback at all from careers advisers or from employers.
]

EVALUATION = {
    "last_full_evaluation": date(2026, 7, 8),
    "next_full_evaluation": date(2027, 7, 7),
    "compass_date": date(2026, 10, 20),
    "compass_b1_percent": 63,
    "destinations_summary": (
        "Of 176 Year 11 leavers in 2026, 58% went to school sixth forms, 33% to college (11 on T Levels) and "
        "5% to apprenticeships; 4 young people (2.3%) were NEET in October."
    ),
    "evaluation_plan": (
        "Pupils and families are surveyed each summer; staff each June. The careers leader reviews Compass "
        "each term and reports to governors each spring. A full evaluation takes place each July."
    ),
}

_P = LEADERSHIP["sdp_priorities"].split("\n")
ACTIONS = [
    action("Reduce Year 11 NEET to under 2% by October 2027.", _P[0], "3, 8",
           "Extra guidance for pupils at risk of NEET and summer follow-up calls.", "Imran Hussain",
           date(2026, 9, 1), date(2027, 10, 29), "Local authority October NEET figures.", "In progress",
           "Two extra adviser days"),
    action("Every Year 10 pupil completes a work experience placement.", _P[2], "6",
           "Recruit 20 more employers through the business club.", "Sarah Bennett", date(2026, 9, 1),
           date(2027, 6, 25), "Placements recorded for 100% of Year 10.", "In progress", "£1,200"),
    action("Raise attendance at careers events by families of disadvantaged pupils to 60%.", _P[3], "1",
           "Personal invitations and text reminders.", "Sarah Bennett", "31/02/2026",  # GAP 14 (Action plan!F4)
           date(2027, 2, 26), "Registers for parent events.", "In progress", "£300 for texts"),
    action("All Year 11 pupils have a guidance interview by the end of the spring term.", _P[0], "8",
           "Book interviews by tutor group from September.", "Imran Hussain", date(2026, 9, 7),
           date(2027, 3, 26), "Interviews logged in Compass+.", "In progress", "Adviser contract"),
    action("Every department teaches one careers-linked lesson a year.", _P[2], "4",
           "Shared resources folder and a department meeting slot.", "Heads of department", date(2026, 4, 20),
           date(2026, 10, 23), "Department plans show the lesson.", "Done", "Meeting time"),
    action("Improve pupils' understanding of apprenticeships: 75% can explain one route by Year 11.", _P[2], "7",
           "Add provider workshops in Years 8 and 10.", "Sarah Bennett", date(2026, 9, 1), date(2027, 7, 16),
           "End-of-year pupil survey.", "In progress", "Careers leader time"),
    action("Improve Year 9 attendance to 94%.", _P[1], "3",
           "Link careers mentoring to the attendance plan for persistently absent pupils.", "Tom Hale",
           date(2027, 1, 4), date(2027, 7, 16), "Attendance data.", "Not started", "Mentor time"),
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
