"""What a detector returns, and the helpers detectors share for finding their way around a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from b1docs.web.document import Document, Line, PageLink
from b1docs.web.patterns import PAL_RE

FOUND, MISSING, UNCLEAR = "found", "missing", "unclear"


@dataclass(frozen=True)
class Detection:
    status: str
    evidence: str = ""
    where: str = ""
    value: Any = None  # what was found, for comparing with the workbook


def near(document: Document, line: Line, before: int = 2, after: int = 4) -> list[Line]:
    """Lines close to line in reading order and in the same region: where a label's value is written."""
    low, high = max(0, line.index - before), min(len(document.lines), line.index + after + 1)
    return [other for other in document.lines[low:high] if other.region == line.region]


def where(document: Document, line: Line) -> str:
    """A human description of where a line is: its heading, or the page footer."""
    if line.kind == "heading":
        return f"heading '{line.text}'"
    headings = document.heading_texts(line)
    region = {"footer": "the page footer", "header": "the page header", "nav": "the page menu",
              "aside": "a side panel"}.get(line.region, "")
    if headings:
        place = f"under '{headings[-1]}'"
        return f"{place} in {region}" if region else place
    return region or "the page"


def in_provider_access(document: Document, line: Line) -> bool:
    return any(PAL_RE.search(text) for text in document.heading_texts(line))


def content_words(document: Document, heading: Line) -> tuple[int, str]:
    body = [line for line in document.section(heading) if line.kind != "heading"]
    text = " ".join(line.text for line in body)
    return len(text.split()), text


def excerpt(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def document_link(link: PageLink) -> bool:
    """A link to another page or document, not to a place on this page or an email address."""
    href = link.href.lower()
    return bool(href) and not href.startswith(("#", "mailto:", "tel:", "javascript:"))


def content_links(document: Document) -> list[PageLink]:
    return [link for link in document.links if link.region not in {"nav", "header"} and document_link(link)]
