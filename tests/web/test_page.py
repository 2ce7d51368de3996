"""The careers page: every statutory item, escaping, safe links, fragment shape, colleges and SEND."""

from __future__ import annotations

import datetime as dt
import itertools

import lxml.html
import pytest
from conftest import AS_OF
from web_samples import COMPLETE, workbook_data

from b1docs.web.page import render_page
from b1docs.workbook.reader import load_workbook


def _page(make_workbook, data=None, **options):
    return render_page(load_workbook(make_workbook(data or COMPLETE)), as_of=AS_OF, **options)


def _root(html: str):
    return lxml.html.document_fromstring(html)


def test_page_has_every_statutory_item(make_workbook):
    page = _page(make_workbook)
    assert page.missing == ()
    root = _root(page.html)
    assert root.get("lang") == "en-GB"
    assert root.xpath("//a[@href='mailto:p.sharma@hillcrest.example.sch.uk']")
    assert root.xpath("//a[@href='tel:+441632960123']/text()") == ["01632 960123"]
    assert "Mrs Priya Sharma" in root.xpath("string(//section[@id='contact'])")
    assert "helps every pupil" in root.xpath("string(//section[@id='programme'])")
    assert "pupil surveys" in root.xpath("string(//section[@id='impact'])")
    review = root.xpath("string(//section[@id='review'])")
    assert "Date of next review: 1 September 2027" in review
    assert "Date published: 1 September 2026" in review
    assert root.xpath("//section[@id='provider-access']//a/@href") == [
        "https://www.hillcrest.example.sch.uk/docs/provider-access-policy.pdf"]
    headings = [h.text_content() for h in root.xpath("//h2")]
    for wanted in ("For pupils", "For parents and carers", "For staff", "For employers", "For governors"):
        assert wanted in headings
    assert "For other agencies" not in headings  # the workbook says nothing about them


def test_programme_tables_have_captions_and_header_cells(make_workbook):
    root = _root(_page(make_workbook).html)
    tables = root.xpath("//table")
    assert len(tables) == 6  # all years, then Years 8, 9, 10, 12 and 13
    for table in tables:
        assert table.xpath("caption")
        assert [th.get("scope") for th in table.xpath("thead//th")] == ["col"] * 4
        assert all(th.get("scope") == "row" for th in table.xpath("tbody//th"))
    assert root.xpath("string(//h3[@id='year-8'])") == "Year 8"


def test_one_h1_and_headings_never_skip_a_level(make_workbook):
    root = _root(_page(make_workbook).html)
    levels = [int(h.tag[1]) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels))
    for landmark in ("header", "nav", "main", "footer"):
        assert root.xpath(f"//{landmark}")


def test_page_makes_no_outside_requests(make_workbook):
    root = _root(_page(make_workbook).html)
    assert not root.xpath("//script | //link | //img | //iframe | //*[@src]")
    assert "url(" not in root.xpath("string(//style)")


def test_fragment_fits_under_the_websites_own_h1(make_workbook):
    html = _page(make_workbook, fragment=True).html
    assert "<html" not in html and "<body" not in html and "<style" not in html
    root = lxml.html.fragment_fromstring(html)
    assert root.get("class") == "b1docs-careers"
    levels = [int(h.tag[1]) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    assert levels[0] == 2 and 1 not in levels


@pytest.mark.parametrize("field", [("publication", "summary"), ("leadership", "leader_name"),
                                   ("school", "name"), ("programme", "title")])
def test_workbook_text_is_escaped(make_workbook, field):
    sheet, key = field
    attack = "<script>alert(1)</script><img src=x onerror=alert(2)>"
    if sheet == "programme":
        data = workbook_data(programme=[{"year_groups": "8", "term": "Autumn 1", "title": attack}])
    else:
        data = workbook_data(**{sheet: {key: attack}})
    html = _page(make_workbook, data).html
    root = _root(html)
    assert root.xpath("//script") == []
    assert root.xpath("//img") == []
    assert not root.xpath("//@onerror")
    assert "<script>alert(1)</script>" in root.text_content()


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                                 "vbscript:msgbox", "//evil.example/x"])
def test_only_web_addresses_become_links(make_workbook, url):
    data = workbook_data(publication={"pal_url": url}, school={"sen_report_url": url, "local_offer_url": url})
    page = _page(make_workbook, data)
    hrefs = _root(page.html).xpath("//a/@href")
    assert not any(href.lower().startswith(("javascript:", "data:", "vbscript:", "//")) for href in hrefs)
    assert {m.ref for m in page.missing} >= {"School!B14", "School!B15", "Publication!B6"}


def test_fe_college_says_provider_access_does_not_apply(make_workbook):
    data = workbook_data(school={"institution_type": "FE college", "year_groups": "12-13"},
                         publication={"pal_url": None}, provider_access={"contact_name": None,
                                                                         "contact_email": None})
    page = _page(make_workbook, data)
    text = _root(page.html).xpath("string(//section[@id='provider-access'])")
    assert "applies to schools, not to a further education (FE) college" in text
    assert not any("provider access" in m.item for m in page.missing)


def test_policy_content_inline_when_there_is_no_link(make_workbook):
    data = workbook_data(publication={"pal_url": None}, provider_access={
        "contact_name": "Mrs Priya Sharma", "contact_role": "Careers Leader",
        "contact_email": "p.sharma@hillcrest.example.sch.uk", "contact_phone": "01632 960123",
        "how_to_request": "Email the careers leader with the year group and the talk you offer.",
        "notice_needed": "four weeks", "grounds_granting": "We agree requests that fit the programme.",
        "grounds_refusing": "We may refuse during exams.", "premises": "The main hall, with a projector.",
        "policy_approved_date": dt.date(2026, 7, 1), "policy_review_date": dt.date(2027, 7, 1)})
    page = _page(make_workbook, data)
    section = _root(page.html).xpath("//section[@id='provider-access']")[0]
    assert [h.text_content() for h in section.xpath("h3")] == [
        "Who to contact", "How to ask for access", "When we agree or refuse a request", "Rooms and facilities"]
    assert "Please give us four weeks notice." in section.text_content()
    assert page.missing == ()


def test_no_provider_access_at_all_is_reported(make_workbook):
    data = workbook_data(publication={"pal_url": None}, provider_access={"contact_name": None,
                                                                         "contact_email": None})
    assert [m.ref for m in _page(make_workbook, data).missing] == ["Publication!B6"]


def test_send_section_only_where_it_applies(make_workbook):
    plain = workbook_data(school={"ehcp_pupils": 0, "sen_report_url": None, "local_offer_url": None})
    assert not _root(_page(make_workbook, plain).html).xpath("//section[@id='send']")
    special = workbook_data(school={"institution_type": "Special school", "ehcp_pupils": 80})
    section = _root(_page(make_workbook, special).html).xpath("//section[@id='send']")[0]
    assert section.xpath(".//a/text()") == ["senco@hillcrest.example.sch.uk", "Our SEN information report",
                                            "The local authority's Local Offer for SEND"]
    assert "Visual timetables" in section.text_content()


def test_published_date_defaults_to_the_as_of_date(make_workbook):
    data = workbook_data(publication={"published_date": None})
    assert "Date published: 1 December 2026" in _page(make_workbook, data).html
