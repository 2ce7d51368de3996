"""The Jinja source inside a .docx template, exactly as docxtpl will see it when rendering."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class TemplatePart:
    """The body, a header or a footer of a template, as Jinja source."""

    name: str
    text: str


def template_sources(data: bytes) -> list[TemplatePart]:
    """The body, headers and footers after docxtpl's tag clean-up, one paragraph per line as in render()."""
    from docx.oxml import parse_xml
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(data))
    template.init_docx()
    parts = [TemplatePart("body", template.get_xml())]
    for uri, label in ((template.HEADER_URI, "header"), (template.FOOTER_URI, "footer")):
        for _key, part in template.get_headers_footers(uri):
            parts.append(TemplatePart(label, template.xml_to_string(parse_xml(part.blob))))
    # The same steps as DocxTemplate.build_xml/render_xml_part, so line numbers match render errors.
    return [TemplatePart(part.name, re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(part.text)))
            for part in parts]


def text_near(source: str, lineno: int, *, before: int = 3, after: int = 3) -> list[str]:
    """The visible words of the paragraphs around a line of template source (XML tags removed)."""
    lines = source.splitlines()
    start = max(lineno - 1 - before, 0)
    return [re.sub(r"<[^>]+>", "", line) for line in lines[start:lineno + after]]
