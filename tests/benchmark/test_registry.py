"""The registry is complete and every rule is tested where it fails."""

from __future__ import annotations

import re
from pathlib import Path

from b1docs.benchmark.findings import Severity
from b1docs.benchmark.registry import PARTS, RULES

HERE = Path(__file__).parent


def test_every_rule_has_its_metadata():
    for rule_id, rule in RULES.items():
        assert rule.id == rule_id
        assert rule.title and rule.source and rule.part in PARTS
        assert isinstance(rule.severity, Severity)
        assert len(rule.description) > 20, rule_id
        assert re.fullmatch(r"[A-Z0-9]+(\.[A-Z0-9_]+)+", rule_id)


def test_rule_functions_are_not_shared():
    functions = [rule.func for rule in RULES.values()]
    assert len(set(functions)) == len(functions)


def test_every_rule_has_a_failing_case_in_the_rule_tests():
    """Each test_rules_*.py lists cases as ("RULE.ID", change, [(sheet, cell)]); DATA.VALUE, which no workbook
    can trigger today, has its own test. Every id must be tested, and every case must name a real rule."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in HERE.glob("test_rules_*.py"))
    cases = set(re.findall(r'^\s*\("([A-Z0-9_.]+)",', text, flags=re.MULTILINE))
    assert set(RULES) - cases == {"DATA.VALUE"}
    assert '"DATA.VALUE"' in text
    assert cases - set(RULES) == set()
