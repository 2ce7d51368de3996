"""The default templates: real headings, repeating header rows, en-GB, safe tags, plain English for parents."""

from __future__ import annotations

import re
import zipfile
from importlib import resources

import pytest
import textstat
from docx import Document
from docx.oxml.ns import qn

from b1docs.render.engine import DOCUMENTS

NAMES = [kind.template for kind in DOCUMENTS.values()]


def _open(name: str):
    return Document(resources.files("b1docs.templates").joinpath(name).open("rb"))


@pytest.mark.parametrize("name", NAMES)
def test_headings_use_heading_styles_in_order(name):
    document = _open(name)
    levels = [int(p.style.name.split()[-1]) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert levels.count(1) >= 5
    # No heading skips a level on the way down: screen readers navigate by this outline.
    for previous, current in zip([1, *levels], levels, strict=False):
        assert current <= previous + 1


@pytest.mark.parametrize("name", NAMES)
def test_tables_have_repeating_header_rows_or_are_label_tables(name):
    document = _open(name)
    headed = [t for t in document.tables if t.rows[0]._tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None]
    assert headed
    for table in headed:
        # The header row stays static; the loop tag sits in a row of its own just below it.
        assert table.rows[1].cells[0].text.startswith("{%tr for ")


@pytest.mark.parametrize("name", NAMES)
def test_language_is_english_uk_and_properties_hold_no_tags(name):
    document = _open(name)
    langs = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"en-GB"}
    with zipfile.ZipFile(resources.files("b1docs.templates").joinpath(name).open("rb")) as archive:
        assert "{" not in archive.read("docProps/core.xml").decode()


@pytest.mark.parametrize("name", NAMES)
def test_no_table_cell_holds_only_a_paragraph_tag(name):
    document = _open(name)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts = [p.text for p in cell.paragraphs]
                assert not (len(texts) == 1 and texts[0].startswith("{%p ")), texts


def _fixed_prose(name: str) -> str:
    """The template's own words: tags removed, one sentence per paragraph at least."""
    document = _open(name)
    text = []
    for paragraph in document.paragraphs:
        words = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", " ", paragraph.text).strip()
        if len(words.split()) >= 3:
            text.append(words if words.endswith((".", ":", "?", "!")) else words + ".")
    return " ".join(text)


@pytest.fixture
def syllables(monkeypatch):
    """textstat counts syllables with the CMU dictionary, which nltk downloads on first use. Offline (CI,
    this sandbox) fall back to textstat's own pyphen hyphenation count, which it uses for unknown words."""
    import nltk
    import textstat.backend.counts._count_syllables as counting

    try:
        nltk.data.find("corpora/cmudict")
    except LookupError:
        monkeypatch.setattr(counting, "get_cmudict", lambda lang: None)


def test_parent_guide_prose_is_easy_to_read(syllables):
    prose = _fixed_prose(DOCUMENTS["guide"].template)
    assert len(prose.split()) > 300
    assert textstat.flesch_reading_ease(prose) >= 60


def test_parent_guide_explains_its_acronyms():
    prose = _fixed_prose(DOCUMENTS["guide"].template)
    for acronym, words in (("SEND", "special educational needs and disabilities"),
                           ("EHC", "education, health and care"), ("SENCO", "special needs coordinator")):
        if acronym in prose:
            assert words in prose.lower()


def test_committed_templates_are_what_the_generator_makes(tmp_path, monkeypatch):
    """The .docx files in templates/ must come from tools/make_templates.py, never drift from it."""
    from pathlib import Path

    tools = Path(__file__).resolve().parents[2] / "tools"
    monkeypatch.syspath_prepend(str(tools))
    import template_guide
    import template_parts
    import template_plan
    import template_policy

    monkeypatch.setattr(template_parts, "OUTPUT", tmp_path)
    for make in (template_plan.plan, template_guide.guide, template_policy.policy):
        make()
    for name in NAMES:
        # Compare what is inside the zips: compressed bytes may differ between zlib builds.
        with (zipfile.ZipFile(tmp_path / name) as made,
              zipfile.ZipFile(resources.files("b1docs.templates").joinpath(name).open("rb")) as committed):
            assert made.namelist() == committed.namelist(), name
            for member in made.namelist():
                assert made.read(member) == committed.read(member), (
                    f"{name} ({member}) is stale: run python tools/make_templates.py")
