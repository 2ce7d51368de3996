"""docs/templates.md lists every variable of the context and is regenerated, never hand-edited."""

from __future__ import annotations

from pathlib import Path

from b1docs.render.describe import DESCRIPTIONS, describe_context, templates_markdown
from b1docs.render.example import example_context

DOC = Path(__file__).resolve().parents[2] / "docs" / "templates.md"


def test_docs_templates_md_is_up_to_date():
    assert DOC.read_text(encoding="utf-8") == templates_markdown(), (
        "docs/templates.md is stale: run python tools/make_templates.py")


def test_every_description_names_a_real_variable():
    paths = {path for path, _kind, _text in describe_context(example_context())}
    assert set(DESCRIPTIONS) <= paths, sorted(set(DESCRIPTIONS) - paths)


def test_every_variable_in_the_context_is_listed():
    text = DOC.read_text(encoding="utf-8")
    for path in ("school.name", "leader.email", "programme.years[].activities[].title",
                 "provider_access.phases[].attendance", "evaluation.feedback[].changes", "send.applies"):
        assert f"| `{path}` |" in text
