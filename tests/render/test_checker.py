"""templates check: syntax, unknown names along their whole path, sandbox violations; one line each."""

from __future__ import annotations

import shutil

import pytest
from docx import Document

from b1docs.errors import TemplateError
from b1docs.render.checker import check_folder, check_template
from b1docs.render.engine import DOCUMENTS, default_template_bytes
from b1docs.render.example import example_context
from b1docs.render.templates_io import export_templates


def _docx(tmp_path, *paragraphs: str, name: str = "t.docx") -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / name
    document.save(path)
    return path.read_bytes()


def _problems(tmp_path, *paragraphs: str):
    return check_template(_docx(tmp_path, *paragraphs), "mine.docx", example_context())


@pytest.mark.parametrize("key", list(DOCUMENTS))
def test_default_templates_are_clean(key):
    assert check_template(default_template_bytes(DOCUMENTS[key].template), key, example_context()) == []


def test_attribute_paths_and_loop_variables_are_checked(tmp_path):
    problems = _problems(
        tmp_path,
        "Intro line",
        "{{ school.nmae }}",
        "{% for year in programme.years %}{% for a in year.activities %}{{ a.titel }}{{ a.title }}"
        "{% endfor %}{% endfor %}",
        "{{ leader.name.upper() }} {{ loop_var }} {% set x = school %}{{ x.urn }}{{ x.urm }}",
    )
    messages = [p.message for p in problems]
    assert messages == ["unknown variable school.nmae", "unknown variable a.titel", "unknown variable loop_var",
                        "unknown variable x.urm"]
    assert all(p.kind == "unknown" for p in problems)
    assert "Intro line" in problems[0].near


def test_sandbox_violation_is_reported(tmp_path):
    [problem] = _problems(tmp_path, "{{ ''.__class__.__mro__ }}")
    assert problem.kind == "sandbox"
    assert "__class__" in problem.message
    assert str(problem).startswith("mine.docx: ")


def test_filter_reaching_internals_is_caught_by_the_dry_render(tmp_path):
    [problem] = _problems(tmp_path, "{{ school|attr('__class__') }}")
    assert problem.kind == "sandbox"


def test_syntax_error_shows_the_surrounding_text(tmp_path):
    [problem] = _problems(tmp_path, "Before the tag", "{% if school.name %}no end", "After the tag")
    assert problem.kind == "syntax"
    assert "Before the tag" in problem.near
    assert "\n" not in str(problem)


def test_unknown_filter_is_a_syntax_problem(tmp_path):
    [problem] = _problems(tmp_path, "{{ school.name|shout }}")
    assert problem.kind == "syntax" and "shout" in problem.message


def test_check_folder_notes_missing_and_unused_files(tmp_path):
    export_templates(tmp_path)
    (tmp_path / DOCUMENTS["guide"].template).unlink()
    shutil.copy(tmp_path / DOCUMENTS["plan"].template, tmp_path / "old-plan.docx")
    problems, notes = check_folder(tmp_path)
    assert problems == []
    assert any("guide-for-parents-and-carers.docx: not in the folder" in note for note in notes)
    assert any(note.startswith("old-plan.docx: b1docs does not use this file") for note in notes)


def test_check_folder_refuses_a_missing_folder(tmp_path):
    with pytest.raises(TemplateError, match="is not a folder"):
        check_folder(tmp_path / "nowhere")
