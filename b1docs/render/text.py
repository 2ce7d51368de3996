"""Small formatting helpers for document text: dates, academic years, year groups, clean strings."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from b1docs.workbook.model import format_value

# The characters XML 1.0 forbids (the same set openpyxl refuses). Tab and newline are kept: docxtpl turns
# a newline into a line break. \a and \f are in this set, so a cell cannot smuggle in a page break.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: Any) -> str:
    """Any value as document text: never None, no illegal XML characters, outer space trimmed."""
    if text is None:
        return ""
    if isinstance(text, dt.date) and not isinstance(text, dt.datetime):
        return long_date(text)
    string = text if isinstance(text, str) else format_value(text)
    return _ILLEGAL_XML.sub("", string).strip()


def long_date(day: dt.date | None) -> str:
    """14 March 2026 (the British form, no leading zero); "" for no date."""
    if day is None:
        return ""
    return f"{day.day} {day:%B %Y}"


def academic_year(as_of: dt.date) -> str:
    """The English school year that as_of falls in, September to August: 1 December 2026 -> "2026-27"."""
    start = as_of.year if as_of.month >= 9 else as_of.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def year_label(years: frozenset[int] | set[int] | None) -> str:
    """Year groups in words: {7} -> "Year 7"; {7, 8, 9} -> "Years 7 to 9"; {7, 9} -> "Years 7 and 9"."""
    ordered = sorted(years or ())
    if not ordered:
        return ""
    if len(ordered) == 1:
        return f"Year {ordered[0]}"
    if ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"Years {ordered[0]} to {ordered[-1]}"
    return "Years " + ", ".join(str(year) for year in ordered[:-1]) + f" and {ordered[-1]}"


def money(amount: Any) -> str:
    """£4,500 or £4,500.50; "" when blank."""
    if amount is None or amount == "":
        return ""
    if isinstance(amount, int | float):
        return f"£{amount:,.0f}" if float(amount).is_integer() else f"£{amount:,.2f}"
    return clean(amount)


def number(value: Any) -> str:
    """A whole number as text; "" when blank (0 stays "0": it is an answer)."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(value)


def lines(text: Any) -> list[str]:
    """A multi-line cell as a list of its non-empty lines, bullets and numbering removed."""
    return [
        stripped
        for line in clean(text).splitlines()
        if (stripped := re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s*", "", line).strip())
    ]


def join_words(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b and c"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
