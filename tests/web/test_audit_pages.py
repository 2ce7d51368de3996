"""The audit on hand-written pages shaped like real school websites, one shape per file in pages/."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import AS_OF

from b1docs.web.audit import audit_page
from b1docs.web.fetch import read_file

PAGES = Path(__file__).resolve().parent / "pages"
STATUTORY = ["SITE.LEADER.NAME", "SITE.LEADER.EMAIL", "SITE.LEADER.PHONE", "SITE.SUMMARY", "SITE.IMPACT",
             "SITE.REVIEW_DATE", "SITE.PAL"]
AUDIENCES = ["SITE.AUDIENCE.PUPILS", "SITE.AUDIENCE.PARENTS", "SITE.AUDIENCE.STAFF", "SITE.AUDIENCE.EMPLOYERS"]
SEND = ["SITE.SEND.SEN_REPORT", "SITE.SEND.LOCAL_OFFER", "SITE.SEND.ADAPTED"]


def _audit(name: str, send: bool = False):
    page = read_file(PAGES / name)
    return audit_page(page.html, page=page.source, as_of=AS_OF, send=send)


def _statuses(audit) -> dict[str, str]:
    return {result.item.id: result.status for result in audit.items}


def _evidence(audit, item_id: str) -> str:
    return next(result.evidence for result in audit.items if result.item.id == item_id)


@pytest.mark.parametrize("name", ["headings.html", "lists.html", "table.html", "footer.html", "send.html",
                                  "accordion.html"])
def test_complete_pages_have_every_item(name):
    audit = _audit(name)
    assert _statuses(audit) == dict.fromkeys(STATUTORY + AUDIENCES, "found")
    assert [finding.rule for finding in audit.findings] == []


def test_page_with_everything_missing():
    audit = _audit("missing.html", send=True)
    assert _statuses(audit) == dict.fromkeys(STATUTORY + AUDIENCES + SEND, "missing")
    severities = {finding.rule: finding.severity.value for finding in audit.findings}
    assert severities == {**dict.fromkeys(STATUTORY + SEND, "must"), **dict.fromkeys(AUDIENCES, "expect")}


def test_items_as_headings_with_contact_under_a_subheading():
    audit = _audit("headings.html")
    assert _evidence(audit, "SITE.LEADER.NAME") == "Mr David Okoro"
    # The school office's address in the footer is not taken for the careers leader's.
    assert _evidence(audit, "SITE.LEADER.EMAIL") == "d.okoro@brookfield.example.sch.uk"
    assert _evidence(audit, "SITE.LEADER.PHONE") == "0161 496 0742"
    assert _evidence(audit, "SITE.REVIEW_DATE") == "Next review: September 2027"
    # "Students" and "Parents" in the site menu are not the careers sections: the headings are.
    assert _evidence(audit, "SITE.AUDIENCE.PUPILS") == "heading 'Information for Students'"


def test_items_in_lists_and_a_windows_1252_page():
    audit = _audit("lists.html")
    assert _evidence(audit, "SITE.LEADER.NAME") == "Mrs A. Patel"
    # Written 'careers [at] stannes.example.sch.uk' to hide it from spam robots.
    assert _evidence(audit, "SITE.LEADER.EMAIL") == "careers@stannes.example.sch.uk"
    assert _evidence(audit, "SITE.LEADER.PHONE") == "01632 960 318"
    assert _evidence(audit, "SITE.REVIEW_DATE") == "next review 01/09/2027"
    assert "Provider Access Policy (PDF, 120KB)" in _evidence(audit, "SITE.PAL")
    assert "programme listed by year group" in _evidence(audit, "SITE.SUMMARY")


def test_items_in_tables_and_address_only_in_the_mailto_link():
    audit = _audit("table.html")
    assert _evidence(audit, "SITE.LEADER.NAME") == "Ms Jo Wright"
    assert _evidence(audit, "SITE.LEADER.EMAIL") == "j.wright@castlegate.example.sch.uk"
    assert _evidence(audit, "SITE.REVIEW_DATE") == "Date of next review | 31/08/2027"
    assert _evidence(audit, "SITE.AUDIENCE.STAFF") == "heading 'Teachers'"


def test_contact_details_only_in_the_footer():
    audit = _audit("footer.html")
    assert _evidence(audit, "SITE.LEADER.NAME") == "Mr S. Khan"
    # A hidden paragraph with an old contact is not read; the office number is not the careers leader's.
    assert _evidence(audit, "SITE.LEADER.EMAIL") == "careers@riverbank.example.sch.uk"
    assert _evidence(audit, "SITE.LEADER.PHONE") == "01632 960 999"
    assert "footer" in next(result.where for result in audit.items if result.item.id == "SITE.LEADER.NAME")
    assert _evidence(audit, "SITE.PAL").startswith("a link: Provider Access Policy (PDF, 120KB)")
    assert _evidence(audit, "SITE.REVIEW_DATE") == "This page will be reviewed in July 2027"


def test_accordions_tabs_and_bold_spans():
    audit = _audit("accordion.html")
    # Headings that are buttons inside <h2>, <summary> and role="tab"; the leader is an Assistant Principal.
    assert _evidence(audit, "SITE.LEADER.NAME") == "Mr Luca Romano"
    assert _evidence(audit, "SITE.LEADER.PHONE") == "+44 (0)1632 960246"
    assert _evidence(audit, "SITE.PAL").startswith("a link under 'Provider access': Download the statement (PDF)")
    assert _evidence(audit, "SITE.AUDIENCE.PARENTS") == "heading 'Parents and Carers'"
    assert _evidence(audit, "SITE.REVIEW_DATE") == "next review due 02/10/2027"


def test_special_school_page_has_the_send_items():
    audit = _audit("send.html", send=True)
    statuses = _statuses(audit)
    assert [statuses[item] for item in SEND] == ["found"] * 3
    assert _evidence(audit, "SITE.LEADER.NAME") == "Miss Rachel O'Brien"
    assert "SEND Information Report" in _evidence(audit, "SITE.SEND.SEN_REPORT")
    assert "adapted to each learner's EHC plan" in _evidence(audit, "SITE.SEND.ADAPTED")


def test_send_items_are_only_looked_for_when_asked():
    assert not any(result.item.id in SEND for result in _audit("send.html").items)
