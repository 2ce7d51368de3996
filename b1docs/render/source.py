"""The Jinja source inside a .docx template, exactly as docxtpl will see it when rendering."""

from __future__ import annotations

import functools
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class TemplatePart:
    """The body, a header or a footer of a template, as Jinja source."""

    name: str
    text: str


_MEMO_LIMIT = 64
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"


def template_sources(data: bytes) -> list[TemplatePart]:
    """The body, headers and footers after docxtpl's tag clean-up, one paragraph per line as in render().

    Read straight from the zip with python-docx's own XML parser: the text is exactly what docxtpl renders
    (so the compiled template is reused at render time) without loading the whole Word package twice.
    """
    from docx.oxml.parser import oxml_parser
    from lxml import etree

    template = template_class()(io.BytesIO(data))  # used only for its tag clean-up, patch_xml()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        main = _target("", archive.read("_rels/.rels"), {_OFFICE_DOCUMENT})[0]
        folder = posixpath.dirname(main)
        root = etree.fromstring(archive.read(main), oxml_parser)
        body = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}body")
        parts = [TemplatePart("body", template.xml_to_string(body))]
        rels_name = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
        if rels_name in archive.namelist():
            kinds = {template.HEADER_URI: "header", template.FOOTER_URI: "footer"}
            for relation in etree.fromstring(archive.read(rels_name)).iter(_RELS):
                label = kinds.get(relation.get("Type", ""))
                if label and relation.get("TargetMode") != "External":
                    name = posixpath.normpath(posixpath.join(folder, relation.get("Target", "")))
                    if name in archive.namelist():
                        element = etree.fromstring(archive.read(name), oxml_parser)
                        parts.append(TemplatePart(label, template.xml_to_string(element)))
    # The same steps as DocxTemplate.build_xml/render_xml_part, so line numbers match render errors.
    return [TemplatePart(part.name, re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(part.text)))
            for part in parts]


@functools.cache
def template_class() -> type:
    """DocxTemplate, remembering its tag clean-up: the same template XML is cleaned once per process.

    patch_xml() is the slowest step of preparing a template (a chain of regular expressions), and docxtpl
    runs it on every render. Only template XML passes through it, so the memo holds a few entries per set.
    """
    from docxtpl import DocxTemplate

    class PatchedOnce(DocxTemplate):  # type: ignore[misc]
        patched: ClassVar[dict[str, str]] = {}

        def patch_xml(self, src_xml: str) -> str:
            cached = self.patched.get(src_xml)
            if cached is None:
                if len(self.patched) >= _MEMO_LIMIT:  # a long batch with many custom template sets
                    self.patched.clear()
                cached = self.patched[src_xml] = super().patch_xml(src_xml)
            return cached

    return PatchedOnce


def _target(folder: str, rels: bytes, types: set[str]) -> list[str]:
    from lxml import etree

    return [posixpath.normpath(posixpath.join(folder, relation.get("Target", "").lstrip("/")))
            for relation in etree.fromstring(rels).iter(_RELS) if relation.get("Type") in types]


def text_near(source: str, lineno: int, *, before: int = 3, after: int = 3) -> list[str]:
    """The visible words of the paragraphs around a line of template source (XML tags removed)."""
    lines = source.splitlines()
    start = max(lineno - 1 - before, 0)
    return [re.sub(r"<[^>]+>", "", line) for line in lines[start:lineno + after]]
