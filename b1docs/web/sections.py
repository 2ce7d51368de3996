"""The programme summary, how impact is measured, the date of next review and the provider access policy."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from b1docs.web.dates import find_dates
from b1docs.web.document import Document, Line
from b1docs.web.evidence import (
    FOUND,
    MISSING,
    UNCLEAR,
    Detection,
    content_links,
    content_words,
    document_link,
    excerpt,
    in_provider_access,
    near,
    where,
)
from b1docs.web.patterns import (
    IMPACT_HEADING_RE,
    IMPACT_SENTENCE_RE,
    NEXT_REVIEW_RE,
    PAL_RE,
    PAST_REVIEW_RE,
    REVIEW_RE,
    SUMMARY_HEADING_RE,
    SUMMARY_LINK_RE,
)


def programme_summary(document: Document) -> Detection:
    thin: Line | None = None
    for heading in document.headings():
        if heading.level == 1 or heading.region in {"nav", "header", "footer"}:
            continue
        if SUMMARY_HEADING_RE.search(heading.text) and not PAL_RE.search(heading.text):
            words, text = content_words(document, heading)
            if words >= 20:
                return Detection(FOUND, excerpt(text), where(document, heading))
            thin = thin or heading
    for link in content_links(document):
        named = SUMMARY_LINK_RE.search(link.text) or SUMMARY_LINK_RE.search(unquote(urlsplit(link.href).path))
        if named and not PAL_RE.search(link.text + link.href):
            return Detection(FOUND, f"a link: {link.text} ({link.href})", where(document, document.lines[link.line]))
    # A timetable of careers activities by year group is the programme itself.
    year_rows = [line for line in document.lines if _year_label(line) is not None]
    if len({_year_label(line) for line in year_rows}) >= 2:
        return Detection(FOUND, "a programme listed by year group: " + excerpt(year_rows[0].text, 80),
                         where(document, year_rows[0]))
    if thin is not None:
        return Detection(UNCLEAR, f"heading '{thin.text}' with little or no text under it",
                         where(document, thin))
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
        words, text = content_words(document, heading)
        if words >= 10:
            return Detection(FOUND, excerpt(text), where(document, heading))
        thin = thin or heading
    for line in document.lines:
        if line.region in {"nav", "header"} or line.kind == "heading":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", line.text):
            if IMPACT_SENTENCE_RE.search(sentence) and len(sentence.split()) >= 10:
                return Detection(FOUND, excerpt(sentence), where(document, line))
    if thin is not None:
        return Detection(UNCLEAR, f"heading '{thin.text}' with little or no text under it", where(document, thin))
    return Detection(MISSING)


def review_date(document: Document) -> Detection:
    """The date of the next review: a date written next to review wording."""
    unclear: Detection | None = None
    for line in document.lines:
        if not REVIEW_RE.search(line.text):
            continue
        # "This policy will be reviewed..." under the provider access heading is the policy's own review.
        if in_provider_access(document, line) and re.search(r"\bpolicy\b|\bstatement\b", line.text, re.I):
            continue
        if line.region == "nav" or PAL_RE.search(line.text):
            continue
        # The date can be on the line itself, on the next line when this one is a label, or in the same
        # column of the next table row when this row holds the column headers.
        texts = [line.text]
        if line.words <= 6 or line.kind in {"label", "heading"}:
            texts += [other.text for other in near(document, line, before=0, after=2) if other is not line]
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
                    return Detection(FOUND, clause.strip(" |;,."), where(document, line), dates[-1])
                if past:
                    unclear = unclear or Detection(
                        UNCLEAR, f"{clause.strip(' |;,.')} (this looks like the last review, not the next)",
                        where(document, line), dates[-1])
                elif REVIEW_RE.search(clause):
                    unclear = unclear or Detection(
                        UNCLEAR, f"{clause.strip(' |;,.')} (a date near 'review', but not clearly the next review)",
                        where(document, line), dates[-1])
        if unclear is None and NEXT_REVIEW_RE.search(line.text):
            unclear = Detection(UNCLEAR, f"{excerpt(line.text)} (review wording but no date)",
                                where(document, line))
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
        if link.region in {"nav", "header"} or not document_link(link):
            continue
        if PAL_RE.search(link.text) or PAL_RE.search(unquote(link.href)):
            return Detection(FOUND, f"a link: {link.text or link.href} ({link.href})",
                             where(document, document.lines[link.line]))
    thin: Line | None = None
    for heading in document.headings():
        if heading.region in {"nav", "header"} or not PAL_RE.search(heading.text):
            continue
        words, text = content_words(document, heading)
        if words >= 15:
            return Detection(FOUND, excerpt(text), where(document, heading))
        # A document linked under a provider access heading: "Download the statement (PDF)".
        for line in document.section(heading):
            for link in line.links:
                if document_link(link):
                    return Detection(FOUND, f"a link under '{heading.text}': {link.text or link.href} ({link.href})",
                                     where(document, heading))
        thin = thin or heading
    if thin is not None:
        return Detection(UNCLEAR, f"heading '{thin.text}' with little or no text under it and no link",
                         where(document, thin))
    for line in document.lines:
        if line.region != "nav" and PAL_RE.search(line.text):
            return Detection(UNCLEAR, f"{excerpt(line.text)} (mentioned, but the policy is not on the page "
                                      "or linked)", where(document, line))
    return Detection(MISSING)
