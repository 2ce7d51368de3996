"""A web page read into lines of visible text, each knowing its headings, its region and its links.

Real school pages put the same item in headings, lists, tables, definition lists or the footer, so
the audit works on this neutral shape rather than on any one layout. The HTML is parsed with lxml's
HTML parser, which copes with the broken markup website editors produce.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from b1docs.errors import PageError

# Elements whose content is never shown to a reader.
_SKIP = {"script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "select",
         "input", "textarea", "canvas", "video", "audio"}
_BLOCKS = {"p", "div", "li", "dt", "dd", "blockquote", "address", "section", "article", "aside", "header",
           "footer", "nav", "main", "ul", "ol", "dl", "table", "caption", "figure", "figcaption", "form",
           "fieldset", "legend", "details", "summary", "pre", "hr", "body", "html", "center"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A paragraph that is only bold text acts as a heading on many school sites (<p><strong>Contact</strong></p>).
PSEUDO_HEADING_LEVEL = 7
_ROLE_REGIONS = {"navigation": "nav", "banner": "header", "contentinfo": "footer", "complementary": "aside",
                 "main": "main"}
_CLASS_REGIONS = {"footer": "footer", "site-footer": "footer", "page-footer": "footer", "nav": "nav",
                  "navbar": "nav", "navigation": "nav", "main-nav": "nav", "menu": "nav", "main-menu": "nav",
                  "breadcrumb": "nav", "breadcrumbs": "nav", "site-header": "header", "masthead": "header"}
_SECTIONING = {"article", "aside", "main", "nav", "section"}


@dataclass(frozen=True)
class PageLink:
    text: str
    href: str
    line: int  # index of the line the link sits on
    region: str


@dataclass
class Line:
    index: int
    text: str
    kind: str  # heading, row, item, label, para
    level: int  # heading level; 0 for other lines
    region: str  # nav, header, footer, aside, main or "" (not in a landmark)
    headings: tuple[int, ...]  # indexes of the heading lines this line sits under, outermost first
    links: list[PageLink] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Document:
    title: str
    lines: list[Line]
    links: list[PageLink]

    def headings(self) -> list[Line]:
        return [line for line in self.lines if line.kind == "heading"]

    def section(self, heading: Line) -> list[Line]:
        """The lines under a heading, up to the next heading of the same or a higher level."""
        body = []
        for line in self.lines[heading.index + 1:]:
            if line.kind == "heading" and line.level <= heading.level:
                break
            body.append(line)
        return body

    def heading_texts(self, line: Line) -> list[str]:
        """The headings a line sits under, outermost first. A heading in the main content does not
        govern the page footer or menu: those are outside its section."""
        return [self.lines[index].text for index in line.headings if self.lines[index].region == line.region]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def _hidden(element: etree._Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return (element.get("hidden") is not None or element.get("aria-hidden") == "true"
            or "display:none" in style or "visibility:hidden" in style)


def _region(element: etree._Element) -> str | None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in {"nav", "main", "aside"}:
        return tag
    if tag in {"header", "footer"}:
        # Only a header or footer outside articles and sections is the page's banner or footer.
        if not any(ancestor.tag in _SECTIONING for ancestor in element.iterancestors()):
            return tag
        return None
    role = (element.get("role") or "").strip().lower()
    if role in _ROLE_REGIONS:
        return _ROLE_REGIONS[role]
    for token in f"{element.get('id') or ''} {element.get('class') or ''}".lower().split():
        if token in _CLASS_REGIONS:
            return _CLASS_REGIONS[token]
    return None


def link_text(anchor: etree._Element) -> str:
    """What a reader or screen reader hears for a link: aria-label, else its text and image alt text."""
    label = anchor.get("aria-label")
    if label and label.strip():
        return _clean(label)
    parts = [anchor.text or ""]
    for child in anchor.iterdescendants():
        if child.tag == "img":
            parts.append(f" {child.get('alt') or ''} ")
        parts.append(child.text or "")
        parts.append(child.tail or "")
    text = _clean("".join(parts))
    return text or _clean(anchor.get("title") or "")


def _visible_text(element: etree._Element) -> str:
    """Text of an element without scripts, styles or hidden parts."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in _SKIP and not _hidden(child):
            parts.append(" " if child.tag == "br" else _visible_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _bold(element: etree._Element) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.tag in {"strong", "b"} or "font-weight:bold" in style or "font-weight:700" in style


def _is_pseudo_heading(element: etree._Element) -> bool:
    """Text that acts as a heading without being one: <p><strong>Careers leader</strong></p>, the
    <summary> of an accordion, or a tab (role="tab"), all common on school websites."""
    if element.tag == "summary" or element.get("role") == "tab":
        return 0 < len(_clean(element.text_content()).split()) <= 12
    if element.tag not in {"p", "div"} or _clean(element.text or ""):
        return False
    children = [child for child in element if isinstance(child.tag, str) and child.tag != "br"]
    if len(children) != 1 or not _bold(children[0]):
        return False
    if any(_clean(child.tail or "") for child in element):
        return False
    text = _clean(children[0].text_content())
    return 0 < len(text.split()) <= 10


class _Walker:
    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.links: list[PageLink] = []
        self.buffer: list[str] = []
        self.pending_links: list[tuple[str, str, str]] = []
        self.heading_stack: list[tuple[int, int]] = []  # (level, line index)

    def flush(self, kind: str, region: str, level: int = 0) -> None:
        text = _clean("".join(self.buffer))
        self.buffer = []
        links, self.pending_links = self.pending_links, []
        if not text and not links:
            return
        index = len(self.lines)
        if kind == "heading":
            while self.heading_stack and self.heading_stack[-1][0] >= level:
                self.heading_stack.pop()
        line = Line(index, text, kind, level if kind == "heading" else 0, region,
                    tuple(i for _, i in self.heading_stack))
        for text_, href, link_region in links:
            link = PageLink(text_, href, index, link_region)
            line.links.append(link)
            self.links.append(link)
        self.lines.append(line)
        if kind == "heading":
            self.heading_stack.append((level, index))

    def visit(self, element: etree._Element, region: str, kind: str) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None:  # comments and processing instructions
            self.buffer.append(element.tail or "")
            return
        tag = tag.lower()
        if tag in _SKIP or _hidden(element):
            self.buffer.append(element.tail or "")
            return
        region = _region(element) or region
        if tag == "tr":
            self.flush(kind, region)
            self._row(element, region)
            self.buffer.append(element.tail or "")
            return
        level = _HEADINGS.get(tag, 0)
        if element.get("role") == "heading":
            level = int(element.get("aria-level") or 2) if (element.get("aria-level") or "2").isdigit() else 2
        block = tag in _BLOCKS or level > 0 or tag in {"tbody", "thead", "tfoot"} or element.get("role") == "tab"
        if block:
            self.flush(kind, region)
            if level:
                inner_kind = "heading"
            elif _is_pseudo_heading(element):
                inner_kind, level = "heading", PSEUDO_HEADING_LEVEL
            else:
                inner_kind = {"li": "item", "dt": "label", "caption": "caption"}.get(tag, "para")
        else:
            inner_kind = kind
        if tag == "br":
            self.flush(kind, region)
        if tag == "a" and element.get("href"):
            self.pending_links.append((link_text(element), element.get("href", "").strip(), region))
        if tag == "img" and element.get("alt") and not any(a.tag == "a" for a in element.iterancestors()):
            self.buffer.append(f" {element.get('alt')} ")
        self.buffer.append(element.text or "")
        for child in element:
            self.visit(child, region, inner_kind)
        if block:
            self.flush(inner_kind, region, level)
        self.buffer.append(element.tail or "")

    def _row(self, row: etree._Element, region: str) -> None:
        """A table row becomes one line, cells joined by ' | ', so a label cell sits beside its value."""
        cells = []
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in {"td", "th"} or _hidden(cell):
                continue
            cells.append(_clean(_visible_text(cell)))
            for anchor in cell.iter("a"):
                if anchor.get("href"):
                    self.pending_links.append((link_text(anchor), anchor.get("href", "").strip(), region))
        # Empty cells are kept so that a header row and the rows under it line up column by column.
        self.buffer.append(" | ".join(cells) if any(cells) else "")
        self.flush("row", region)


def parse_document(html: str, *, source: str = "the page") -> Document:
    """Read HTML (a whole page or a fragment) into lines. Raises PageError when it is not HTML at all."""
    if "<" not in html:
        raise PageError(f"{source} does not look like a web page: it has no HTML tags. "
                        "Save the page from your browser as 'Web page, HTML only' and try again")
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as err:
        raise PageError(f"{source} could not be read as a web page ({err})") from err
    title_element = root.find(".//title")
    title = _clean(title_element.text_content()) if title_element is not None else ""
    walker = _Walker()
    body = root.find("body")
    walker.visit(body if body is not None else root, "", "para")
    walker.flush("para", "")
    return Document(title=title, lines=walker.lines, links=walker.links)
