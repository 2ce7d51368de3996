"""A workbook with every field filled and a report with one finding of each kind, built in memory.

`templates check` renders against it, and docs/templates.md is generated from the context it gives: every
optional section is present and every list has an item, so the context shows its full structure.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from b1docs.benchmark.findings import Finding, PartResult, Report, Severity, Status
from b1docs.workbook.model import CareersWorkbook, Record, Table, Value
from b1docs.workbook.schema import LISTS, SCHEMA_VERSION, SHEETS, Field, Kind, Sheet

EXAMPLE_DAY = dt.date(2026, 12, 1)

# Per-row values that make every group of the context non-empty (a Year 9 encounter in the autumn counts).
_ROW_VALUES: dict[tuple[str, str], Any] = {
    ("school", "institution_type"): "Special school",
    ("school", "year_groups"): frozenset(range(7, 14)),
    ("school", "ehcp_pupils"): 12,
    ("programme", "year_groups"): frozenset({9}),
    ("programme", "for_whom"): "SEND",
    ("outcomes", "area"): "Explore possibilities",
    ("parents", "year_groups"): frozenset({9}),
    ("encounters", "year_group"): frozenset({9}),
    ("feedback", "group"): "Pupils",
}


def _example_value(sheet: Sheet, field: Field) -> Any:
    if (sheet.key, field.key) in _ROW_VALUES:
        return _ROW_VALUES[sheet.key, field.key]
    kind = field.kind
    if kind is Kind.DATE:
        return EXAMPLE_DAY
    if kind is Kind.YES_NO:
        return True
    if kind in (Kind.WHOLE_NUMBER, Kind.MONEY, Kind.PERCENT):
        return 50
    if kind is Kind.YEAR_GROUPS:
        return frozenset({9})
    if kind in (Kind.CHOICE,):
        return LISTS[field.choices or ""][0]
    if kind is Kind.CHOICES:
        return frozenset(LISTS[field.choices or ""])
    if kind is Kind.BENCHMARKS:
        return frozenset({1, 4})
    if kind is Kind.IDS:
        return ("LO1",)
    if kind is Kind.EMAIL:
        return "careers@example.sch.uk"
    if kind is Kind.PHONE:
        return "0113 496 0123"
    if kind is Kind.URL:
        return "https://www.example.sch.uk/careers"
    return field.example or field.label


def _record(sheet: Sheet, row: int | None) -> Record:
    values = {field.key: Value(_example_value(sheet, field), sheet.title, f"{chr(65 + index)}{row or index + 2}")
              for index, field in enumerate(sheet.fields)}
    return Record(sheet, values, row)


def example_workbook() -> CareersWorkbook:
    """A full workbook: every form field answered, one row in every table."""
    parts: dict[str, Record | Table] = {}
    for sheet in SHEETS:
        if sheet.layout == "form":
            parts[sheet.key] = _record(sheet, None)
        else:
            columns = {field.key: chr(65 + index) for index, field in enumerate(sheet.fields)}
            parts[sheet.key] = Table(sheet, (_record(sheet, 2),), columns, 1)
    return CareersWorkbook(path=Path("example.xlsx"), schema_version=SCHEMA_VERSION, **parts)  # type: ignore[arg-type]


def example_report() -> Report:
    """A report with an achieved part, a part that does not apply, and one finding of each severity."""
    parts = (
        PartResult("S1", "Leadership and backing", Status.ACHIEVED, 5, 5),
        PartResult("PAL", "Provider access", Status.NOT_APPLICABLE, 0, 0, "Example reason."),
    )
    findings = tuple(
        Finding(f"EXAMPLE.{severity.name}", severity, "S1", "Example message.", "Example fix.", "Leadership", "B2")
        for severity in Severity
    )
    return Report("Example School", "Special school", "example.xlsx", EXAMPLE_DAY, parts, Status.IN_PROGRESS,
                  findings)


def example_context() -> dict[str, Any]:
    """The context built from the example workbook, with provider access applying, as templates see it."""
    from b1docs.render.context import build_context

    report = example_report()
    report = Report(report.school_name, report.institution_type, report.workbook, report.as_of,
                    report.parts[:1], report.benchmark1_status, report.findings)
    context = build_context(example_workbook(), report, EXAMPLE_DAY)
    # Fill the lists that only appear in unusual workbooks, so their shape is known too.
    programme = context["programme"]
    programme["unplaced"] = programme["unplaced"] or [programme["activities"][0]]
    parents = context["parents"]
    parents["unplaced"] = parents["unplaced"] or [parents["all"][0]]
    pal = context["provider_access"]
    pal["other_encounters"] = pal["other_encounters"] or [pal["phases"][0]["encounters"][0]]
    return context
