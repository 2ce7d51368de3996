"""One detector per item: where on a real school page does it appear, and how sure are we?

Each returns found (with the evidence), unclear (something like the item, but thin or ambiguous) or
missing. "Unclear" is kept narrow on purpose: when the item's content is simply not on the page the
answer is missing, even if related words appear elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

import phonenumbers

from b1docs.web.dates import DateSpan, find_dates
from b1docs.web.document import Document, Line, PageLink

FOUND, MISSING, UNCLEAR = "found", "missing", "unclear"


@dataclass(frozen=True)
class Detection:
    status: str
    evidence: str = ""
    where: str = ""
    value: Any = None  # what was found, for comparing with the workbook


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


LEADER_RE = _re(r"\b(?:careers?\s+(?:(?:and|&)\s+\w+\s+)?(?:leader|lead|co-?ordinator|manager)|head\s+of\s+careers|"
                r"lead(?:er)?\s+for\s+careers|careers\s+contact|contact\s+for\s+careers|"
                r"(?:ceiag|ceg|iag)\s+(?:leader|lead|co-?ordinator))\b")
CAREERS_RE = _re(r"\bcareers?\b|\bceiag\b")
CONTACT_RE = _re(r"\bcontact|\bget in touch|\bwho to (?:talk|speak)|\bemail\b|\bphone\b")
# Lines naming someone else's role: their email or phone is not the careers leader's.
OTHER_ROLE_RE = _re(r"\b(?:senco|special educational needs co-?ordinator|office|reception|admissions|"
                    r"attendance|absence|headteacher's pa|clerk|finance|bursar|data protection|dpo|"
                    r"safeguarding|designated safeguarding|dsl|exams? officer|"
                    # The head or principal, but not an assistant or deputy: careers leaders often are one.
                    r"(?<!assistant\s)(?<!deputy\s)(?<!vice\s)(?:head ?teacher|principal)|"
                    r"careers adviser|careers advisor|personal adviser)\b")
ADVISER_RE = _re(r"\b(?:careers\s+advis[eo]r|personal\s+advis[eo]r|independent\s+advis[eo]r)\b")
PAL_RE = _re(r"provider[\s_\-]*access|baker[\s_\-]*clause")
SUMMARY_HEADING_RE = _re(r"\bcareers?\s+(?:programme|program|education|provision|curriculum|plan|"
                         r"strategy|offer|journey|guidance|overview|information)\b|\bceiag\b|\bcegi?\b|"
                         r"\bour\s+(?:careers\s+)?programme\b|\bprogramme\s+(?:summary|overview)\b|"
                         r"\bcareers\s+at\b|\bcareers\s+(?:and|&)\s+(?:employability|enterprise)\b|^careers$")
SUMMARY_LINK_RE = _re(r"careers?[\s_\-]*(?:programme|program|plan|curriculum|calendar|map|overview|"
                      r"provision|journey|education)|ceiag")
IMPACT_HEADING_RE = _re(r"\bimpact\b|\bevaluat|\bmeasur|\bhow\s+we\s+assess|\beffectiveness\b")
IMPACT_SENTENCE_RE = _re(r"\b(?:measur\w*|assess\w*|evaluat\w*|review\w*|monitor\w*|track\w*)\b[^.]{0,80}"
                         r"\b(?:impact|effectiveness|success)\b|\b(?:impact|effectiveness)\b[^.]{0,60}"
                         r"\b(?:measur\w*|assess\w*|evaluat\w*|monitor\w*)\b")
REVIEW_RE = _re(r"\breview")
NEXT_REVIEW_RE = _re(r"\bnext\s+review|\breview\s+(?:date|due)|\bdue\s+(?:for\s+)?review|"
                     r"\b(?:will|to)\s+be\s+(?:next\s+)?reviewed|\breviewed\s+(?:again|next)|"
                     r"\bnext\s+(?:updated|update)|\breview\s+by\b|\breviewed\s+by\s+(?!the\b|our\b|governors)")
PAST_REVIEW_RE = _re(r"\b(?:last|previously)\s+(?:reviewed|review|updated)|\breviewed\s+(?:on|in)\b|"
                     r"\bdate\s+(?:of\s+)?(?:last\s+)?(?:published|publication)|\bpublished\b|\bapproved\b")
SEND_RE = _re(r"\bsend\b|\bsen\b|special\s+educational\s+needs|\bdisabilit|\behc\s*p|\behcps?\b|"
              r"education,?\s+health\s+and\s+care|additional\s+needs|\bsemh\b|\basc\b|\bautis|\bpmld\b")
ADAPT_RE = _re(r"\badapt|\btailor|\bpersonalis|\bpersonaliz|\badjust|\bdifferentiat|\baccessible|"
               r"\bone[\s\-]to[\s\-]one\b|\bsupported\b|\bextra\s+support|\bsmall\s+groups?\b|\bindividual")
SEN_REPORT_RE = _re(r"\bsen[d]?\b[\s\-_]*(?:information[\s\-_]*)?report|special[\s\-_]+educational[\s\-_]+"
                    r"needs[\s\-_]+(?:and[\s\-_]+disabilit\w*[\s\-_]+)?(?:information[\s\-_]+)?report|"
                    r"sen[d]?[\s\-_]*info[\s\-_]*report|sen[d]?-?information|sen[d]?_?report|senreport")
LOCAL_OFFER_RE = _re(r"local[\s\-_]*offer")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
OBFUSCATED_AT = _re(r"\s*[\[(]\s*at\s*[\])]\s*")
OBFUSCATED_DOT = _re(r"\s*[\[(]\s*dot\s*[\])]\s*")

_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"}
# Capitalised words that are job titles or page words, never part of a person's name.
_NOT_NAMES = {
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
_NAME_WORD = r"(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.?)"
NAME_RE = re.compile(rf"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}")


def _near(document: Document, line: Line, before: int = 2, after: int = 4) -> list[Line]:
    """Lines close to line in reading order and in the same region: where a label's value is written."""
    low, high = max(0, line.index - before), min(len(document.lines), line.index + after + 1)
    return [other for other in document.lines[low:high] if other.region == line.region]


def person_names(text: str) -> list[str]:
    """People's names in a piece of text, such as 'Mrs J Smith' or 'Priya Sharma'."""
    names = []
    for match in NAME_RE.finditer(text):
        # Words in brackets are a job's area, as in "Assistant Head (Personal Development)", not a name.
        if text[:match.start()].count("(") > text[:match.start()].count(")"):
            continue
        tokens = match.group(0).split()
        # Cut job-title words off either end; keep at least two name tokens, or a title and a surname.
        while tokens and tokens[-1].lower().strip(".") in _NOT_NAMES:
            tokens.pop()
        while tokens and tokens[0].lower().strip(".") in _NOT_NAMES:
            tokens.pop(0)
        if len(tokens) < 2:
            continue
        if any(token.lower().strip(".") in _NOT_NAMES for token in tokens):
            continue
        real = [token for token in tokens if token.lower().strip(".") not in _TITLES]
        if not real or len(real[-1].strip(".")) < 2:
            continue
        names.append(" ".join(tokens))
    return names


def _where(document: Document, line: Line) -> str:
    """A human description of where a line is: its heading, or the page footer."""
    if line.kind == "heading":
        return f"heading '{line.text}'"
    headings = document.heading_texts(line)
    region = {"footer": "the page footer", "header": "the page header", "nav": "the page menu",
              "aside": "a side panel"}.get(line.region, "")
    if headings:
        place = f"under '{headings[-1]}'"
        return f"{place} in {region}" if region else place
    return region or "the page"


# --- careers leader -----------------------------------------------------------------------------------

def _leader_lines(document: Document) -> list[Line]:
    return [line for line in document.lines if LEADER_RE.search(line.text)]


def _careers_contact_context(document: Document, line: Line) -> bool:
    """Is this line a careers contact detail: labelled as the careers leader's, or under a careers contact heading?"""
    if LEADER_RE.search(line.text):
        return True
    # Walk back to the nearest label: careers-leader wording first means yes, another role first means no.
    # This reads "Careers leader / Mrs X / Email / x@..." lists, tables and footers alike.
    for other in reversed(document.lines[max(0, line.index - 8):line.index]):
        if other.region != line.region:
            break
        if LEADER_RE.search(other.text):
            return True
        if OTHER_ROLE_RE.search(other.text):
            return False
        if other.kind == "heading":
            break
    # Under a careers-leader heading, or a careers contact heading, at any level ("Careers leader" > "Contact").
    for heading in document.heading_texts(line):
        if LEADER_RE.search(heading) or (CAREERS_RE.search(heading) and CONTACT_RE.search(heading)):
            return True
    return bool(CAREERS_RE.search(line.text) and CONTACT_RE.search(line.text))


def _in_provider_access(document: Document, line: Line) -> bool:
    return any(PAL_RE.search(text) for text in document.heading_texts(line))


def leader_name(document: Document) -> Detection:
    for line in _leader_lines(document):
        if ADVISER_RE.search(line.text) and not LEADER_RE.search(ADVISER_RE.sub("", line.text)):
            continue
        # The name usually follows the label ("Careers leader: Mrs J Smith") or comes first ("J Smith,
        # Careers Leader"); a short label line (heading, table header, dt) has it on the next lines.
        candidates = [line]
        if line.words <= 8 or line.kind in {"heading", "label"}:
            candidates += [other for other in _near(document, line, before=0, after=3) if other is not line]
        for candidate in candidates:
            if candidate is not line and (OTHER_ROLE_RE.search(candidate.text) or candidate.kind == "heading"):
                continue
            text = LEADER_RE.sub(" | ", candidate.text)
            for name in person_names(text):
                return Detection(FOUND, name, _where(document, candidate), name)
    # A name under a careers contact heading with no careers-leader wording: probably, but not surely, them.
    for line in document.lines:
        if line.kind == "heading" or OTHER_ROLE_RE.search(line.text) or _in_provider_access(document, line):
            continue
        headings = document.heading_texts(line)
        if headings and CAREERS_RE.search(headings[-1]) and CONTACT_RE.search(headings[-1]):
            names = person_names(line.text)
            if names:
                return Detection(UNCLEAR, f"{names[0]} (named under '{headings[-1]}', but not called the "
                                          "careers leader)", _where(document, line), names[0])
    return Detection(MISSING)


def _emails_on(line: Line) -> list[str]:
    found = []
    for link in line.links:
        if link.href.lower().startswith("mailto:"):
            address = unquote(link.href[7:].split("?")[0]).strip()
            if address:
                found.append(address)
    text = OBFUSCATED_DOT.sub(".", OBFUSCATED_AT.sub("@", line.text))
    found += EMAIL_RE.findall(text)
    return list(dict.fromkeys(address.strip(".").lower() for address in found))


def _contact(document: Document, values_on: Any, what: str) -> Detection:
    """Shared by email and phone: the value the page gives for the careers leader, if any."""
    loose: tuple[str, Line] | None = None
    for line in document.lines:
        values = values_on(line)
        if not values:
            continue
        careers_value = next((value for value in values if what == "email" and "careers" in value), None)
        if careers_value or (_careers_contact_context(document, line) and not OTHER_ROLE_RE.search(line.text)
                             and not _in_provider_access(document, line)):
            value = careers_value or values[0]
            return Detection(FOUND, value, _where(document, line), value)
        if loose is None and not OTHER_ROLE_RE.search(line.text) and not _in_provider_access(document, line):
            loose = (values[0], line)
    if loose is not None:
        value, line = loose
        return Detection(UNCLEAR, f"{value} (on the page, but not clearly the careers leader's)",
                         _where(document, line), value)
    return Detection(MISSING)


def leader_email(document: Document) -> Detection:
    return _contact(document, _emails_on, "email")


def _phones_on(line: Line) -> list[str]:
    found = []
    for link in line.links:
        if link.href.lower().startswith("tel:"):
            found.append(unquote(link.text or link.href[4:]).strip() or unquote(link.href[4:]))
    for match in phonenumbers.PhoneNumberMatcher(line.text, "GB", leniency=phonenumbers.Leniency.POSSIBLE):
        digits = re.sub(r"\D", "", match.raw_string)
        # POSSIBLE leniency accepts things like '2026-2027'; a UK phone number has ten or more digits.
        if len(digits) >= 10 and (match.raw_string.startswith(("0", "+", "(0"))):
            found.append(match.raw_string)
    return list(dict.fromkeys(found))


def leader_phone(document: Document) -> Detection:
    return _contact(document, _phones_on, "phone")


# --- programme summary, impact, review date -------------------------------------------------------------

def _content_words(document: Document, heading: Line) -> tuple[int, str]:
    body = [line for line in document.section(heading) if line.kind != "heading"]
    text = " ".join(line.text for line in body)
    return len(text.split()), text


def _excerpt(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _document_link(link: PageLink) -> bool:
    """A link to another page or document, not to a place on this page or an email address."""
    href = link.href.lower()
    return bool(href) and not href.startswith(("#", "mailto:", "tel:", "javascript:"))


def _content_links(document: Document) -> list[PageLink]:
    return [link for link in document.links if link.region not in {"nav", "header"} and _document_link(link)]


def programme_summary(document: Document) -> Detection:
    thin: Line | None = None
    for heading in document.headings():
        if heading.level == 1 or heading.region in {"nav", "header", "footer"}:
            continue
        if SUMMARY_HEADING_RE.search(heading.text) and not PAL_RE.search(heading.text):
            words, text = _content_words(document, heading)
            if words >= 20:
                return Detection(FOUND, _excerpt(text), _where(document, heading))
            thin = thin or heading
    for link in _content_links(document):
        named = SUMMARY_LINK_RE.search(link.text) or SUMMARY_LINK_RE.search(unquote(urlsplit(link.href).path))
        if named and not PAL_RE.search(link.text + link.href):
            return Detection(FOUND, f"a link: {link.text} ({link.href})", _where(document, document.lines[link.line]))
    # A timetable of careers activities by year group is the programme itself.
    year_rows = [line for line in document.lines if _year_label(line) is not None]
    if len({_year_label(line) for line in year_rows}) >= 2:
        return Detection(FOUND, "a programme listed by year group: " + _excerpt(year_rows[0].text, 80),
                         _where(document, year_rows[0]))
    if thin is not None:
        return Detection(UNCLEAR, f"heading '{thin.text}' with little or no text under it",
                         _where(document, thin))
    return Detection(MISSING)


def _year_label(line: Line) -> str | None:
    """'Year 7' as a heading, or a row or list item that starts 'Year 7:' or 'Year 7 | ...'."""
    if line.kind == "heading":
        match = re.fullmatch(r"(?:year|yr|y)\s*(\d{1,2})\b.{0,20}", line.text, re.I)
    elif line.kind in {"row", "item", "para"}:
        match = re.match(r"^(?:year|yr|y)\s*(\d{1,2})\s*(?:[:|\-–—]|$)", line.text, re.I)
    else:
        match = None
    return match.group(1) if match else None


def impact(document: Document) -> Detection:
    thin: Line | None = None
    for heading in document.headings():
        if heading.region in {"nav", "header"} or not IMPACT_HEADING_RE.search(heading.text):
            continue
        words, text = _content_words(document, heading)
        if words >= 10:
            return Detection(FOUND, _excerpt(text), _where(document, heading))
        thin = thin or heading
    for line in document.lines:
        if line.region in {"nav", "header"} or line.kind == "heading":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line.text):
            if IMPACT_SENTENCE_RE.search(sentence) and len(sentence.split()) >= 10:
                return Detection(FOUND, _excerpt(sentence), _where(document, line))
    if thin is not None:
        return Detection(UNCLEAR, f"heading '{thin.text}' with little or no text under it", _where(document, thin))
    return Detection(MISSING)


def review_date(document: Document) -> Detection:
    """The date of the next review: a date written next to review wording."""
    unclear: Detection | None = None
    for line in document.lines:
        if not REVIEW_RE.search(line.text):
            continue
        # "This policy will be reviewed..." under the provider access heading is the policy's own review.
        if _in_provider_access(document, line) and re.search(r"\bpolicy\b|\bstatement\b", line.text, re.I):
            continue
        if line.region == "nav" or PAL_RE.search(line.text):
            continue
        # The date can be on the line itself, on the next line when this one is a label, or in the same
        # column of the next table row when this row holds the column headers.
        texts = [line.text]
        if line.words <= 6 or line.kind in {"label", "heading"}:
            texts += [other.text for other in _near(document, line, before=0, after=2) if other is not line]
        following = document.lines[line.index + 1] if line.index + 1 < len(document.lines) else None
        if line.kind == "row" and following is not None and following.kind == "row" and not find_dates(line.text):
            pairs = zip(line.text.split(" | "), following.text.split(" | "), strict=False)
            texts = [f"{header}: {value}" for header, value in pairs if REVIEW_RE.search(header)] + texts
        for text in texts:
            for clause in _review_clauses(text):
                dates = find_dates(clause)
                if not dates:
                    continue
                past = PAST_REVIEW_RE.search(clause) and not NEXT_REVIEW_RE.search(clause)
                if not past and (NEXT_REVIEW_RE.search(clause) or
                                 (NEXT_REVIEW_RE.search(line.text) and text is not line.text)):
                    return Detection(FOUND, clause.strip(" |;,."), _where(document, line), dates[-1])
                if past:
                    unclear = unclear or Detection(
                        UNCLEAR, f"{clause.strip(' |;,.')} (this looks like the last review, not the next)",
                        _where(document, line), dates[-1])
                elif REVIEW_RE.search(clause):
                    unclear = unclear or Detection(
                        UNCLEAR, f"{clause.strip(' |;,.')} (a date near 'review', but not clearly the next review)",
                        _where(document, line), dates[-1])
        if unclear is None and NEXT_REVIEW_RE.search(line.text):
            unclear = Detection(UNCLEAR, f"{_excerpt(line.text)} (review wording but no date)",
                                _where(document, line))
    return unclear or Detection(MISSING)


def _review_clauses(text: str) -> list[str]:
    """Split 'Reviewed July 2026. Next review July 2027' so each date keeps its own wording."""
    parts = re.split(r"(?<=[.;|])\s+|\s+[–—-]\s+(?=[A-Za-z])", text)
    clauses: list[str] = []
    for part in parts:
        # A clause holding only a date belongs with the label before it: "Next review | 01/09/2027".
        if clauses and not re.search(r"[A-Za-z]{3,}", re.sub(r"\b[A-Za-z]+\s+\d{4}\b", "", part)) \
                and not find_dates(clauses[-1]):
            clauses[-1] += " " + part
        else:
            clauses.append(part)
    return clauses


def provider_access(document: Document) -> Detection:
    for link in document.links:
        if link.region in {"nav", "header"} or not _document_link(link):
            continue
        if PAL_RE.search(link.text) or PAL_RE.search(unquote(link.href)):
            return Detection(FOUND, f"a link: {link.text or link.href} ({link.href})",
                             _where(document, document.lines[link.line]))
    thin: Line | None = None
    for heading in document.headings():
        if heading.region in {"nav", "header"} or not PAL_RE.search(heading.text):
            continue
        words, text = _content_words(document, heading)
        if words >= 15:
            return Detection(FOUND, _excerpt(text), _where(document, heading))
        # A document linked under a provider access heading: "Download the statement (PDF)".
        for line in document.section(heading):
            for link in line.links:
                if _document_link(link):
                    return Detection(FOUND, f"a link under '{heading.text}': {link.text or link.href} ({link.href})",
                                     _where(document, heading))
        thin = thin or heading
    if thin is not None:
        return Detection(UNCLEAR, f"heading '{thin.text}' with little or no text under it and no link",
                         _where(document, thin))
    for line in document.lines:
        if line.region != "nav" and PAL_RE.search(line.text):
            return Detection(UNCLEAR, f"{_excerpt(line.text)} (mentioned, but the policy is not on the page "
                                      "or linked)", _where(document, line))
    return Detection(MISSING)


# --- audiences --------------------------------------------------------------------------------------------

AUDIENCE_RES = {
    "SITE.AUDIENCE.PUPILS": _re(r"\b(?:pupils?|students?|learners?|young\s+people)\b"),
    "SITE.AUDIENCE.PARENTS": _re(r"\b(?:parents?|carers?|families|parents['’]?)\b"),
    "SITE.AUDIENCE.STAFF": _re(r"\b(?:staff|teachers?|colleagues|tutors)\b"),
    "SITE.AUDIENCE.EMPLOYERS": _re(r"\b(?:employers?|businesses|business\s+partners|industry\s+partners)\b"),
}
_FILLER = _re(r"^(?:(?:careers?|information|info|advice|guidance|help|support|resources|useful|links?|key|"
              r"for|to|our|the|a|and|&|from)\b[\s:,\-–]*)+")


def _addressed_to(text: str, pattern: re.Pattern[str]) -> bool:
    """Is a heading or link addressed to the audience: 'For parents', 'Parents and carers', 'Employers'?"""
    if SEND_RE.search(text):  # "Support for pupils with SEND" is the SEND section, not the pupils' one
        return False
    rest = _FILLER.sub("", text.strip())
    if pattern.match(rest):
        return True
    return bool(re.search(r"\bfor\s+(?:our\s+)?" + pattern.pattern, text, re.I))


def audience(document: Document, item_id: str) -> Detection:
    pattern = AUDIENCE_RES[item_id]
    for heading in document.headings():
        if heading.region in {"nav", "header"} or heading.level == 1:
            continue
        if _addressed_to(heading.text, pattern):
            return Detection(FOUND, f"heading '{heading.text}'", _where(document, heading))
    menu: PageLink | None = None
    for link in document.links:
        if not _document_link(link) or not _addressed_to(link.text, pattern):
            continue
        if link.region in {"nav", "header", "footer"}:
            menu = menu or link
            continue
        return Detection(FOUND, f"a link: {link.text} ({link.href})", _where(document, document.lines[link.line]))
    if menu is not None:
        return Detection(UNCLEAR, f"only a website menu link: {menu.text} ({menu.href}); it may not be about "
                                  "careers", _where(document, document.lines[menu.line]))
    return Detection(MISSING)


# --- SEND ---------------------------------------------------------------------------------------------------

def _link_item(document: Document, pattern: re.Pattern[str], what: str) -> Detection:
    for link in document.links:
        if _document_link(link) and (pattern.search(link.text) or pattern.search(unquote(link.href))):
            return Detection(FOUND, f"a link: {link.text or link.href} ({link.href})",
                             _where(document, document.lines[link.line]))
    for line in document.lines:
        if pattern.search(line.text):
            return Detection(UNCLEAR, f"{_excerpt(line.text)} (the {what} is mentioned but not linked)",
                             _where(document, line))
    return Detection(MISSING)


def sen_report(document: Document) -> Detection:
    return _link_item(document, SEN_REPORT_RE, "SEN information report")


def local_offer(document: Document) -> Detection:
    return _link_item(document, LOCAL_OFFER_RE, "Local Offer")


def send_adapted(document: Document) -> Detection:
    unclear: tuple[str, Line] | None = None
    for line in document.lines:
        if line.region in {"nav", "header"} or line.kind == "heading":
            continue
        headings = " ".join(document.heading_texts(line))
        send_context = SEND_RE.search(line.text) or SEND_RE.search(headings)
        if not send_context:
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line.text):
            # The SEND wording may be in the sentence, its paragraph or its headings.
            if ADAPT_RE.search(sentence) and len(sentence.split()) >= 6:
                return Detection(FOUND, _excerpt(sentence), _where(document, line))
            if unclear is None and CAREERS_RE.search(sentence) and SEND_RE.search(sentence):
                unclear = (sentence, line)
    if unclear is not None:
        # Mentioning SEND is not saying how the programme is adapted: still missing, with the reason.
        sentence, line = unclear
        return Detection(MISSING, f"SEND is mentioned ('{_excerpt(sentence, 60)}'), but not how the programme is "
                                  "adapted", _where(document, line))
    return Detection(MISSING)


DETECTORS = {
    "SITE.LEADER.NAME": leader_name,
    "SITE.LEADER.EMAIL": leader_email,
    "SITE.LEADER.PHONE": leader_phone,
    "SITE.SUMMARY": programme_summary,
    "SITE.IMPACT": impact,
    "SITE.REVIEW_DATE": review_date,
    "SITE.PAL": provider_access,
    **{item_id: (lambda document, item_id=item_id: audience(document, item_id)) for item_id in AUDIENCE_RES},
    "SITE.SEND.SEN_REPORT": sen_report,
    "SITE.SEND.LOCAL_OFFER": local_offer,
    "SITE.SEND.ADAPTED": send_adapted,
}

__all__ = ["DETECTORS", "FOUND", "MISSING", "UNCLEAR", "DateSpan", "Detection", "person_names"]
