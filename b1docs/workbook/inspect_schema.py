"""The JSON Schema of `b1docs inspect --format json`, generated from the workbook schema.

The committed copy, b1docs/workbook/inspect-schema.json, is what other tools validate against; a test
fails when it drifts. Regenerate with: python -m b1docs.workbook.inspect_schema > b1docs/workbook/inspect-schema.json
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from b1docs.workbook.export import INSPECT_FORMAT_VERSION
from b1docs.workbook.schema import SHEETS, Kind, Sheet

SCHEMA_FILE = Path(__file__).with_name("inspect-schema.json")
REGENERATE = "python -m b1docs.workbook.inspect_schema > b1docs/workbook/inspect-schema.json"

_TEXT: dict[str, Any] = {"type": "string"}
_VALUE_SCHEMAS: dict[Kind, dict[str, Any]] = {
    Kind.TEXT: _TEXT,
    Kind.LONG_TEXT: _TEXT,
    Kind.EMAIL: _TEXT,
    Kind.PHONE: _TEXT,
    Kind.URL: _TEXT,
    # A choice that is not on the list is kept as typed, with a problem naming its cell.
    Kind.CHOICE: _TEXT,
    Kind.DATE: {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    Kind.YES_NO: {"type": "boolean"},
    Kind.WHOLE_NUMBER: {"type": "integer"},
    Kind.MONEY: {"type": "number"},
    Kind.PERCENT: {"type": "number", "minimum": 0, "maximum": 100},
    Kind.YEAR_GROUPS: {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 14},
                       "uniqueItems": True},
    Kind.BENCHMARKS: {"type": "array", "items": {"type": "integer", "minimum": 1, "maximum": 8},
                      "uniqueItems": True},
    Kind.CHOICES: {"type": "array", "items": {"type": "string"}, "uniqueItems": True},
    Kind.IDS: {"type": "array", "items": {"type": "string"}},
}
_CELL = {"type": "string", "pattern": r"^[^!]+![A-Z]{1,3}[1-9][0-9]*$"}


def inspect_json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for the inspect JSON of this version of b1docs."""
    properties: dict[str, Any] = {
        "format_version": {"const": INSPECT_FORMAT_VERSION},
        "file": {"type": "string"},
        "workbook_schema_version": {"type": "string"},
    }
    for sheet in SHEETS:
        properties[sheet.key] = _sheet_schema(sheet)
    properties["problems"] = {"type": "array", "items": {
        "type": "object",
        "properties": {
            "code": {"type": "string", "pattern": r"^DATA\.[A-Z_]+$"},
            "message": {"type": "string"},
            "fix": {"type": "string"},
            "sheet": {"type": "string"},
            "cell": {"type": "string", "pattern": r"^[A-Z]{1,3}[1-9][0-9]*$"},
        },
        "required": ["code", "message", "fix", "sheet", "cell"],
        "additionalProperties": False,
    }}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://b1docs.example/inspect-schema.json",
        "title": "b1docs inspect --format json",
        "description": "Everything b1docs read from a careers workbook, each value with its cell. See docs/inspect.md.",
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        # One definition per kind of value, each {value, cell}; the sheets refer to them.
        "$defs": {_def_name(kind): _located(kind) for kind in Kind},
    }


def _def_name(kind: Kind) -> str:
    return kind.name.lower()


def _sheet_schema(sheet: Sheet) -> dict[str, Any]:
    fields = {field.key: {"$ref": f"#/$defs/{_def_name(field.kind)}"} for field in sheet.fields}
    if sheet.layout == "form":
        return {"type": "object", "properties": fields, "required": list(fields), "additionalProperties": False}
    row = {"row": {"type": "integer", "minimum": 2}, **fields}
    return {"type": "array", "items": {
        "type": "object", "properties": row, "required": list(row), "additionalProperties": False}}


def _located(kind: Kind) -> dict[str, Any]:
    value = _VALUE_SCHEMAS[kind]
    return {
        "type": "object",
        "properties": {"value": {"anyOf": [value, {"type": "null"}]}, "cell": _CELL},
        "required": ["value", "cell"],
        "additionalProperties": False,
    }


def render_inspect_schema() -> str:
    return json.dumps(inspect_json_schema(), indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    print(render_inspect_schema(), end="")
