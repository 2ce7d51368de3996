"""A college's plan speaks of the college, not the school, wherever the template has fixed wording."""

from __future__ import annotations

import pytest
from conftest import AS_OF, SAMPLES
from school_data import docx_text

from b1docs.benchmark import run_check
from b1docs.render import build_documents
from b1docs.workbook.reader import load_workbook


@pytest.mark.parametrize(("sample", "own", "other"), [
    ("northgate-college", "college", "school"),
    ("oakfield-academy", "school", "college"),
])
def test_plan_names_the_right_development_plan(tmp_path, sample, own, other):
    workbook = load_workbook(SAMPLES / f"{sample}.xlsx")
    built = build_documents(workbook, run_check(workbook, AS_OF), tmp_path, only=["plan"], as_of=AS_OF)
    text = docx_text(built.paths[0])
    assert f"Links to the {own} development plan" in text
    assert f"{own.capitalize()} mission:" in text
    assert f"from the {own}'s careers workbook" in text
    assert f"{other} development plan" not in text
