"""The visible text of the outputs, for asserting that a workbook value arrived literally."""

from __future__ import annotations

import html.parser
from pathlib import Path


def docx_text(path: Path) -> str:
    """All visible text of a .docx: body, tables, headers and footers; line breaks and tabs kept as \\n, \\t."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document(str(path))
    roots = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            roots.append(part._element)
    breaks = {qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:tab"): "\t"}
    lines = []
    for root in roots:
        for paragraph in root.iter(qn("w:p")):
            pieces = []
            for node in paragraph.iter(qn("w:t"), *breaks):
                pieces.append(node.text or "" if node.tag == qn("w:t") else breaks[node.tag])
            lines.append("".join(pieces))
    return "\n".join(lines)


class _TextOf(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def page_text(page: str) -> str:
    """The text a browser shows (entities decoded, tags dropped, scripts and styles left out)."""
    parser = _TextOf()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)


def squeeze(text: str) -> str:
    """Runs of white space as one space: layout may wrap or break lines, never change the words."""
    return " ".join(text.split())
