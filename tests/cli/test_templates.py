"""b1docs templates export / check, and build --templates with an edited template."""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import AS_OF, file_digest, run_cli
from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "render"))
from school_data import docx_text, school_data

PLAN = "strategic-careers-plan.docx"
GUIDE = "guide-for-parents-and-carers.docx"


def _export(folder: Path) -> None:
    result = run_cli("templates", "export", folder)
    assert result.exit_code == 0, result.stderr


def _append(path: Path, *paragraphs: str) -> None:
    document = Document(str(path))
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def test_export_copies_three_templates_and_refuses_to_overwrite(tmp_path):
    _export(tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [GUIDE, "provider-access-policy.docx", PLAN]
    digest = file_digest(tmp_path / PLAN)
    _append(tmp_path / PLAN, "My own words")
    edited = file_digest(tmp_path / PLAN)
    again = run_cli("templates", "export", tmp_path)
    assert again.exit_code == 2 and "--force" in again.stderr
    assert file_digest(tmp_path / PLAN) == edited
    assert run_cli("templates", "export", tmp_path, "--force").exit_code == 0
    assert file_digest(tmp_path / PLAN) == digest


def test_check_passes_the_exported_templates(tmp_path):
    _export(tmp_path)
    result = run_cli("templates", "check", tmp_path)
    assert result.exit_code == 0
    assert "The templates are fine." in result.stdout


def test_check_reports_each_problem_on_one_line_and_exits_1(tmp_path):
    _export(tmp_path)
    _append(tmp_path / PLAN, "Welcome from {{ school.nmae }}", "{{ ''.__class__.__mro__ }}")
    _append(tmp_path / GUIDE, "Our careers leader", "{% if leader.name %}{{ leader.name }")
    result = run_cli("templates", "check", tmp_path)
    assert result.exit_code == 1
    lines = [line for line in result.stdout.splitlines() if line.endswith(".docx") or ".docx:" in line]
    assert any(line.startswith(f"{PLAN}: unknown variable school.nmae") for line in lines)
    assert any(line.startswith(f"{PLAN}: ''.__class__ reaches inside Python") for line in lines)
    assert any(line.startswith(f"{GUIDE}: a tag Jinja cannot read") and "Our careers leader" in line
               for line in lines)
    assert "3 problem(s) found" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_check_on_a_missing_folder_exits_2(tmp_path):
    result = run_cli("templates", "check", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "is not a folder" in result.stderr


def test_build_uses_edited_templates_and_falls_back_for_missing_ones(make_workbook, tmp_path):
    folder = tmp_path / "mine"
    _export(folder)
    _append(folder / PLAN, "Written for {{ school.name }} by our own template.")
    (folder / GUIDE).unlink()
    out = tmp_path / "out"
    result = run_cli("build", make_workbook(school_data()), "--out", out, "--templates", folder,
                     "--as-of", AS_OF.isoformat())
    assert result.exit_code == 0, result.stderr
    assert "has no guide-for-parents-and-carers.docx, so the default" in result.stdout
    plan = docx_text(out / "hollybrook-academy-strategic-careers-plan-2026-27.docx")
    assert "Written for Hollybrook Academy by our own template." in plan
    assert (out / "hollybrook-academy-guide-for-parents-and-carers-2026-27.docx").exists()
