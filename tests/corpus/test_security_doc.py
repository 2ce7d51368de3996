"""docs/security.md names real tests, and every corpus case is named there: the page cannot drift from the tests."""

from __future__ import annotations

import re
from pathlib import Path

from corpus_inputs import CASES
from test_corpus_urls import URL_CASES

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")


def test_every_test_named_in_the_page_exists():
    references = re.findall(r"(tests/[\w/]+\.py)::(\w+)", DOC)
    assert len(references) > 20
    for path, name in references:
        source = (ROOT / path).read_text(encoding="utf-8")
        assert re.search(rf"^def {name}\(", source, re.MULTILINE), f"{path}::{name} is not a test"
    # Short forms in a table cell (`::test_name`) refer to the file named earlier in that cell.
    for short in re.findall(r"`::(\w+)`", DOC):
        assert any(re.search(rf"^def {short}\(", path.read_text(encoding="utf-8"), re.MULTILINE)
                   for path in (ROOT / "tests").rglob("test_*.py")), short


def test_every_corpus_case_is_named_and_every_name_is_a_case():
    named = set(re.findall(r"`(?:tests/corpus/test_corpus\.py::test_corpus_case|test_corpus_case)?\[([\w-]+)/", DOC))
    cases = {case.name for case in CASES}
    assert named - cases == set(), f"the page names cases that do not exist: {named - cases}"
    assert cases - named == set(), f"cases the page does not name: {cases - named}"
    url_named = set(re.findall(r"\[(url-[\w-]+)\]", DOC))
    urls = {case[0] for case in URL_CASES}
    assert url_named == urls, (url_named ^ urls)
