"""The Jinja source read for checking is exactly the source docxtpl renders, so compiling once is enough."""

from __future__ import annotations

import io
import re

import pytest
from docx.oxml import parse_xml
from docxtpl import DocxTemplate

from b1docs.render.engine import DOCUMENTS, default_template_bytes
from b1docs.render.source import template_sources


def _as_docxtpl_sees_it(data: bytes) -> list[str]:
    template = DocxTemplate(io.BytesIO(data))
    template.init_docx()
    texts = [template.get_xml()]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _key, part in template.get_headers_footers(uri):
            texts.append(template.xml_to_string(parse_xml(part.blob)))
    return [re.sub(r"<w:p([ >])", r"\n<w:p\1", template.patch_xml(text)) for text in texts]


@pytest.mark.parametrize("key", list(DOCUMENTS))
def test_sources_match_what_docxtpl_renders(key):
    data = default_template_bytes(DOCUMENTS[key].template)
    assert sorted(part.text for part in template_sources(data)) == sorted(_as_docxtpl_sees_it(data))
    assert template_sources(data)[0].name == "body"
    assert "footer" in {part.name for part in template_sources(data)}
