"""Rendering: literal text survives, the sandbox and strictness hold, properties and language are set."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from dataclasses import replace

import pytest
from docx import Document
from docx.oxml.ns import qn
from school_data import docx_text, hand_report, school_data

from b1docs.errors import OutputError, TemplateError, UsageError
from b1docs.render import DOCUMENTS, TemplateSet, build_documents, render_documents
from b1docs.render.context import build_context
from b1docs.workbook.model import Value
from b1docs.workbook.reader import load_workbook

AS_OF = dt.date(2026, 12, 1)
HOSTILE = "Smith & Sons <Ltd> {{ 7*7 }} {% raw %}"


@pytest.fixture(scope="module")
def templates():
    return TemplateSet.load()


def _template_with(body: str) -> bytes:
    """A one-paragraph .docx whose text is body (typed in one run, as the authoring rules ask)."""
    document = Document()
    document.add_paragraph(body)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _custom_set(body: str) -> TemplateSet:
    template_set = TemplateSet.load()
    template_set.data["plan"] = _template_with(body)
    template_set.sources["plan"] = "my-plan.docx"
    return template_set


def test_hostile_cell_text_appears_literally_in_every_document(make_workbook, tmp_path, templates):
    data = school_data(school={"name": HOSTILE}, programme=[dict(school_data()["programme"][0], title=HOSTILE)],
                       encounters=[dict(school_data()["encounters"][0], provider=HOSTILE)])
    workbook = load_workbook(make_workbook(data))
    paths = render_documents(workbook, hand_report(), tmp_path, template_set=templates, as_of=AS_OF)
    assert len(paths) == 3
    for path in paths:
        text = docx_text(path)
        assert HOSTILE in text, path.name
        assert "49" not in text.replace("2026", "")  # {{ 7*7 }} was not evaluated
        assert Document(str(path)).core_properties.author == HOSTILE


def test_control_characters_never_reach_the_document(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    values = dict(workbook.school.values, name=Value("Holly\x00brook\x0c Academy\x1b", "School", "B2"))
    workbook = replace(workbook, school=replace(workbook.school, values=values))
    paths = render_documents(workbook, hand_report(), tmp_path, template_set=templates, as_of=AS_OF)
    text = docx_text(paths[0])
    assert "Hollybrook Academy" in text
    assert not any(ch in text for ch in "\x00\x0c\x1b")


def test_properties_language_and_headings(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    for path in render_documents(workbook, hand_report(), tmp_path, template_set=templates, as_of=AS_OF):
        document = Document(str(path))
        core = document.core_properties
        assert core.title.endswith("2026-27: Hollybrook Academy")
        assert core.subject and core.author == "Hollybrook Academy"
        assert core.language == "en-GB"
        defaults = document.styles.element.find(qn("w:docDefaults"))
        assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-GB"
        headings = [p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert "Heading 1" in headings and len(headings) >= 6


def test_rebuild_gives_the_same_documents(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    first = render_documents(workbook, hand_report(), tmp_path / "a", template_set=templates, as_of=AS_OF)
    second = render_documents(workbook, hand_report(), tmp_path / "b", template_set=templates, as_of=AS_OF)
    # Same words and same properties (the zip's own timestamps are the only difference).
    assert [docx_text(p) for p in first] == [docx_text(p) for p in second]
    def props(paths):
        return [(c.title, c.created, c.modified) for c in (Document(str(p)).core_properties for p in paths)]

    assert props(first) == props(second)


def test_refuses_to_overwrite_and_leaves_files_untouched(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    paths = render_documents(workbook, hand_report(), tmp_path, template_set=templates, as_of=AS_OF)
    before = [p.read_bytes() for p in paths]
    paths[1].unlink()  # even with one missing, nothing is written when another exists
    with pytest.raises(OutputError, match="--force"):
        render_documents(workbook, hand_report(), tmp_path, template_set=templates, as_of=AS_OF)
    assert not paths[1].exists()
    assert paths[0].read_bytes() == before[0]
    render_documents(workbook, hand_report(), tmp_path, template_set=templates, as_of=AS_OF, force=True)
    assert paths[1].exists()


def test_college_gets_no_policy_by_default_but_can_ask_for_one(make_workbook, tmp_path, templates):
    data = school_data(school={"institution_type": "FE college", "year_groups": "12-13"})
    workbook = load_workbook(make_workbook(data))
    report = hand_report(pal_applies=False)
    built = build_documents(workbook, report, tmp_path, template_set=templates, as_of=AS_OF)
    assert [p.name.split("-2026")[0] for p in built.paths] == ["hollybrook-academy-strategic-careers-plan",
                                                                "hollybrook-academy-guide-for-parents-and-carers"]
    assert "does not apply" in built.notes[0]
    [policy] = render_documents(workbook, report, tmp_path, only=["policy"], template_set=templates, as_of=AS_OF)
    text = docx_text(policy)
    assert "Provider access does not apply" in text
    assert "Key phase" not in text


def test_unknown_document_name_is_a_usage_error(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    with pytest.raises(UsageError, match="choose from plan, guide, policy"):
        render_documents(workbook, hand_report(), tmp_path, only=["letter"], template_set=templates)


@pytest.mark.parametrize(("body", "words"), [
    ("{{ school.nmae }}", "nmae"),
    ("{{ schol.name }}", "schol"),
    ("{% for a in programme.activities %}{{ a.titel }}{% endfor %}", "titel"),
])
def test_unknown_names_name_the_template_and_the_variable(make_workbook, body, words):
    workbook = load_workbook(make_workbook(school_data()))
    context = build_context(workbook, hand_report(), AS_OF)
    with pytest.raises(TemplateError) as caught:
        _custom_set(body).render("plan", context, as_of=AS_OF)
    assert "my-plan.docx" in str(caught.value) and words in str(caught.value)


@pytest.mark.parametrize("body", ["{{ ''.__class__.__mro__ }}", "{{ school.__class__ }}",
                                  "{{ (school|attr('__class__')) }}"])
def test_sandbox_refuses_python_internals(make_workbook, body):
    context = build_context(load_workbook(make_workbook(school_data())), hand_report(), AS_OF)
    with pytest.raises(TemplateError, match=r"my-plan\.docx: tries to reach inside b1docs"):
        _custom_set(body).render("plan", context, as_of=AS_OF)


def test_syntax_error_is_caught_when_loading_with_the_words_around_it(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    document = Document()
    document.add_paragraph("Our careers leader")
    document.add_paragraph("{% if leader.name %}{{ leader.name }")
    document.save(folder / DOCUMENTS["guide"].template)
    with pytest.raises(TemplateError) as caught:
        TemplateSet.load(folder)
    message = str(caught.value)
    assert "guide-for-parents-and-carers.docx" in message and "Our careers leader" in message


def test_missing_templates_fall_back_to_the_defaults_with_a_note(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(TemplateSet.load().sources and _default_path("plan"), folder / DOCUMENTS["plan"].template)
    template_set = TemplateSet.load(folder)
    assert template_set.sources["plan"].endswith("strategic-careers-plan.docx")
    assert str(folder) in template_set.sources["plan"]
    assert len(template_set.fallbacks) == 2


def test_not_a_folder_or_not_a_docx_is_a_template_error(tmp_path):
    with pytest.raises(TemplateError, match="is not a folder"):
        TemplateSet.load(tmp_path / "missing")
    (tmp_path / DOCUMENTS["plan"].template).write_text("not a zip")
    with pytest.raises(TemplateError, match="is not a Word document"):
        TemplateSet.load(tmp_path)


def _default_path(key: str):
    from importlib import resources

    return resources.files("b1docs.templates").joinpath(DOCUMENTS[key].template)


def test_a_blank_workbook_leaves_no_trace_in_the_documents(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook({}))
    paths = render_documents(workbook, hand_report(findings=()), tmp_path, template_set=templates, as_of=AS_OF)
    assert paths[0].name == "school-strategic-careers-plan-2026-27.docx"
    for path in paths:
        text = docx_text(path)
        for marker in ("None", "{{", "{%", "[]", "()"):
            assert marker not in text, (path.name, marker)
        document = Document(str(path))
        headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
        assert all(heading.strip() for heading in headings), path.name
    plan = docx_text(paths[0])
    assert "No activities are recorded for Year 7 yet." not in plan  # no year groups: no empty year sections
    assert "The vision for careers is not yet recorded." in plan
    assert "No objectives or actions are recorded yet." in plan


def test_policy_sets_out_the_statutory_content(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    [policy] = render_documents(workbook, hand_report(), tmp_path, only=["policy"], template_set=templates,
                                as_of=AS_OF)
    text = docx_text(policy)
    for words in ("Managing provider access requests", "Ms Rachel Green", "r.green@hollybrook.example.sch.uk",
                  "01632 960123", "four weeks", "Grounds for granting access", "Requests that fit the programme.",
                  "Grounds for refusing access", "Exam periods or safeguarding.", "Premises and facilities",
                  "The main hall and a classroom with a projector.", "Key phase 1: Years 8 to 9",
                  "Key phase 3: Years 12 to 13", "All pupils must attend.", "going is optional",
                  "10 October 2026", "approved by the governing board on 15 September 2026",
                  "reviewed by 15 September 2027"):
        assert words in text, words


def test_guide_speaks_to_families(make_workbook, tmp_path, templates):
    workbook = load_workbook(make_workbook(school_data()))
    [guide] = render_documents(workbook, hand_report(), tmp_path, only=["guide"], template_set=templates,
                               as_of=AS_OF)
    text = docx_text(guide)
    for words in ("Who to contact", "Ms Rachel Green", "Year 9", "Many pupils choose their GCSE options",
                  "Options evening", "Families are welcome.", "Tell us what you think", "Added mock interviews.",
                  "special needs coordinator (SENCO) is Ms Jo Lee", "Published 20 September 2026",
                  "Next review: 20 September 2027"):
        assert words in text, words
