"""Acceptance: each sample's published page audits clean, and removing one statutory item from it makes
audit-site report exactly that item missing and exit 1."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import lxml.html
import pytest
from conftest import AS_OF, SAMPLES, run_cli

from b1docs.web.audit import audit_page
from b1docs.web.page import render_page
from b1docs.workbook.reader import load_workbook

COMPLETE_SAMPLES = ["oakfield-academy", "meadowbank-special-school", "northgate-college"]


@pytest.fixture(scope="module")
def published() -> dict[str, tuple[object, str]]:
    pages = {}
    for sample in [*COMPLETE_SAMPLES, "riverside-school"]:
        workbook = load_workbook(SAMPLES / f"{sample}.xlsx")
        pages[sample] = (workbook, render_page(workbook, as_of=AS_OF).html)
    return pages


def _not_found(audit) -> dict[str, str]:
    return {r.item.id: r.status for r in audit.items if r.status not in {"found", "not_applicable"}}


@pytest.mark.parametrize("sample", COMPLETE_SAMPLES)
def test_published_sample_audits_clean(sample, published, tmp_path):
    workbook, html = published[sample]
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = run_cli("audit-site", page, "--workbook", SAMPLES / f"{sample}.xlsx", "--as-of", AS_OF.isoformat(),
                     "--fail-on", "good")
    assert result.exit_code == 0, result.stdout
    audit = audit_page(html, page="p", as_of=AS_OF, workbook=workbook)
    assert _not_found(audit) == {}
    assert audit.findings == ()


@pytest.mark.parametrize("sample", COMPLETE_SAMPLES)
def test_fragment_audits_clean_too(sample):
    workbook = load_workbook(SAMPLES / f"{sample}.xlsx")
    fragment = render_page(workbook, as_of=AS_OF, fragment=True).html
    audit = audit_page(fragment, page="fragment", as_of=AS_OF, workbook=workbook)
    assert _not_found(audit) == {}
    assert audit.findings == ()


def test_gap_sample_page_shows_exactly_the_workbook_gaps(published):
    """Riverside's workbook has no impact statement and a review date that has passed: so has its page."""
    workbook, html = published["riverside-school"]
    audit = audit_page(html, page="p", as_of=AS_OF, workbook=workbook)
    assert _not_found(audit) == {"SITE.IMPACT": "missing"}
    assert sorted(f.rule for f in audit.findings) == ["SITE.IMPACT", "SITE.REVIEW_DATE.PASSED"]


# --- removing one item at a time ----------------------------------------------------------------------------

def _drop(root, xpath: str) -> None:
    for element in root.xpath(xpath):
        element.drop_tree()


def _erase_text(root, text: str) -> None:
    """Take a piece of text out of every text node, as an editor deleting it would."""
    pattern = re.compile(re.escape(text), re.I)
    for element in root.iter():
        if isinstance(element.tag, str):
            element.text = pattern.sub("", element.text or "") or None
            element.tail = pattern.sub("", element.tail or "") or None


def _erase_sentences(root, xpath: str, word: str) -> None:
    """Delete the sentences that contain word from the paragraphs xpath selects."""
    for paragraph in root.xpath(xpath):
        text = paragraph.text_content()
        kept = [s for s in re.split(r"(?<=[.!?])\s+", text) if word not in s.lower()]
        for child in list(paragraph):
            paragraph.remove(child)
        paragraph.text = " ".join(kept)


def _remove_adapted(root, workbook) -> None:
    # Everything that says how activities are adapted: the SEND section's text (not the SENCO's contact
    # or the links), the programme rows written about pupils with SEND or EHC plans, and any sentence
    # about adapting in the summary.
    _drop(root, "//section[@id='send']/p[not(a)] | //h3[@id='send-adapted'] "
                "| //h3[@id='send-adapted']/following-sibling::ul "
                "| //tr[contains(., 'SEND') or contains(., 'EHC') or contains(., 'SEN ')]")
    _erase_sentences(root, "//section[@id='programme']/p", "adapt")


def _remove_name(root, workbook) -> None:
    _erase_text(root, workbook.leadership.leader_name.text())


def _remove_email(root, workbook) -> None:
    email = workbook.leadership.leader_email.text()
    _drop(root, f'//a[starts-with(@href, "mailto:{email}")]')
    _erase_text(root, email)


def _remove_phone(root, workbook) -> None:
    phone = workbook.leadership.leader_phone.text()
    for anchor in root.xpath("//a[starts-with(@href, 'tel:')]"):
        if anchor.text_content().strip() == phone:
            anchor.drop_tree()
    _erase_text(root, phone)


REMOVALS: dict[str, Callable] = {
    "SITE.LEADER.NAME": _remove_name,
    "SITE.LEADER.EMAIL": _remove_email,
    "SITE.LEADER.PHONE": _remove_phone,
    "SITE.SUMMARY": lambda root, wb: _drop(root, "//section[@id='programme' or @id='by-year']"),
    "SITE.IMPACT": lambda root, wb: _drop(root, "//section[@id='impact']"),
    "SITE.REVIEW_DATE": lambda root, wb: _drop(root, "//section[@id='review'] | //footer//p"),
    "SITE.PAL": lambda root, wb: _drop(root, "//section[@id='provider-access']"),
    "SITE.SEND.SEN_REPORT": lambda root, wb: _drop(
        root, "//section[@id='send']//li[a[contains(., 'information report')]]"),
    "SITE.SEND.LOCAL_OFFER": lambda root, wb: _drop(root, "//section[@id='send']//li[a[contains(., 'Local')]]"),
    "SITE.SEND.ADAPTED": _remove_adapted,
}


def _cases() -> list[tuple[str, str]]:
    cases = []
    for sample in COMPLETE_SAMPLES:
        for item in REMOVALS:
            if item == "SITE.PAL" and sample == "northgate-college":
                continue  # provider access does not apply to an FE college
            if item.startswith("SITE.SEND") and sample == "northgate-college":
                continue
            cases.append((sample, item))
    return cases


@pytest.mark.parametrize(("sample", "item"), _cases())
def test_removing_one_item_reports_exactly_it_missing(sample, item, published, tmp_path):
    workbook, html = published[sample]
    root = lxml.html.document_fromstring(html)
    REMOVALS[item](root, workbook)
    changed = lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")
    assert changed != html
    audit = audit_page(changed, page="p", as_of=AS_OF, send=True)
    assert _not_found(audit) == {item: "missing"}
    page: Path = tmp_path / "page.html"
    page.write_text(changed, encoding="utf-8")
    result = run_cli("audit-site", page, "--send", "--as-of", AS_OF.isoformat(), "--format", "json")
    assert result.exit_code == 1
    assert f'"rule": "{item}"' in result.stdout
