"""One detector per item: where on a real school page does it appear, and how sure are we?

Each returns found (with the evidence), unclear (something like the item, but thin or ambiguous) or
missing. "Unclear" is kept narrow on purpose: when the item's content is simply not on the page the
answer is missing, even if related words appear elsewhere.
"""

from __future__ import annotations

from b1docs.web.audiences import AUDIENCE_RES, audience, local_offer, sen_report, send_adapted
from b1docs.web.contacts import leader_email, leader_name, leader_phone, person_names
from b1docs.web.evidence import FOUND, MISSING, UNCLEAR, Detection
from b1docs.web.sections import impact, programme_summary, provider_access, review_date

DETECTORS = {
    "SITE.LEADER.NAME": leader_name,
    "SITE.LEADER.EMAIL": leader_email,
    "SITE.LEADER.PHONE": leader_phone,
    "SITE.SUMMARY": programme_summary,
    "SITE.IMPACT": impact,
    "SITE.REVIEW_DATE": review_date,
    "SITE.PAL": provider_access,
    **{item_id: (lambda document, item_id=item_id: audience(document, item_id)) for item_id in AUDIENCE_RES},
    "SITE.SEND.SEN_REPORT": sen_report,
    "SITE.SEND.LOCAL_OFFER": local_offer,
    "SITE.SEND.ADAPTED": send_adapted,
}

__all__ = ["DETECTORS", "FOUND", "MISSING", "UNCLEAR", "Detection", "person_names"]
