"""The words the audit looks for on a page, in one place so they can be read and tuned together.

Each pattern is case-insensitive. They are built from how real school careers pages are written.
"""

from __future__ import annotations

import re


def rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern: pages write "Careers Leader", "careers leader" and "CAREERS LEADER"."""
    return re.compile(pattern, re.I)


LEADER_RE = rx(r"\b(?:careers?\s+(?:(?:and|&)\s+\w+\s+)?(?:leader|lead|co-?ordinator|manager)|head\s+of\s+careers|"
               r"lead(?:er)?\s+for\s+careers|careers\s+contact|contact\s+for\s+careers|"
               r"(?:ceiag|ceg|iag)\s+(?:leader|lead|co-?ordinator))\b")
CAREERS_RE = rx(r"\bcareers?\b|\bceiag\b")
CONTACT_RE = rx(r"\bcontact|\bget in touch|\bwho to (?:talk|speak)|\bemail\b|\bphone\b")
# Lines naming someone else's role: their email or phone is not the careers leader's.
OTHER_ROLE_RE = rx(r"\b(?:senco|special educational needs co-?ordinator|office|reception|admissions|"
                   r"attendance|absence|headteacher's pa|clerk|finance|bursar|data protection|dpo|"
                   r"safeguarding|designated safeguarding|dsl|exams? officer|"
                   # The head or principal, but not an assistant or deputy: careers leaders often are one.
                   r"(?<!assistant\s)(?<!deputy\s)(?<!vice\s)(?:head ?teacher|principal)|"
                   r"careers adviser|careers advisor|personal adviser)\b")
ADVISER_RE = rx(r"\b(?:careers\s+advis[eo]r|personal\s+advis[eo]r|independent\s+advis[eo]r)\b")
PAL_RE = rx(r"provider[\s_\-]*access|baker[\s_\-]*clause")
SUMMARY_HEADING_RE = rx(r"\bcareers?\s+(?:programme|program|education|provision|curriculum|plan|"
                        r"strategy|offer|journey|guidance|overview|information)\b|\bceiag\b|\bcegi?\b|"
                        r"\bour\s+(?:careers\s+)?programme\b|\bprogramme\s+(?:summary|overview)\b|"
                        r"\bcareers\s+at\b|\bcareers\s+(?:and|&)\s+(?:employability|enterprise)\b|^careers$")
SUMMARY_LINK_RE = rx(r"careers?[\s_\-]*(?:programme|program|plan|curriculum|calendar|map|overview|"
                     r"provision|journey|education)|ceiag")
IMPACT_HEADING_RE = rx(r"\bimpact\b|\bevaluat|\bmeasur|\bhow\s+we\s+assess|\beffectiveness\b")
IMPACT_SENTENCE_RE = rx(r"\b(?:measur\w*|assess\w*|evaluat\w*|review\w*|monitor\w*|track\w*)\b[^.]{0,80}"
                        r"\b(?:impact|effectiveness|success)\b|\b(?:impact|effectiveness)\b[^.]{0,60}"
                        r"\b(?:measur\w*|assess\w*|evaluat\w*|monitor\w*)\b")
REVIEW_RE = rx(r"\breview")
NEXT_REVIEW_RE = rx(r"\bnext\s+review|\breview\s+(?:date|due)|\bdue\s+(?:for\s+)?review|"
                    r"\b(?:will|to)\s+be\s+(?:next\s+)?reviewed|\breviewed\s+(?:again|next)|"
                    r"\bnext\s+(?:updated|update)|\breview\s+by\b|\breviewed\s+by\s+(?!the\b|our\b|governors)")
PAST_REVIEW_RE = rx(r"\b(?:last|previously)\s+(?:reviewed|review|updated)|\breviewed\s+(?:on|in)\b|"
                    r"\bdate\s+(?:of\s+)?(?:last\s+)?(?:published|publication)|\bpublished\b|\bapproved\b")
SEND_RE = rx(r"\bsend\b|\bsen\b|special\s+educational\s+needs|\bdisabilit|\behc\s*p|\behcps?\b|"
             r"education,?\s+health\s+and\s+care|additional\s+needs|\bsemh\b|\basc\b|\bautis|\bpmld\b")
ADAPT_RE = rx(r"\badapt|\btailor|\bpersonalis|\bpersonaliz|\badjust|\bdifferentiat|\baccessible|"
              r"\bone[\s\-]to[\s\-]one\b|\bsupported\b|\bextra\s+support|\bsmall\s+groups?\b|\bindividual")
SEN_REPORT_RE = rx(r"\bsen[d]?\b[\s\-_]*(?:information[\s\-_]*)?report|special[\s\-_]+educational[\s\-_]+"
                   r"needs[\s\-_]+(?:and[\s\-_]+disabilit\w*[\s\-_]+)?(?:information[\s\-_]+)?report|"
                   r"sen[d]?[\s\-_]*info[\s\-_]*report|sen[d]?-?information|sen[d]?_?report|senreport")
LOCAL_OFFER_RE = rx(r"local[\s\-_]*offer")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
OBFUSCATED_AT = rx(r"\s*[\[(]\s*at\s*[\])]\s*")
OBFUSCATED_DOT = rx(r"\s*[\[(]\s*dot\s*[\])]\s*")

TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"}
# Capitalised words that are job titles or page words, never part of a person's name.
NOT_NAME_WORDS = {
    "careers", "career", "leader", "lead", "head", "headteacher", "deputy", "assistant", "teacher", "email",
    "e-mail", "phone", "telephone", "tel", "mobile", "school", "academy", "college", "our", "the", "contact",
    "coordinator", "co-ordinator", "manager", "director", "year", "department", "office", "trust", "senior",
    "team", "of", "for", "and", "name", "senco", "information", "advice", "guidance", "is", "at", "by",
    "on", "in", "leadership", "vice", "principal", "sixth", "form", "enterprise", "employability", "ceiag",
    "programme", "pastoral", "curriculum", "support", "student", "students", "pupil", "pupils", "parents",
    "who", "to", "about", "details", "you", "can", "please", "her", "his", "their", "she", "he", "they", "it",
    "if", "any", "this", "what", "where", "when", "how", "dear", "here", "find", "call", "write",
    "website", "link", "links", "click", "download", "policy", "provider", "access", "pdf", "mon", "monday",
    "personal", "development", "pshe", "pshce", "rshe", "welfare", "inclusion", "learning", "achievement",
    "standards", "behaviour", "key", "stage", "ks3", "ks4", "ks5", "post-16", "transition", "pathways",
    "futures", "skills", "work", "experience", "business", "community", "partnerships", "engagement",
}
NAME_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.?)"
NAME_RE = re.compile(rf"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}}")
