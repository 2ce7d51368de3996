"""Dates as schools write them on web pages: 01/09/2027, 1st September 2027, September 2027, Autumn 2027.

Each date found is a span (first day, last day), so "September 2027" can be compared with a workbook
date and called passed only once the whole month is over. Numeric dates are read day first (UK).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_SEASONS = {"autumn": (9, 12), "spring": (1, 4), "summer": (4, 8)}

_PATTERNS = (
    # 01/09/2027, 1.9.27, 1-9-2027
    re.compile(r"\b(?P<day>\d{1,2})[/.\-](?P<num_month>\d{1,2})[/.\-](?P<year>\d{4}|\d{2})\b"),
    # 2027-09-01
    re.compile(r"\b(?P<year>\d{4})-(?P<num_month>\d{1,2})-(?P<day>\d{1,2})\b"),
    # 1 September 2027, 1st of Sept. 2027, Monday 1 September 2027
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
    # September 1, 2027
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.I),
    # September 2027
    re.compile(r"\b" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.I),
    # Autumn 2027, Autumn term 2027
    re.compile(r"\b(?P<season>autumn|spring|summer)(?:\s+term)?,?\s+(?P<year>\d{4})\b", re.I),
)


@dataclass(frozen=True)
class DateSpan:
    first: dt.date
    last: dt.date
    text: str
    start: int  # position in the text searched

    def contains(self, day: dt.date) -> bool:
        return self.first <= day <= self.last

    def passed(self, as_of: dt.date) -> bool:
        return self.last < as_of


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _span(match: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    groups = match.groupdict()
    year = _year(groups["year"])
    if groups.get("season"):
        first_month, last_month = _SEASONS[groups["season"].lower()]
        return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
    month = int(groups["num_month"]) if groups.get("num_month") else _MONTHS[groups["month"].lower().rstrip(".")]
    if not 1 <= month <= 12:
        return None
    if groups.get("day"):
        try:
            day = dt.date(year, month, int(groups["day"]))
        except ValueError:
            return None
        return day, day
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def find_dates(text: str) -> list[DateSpan]:
    """Every date in text, in order; where two patterns overlap the more precise (earlier) one wins."""
    found: list[DateSpan] = []
    taken: list[range] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() in used or match.end() - 1 in used for used in taken):
                continue
            span = _span(match)
            if span is None or not 1990 <= span[0].year <= 2100:
                continue
            taken.append(range(match.start(), match.end()))
            found.append(DateSpan(span[0], span[1], match.group(0), match.start()))
    return sorted(found, key=lambda span: span.start)
