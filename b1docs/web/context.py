"""Everything the careers web page shows, as plain data taken from the workbook.

The template only lays this out; every decision (which sections apply, what is missing, which links are
safe) is made here so it can be tested without parsing HTML.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import phonenumbers

from b1docs.workbook.model import CareersWorkbook, Record, Value, format_value

# Colleges are not schools, so the provider access duty (s42B Education Act 1997) does not bind them.
NO_PROVIDER_ACCESS_DUTY = frozenset({"FE college", "Sixth-form college"})

AUDIENCES = (
    # (key, heading, publication field prefix, always shown)
    ("pupils", "For {learners}", "pupils", True),
    ("parents", "For parents and carers", "parents", True),
    ("staff", "For staff", "staff", True),
    ("employers", "For employers", "employers", True),
    ("governors", "For governors", "governors", False),
    ("agencies", "For other agencies", "agencies", False),
)


@dataclass(frozen=True)
class Link:
    """A link the page may show. href is None when the address is not a safe web address."""

    text: str
    href: str | None


@dataclass(frozen=True)
class Activity:
    term: str
    title: str
    description: str
    partner: str
    adapted: str


@dataclass(frozen=True)
class YearTable:
    key: str  # used for element ids
    heading: str
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class Missing:
    """A statutory item the workbook does not give, so the page cannot show it."""

    item: str
    ref: str  # the workbook cell to fill in

    @property
    def message(self) -> str:
        return f"The page has no {self.item}: fill in {self.ref}."


@dataclass
class PageContext:
    school: str
    leader_name: str
    leader_title: str
    leader_email: str
    leader_phone: str
    leader_phone_href: str
    adviser: str
    summary: list[str]
    years: list[YearTable]
    impact: list[str]
    published: str
    next_review: str
    provider_access: dict[str, Any]
    audiences: list[dict[str, Any]]
    send: dict[str, Any] | None
    parents_events: list[dict[str, str]]
    learners: str = "pupils"
    missing: list[Missing] = field(default_factory=list)


def safe_link(text: str, url: str) -> Link:
    """Only http(s) addresses become links: a javascript: or data: address in a cell must never run."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() in {"http", "https"} and parts.netloc:
        return Link(text, url.strip())
    return Link(text, None)


def mailto(email: str) -> str:
    # quote keeps the address as one mailto target even if a cell holds spaces or quotes.
    return "mailto:" + quote(email.strip(), safe="@.+-_")


def tel_href(phone: str) -> str:
    """A tel: link in international form (+44...), which every phone understands."""
    try:
        number = phonenumbers.parse(phone, "GB")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None and phonenumbers.is_possible_number(number):
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    return "tel:" + digits if digits else ""


def paragraphs(value: Value) -> list[str]:
    """Long text as paragraphs: a blank line or a new line in the cell starts a new paragraph."""
    return [line.strip() for line in value.text().splitlines() if line.strip()]


_SEND_WORDS = re.compile(r"\bSENDs?\b|\bSEN\b|\bEHC|special educational|disabilit", re.I)


def provider_access_applies(workbook: CareersWorkbook) -> bool:
    return workbook.institution_type not in NO_PROVIDER_ACCESS_DUTY


def send_applies(workbook: CareersWorkbook) -> bool:
    """SEND information belongs on the page for special schools, schools with EHC plans, or given links."""
    school = workbook.school
    ehcp = school.ehcp_pupils.value or 0
    return (workbook.institution_type == "Special school" or ehcp > 0
            or bool(school.sen_report_url) or bool(school.local_offer_url))


def build_context(workbook: CareersWorkbook, as_of: dt.date) -> PageContext:
    school, leader, pub = workbook.school, workbook.leadership, workbook.publication
    missing: list[Missing] = []

    def need(value: Value, item: str) -> str:
        if not value:
            missing.append(Missing(item, value.ref))
        return value.text()

    name = school.name.text() or "Our school"
    # Colleges teach students; schools teach pupils. The page uses the word the school's families use.
    learners = "students" if workbook.institution_type in NO_PROVIDER_ACCESS_DUTY else "pupils"
    leader_name = need(leader.leader_name, "careers leader name")
    email = need(leader.leader_email, "careers leader email address")
    phone = need(leader.leader_phone, "careers leader phone number")
    summary = paragraphs(pub.summary)
    if not summary:
        missing.append(Missing("programme summary", pub.summary.ref))
    impact = paragraphs(pub.impact_measures)
    if not impact:
        missing.append(Missing("statement of how impact is measured", pub.impact_measures.ref))
    next_review = need(pub.next_review_date, "date of next review")
    published = pub.published_date.text() or _long_date(as_of)

    adviser_bits = [leader.adviser_name.text(), leader.adviser_organisation.text()]
    adviser = " from ".join(bit for bit in adviser_bits if bit)

    return PageContext(
        school=name,
        leader_name=leader_name,
        leader_title=leader.leader_title.text(),
        leader_email=email,
        leader_phone=phone,
        leader_phone_href=tel_href(phone) if phone else "",
        adviser=adviser,
        summary=summary,
        years=_year_tables(workbook),
        impact=impact,
        published=published,
        next_review=next_review,
        provider_access=_provider_access(workbook, missing),
        audiences=_audiences(pub, learners),
        learners=learners,
        send=_send(workbook, missing) if send_applies(workbook) else None,
        parents_events=[
            {"years": _years_text(row.year_groups.value, workbook), "term": row.term.text(),
             "what": row.what.text(), "purpose": row.purpose.text()}
            for row in workbook.parents if row.what
        ],
        missing=missing,
    )


def _long_date(day: dt.date) -> str:
    return format_value(day)


def _years_text(years: frozenset[int] | None, workbook: CareersWorkbook) -> str:
    if not years:
        return ""
    if workbook.school_years and years >= workbook.school_years:
        return "All year groups"
    ordered = sorted(years)
    if ordered == list(range(ordered[0], ordered[-1] + 1)) and len(ordered) > 1:
        return f"Years {ordered[0]} to {ordered[-1]}"
    if len(ordered) == 1:
        return f"Year {ordered[0]}"
    return "Years " + ", ".join(str(year) for year in ordered[:-1]) + f" and {ordered[-1]}"


def _activity(row: Record) -> Activity:
    adapted = row.adaptations.text()
    return Activity(term=row.term.text(), title=row.title.text(), description=row.description.text(),
                    partner=row.partner.text(), adapted=adapted)


def _year_tables(workbook: CareersWorkbook) -> list[YearTable]:
    """One table per year group, in year order; activities for every year group get their own table first."""
    rows = [row for row in workbook.programme if row.title]
    school_years = workbook.school_years
    whole_school = [row for row in rows if school_years and (row.year_groups.value or frozenset()) >= school_years
                    and len(school_years) > 1]
    tables = []
    if whole_school:
        tables.append(YearTable("all", "Across all year groups", tuple(_activity(r) for r in whole_school)))
    years = sorted({year for row in rows for year in (row.year_groups.value or ())})
    whole_ids = {id(row) for row in whole_school}  # by identity: comparing rows field by field is quadratic
    for year in years:
        chosen = [row for row in rows if year in (row.year_groups.value or ()) and id(row) not in whole_ids]
        if chosen:
            tables.append(YearTable(f"year-{year}", f"Year {year}", tuple(_activity(r) for r in chosen)))
    unassigned = [row for row in rows if not row.year_groups]
    if unassigned:
        tables.append(YearTable("other", "Other activities", tuple(_activity(r) for r in unassigned)))
    return tables


def _provider_access(workbook: CareersWorkbook, missing: list[Missing]) -> dict[str, Any]:
    pal = workbook.provider_access
    if not provider_access_applies(workbook):
        return {"applies": False, "institution": workbook.institution_type}
    url = workbook.publication.pal_url.text()
    link = safe_link("Read our provider access policy statement", url) if url else None
    contact_bits = [pal.contact_name.text(), pal.contact_role.text()]
    inline = {
        "contact": ", ".join(bit for bit in contact_bits if bit),
        "email": pal.contact_email.text(),
        "phone": pal.contact_phone.text(),
        "phone_href": tel_href(pal.contact_phone.text()) if pal.contact_phone else "",
        "how_to_request": paragraphs(pal.how_to_request),
        "notice": pal.notice_needed.text(),
        "granting": paragraphs(pal.grounds_granting),
        "refusing": paragraphs(pal.grounds_refusing),
        "premises": paragraphs(pal.premises),
        "safeguarding": pal.safeguarding_policy.text(),
        "approved": pal.policy_approved_date.text(),
        "review": pal.policy_review_date.text(),
    }
    has_inline = any(inline[key] for key in ("contact", "email", "how_to_request", "granting", "premises"))
    if link is not None and link.href is None:
        # Not an http(s) address (javascript:, a file path): never a link, and the school should know.
        missing.append(Missing("link to the provider access policy (a web address starting https://)",
                               workbook.publication.pal_url.ref))
        link = None
    elif link is None and not has_inline:
        missing.append(Missing("provider access policy (a web address or the policy itself)",
                               workbook.publication.pal_url.ref))
    return {"applies": True, "link": link, "inline": inline if has_inline else None}


def _audiences(pub: Record, learners: str) -> list[dict[str, Any]]:
    sections = []
    for key, heading_pattern, prefix, always in AUDIENCES:
        heading = heading_pattern.format(learners=learners)
        how = pub[f"{prefix}_how"]
        url = pub[f"{prefix}_url"]
        if not always and not how and not url:
            continue
        link = safe_link(f"More careers information for {heading[4:]}", url.text()) if url else None
        if link is not None and link.href is None:
            link = None  # only web addresses become links
        sections.append({"key": key, "heading": heading, "how": paragraphs(how), "link": link})
    return sections


def _send(workbook: CareersWorkbook, missing: list[Missing]) -> dict[str, Any]:
    school = workbook.school
    adaptations = []
    for row in workbook.programme:
        # The Adaptations column also covers disadvantaged pupils; the SEND section lists only SEND ones.
        if row.adaptations and (row.for_whom.value != "Disadvantaged" or _SEND_WORDS.search(row.adaptations.text())):
            adaptations.append({"title": row.title.text(), "text": row.adaptations.text()})
    for row in workbook.encounters:
        if row.send_adjustments:
            adaptations.append({"title": f"Provider visit: {row.provider.text()}".rstrip(": "),
                                "text": row.send_adjustments.text()})
    # Adaptations repeat across activities; show each once.
    seen: set[str] = set()
    unique = []
    for item in adaptations:
        if item["text"].lower() not in seen:
            seen.add(item["text"].lower())
            unique.append(item)
    report = school.sen_report_url.text()
    offer = school.local_offer_url.text()
    report_link = safe_link("Our SEN information report", report) if report else None
    offer_link = safe_link("The local authority's Local Offer for SEND", offer) if offer else None
    if report_link is None or report_link.href is None:
        missing.append(Missing("link to the SEN information report (a web address starting https://)",
                               school.sen_report_url.ref))
    if offer_link is None or offer_link.href is None:
        missing.append(Missing("link to the Local Offer (a web address starting https://)",
                               school.local_offer_url.ref))
    if not unique and not school.send_cohort:
        missing.append(Missing("description of how the programme is adapted for pupils with SEND",
                               workbook.programme.column_cell("adaptations")))
    return {
        "cohort": paragraphs(school.send_cohort),
        "adaptations": unique,
        "senco": school.senco.text(),
        "senco_email": school.senco_email.text(),
        "sen_report": report_link if report_link and report_link.href else None,
        "local_offer": offer_link if offer_link and offer_link.href else None,
    }
