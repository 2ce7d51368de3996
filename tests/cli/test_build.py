"""b1docs build: the acceptance tests of issue 4 on every filled sample, and the edges of writing files."""

from __future__ import annotations

import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import AS_OF, SAMPLES, file_digest, run_cli
from docx import Document
from docx.oxml.ns import qn

from b1docs.workbook.reader import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "render"))
from school_data import docx_text, school_data

FILLED = ["oakfield-academy", "riverside-school", "meadowbank-special-school", "northgate-college"]
FORBIDDEN = ("None", "{{", "{%", "}}", "%}")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[Path]]:
    """Each filled sample built once into its own folder."""
    root = tmp_path_factory.mktemp("built")
    documents = {}
    for name in FILLED:
        result = run_cli("build", SAMPLES / f"{name}.xlsx", "--out", root / name, "--as-of", AS_OF.isoformat())
        assert result.exit_code == 0, result.stdout + result.stderr
        assert "Benchmark 1:" in result.stdout
        documents[name] = sorted((root / name).glob("*.docx"))
    return documents


@pytest.mark.parametrize("name", FILLED)
def test_each_sample_gets_its_documents_with_its_own_facts(built, name):
    model = load_workbook(SAMPLES / f"{name}.xlsx")
    kinds = {path.name.removesuffix("-2026-27.docx").split("-", 2)[-1]: path for path in built[name]}
    expected = 2 if name == "northgate-college" else 3  # no provider access duty for an FE college
    assert len(built[name]) == expected
    texts = {path: docx_text(path) for path in built[name]}
    for path, text in texts.items():
        assert model.school.name.text() in text, path.name
        assert model.leadership.leader_name.text() in text, path.name
        assert model.leadership.leader_email.text() in text, path.name
        # The workbook's own words may say "None were NEET"; anything else saying None is a leak.
        leftover = _without_workbook_text(text, model)
        for marker in FORBIDDEN:
            assert marker not in leftover, (path.name, marker)
    plan = next(text for path, text in texts.items() if "strategic-careers-plan" in path.name)
    for row in model.programme:
        assert row.title.text() in plan
    for row in model.encounters:
        assert row.provider.text() in plan
    guide = next(text for path, text in texts.items() if "guide-for-parents" in path.name)
    for row in model.programme:
        assert row.title.text() in guide
    policies = [text for path, text in texts.items() if "provider-access-policy" in path.name]
    for policy in policies:
        for row in model.encounters:
            assert row.provider.text() in policy
    assert kinds  # names parsed


def _without_workbook_text(text: str, model) -> str:
    values = []
    for key in ("school", "leadership", "publication", "provider_access", "evaluation"):
        values.extend(value.text() for value in getattr(model, key).values.values())
    for key in ("programme", "outcomes", "parents", "encounters", "feedback", "actions"):
        values.extend(value.text() for row in getattr(model, key) for value in row.values.values())
    for value in sorted({v for v in values if v}, key=len, reverse=True):
        text = text.replace(value, " ")
    return text


@pytest.mark.parametrize("name", FILLED)
def test_documents_have_title_language_and_heading_styles(built, name):
    for path in built[name]:
        document = Document(str(path))
        assert document.core_properties.title
        assert document.core_properties.language == "en-GB"
        defaults = document.styles.element.find(qn("w:docDefaults"))
        assert defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}").get(qn("w:val")) == "en-GB"
        assert any(p.style.name == "Heading 1" for p in document.paragraphs)


def test_file_names_come_from_the_school_and_academic_year(built):
    names = [path.name for path in built["oakfield-academy"]]
    assert "oakfield-academy-strategic-careers-plan-2026-27.docx" in names
    assert "oakfield-academy-guide-for-parents-and-carers-2026-27.docx" in names
    assert "oakfield-academy-provider-access-policy-2026-27.docx" in names


def test_the_plan_lists_the_gaps_of_the_gap_sample(built):
    plan = docx_text(next(p for p in built["riverside-school"] if "plan" in p.name))
    assert "Required by law" in plan
    assert "Gaps to close" in plan


def test_second_build_without_force_changes_nothing(built, tmp_path):
    out = built["oakfield-academy"][0].parent
    before = {path: file_digest(path) for path in built["oakfield-academy"]}
    result = run_cli("build", SAMPLES / "oakfield-academy.xlsx", "--out", out, "--as-of", AS_OF.isoformat())
    assert result.exit_code == 2
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert {path: file_digest(path) for path in before} == before


def test_force_replaces_the_documents(make_workbook, tmp_path):
    workbook = make_workbook(school_data())
    args = ("build", workbook, "--out", tmp_path, "--as-of", AS_OF.isoformat())
    assert run_cli(*args).exit_code == 0
    assert run_cli(*args, "--force").exit_code == 0


@pytest.mark.parametrize("school", ["../../etc", "CON", 'a/b\\c:d*?"<>|', "Ысмайыл 🎓 Academy", "x" * 300, ""])
def test_hostile_school_names_give_safe_file_names(make_workbook, tmp_path, school):
    workbook = make_workbook(school_data(school={"name": school}))
    out = tmp_path / "out"
    result = run_cli("build", workbook, "--out", out, "--as-of", AS_OF.isoformat(), "--only", "plan")
    assert result.exit_code == 0, result.stderr
    [written] = [path for path in tmp_path.rglob("*.docx")]
    assert written.parent == out
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]{0,90}-strategic-careers-plan-2026-27\.docx", written.name)
    assert not re.match(r"(con|prn|aux|nul|com\d|lpt\d)\.", written.name)  # a Windows device name


def test_only_writes_the_documents_asked_for(make_workbook, tmp_path):
    result = run_cli("build", make_workbook(school_data()), "--out", tmp_path, "--only", "guide,plan",
                     "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == [
        "hollybrook-academy-guide-for-parents-and-carers-2026-27.docx",
        "hollybrook-academy-strategic-careers-plan-2026-27.docx"]


@pytest.mark.parametrize(("args", "words"), [
    (("--only", "letter"), "--only takes one or more of plan, guide, policy"),
    (("--as-of", "31/02/2026"), "is not a date"),
])
def test_bad_options_are_usage_errors(make_workbook, tmp_path, args, words):
    result = run_cli("build", make_workbook(school_data()), "--out", tmp_path, *args)
    assert result.exit_code == 2
    assert words in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.docx"))


def test_missing_workbook_is_one_line_and_exit_2(tmp_path):
    result = run_cli("build", tmp_path / "nope.xlsx", "--out", tmp_path)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_document_open_in_word_gets_a_clear_message(make_workbook, tmp_path, monkeypatch):
    import b1docs.files

    def locked(*_args):
        raise PermissionError(13, "Permission denied")

    workbook = make_workbook(school_data())
    monkeypatch.setattr(b1docs.files.os, "replace", locked)
    result = run_cli("build", workbook, "--out", tmp_path / "out", "--as-of", AS_OF.isoformat())
    assert result.exit_code == 2
    assert "open in Word" in result.stderr and "Traceback" not in result.stderr
    assert not list((tmp_path / "out").glob("*.docx"))


def test_template_reaching_for_python_internals_is_refused(make_workbook, tmp_path):
    folder = tmp_path / "templates"
    assert run_cli("templates", "export", folder).exit_code == 0
    path = folder / "strategic-careers-plan.docx"
    document = Document(str(path))
    document.add_paragraph("{{ ''.__class__.__mro__ }}")
    document.save(str(path))
    result = run_cli("build", make_workbook(school_data()), "--out", tmp_path / "out", "--templates", folder,
                     "--as-of", AS_OF.isoformat())
    assert result.exit_code == 2
    assert "strategic-careers-plan.docx" in result.stderr and "reach inside" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").glob("*.docx"))


def test_pdf_without_libreoffice_says_so_and_keeps_the_word_files(make_workbook, tmp_path, monkeypatch):
    import b1docs.render.pdf

    monkeypatch.setattr(b1docs.render.pdf.shutil, "which", lambda name: None)
    result = run_cli("build", make_workbook(school_data()), "--out", tmp_path, "--pdf", "--only", "plan",
                     "--as-of", AS_OF.isoformat())
    assert result.exit_code == 2
    assert "need LibreOffice" in result.stderr and "Traceback" not in result.stderr
    assert len(list(tmp_path.glob("*.docx"))) == 1


@pytest.mark.slow
def test_libreoffice_converts_every_sample_document(built, tmp_path):
    documents = [path for paths in built.values() for path in paths]
    profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}", "--convert-to",
                    "pdf", "--outdir", str(tmp_path), *map(str, documents)], capture_output=True, timeout=300,
                   check=False)
    for document in documents:
        pdf = tmp_path / document.with_suffix(".pdf").name
        assert pdf.is_file() and pdf.stat().st_size > 10_000, document.name


@pytest.mark.slow
def test_pdf_option_writes_pdfs_beside_the_documents(make_workbook, tmp_path):
    result = run_cli("build", make_workbook(school_data()), "--out", tmp_path, "--pdf", "--only", "plan,policy",
                     "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0, result.stderr
    assert sorted(p.suffix for p in tmp_path.iterdir() if not p.name.startswith("workbook")) == [
        ".docx", ".docx", ".pdf", ".pdf"]


def test_out_must_be_a_folder(make_workbook, tmp_path):
    (tmp_path / "taken").write_text("not a folder")
    result = run_cli("build", make_workbook(school_data()), "--out", tmp_path / "taken", "--as-of", AS_OF.isoformat())
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.stderr
