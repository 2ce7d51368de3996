"""The model's plain-text view of values, used by documents and `inspect`."""

from __future__ import annotations

import datetime as dt

import pytest

from b1docs.workbook.model import Value, format_value


@pytest.mark.parametrize(("value", "text"), [
    (None, ""),
    (True, "Yes"),
    (False, "No"),
    (dt.date(2025, 3, 4), "4 March 2025"),
    (frozenset({11, 9, 10}), "9, 10, 11"),
    (("LO4", "LO1"), "LO1, LO4"),
    (1250.5, "1250.5"),
])
def test_format_value(value, text):
    assert format_value(value) == text


def test_value_knows_its_place():
    value = Value(dt.date(2025, 3, 4), "Leadership", "B10")
    assert (value.ref, value.present, value.text()) == ("Leadership!B10", True, "4 March 2025")
    assert not Value(None, "School", "B2") and not Value(frozenset(), "School", "B6")
