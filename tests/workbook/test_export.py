"""The inspect JSON: stable encodings, valid against the shipped JSON Schema, documented in docs/inspect.md."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from conftest import ROOT

from b1docs.workbook.export import workbook_to_dict
from b1docs.workbook.inspect_schema import REGENERATE, SCHEMA_FILE, inspect_json_schema, render_inspect_schema
from b1docs.workbook.reader import _PROBLEM_CODES, load_workbook
from b1docs.workbook.schema import SHEETS

RICH = {
    "school": {"name": "Oakfield Academy", "year_groups": "7-11", "is_academy": "Yes", "ehcp_pupils": "34",
               "institution_type": "11–16 school"},
    "leadership": {"training_completed": dt.date(2025, 3, 14), "annual_budget": "£2,500", "leader_phone": 1632960123},
    "programme": [{"year_groups": "11, 9", "title": "Mock interviews", "benchmarks": "5, 1", "outcome_ids": "lo4, LO1",
                   "school_day": "✓"}],
    "encounters": [{"date": "20/01/2026", "year_group": "Y8", "provider": "Oak College",
                    "content_covered": "Careers they lead to, Provider and its courses"}],
    "evaluation": {"compass_b1_percent": "64%"},
}


@pytest.fixture
def rich(make_workbook):
    return workbook_to_dict(load_workbook(make_workbook(RICH)))


def test_value_encodings(rich):
    assert rich["format_version"] == "1" and rich["workbook_schema_version"] == "1.0"
    assert rich["school"]["year_groups"] == {"value": [7, 8, 9, 10, 11], "cell": "School!B6"}
    assert rich["school"]["is_academy"] == {"value": True, "cell": "School!B5"}
    assert rich["school"]["ehcp_pupils"]["value"] == 34
    assert rich["leadership"]["training_completed"] == {"value": "2025-03-14", "cell": "Leadership!B10"}
    assert rich["leadership"]["annual_budget"]["value"] == 2500
    assert rich["leadership"]["leader_phone"]["value"] == "01632960123"
    (activity,) = rich["programme"]
    assert activity["row"] == 2
    assert activity["year_groups"] == {"value": [9, 11], "cell": "Programme!A2"}
    assert activity["benchmarks"]["value"] == [1, 5]
    assert activity["outcome_ids"]["value"] == ["LO4", "LO1"]
    assert activity["school_day"]["value"] is True
    assert activity["partner"] == {"value": None, "cell": "Programme!L2"}
    (encounter,) = rich["encounters"]
    assert encounter["date"]["value"] == "2026-01-20"
    assert encounter["content_covered"]["value"] == ["Careers they lead to", "Provider and its courses"]
    assert rich["evaluation"]["compass_b1_percent"]["value"] == 64
    assert rich["problems"] == []


def test_keys_follow_the_schema(rich):
    assert list(rich) == ["format_version", "file", "workbook_schema_version", *(s.key for s in SHEETS), "problems"]
    for sheet in SHEETS:
        part = rich[sheet.key]
        records = part if sheet.layout == "table" else [part]
        for record in records:
            assert [key for key in record if key != "row"] == [field.key for field in sheet.fields]


def test_output_is_valid_against_the_shipped_schema(rich, make_workbook):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    with_problems = workbook_to_dict(load_workbook(make_workbook({
        "leadership": {"training_completed": "31/02/2025", "hours_per_week": "=2*3", "leader_on_slt": "maybe"},
        "programme": [{"title": "Fair", "activity_type": "Juggling", "year_groups": "Year 20"}]})))
    assert len(with_problems["problems"]) == 5
    for data in (rich, workbook_to_dict(load_workbook(make_workbook({}))), with_problems):
        validator.validate(json.loads(json.dumps(data)))


def test_schema_rejects_a_wrong_encoding(rich):
    rich["school"]["year_groups"]["value"] = "7-11"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rich, inspect_json_schema(), cls=jsonschema.Draft202012Validator)


def test_shipped_schema_file_is_up_to_date():
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render_inspect_schema(), (
        f"inspect-schema.json is out of date with the workbook schema. Regenerate it with: {REGENERATE}")


def test_docs_inspect_md_documents_every_key_and_code():
    text = (ROOT / "docs" / "inspect.md").read_text(encoding="utf-8")
    for key in ("format_version", "file", "workbook_schema_version", "problems", "row", *(s.key for s in SHEETS)):
        assert f"`{key}`" in text or f'"{key}"' in text, key
    for code in {*_PROBLEM_CODES.values(), "DATA.FORMULA", "DATA.VALUE"}:
        assert f"`{code}`" in text, code
