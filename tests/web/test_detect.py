"""Single detectors on small pieces of HTML: dates, names, unclear cases, menus and regions."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import AS_OF

from b1docs.web.audit import audit_page
from b1docs.web.dates import find_dates
from b1docs.web.detect import person_names


def _status(html: str, item_id: str, send: bool = False) -> tuple[str, str]:
    audit = audit_page(html, page="test.html", as_of=AS_OF, send=send)
    result = next(result for result in audit.items if result.item.id == item_id)
    return result.status, result.evidence


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Next review: September 2027", dt.date(2027, 9, 1), dt.date(2027, 9, 30)),
    ("Reviewed annually – next review 01/09/2027", dt.date(2027, 9, 1), dt.date(2027, 9, 1)),
    ("next review 1st Sept 2027", dt.date(2027, 9, 1), dt.date(2027, 9, 1)),
    ("Review date: 2027-09-01", dt.date(2027, 9, 1), dt.date(2027, 9, 1)),
    ("Due for review on Monday 6 September 2027", dt.date(2027, 9, 6), dt.date(2027, 9, 6)),
    ("to be reviewed in the Autumn term 2027", dt.date(2027, 9, 1), dt.date(2027, 12, 31)),
    ("review by September 1, 2027", dt.date(2027, 9, 1), dt.date(2027, 9, 1)),
    ("next review 1.9.27", dt.date(2027, 9, 1), dt.date(2027, 9, 1)),
])
def test_dates_as_schools_write_them(text, first, last):
    [span] = find_dates(text)
    assert (span.first, span.last) == (first, last)


def test_impossible_dates_are_not_dates():
    assert find_dates("31/02/2027 and 45/13/2027") == []


@pytest.mark.parametrize("html", [
    "<p>Next review: September 2027</p>",
    "<p>Reviewed annually – next review 01/09/2027</p>",
    "<table><tr><th>Date of next review</th><td>1 September 2027</td></tr></table>",
    "<dl><dt>Next review</dt><dd>September 2027</dd></dl>",
    "<h2>Review</h2><p>This information will be reviewed again in July 2027.</p>",
    "<p>Last reviewed: July 2026. Next review: July 2027.</p>",
    "<p>Reviewed: Sept 2026 | Next Review: Sept 2027</p>",
    "<table><tr><th>Last reviewed</th><th></th><th>Next review</th></tr>"
    "<tr><td>July 2026</td><td></td><td>July 2027</td></tr></table>",
    "<p>Date reviewed: 01.09.2026<br>Date of next review: 01.09.2027</p>",
])
def test_review_date_found(html):
    status, evidence = _status(html, "SITE.REVIEW_DATE")
    assert status == "found"
    assert "2027" in evidence


@pytest.mark.parametrize("html", [
    "<p>Last reviewed: July 2026</p>",
    "<p>This page is reviewed annually.</p><p>Next review due soon.</p>",
])
def test_review_date_unclear(html):
    assert _status(html, "SITE.REVIEW_DATE")[0] == "unclear"


def test_policy_review_is_not_the_page_review():
    html = "<h2>Provider access policy</h2><p>This policy will be reviewed in July 2027.</p>"
    assert _status(html, "SITE.REVIEW_DATE")[0] == "missing"


def test_passed_review_date_is_a_must_finding():
    audit = audit_page("<p>Next review: July 2026</p>", page="t", as_of=dt.date(2026, 12, 1))
    assert [(f.rule, f.severity.value) for f in audit.findings if f.rule.startswith("SITE.REVIEW")] == [
        ("SITE.REVIEW_DATE.PASSED", "must")]
    # A month is only passed when it is over.
    audit = audit_page("<p>Next review: December 2026</p>", page="t", as_of=dt.date(2026, 12, 1))
    assert not any(f.rule == "SITE.REVIEW_DATE.PASSED" for f in audit.findings)


@pytest.mark.parametrize(("text", "names"), [
    ("Careers Leader: Mrs J Smith", ["Mrs J Smith"]),
    ("Our careers leader is Priya Sharma, Assistant Headteacher.", ["Priya Sharma"]),
    ("Careers Leader: Assistant Headteacher", []),
    ("Mr O'Neill-Jones", ["Mr O'Neill-Jones"]),
])
def test_person_names(text, names):
    assert person_names(text) == names


def test_job_title_without_a_name_is_missing():
    assert _status("<p>Careers Leader: Assistant Headteacher (Careers)</p>", "SITE.LEADER.NAME")[0] == "missing"


def test_name_under_a_careers_contact_heading_without_the_role_is_unclear():
    status, evidence = _status("<h2>Careers: get in touch</h2><p>Please speak to Mrs Dana Price.</p>",
                               "SITE.LEADER.NAME")
    assert status == "unclear"
    assert evidence.startswith("Mrs Dana Price")


def test_office_email_is_not_the_careers_leaders():
    html = "<footer><p>School office: office@school.example.sch.uk, 01632 960000</p></footer>"
    assert _status(html, "SITE.LEADER.EMAIL")[0] == "missing"
    assert _status(html, "SITE.LEADER.PHONE")[0] == "missing"


def test_email_with_no_role_is_unclear():
    status, evidence = _status("<p>Questions? Write to hello@school.example.sch.uk</p>", "SITE.LEADER.EMAIL")
    assert status == "unclear"
    assert "hello@school.example.sch.uk" in evidence


def test_a_careers_address_is_the_careers_email_wherever_it_is():
    assert _status("<p>careers@school.example.sch.uk</p>", "SITE.LEADER.EMAIL") == (
        "found", "careers@school.example.sch.uk")


def test_years_and_dates_are_not_phone_numbers():
    html = "<p>Careers leader: Mrs Ann Lee. Programme 2026-2027, URN 145678, updated 01/09/2026.</p>"
    assert _status(html, "SITE.LEADER.PHONE")[0] == "missing"


def test_audience_only_in_the_site_menu_is_unclear():
    html = '<nav><a href="/parents">Parents</a></nav><main><h1>Careers</h1></main>'
    status, evidence = _status(html, "SITE.AUDIENCE.PARENTS")
    assert status == "unclear"
    assert "menu" in evidence


def test_send_heading_is_not_a_pupils_section():
    html = "<h2>Support for pupils with SEND</h2><p>Text.</p>"
    assert _status(html, "SITE.AUDIENCE.PUPILS")[0] == "missing"


def test_provider_access_mentioned_but_not_published_is_unclear():
    status, _ = _status("<p>Our provider access policy is available on request.</p>", "SITE.PAL")
    assert status == "unclear"


def test_heading_with_nothing_under_it_is_unclear():
    assert _status("<h2>How we measure impact</h2><h2>Next</h2>", "SITE.IMPACT")[0] == "unclear"
    assert _status("<h2>Our careers programme</h2><p>Coming soon.</p>", "SITE.SUMMARY")[0] == "unclear"


def test_local_offer_named_but_not_linked_is_unclear():
    assert _status("<p>See the council's Local Offer.</p>", "SITE.SEND.LOCAL_OFFER", send=True)[0] == "unclear"


def test_scripts_and_hidden_text_are_not_read():
    html = ('<script>var t = "Careers leader: Mrs Ann Lee";</script>'
            '<p hidden>Careers leader: Mrs Ann Lee</p><p aria-hidden="true">Careers leader: Mrs Ann Lee</p>')
    assert _status(html, "SITE.LEADER.NAME")[0] == "missing"


def test_a_fragment_without_html_or_body_is_read():
    assert _status("<h2>Careers leader</h2><p>Mr Tom Reed</p>", "SITE.LEADER.NAME") == ("found", "Mr Tom Reed")


def test_footer_contact_is_not_under_the_last_heading_of_the_page():
    html = ("<main><h2>Provider access</h2><p>Providers may visit on request, see our policy below.</p></main>"
            "<footer><p>Careers leader: Mr Sam Khan, careers@school.example.sch.uk, 01632 960999</p>"
            "<p>Next review: September 2027</p></footer>")
    for item in ("SITE.LEADER.NAME", "SITE.LEADER.EMAIL", "SITE.LEADER.PHONE", "SITE.REVIEW_DATE"):
        assert _status(html, item)[0] == "found", item
