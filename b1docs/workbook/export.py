"""The model as plain data: the stable JSON that `b1docs inspect` prints (documented in docs/inspect.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from b1docs.workbook.model import CareersWorkbook, Record, Table, Value
from b1docs.workbook.schema import SHEETS

INSPECT_FORMAT_VERSION = "1"


def json_value(value: Any) -> Any:
    """A model value as JSON: dates as ISO text, sets as sorted lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(value, key=lambda item: (isinstance(item, str), item))
    if isinstance(value, tuple):
        return list(value)
    return value


def _value(value: Value) -> dict[str, Any]:
    return {"value": json_value(value.value), "cell": value.ref}


def _record(record: Record) -> dict[str, Any]:
    return {key: _value(value) for key, value in record.values.items()}


def workbook_to_dict(workbook: CareersWorkbook) -> dict[str, Any]:
    """Everything b1docs read, each value with its cell, plus the data problems."""
    data: dict[str, Any] = {
        "format_version": INSPECT_FORMAT_VERSION,
        "file": str(workbook.path),
        "workbook_schema_version": workbook.schema_version,
    }
    for sheet in SHEETS:
        part = workbook.section(sheet.key)
        if isinstance(part, Table):
            data[sheet.key] = [{"row": record.row, **_record(record)} for record in part]
        else:
            data[sheet.key] = _record(part)
    data["problems"] = [
        {"code": p.code, "message": p.message, "fix": p.fix, "sheet": p.sheet, "cell": p.cell}
        for p in workbook.problems
    ]
    return data


def workbook_to_text(workbook: CareersWorkbook) -> str:
    """A readable listing: every filled value with its cell, then the problems."""
    lines = [f"{workbook.path} (workbook schema {workbook.schema_version})"]
    for sheet in SHEETS:
        part = workbook.section(sheet.key)
        records = list(part) if isinstance(part, Table) else [part]
        lines.append("")
        lines.append(f"{sheet.title}: {len(records)} row{'s' if len(records) != 1 else ''}"
                     if isinstance(part, Table) else sheet.title)
        for record in records:
            for key, value in record.values.items():
                if value.present:
                    label = sheet.field(key).label
                    lines.append(f"  {value.ref:<28} {label}: {value.text()}".replace("\n", " / "))
    lines.append("")
    if workbook.problems:
        lines.append(f"Problems b1docs could not read past ({len(workbook.problems)}):")
        lines.extend(f"  {p.ref}: {p.message}. {p.fix}" for p in workbook.problems)
    else:
        lines.append("No problems reading the data.")
    return "\n".join(lines)
