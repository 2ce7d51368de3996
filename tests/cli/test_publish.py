"""b1docs publish: the page is written safely, named after the school, and escapes workbook text."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html
from conftest import AS_OF, run_cli

from b1docs.errors import EXIT_INPUT, EXIT_OK

# The web tests' workbook contents live beside them in tests/web.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "web"))
from web_samples import COMPLETE, workbook_data


def test_publish_writes_page_named_after_the_school(make_workbook, tmp_path):
    workbook = make_workbook(COMPLETE, name="careers.xlsx")
    result = run_cli("publish", workbook, "--as-of", AS_OF.isoformat())
    assert result.exit_code == EXIT_OK, result.stderr
    page = tmp_path / "hillcrest-and-vale-academy-careers.html"
    assert page.exists()
    root = lxml.html.fromstring(page.read_text(encoding="utf-8"))
    assert root.get("lang") == "en-GB"
    assert len(root.findall(".//h1")) == 1


def test_publish_refuses_to_overwrite_without_force(make_workbook, tmp_path):
    workbook = make_workbook(COMPLETE)
    out = tmp_path / "page.html"
    out.write_text("keep me", encoding="utf-8")
    result = run_cli("publish", workbook, "--out", out)
    assert result.exit_code == EXIT_INPUT
    assert "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run_cli("publish", workbook, "--out", out, "--force").exit_code == EXIT_OK
    assert "Careers at" in out.read_text(encoding="utf-8")


def test_publish_fragment_has_no_page_wrapper(make_workbook, tmp_path):
    out = tmp_path / "fragment.html"
    result = run_cli("publish", make_workbook(COMPLETE), "--fragment", "--out", out)
    assert result.exit_code == EXIT_OK
    text = out.read_text(encoding="utf-8")
    for tag in ("<html", "<head", "<body", "<h1", "<style"):
        assert tag not in text
    assert text.lstrip().startswith("<div class=\"b1docs-careers\">")


def test_publish_warns_about_missing_statutory_items(make_workbook, tmp_path):
    data = workbook_data(leadership={"leader_email": None}, publication={"next_review_date": None})
    result = run_cli("publish", make_workbook(data), "--out", tmp_path / "p.html")
    assert result.exit_code == EXIT_OK
    assert "careers leader email address: fill in Leadership!B6" in result.stderr
    assert "date of next review: fill in Publication!B5" in result.stderr


def test_publish_unreadable_workbook_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    result = run_cli("publish", bad, "--out", tmp_path / "p.html")
    assert result.exit_code == EXIT_INPUT
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.html").exists()
