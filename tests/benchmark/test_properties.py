"""Whatever the workbook holds, the check finishes and every finding points at a real place.

Works on the model (values of the kinds the reader produces), so hypothesis can try many workbooks quickly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from b1_complete import complete_data
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from b1docs.benchmark import run_check
from b1docs.benchmark.check import finding_order
from b1docs.benchmark.context import months_before
from b1docs.benchmark.findings import Status
from b1docs.benchmark.registry import PARTS, RULES
from b1docs.workbook.model import Record, Table, Value
from b1docs.workbook.reader import load_workbook
from b1docs.workbook.schema import LISTS, SHEETS, Kind
from b1docs.workbook.writer import write_filled_workbook

TITLES = {sheet.title for sheet in SHEETS}
TEXT = st.text(alphabet="abcXYZ 0123@.-'", max_size=12)


def _values(field):
    kind, choices = field.kind, LISTS.get(field.choices or "", ("x",))
    strategies = {
        Kind.DATE: st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)),
        Kind.YES_NO: st.booleans(),
        Kind.WHOLE_NUMBER: st.integers(-3, 400), Kind.MONEY: st.integers(-3, 9000), Kind.PERCENT: st.integers(0, 100),
        Kind.YEAR_GROUPS: st.frozensets(st.integers(1, 14), min_size=1, max_size=4),
        Kind.CHOICE: st.sampled_from(choices) | TEXT,  # the reader keeps unknown choices as typed
        Kind.CHOICES: st.frozensets(st.sampled_from(choices), max_size=4),
        Kind.BENCHMARKS: st.frozensets(st.integers(1, 8), min_size=1, max_size=3),
        Kind.IDS: st.lists(st.sampled_from(["LO1", "LO2", "LO9", "X"]), min_size=1, max_size=3).map(tuple),
    }
    return st.none() | strategies.get(kind, TEXT)


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    path = tmp_path_factory.mktemp("props") / "complete.xlsx"
    return load_workbook(write_filled_workbook(path, complete_data()))


def _places(workbook):
    places = []
    for sheet in SHEETS:
        part = getattr(workbook, sheet.key)
        records = part.rows if isinstance(part, Table) else (part,)
        for index, _ in enumerate(records):
            places += [(sheet, index, field) for field in sheet.fields]
    return places


@st.composite
def damaged(draw, workbook):
    places = _places(workbook)
    chosen = draw(st.lists(st.sampled_from(places), max_size=25))
    parts = {sheet.key: getattr(workbook, sheet.key) for sheet in SHEETS}
    for sheet, index, field in chosen:
        part = parts[sheet.key]
        record = part.rows[index] if isinstance(part, Table) else part
        old = record.values[field.key]
        values = {**record.values, field.key: Value(draw(_values(field)), old.sheet, old.cell)}
        new = Record(record.sheet, values, record.row)
        if isinstance(part, Table):
            parts[sheet.key] = dataclasses.replace(part, rows=(*part.rows[:index], new, *part.rows[index + 1:]))
        else:
            parts[sheet.key] = new
    for key in draw(st.sets(st.sampled_from([s.key for s in SHEETS if s.layout == "table"]), max_size=3)):
        parts[key] = dataclasses.replace(parts[key], rows=())
    return dataclasses.replace(workbook, **parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), as_of=st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)))
def test_check_never_fails_and_every_finding_has_a_place(workbook, data, as_of):
    report = run_check(data.draw(damaged(workbook)), as_of)
    assert [o.rule for o in report.outcomes] == list(RULES)
    assert all(o.reason.strip() for o in report.outcomes if o.outcome == "not_applicable")
    for finding in report.findings:
        assert finding.rule in RULES and finding.part == RULES[finding.rule].part
        assert finding.sheet in TITLES
        assert re.fullmatch(r"[A-Z]{1,3}[1-9][0-9]*", finding.cell), finding
        assert finding.message.strip() and finding.fix.strip()
    keys = [finding_order(f) for f in report.findings]
    assert keys == sorted(keys)
    for part in report.parts:
        assert part.id in PARTS and 0 <= part.met <= part.total
        assert (part.total == 0) == (part.status is Status.NOT_APPLICABLE)


@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.integers(-36, 36))
def test_months_before_moves_by_whole_months(date, months):
    moved = months_before(date, months)
    assert (date.year * 12 + date.month) - (moved.year * 12 + moved.month) == months
    assert moved.day == date.day or moved.day < date.day
