"""A section for each audience (pupils, parents and carers, staff, employers), and the SEND items."""

from __future__ import annotations

import re
from urllib.parse import unquote

from b1docs.web.document import Document, Line, PageLink
from b1docs.web.evidence import FOUND, MISSING, UNCLEAR, Detection, document_link, excerpt, where
from b1docs.web.patterns import ADAPT_RE, CAREERS_RE, LOCAL_OFFER_RE, SEN_REPORT_RE, SEND_RE, rx

AUDIENCE_RES = {
    "SITE.AUDIENCE.PUPILS": rx(r"\b(?:pupils?|students?|learners?|young\s+people)\b"),
    "SITE.AUDIENCE.PARENTS": rx(r"\b(?:parents?|carers?|families|parents['’]?)\b"),
    "SITE.AUDIENCE.STAFF": rx(r"\b(?:staff|teachers?|colleagues|tutors)\b"),
    "SITE.AUDIENCE.EMPLOYERS": rx(r"\b(?:employers?|businesses|business\s+partners|industry\s+partners)\b"),
}
_FILLER = rx(r"^(?:(?:careers?|information|info|advice|guidance|help|support|resources|useful|links?|key|"
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
            return Detection(FOUND, f"heading '{heading.text}'", where(document, heading))
    menu: PageLink | None = None
    for link in document.links:
        if not document_link(link) or not _addressed_to(link.text, pattern):
            continue
        if link.region in {"nav", "header", "footer"}:
            menu = menu or link
            continue
        return Detection(FOUND, f"a link: {link.text} ({link.href})", where(document, document.lines[link.line]))
    if menu is not None:
        return Detection(UNCLEAR, f"only a website menu link: {menu.text} ({menu.href}); it may not be about "
                                  "careers", where(document, document.lines[menu.line]))
    return Detection(MISSING)


def _link_item(document: Document, pattern: re.Pattern[str], what: str) -> Detection:
    for link in document.links:
        if document_link(link) and (pattern.search(link.text) or pattern.search(unquote(link.href))):
            return Detection(FOUND, f"a link: {link.text or link.href} ({link.href})",
                             where(document, document.lines[link.line]))
    for line in document.lines:
        if pattern.search(line.text):
            return Detection(UNCLEAR, f"{excerpt(line.text)} (the {what} is mentioned but not linked)",
                             where(document, line))
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
                return Detection(FOUND, excerpt(sentence), where(document, line))
            if unclear is None and CAREERS_RE.search(sentence) and SEND_RE.search(sentence):
                unclear = (sentence, line)
    if unclear is not None:
        # Mentioning SEND is not saying how the programme is adapted: still missing, with the reason.
        sentence, line = unclear
        return Detection(MISSING, f"SEND is mentioned ('{excerpt(sentence, 60)}'), but not how the programme is "
                                  "adapted", where(document, line))
    return Detection(MISSING)
