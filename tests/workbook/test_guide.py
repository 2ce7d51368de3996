"""docs/workbook.md is generated from the schema and must be regenerated whenever the schema changes."""

from __future__ import annotations

from conftest import ROOT

from b1docs.workbook.guide import KIND_HELP, REGENERATE, render_workbook_guide
from b1docs.workbook.schema import LISTS, SHEETS, Kind

GUIDE = ROOT / "docs" / "workbook.md"


def test_docs_workbook_md_is_up_to_date():
    assert GUIDE.is_file(), f"docs/workbook.md is missing. Create it with: {REGENERATE}"
    assert GUIDE.read_text(encoding="utf-8") == render_workbook_guide(), (
        f"docs/workbook.md is out of date with b1docs/workbook/schema.py. Regenerate it with: {REGENERATE}")


def test_guide_describes_every_sheet_column_and_choice():
    guide = render_workbook_guide()
    for sheet in SHEETS:
        assert f"## {sheet.title}\n" in guide
        section = guide.split(f"## {sheet.title}\n", 1)[1].split("\n## ", 1)[0]
        for field in sheet.fields:
            row = next(line for line in section.splitlines() if line.startswith(f"| {field.label} |"))
            assert f"| {field.kind.value} |" in row and field.help in row
            if field.choices:
                assert "; ".join(LISTS[field.choices]) in row


def test_every_kind_is_explained():
    assert set(KIND_HELP) == set(Kind)
