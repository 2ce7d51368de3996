"""audit-site grades missing website items as check does: must for maintained schools, expect for academies."""

from __future__ import annotations

from conftest import AS_OF

from b1docs.benchmark.findings import Severity
from b1docs.web.audit import audit_page
from b1docs.workbook.reader import load_workbook

EMPTY_PAGE = "<html lang='en-GB'><body><main><h1>Careers</h1><p>Coming soon.</p></main></body></html>"


def _severities(make_workbook, is_academy: str) -> dict[str, Severity]:
    workbook = load_workbook(make_workbook({"school": {"name": "Elm School", "institution_type": "11–16 school",
                                                       "is_academy": is_academy, "year_groups": "7-11"}}))
    audit = audit_page(EMPTY_PAGE, page="page.html", as_of=AS_OF, workbook=workbook)
    return {finding.rule: finding.severity for finding in audit.findings}


def test_maintained_school_missing_items_are_required_by_law(make_workbook):
    severities = _severities(make_workbook, "No")
    assert severities["SITE.SUMMARY"] is Severity.MUST
    assert severities["SITE.LEADER.EMAIL"] is Severity.MUST
    assert severities["SITE.PAL"] is Severity.MUST


def test_academy_missing_items_are_expected_but_the_provider_access_policy_stays_statutory(make_workbook):
    severities = _severities(make_workbook, "Yes")
    assert severities["SITE.SUMMARY"] is Severity.EXPECT
    assert severities["SITE.LEADER.EMAIL"] is Severity.EXPECT
    assert severities["SITE.PAL"] is Severity.MUST
    assert severities["SITE.AUDIENCE.PUPILS"] is Severity.EXPECT
