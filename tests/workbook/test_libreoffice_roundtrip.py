"""A workbook re-saved by LibreOffice reads into the same model: schools use LibreOffice as well as Excel."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from conftest import SAMPLES, run_cli
from libreoffice import convert
from xlsx_edit import edit_workbook

from b1docs.workbook.reader import load_workbook
from b1docs.workbook.writer import write_blank_workbook, write_filled_workbook

pytestmark = pytest.mark.slow

SAMPLE_FILES = sorted(SAMPLES.glob("*.xlsx"))

# What people type, in every kind of cell, so LibreOffice's own ways of saving each are covered.
MESSY = {
    "school": {"name": "  Oakfield Academy ", "urn": 145678, "institution_type": "11-16 school", "is_academy": "Y",
               "year_groups": "Years 7–11", "ehcp_pupils": "34", "post19_ehcp": False},
    "leadership": {"leader_phone": 1632960123, "training_completed": dt.datetime(2025, 3, 14, 10, 30),
                   "annual_budget": 1250.5, "hours_per_week": 6, "head_backing_date": "14 March 2025",
                   "slt_backing_date": "2025-03-14", "governors_approval_date": "14/03/25", "leader_on_slt": True},
    "programme": [
        {"year_groups": "All", "term": "autumn 1", "title": "Assembly", "benchmarks": "1, 4",
         "outcome_ids": "LO1, lo4", "school_day": "✓", "parents_involved": "x", "description": "Line one\nLine two"},
        {},
        {"year_groups": 8, "title": "Fair", "for_whom": "SEND", "delivered": "no"},
    ],
    "encounters": [{"date": dt.date(2026, 1, 20), "year_group": "Y8", "content_covered": "All",
                    "duration_minutes": "60", "provider": "Oak College"}],
    "evaluation": {"compass_b1_percent": 0.64, "compass_date": "31/02/2026"},
}


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """Every sample, a messy workbook and a formula workbook, each with its LibreOffice re-save (one soffice run)."""
    folder = tmp_path_factory.mktemp("roundtrip")
    messy = write_filled_workbook(folder / "messy.xlsx", MESSY)
    edit_workbook(messy, lambda book: book["Programme"].merge_cells("H4:H5"))
    formula = write_filled_workbook(folder / "formula.xlsx", {"leadership": {
        "hours_per_week": "=3*2", "leader_title": '=IF(1=1,"","Head of careers")'}})
    blank = write_blank_workbook(folder / "blank.xlsx")
    originals = [messy, formula, blank]
    for sample in SAMPLE_FILES:
        originals.append(Path(shutil.copy(sample, folder / f"sample-{sample.name}")))
    resaved = convert(originals, "xlsx", folder / "libreoffice")
    return {path.name: (path, copy) for path, copy in zip(originals, resaved, strict=True)}


def inspect_json(path: Path) -> dict:
    result = run_cli("inspect", path, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    del data["file"]
    return data


def test_messy_workbook_reads_the_same_after_libreoffice(converted):
    original, resaved = converted["messy.xlsx"]
    before = inspect_json(original)
    assert before["problems"] and before["programme"][1]["for_whom"]["value"] == "SEND"
    assert inspect_json(resaved) == before


def test_blank_reads_the_same_after_libreoffice(converted):
    original, resaved = converted["blank.xlsx"]
    assert inspect_json(resaved) == inspect_json(original)
    assert load_workbook(resaved).problems == ()
    # LibreOffice kept the hidden lists and the drop-downs that point at them.
    book = openpyxl.load_workbook(resaved)
    assert book["Lists"].sheet_state == "hidden"
    lists = [v for v in book["Programme"].data_validations.dataValidation if v.type == "list"]
    assert lists and all("Lists" in v.formula1 for v in lists)
    assert "tblProgramme" in book["Programme"].tables


def test_formula_saved_by_libreoffice_has_its_result(converted):
    original, resaved = converted["formula.xlsx"]
    assert [(p.code, p.cell) for p in load_workbook(original).problems] == [("DATA.FORMULA", "B3"),
                                                                            ("DATA.FORMULA", "B11")]
    model = load_workbook(resaved)
    # A saved result that is empty text is a blank answer, not a formula b1docs cannot see.
    assert (model.leadership.hours_per_week.value, model.leadership.leader_title.value, model.problems) == (6, None, ())


@pytest.mark.skipif(not SAMPLE_FILES, reason="no sample workbooks in sample_workbooks/ yet")
@pytest.mark.parametrize("sample", [path.name for path in SAMPLE_FILES])
def test_sample_reads_the_same_after_libreoffice(converted, sample):
    original, resaved = converted[f"sample-{sample}"]
    assert inspect_json(resaved) == inspect_json(original)
