"""The website audit: which statutory items and audience sections a careers page has, and whether it
matches the workbook. Findings use the same Finding and Severity as the workbook check.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from b1docs.benchmark.context import Scope
from b1docs.benchmark.findings import Finding, Severity
from b1docs.web.context import provider_access_applies
from b1docs.web.dates import DateSpan
from b1docs.web.detect import DETECTORS, FOUND, MISSING, UNCLEAR, Detection
from b1docs.web.document import Document, parse_document
from b1docs.web.items import ITEMS, MATCH, SEND_ITEMS, STATUTORY, Item, lower
from b1docs.workbook.model import CareersWorkbook, Value, format_value

NOT_APPLICABLE = "not_applicable"
AUDIT_SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class ItemResult:
    item: Item
    status: str  # found, missing, unclear or not_applicable
    evidence: str = ""
    where: str = ""
    reason: str = ""  # why the item does not apply


@dataclass(frozen=True)
class SiteAudit:
    """The result of auditing one page on one date."""

    page: str
    as_of: dt.date
    send: bool
    workbook: str | None
    school_name: str | None
    items: tuple[ItemResult, ...]
    findings: tuple[Finding, ...] = field(default=())

    def count(self, status: str) -> int:
        return sum(1 for result in self.items if result.status == status)


def send_expected(workbook: CareersWorkbook | None) -> bool:
    """A special school, or a school with pupils who have EHC plans, must show the SEND items."""
    if workbook is None:
        return False
    return workbook.institution_type == "Special school" or (workbook.school.ehcp_pupils.value or 0) > 0


def audit_page(html: str, *, page: str, as_of: dt.date, send: bool = False,
               workbook: CareersWorkbook | None = None) -> SiteAudit:
    """Audit the HTML of a careers page. Raises PageError only when the text is not HTML at all."""
    document = parse_document(html, source=page)
    send = send or send_expected(workbook)
    results: list[ItemResult] = []
    detections: dict[str, Detection] = {}
    for item_id, item in ITEMS.items():
        if item_id in SEND_ITEMS and not send:
            continue
        if item_id == "SITE.PAL" and workbook is not None and not provider_access_applies(workbook):
            kind = {"FE college": "further education (FE) colleges"}.get(workbook.institution_type,
                                                                            "sixth-form colleges")
            results.append(ItemResult(item, NOT_APPLICABLE, reason=(
                f"The provider access duty applies to schools, not to {kind}.")))
            continue
        detection = DETECTORS[item_id](document)
        detections[item_id] = detection
        results.append(ItemResult(item, detection.status, detection.evidence, detection.where))
    findings = [finding for result in results if (finding := _finding(result, workbook)) is not None]
    findings += _review_passed(detections.get("SITE.REVIEW_DATE"), as_of, workbook)
    if workbook is not None:
        findings += _matches(document, detections, workbook)
    findings.sort(key=lambda finding: (finding.severity.rank, list(ITEMS).index(finding.rule)
                                       if finding.rule in ITEMS else 99))
    return SiteAudit(page=page, as_of=as_of, send=send, workbook=str(workbook.path) if workbook else None,
                     school_name=workbook.school.name.text() if workbook else None,
                     items=tuple(results), findings=tuple(findings))


# Where in the workbook each item's content lives, so a finding can say what to publish.
_SOURCE_CELLS = {
    "SITE.LEADER.NAME": ("leadership", "leader_name"),
    "SITE.LEADER.EMAIL": ("leadership", "leader_email"),
    "SITE.LEADER.PHONE": ("leadership", "leader_phone"),
    "SITE.SUMMARY": ("publication", "summary"),
    "SITE.IMPACT": ("publication", "impact_measures"),
    "SITE.REVIEW_DATE": ("publication", "next_review_date"),
    "SITE.PAL": ("publication", "pal_url"),
    "SITE.AUDIENCE.PUPILS": ("publication", "pupils_how"),
    "SITE.AUDIENCE.PARENTS": ("publication", "parents_how"),
    "SITE.AUDIENCE.STAFF": ("publication", "staff_how"),
    "SITE.AUDIENCE.EMPLOYERS": ("publication", "employers_how"),
    "SITE.SEND.SEN_REPORT": ("school", "sen_report_url"),
    "SITE.SEND.LOCAL_OFFER": ("school", "local_offer_url"),
}


def _source(item_id: str, workbook: CareersWorkbook | None) -> Value | None:
    if workbook is None or item_id not in _SOURCE_CELLS:
        return None
    sheet, key = _SOURCE_CELLS[item_id]
    return getattr(workbook, sheet)[key]


def _finding(result: ItemResult, workbook: CareersWorkbook | None) -> Finding | None:
    item = result.item
    if result.status not in {MISSING, UNCLEAR}:
        return None
    source = _source(item.id, workbook)
    fix = item.fix
    if source is not None and source.present:
        fix += f" The workbook has it in {source.ref}: {source.text()}."
    if result.status == MISSING:
        message = f"Missing from the page: {item.title[0].lower() + item.title[1:]}."
        severity = _severity(item, workbook)
    else:
        message = f"Not clear on the page: {item.title[0].lower() + item.title[1:]}. Found {result.evidence}."
        severity = lower(_severity(item, workbook))
    return Finding(rule=item.id, severity=severity, part=item.part, message=message, fix=fix,
                   sheet=source.sheet if source is not None else "", cell=source.cell if source is not None else "")


def _severity(item: Item, workbook: CareersWorkbook | None) -> Severity:
    """As in `check`: the website items are statutory for maintained schools and expected of academies and
    colleges (benchmark1-rules.md part D); the provider access policy stays statutory for every school."""
    if workbook is None or item.part != STATUTORY or item.id == "SITE.PAL" or item.severity is not Severity.MUST:
        return item.severity
    return Scope.of(workbook).publishing_severity


def _review_passed(detection: Detection | None, as_of: dt.date, workbook: CareersWorkbook | None) -> list[Finding]:
    if detection is None or detection.status != FOUND or not isinstance(detection.value, DateSpan):
        return []
    span = detection.value
    if not span.passed(as_of):
        return []
    source = _source("SITE.REVIEW_DATE", workbook)
    return [Finding(
        rule="SITE.REVIEW_DATE.PASSED", severity=Severity.MUST, part=ITEMS["SITE.REVIEW_DATE"].part,
        message=f"The date of next review on the page, {span.text}, has passed (checked on {_long(as_of)}).",
        fix="Review the careers information, then publish it again with a new date of next review.",
        sheet=source.sheet if source is not None else "", cell=source.cell if source is not None else "")]


def _long(day: dt.date) -> str:
    return format_value(day)


_TITLE_WORDS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof"}


def _name_tokens(name: str) -> list[str]:
    return [token for token in re.findall(r"[a-z'’\-]+", name.lower()) if token not in _TITLE_WORDS]


def names_match(workbook_name: str, page_text: str) -> bool:
    """Does the page name the same person? 'Mrs Priya Sharma' matches 'Priya Sharma', 'P Sharma', 'Mrs Sharma'."""
    wanted = _name_tokens(workbook_name)
    if not wanted:
        return False
    surname, first = wanted[-1], wanted[0] if len(wanted) > 1 else ""
    text = page_text.lower()
    for match in re.finditer(r"\b" + re.escape(surname) + r"\b", text):
        before = re.findall(r"[a-z'’\-]+", text[max(0, match.start() - 40):match.start()])
        # The word just before the surname: nothing, a title, the first name or its initial.
        if not first or not before or before[-1] in _TITLE_WORDS or before[-1] in {first, first[0]}:
            return True
    return False


def _matches(document: Document, detections: dict[str, Detection], workbook: CareersWorkbook) -> list[Finding]:
    leader = workbook.leadership
    page_text = " \n ".join(line.text for line in document.lines)
    findings = []
    found_name = detections["SITE.LEADER.NAME"]
    if leader.leader_name and found_name.status != MISSING and not names_match(leader.leader_name.text(),
                                                                                str(found_name.value or "")):
        findings.append(_mismatch(
            "SITE.MATCH.LEADER_NAME", leader.leader_name,
            f"The page names {found_name.value} as careers leader, but the workbook says "
            f"{leader.leader_name.text()}.",
            "Update whichever is out of date: the page or the workbook."))
    if leader.leader_email:
        wanted = leader.leader_email.text().lower()
        emails = {address.lower() for address in re.findall(r"[\w.%+'\-]+@[\w\-]+(?:\.[\w\-]+)+", page_text)}
        emails |= {link.href[7:].split("?")[0].lower() for link in document.links
                   if link.href.lower().startswith("mailto:")}
        if detections["SITE.LEADER.EMAIL"].status != MISSING and wanted not in emails:
            findings.append(_mismatch(
                "SITE.MATCH.LEADER_EMAIL", leader.leader_email,
                f"The page gives {detections['SITE.LEADER.EMAIL'].value} for the careers leader, but the "
                f"workbook says {leader.leader_email.text()}.",
                "Update whichever is out of date: the page or the workbook."))
    review = detections["SITE.REVIEW_DATE"]
    wanted_date = workbook.publication.next_review_date
    if isinstance(wanted_date.value, dt.date) and isinstance(review.value, DateSpan) \
            and not review.value.contains(wanted_date.value):
        findings.append(_mismatch(
            "SITE.MATCH.REVIEW_DATE", wanted_date,
            f"The page gives {review.value.text} as the date of next review, but the workbook says "
            f"{wanted_date.text()}.",
            "Publish the page again from the workbook, or correct the workbook."))
    return findings


def _mismatch(rule: str, value: Value, message: str, fix: str) -> Finding:
    return Finding(rule=rule, severity=Severity.EXPECT, part=MATCH, message=message, fix=fix,
                   sheet=value.sheet, cell=value.cell)


__all__ = ["FOUND", "MISSING", "NOT_APPLICABLE", "UNCLEAR", "ItemResult", "SiteAudit", "audit_page", "names_match"]
