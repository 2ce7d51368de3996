"""Properties of the parsers: they never raise, and what they accept they read exactly."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from b1docs.workbook.normalise import parse_date, parse_year_groups, parser_for
from b1docs.workbook.schema import LISTS, Kind

ANYTHING_IN_A_CELL = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text(),
    st.dates(), st.datetimes(), st.sampled_from(["", "  ", "All", "14/03/25", "7–11", "✓", "#REF!", "_x0007_"]),
)
CASES = [(kind, "yes_no" if kind is Kind.YES_NO else (next(iter(LISTS)) if "choice" in kind.value else None))
         for kind in Kind]
SCHOOL_DATES = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@given(ANYTHING_IN_A_CELL)
def test_parsers_never_raise_and_complain_in_one_line(raw):
    for kind, choices in CASES:
        value, complaint = parser_for(kind, choices, None)(raw)
        assert complaint is None or (isinstance(complaint, str) and "\n" not in complaint)
        if complaint is not None and kind not in (Kind.CHOICE, Kind.CHOICES):
            assert value is None


@given(SCHOOL_DATES)
def test_dates_written_as_people_write_them_read_exactly(day):
    for text in (day.strftime("%d/%m/%Y"), f"{day.day} {day.strftime('%B %Y')}", day.isoformat()):
        assert parse_date(text) == (day, None)


@given(st.integers(1, 14), st.integers(1, 14))
def test_year_ranges_read_exactly(first, last):
    first, last = min(first, last), max(first, last)
    for text in (f"{first}-{last}", f"Years {first}–{last}", f"Y{first} to Y{last}"):
        assert parse_year_groups(text) == (frozenset(range(first, last + 1)), None)
