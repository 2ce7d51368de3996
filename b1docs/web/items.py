"""The items the website audit looks for: id, title, the rule it comes from, and how serious a gap is.

Built from the statutory website items and Compass's audience rows (benchmark1-rules.md A4, A7
SEND.WEB). This is not CEC's Website Audit Tool, whose checklist is not public.
"""

from __future__ import annotations

from dataclasses import dataclass

from b1docs.benchmark.findings import Severity


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    part: str
    rule: str  # the rule in benchmark1-rules.md this item evidences
    severity: Severity  # when missing; an unclear item is one step lower
    fix: str


STATUTORY = "Statutory items"
AUDIENCES = "Audiences"
SEND = "SEND"
MATCH = "Matches the workbook"

ITEMS: dict[str, Item] = {item.id: item for item in (
    Item("SITE.LEADER.NAME", "Careers leader's name", STATUTORY, "B1.LEADER.NAMED", Severity.MUST,
         "Name the careers leader on the page, for example 'Careers leader: Mrs J Smith'."),
    Item("SITE.LEADER.EMAIL", "Careers leader's email address", STATUTORY, "B1.LEADER.CONTACT", Severity.MUST,
         "Add the careers leader's email address beside their name, as a link people can click."),
    Item("SITE.LEADER.PHONE", "Careers leader's phone number", STATUTORY, "B1.LEADER.CONTACT", Severity.MUST,
         "Add a phone number for the careers leader beside their name."),
    Item("SITE.SUMMARY", "Summary of the careers programme", STATUTORY, "B1.PUB.SUMMARY", Severity.MUST,
         "Add a section headed 'Our careers programme' that describes the programme, or link to it."),
    Item("SITE.IMPACT", "How the impact of the programme is measured", STATUTORY, "B1.PUB.IMPACT", Severity.MUST,
         "Add a section headed 'How we measure the impact of the programme' saying how you measure it."),
    Item("SITE.REVIEW_DATE", "Date of the next review", STATUTORY, "B1.PUB.REVIEW_DATE", Severity.MUST,
         "Add a line such as 'Date of next review: 1 September 2027'."),
    Item("SITE.PAL", "Provider access policy statement", STATUTORY, "B1.PUB.PAL", Severity.MUST,
         "Publish the provider access policy statement on the page or link to it with a link named "
         "'Provider access policy'."),
    Item("SITE.AUDIENCE.PUPILS", "Section for pupils", AUDIENCES, "B1.PUB.AUDIENCES", Severity.EXPECT,
         "Add a section or link headed 'For pupils' (or 'For students')."),
    Item("SITE.AUDIENCE.PARENTS", "Section for parents and carers", AUDIENCES, "B1.PUB.AUDIENCES", Severity.EXPECT,
         "Add a section or link headed 'For parents and carers'."),
    Item("SITE.AUDIENCE.STAFF", "Section for staff", AUDIENCES, "B1.PUB.AUDIENCES", Severity.EXPECT,
         "Add a section or link headed 'For staff'."),
    Item("SITE.AUDIENCE.EMPLOYERS", "Section for employers", AUDIENCES, "B1.PUB.AUDIENCES", Severity.EXPECT,
         "Add a section or link headed 'For employers'."),
    Item("SITE.SEND.SEN_REPORT", "Link to the SEN information report", SEND, "SEND.WEB", Severity.MUST,
         "Link to the school's special educational needs (SEN) information report."),
    Item("SITE.SEND.LOCAL_OFFER", "Link to the Local Offer", SEND, "SEND.WEB", Severity.MUST,
         "Link to the local authority's Local Offer for SEND."),
    Item("SITE.SEND.ADAPTED", "How the programme is adapted for pupils with SEND", SEND, "SEND.WEB", Severity.MUST,
         "Say how the careers programme is adapted for pupils with special educational needs and "
         "disabilities (SEND)."),
)}

SEND_ITEMS = ("SITE.SEND.SEN_REPORT", "SITE.SEND.LOCAL_OFFER", "SITE.SEND.ADAPTED")


def lower(severity: Severity) -> Severity:
    """An unclear item is one step less serious than a missing one."""
    return {Severity.MUST: Severity.EXPECT, Severity.EXPECT: Severity.GOOD}.get(severity, Severity.GOOD)
