"""docs/rules.md is generated from the registry and must not be stale."""

from __future__ import annotations

from conftest import ROOT

from b1docs.benchmark.catalogue import catalogue_markdown
from b1docs.benchmark.registry import RULES


def test_docs_rules_md_is_up_to_date():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == catalogue_markdown(), "Run: python -m b1docs.benchmark.catalogue > docs/rules.md"


def test_catalogue_lists_every_rule_with_its_severity():
    text = catalogue_markdown()
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.title} | {rule.severity.value} | " in text
