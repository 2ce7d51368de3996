"""Turn what people actually type into typed values.

Each parser takes a raw cell value and returns (value, complaint). A complaint is a plain-English reason the
text could not be understood; the reader turns it into a located Problem. Parsers never raise.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from b1docs.workbook.schema import LISTS, Kind

Parsed = tuple[Any, str | None]

ALL_YEARS = frozenset(range(7, 14))
_KEY_STAGES = {
    "ks3": frozenset({7, 8, 9}),
    "ks4": frozenset({10, 11}),
    "ks5": frozenset({12, 13}),
    "sixth form": frozenset({12, 13}),
    "post 16": frozenset({12, 13}),
}
_MIN_YEAR, _MAX_YEAR = 1, 14

# Strings that mean yes or no. ✓/x are common ticks in school spreadsheets.
_YES = {"yes", "y", "true", "✓", "✔", "☑", "x", "1", "yes.", "tick"}
_NO = {"no", "n", "false", "0", "✗", "✘", "no.", "-", "none", "n/a", "na"}

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}


# Serial numbers Excel would show as dates from 1 January 1990 to 31 December 2099. A bare number outside
# this range in a date cell is far more likely a typo (2025 for a year) than a real date.
_SERIAL_MIN, _SERIAL_MAX = 32874, 73415
_SERIAL_YEARS = (1990, 2099)
_ALL_YEARS_WORDS = {"all", "all years", "all year groups", "whole school", "every year", "all pupils"}


# Excel stores control characters pasted into a cell as _x0007_ escapes (and a real "_x" as _x005F_);
# openpyxl hands them over undecoded, so they are decoded here and then stripped like any control character.
_EXCEL_ESCAPE_RE = re.compile(r"_x(00[01][0-9A-Fa-f]|005[Ff])_")


class ShownAsPercent(float):
    """A number formatted as a percentage in Excel: the cell holds 0.64 and shows 64%."""


def clean_text(value: Any) -> str:
    """Text as the reader keeps it: illegal XML control characters removed, outer space trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    if "_x" in text:
        text = _EXCEL_ESCAPE_RE.sub(lambda match: chr(int(match.group(1), 16)), text)
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def quoted(text: str, limit: int = 60) -> str:
    """What the person typed, quoted on one line and cut short, for a complaint that names it."""
    one_line = " ".join(text.split())
    if len(one_line) > limit:
        one_line = one_line[: limit - 1].rstrip() + "…"
    return f"'{one_line}'"


def parse_text(raw: Any) -> Parsed:
    text = clean_text(raw)
    return (text or None), None


def parse_date(raw: Any, epoch: dt.datetime | None = None) -> Parsed:
    if isinstance(raw, dt.datetime):
        return _plausible(raw.date())
    if isinstance(raw, dt.date):
        return _plausible(raw)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _date_from_serial(raw, epoch)
    text = clean_text(raw)
    if not text:
        return None, None
    value, complaint = _date_from_text(text)
    return _plausible(value) if value else (value, complaint)


def _plausible(value: dt.date) -> Parsed:
    # A number typed into a date cell shows as a date in 1900-1905 (2025 becomes 17/07/1905); no careers
    # programme date is that far off, so say so rather than carry a silly date into the documents.
    if not _SERIAL_YEARS[0] <= value.year <= _SERIAL_YEARS[1]:
        return None, f"{value.strftime('%d/%m/%Y')} is not a likely date. Type the date as dd/mm/yyyy"
    return value, None


def _date_from_serial(serial: float, epoch: dt.datetime | None) -> Parsed:
    from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900, from_excel

    if not (math.isfinite(serial) and _SERIAL_MIN <= serial <= _SERIAL_MAX):
        return None, f"{serial:g} is not a date. Type the date as dd/mm/yyyy, for example 14/03/2025"
    value = from_excel(serial, epoch=epoch or CALENDAR_WINDOWS_1900)
    return (value.date() if isinstance(value, dt.datetime) else value), None


def _date_from_text(text: str) -> Parsed:
    lowered = text.lower().replace(",", " ").strip()
    # Text copied from other systems sometimes carries a midnight time: 2025-03-14 00:00:00.
    lowered = re.sub(r"[ t]00:00(:00)?$", "", lowered).strip()
    if re.fullmatch(r"\d{5}(\.0+)?", lowered):
        return _date_from_serial(float(lowered), None)
    numeric = re.fullmatch(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})", lowered)
    if numeric:
        first, second, third = numeric.groups()
        if len(first) == 4:  # ISO order: 2025-03-14
            return _make_date(int(first), int(second), int(third), text)
        if len(third) == 4:  # UK order: 14/03/2025
            return _make_date(int(third), int(second), int(first), text)
        if len(third) == 2 and len(first) <= 2:
            return None, f"{quoted(text)} has a two-digit year, so the date is ambiguous. Type it as dd/mm/yyyy"
        return None, f"{quoted(text)} is not a date b1docs understands. Type it as dd/mm/yyyy"
    words = [word for word in re.split(r"[\s\-/.]+", lowered) if word]
    if len(words) == 3:
        day, month, year = words
        if day in _MONTHS:  # March 14 2025
            day, month = month, day
        day = re.sub(r"(st|nd|rd|th)$", "", day)
        if day.isdigit() and month in _MONTHS and year.isdigit() and len(year) == 4:
            return _make_date(int(year), _MONTHS[month], int(day), text)
    if len(words) == 2 and words[0] in _MONTHS and words[1].isdigit():
        return None, f"{quoted(text)} gives no day, so the date is ambiguous. Type the full date as dd/mm/yyyy"
    return None, f"{quoted(text)} is not a date b1docs understands. Type it as dd/mm/yyyy, for example 14/03/2025"


def _make_date(year: int, month: int, day: int, text: str) -> Parsed:
    try:
        return dt.date(year, month, day), None
    except ValueError:
        return None, f"{quoted(text)} is not a real date (there is no such day). Check the day and month"


def parse_yes_no(raw: Any) -> Parsed:
    if isinstance(raw, bool):
        return raw, None
    text = clean_text(raw).lower()
    if not text:
        return None, None
    if text in _YES or text.startswith("yes"):
        return True, None
    if text in _NO or text.startswith("no "):
        return False, None
    return None, f"{quoted(clean_text(raw))} is not Yes or No. Choose Yes or No from the list"


def parse_number(raw: Any, *, whole: bool) -> Parsed:
    if isinstance(raw, bool):
        return None, "a tick box is not a number. Type a number"
    if isinstance(raw, int | float):
        number = raw
    else:
        text = clean_text(raw)
        if not text:
            return None, None
        digits = text.replace("£", "").replace(",", "").replace("%", "").strip()
        try:
            number = float(digits)
        except ValueError:
            return None, f"{quoted(text)} is not a number. Type digits only, for example 12"
    if not math.isfinite(number):
        return None, f"{quoted(clean_text(raw))} is not a number. Type digits only, for example 12"
    if whole:
        if float(number) != int(number):
            return None, f"{number:g} is not a whole number. Type a whole number, for example 12"
        return int(number), None
    return (int(number) if float(number).is_integer() else float(number)), None


def parse_percent(raw: Any) -> Parsed:
    value, complaint = parse_number(raw, whole=False)
    # A cell formatted as a percentage holds 0.64 for 64%; without the format, 0.64 is still far more
    # likely to mean 64% than a Benchmark 1 score below one per cent.
    if value is not None and (isinstance(raw, ShownAsPercent) or (isinstance(raw, float) and 0 < raw < 1)):
        value = round(float(raw) * 100, 1)
        value = int(value) if value.is_integer() else value
    if value is not None and not 0 <= value <= 100:
        return None, f"{value:g} is not a percentage between 0 and 100"
    return value, complaint


def parse_year_groups(raw: Any) -> Parsed:
    """Year groups from `8`, `Y8`, `Year 8`, `Years 8-9`, `7–11`, `8, 9 and 10`, `KS4` or `All`."""
    if isinstance(raw, dt.date):
        return _year_groups_from_date(raw)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        raw = clean_text(raw)
    text = clean_text(raw)
    if not text:
        return None, None
    lowered = re.sub(r"[–—−]", "-", text.lower())
    lowered = re.sub(r"\b(years?|yrs?|y)\s*(?=\d)", "", lowered)
    lowered = re.sub(r"(\d)\s*to\s*(\d)", r"\1-\2", lowered)
    if lowered.strip() in _ALL_YEARS_WORDS:
        return ALL_YEARS, None
    years: set[int] = set()
    for part in re.split(r"[,;/&+]|\band\b|\n", lowered):
        part = part.strip().rstrip(".")
        if not part:
            continue
        key_stage = _KEY_STAGES.get(part.replace("-", " ").replace("key stage ", "ks"))
        if key_stage:
            years |= key_stage
            continue
        span = re.fullmatch(r"(\d{1,2})\s*-\s*(\d{1,2})", part)
        single = re.fullmatch(r"(\d{1,2})", part)
        if span and int(span.group(1)) <= int(span.group(2)):
            years |= set(range(int(span.group(1)), int(span.group(2)) + 1))
        elif single:
            years.add(int(single.group(1)))
        else:
            return None, f"{quoted(text)} is not a list of year groups. Write them like 8, 10-11 or All"
    if not all(_MIN_YEAR <= year <= _MAX_YEAR for year in years):
        return None, f"{quoted(text)} names a year group outside Years {_MIN_YEAR} to {_MAX_YEAR}"
    return frozenset(years), None


def _year_groups_from_date(value: dt.date) -> Parsed:
    # Excel (UK settings) turns 7-11 typed in a general cell into 7 November; undo that.
    if 1 <= value.day <= value.month:
        return frozenset(range(value.day, value.month + 1)), None
    return None, (f"Excel turned this cell into the date {value.strftime('%d/%m/%Y')}. Format the cell as Text "
                  "and type the year groups again, for example 7-11")


def means_all_years(raw: Any) -> bool:
    """True for "All" and its variants, which mean every year group the school teaches."""
    return isinstance(raw, str) and _loose(clean_text(raw)) in _ALL_YEARS_WORDS


def parse_choice(raw: Any, list_key: str) -> Parsed:
    text = clean_text(raw)
    if not text:
        return None, None
    match = _match_choice(text, list_key)
    if match is None:
        return text, f"{quoted(text)} is not one of the choices. Pick one from the drop-down list"
    return match, None


def parse_choices(raw: Any, list_key: str) -> Parsed:
    text = clean_text(raw)
    if not text:
        return None, None
    if text.lower() == "all":
        return frozenset(LISTS[list_key]), None
    chosen, unknown = set(), []
    for part in re.split(r"[,;\n]", text):
        part = part.strip()
        if not part:
            continue
        match = _match_choice(part, list_key)
        if match is None:
            unknown.append(part)
        else:
            chosen.add(match)
    if unknown:
        allowed = "; ".join(LISTS[list_key])
        return frozenset(chosen), f"{quoted(', '.join(unknown))} is not one of: {allowed}"
    return frozenset(chosen), None


def _match_choice(text: str, list_key: str) -> str | None:
    return _loose_options(list_key).get(_loose(text))


@functools.cache
def _loose_options(list_key: str) -> dict[str, str]:
    return {_loose(option): option for option in reversed(LISTS[list_key])}


_NOT_ALNUM_RE = re.compile(r"[^a-z0-9]+")


def _loose(text: str) -> str:
    return _NOT_ALNUM_RE.sub(" ", text.lower().replace("–", "-")).strip()


def parse_benchmarks(raw: Any) -> Parsed:
    text = clean_text(raw)
    if not text:
        return None, None
    numbers = re.findall(r"\d+", text)
    leftovers = re.sub(r"\d+|gatsby|benchmarks?|gb|bm|and|[\s,;/&]", "", text.lower())
    chosen = frozenset(int(n) for n in numbers)
    if leftovers or not chosen or not chosen <= set(range(1, 9)):
        return None, f"{quoted(text)} is not a list of benchmark numbers from 1 to 8, for example 1, 4"
    return chosen, None


def parse_ids(raw: Any) -> Parsed:
    text = clean_text(raw)
    if not text:
        return None, None
    ids = tuple(dict.fromkeys(part.upper() for part in re.split(r"[,;\s]+", text) if part))
    return ids, None


def parse_email(raw: Any) -> Parsed:
    text = clean_text(raw)
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:"):]
    return (text or None), None


def parse_phone(raw: Any) -> Parsed:
    text = clean_text(raw)
    # Excel drops the leading zero of a phone number typed into a number cell (01632960123 becomes
    # 1632960123), and a later re-save may turn that number into text; UK numbers have 0 and ten digits.
    if len(text) == 10 and text.isdigit() and text[0] != "0":
        text = "0" + text
    return (text or None), None


def parse_url(raw: Any) -> Parsed:
    text = clean_text(raw)
    return (text or None), None


@functools.cache
def parser_for(kind: Kind, choices: str | None, epoch: dt.datetime | None) -> Callable[[Any], Parsed]:
    """The parser for one field of the schema (cached: the reader asks once per cell)."""
    parsers: dict[Kind, Callable[[Any], Parsed]] = {
        Kind.TEXT: parse_text,
        Kind.LONG_TEXT: parse_text,
        Kind.DATE: lambda raw: parse_date(raw, epoch),
        Kind.YES_NO: parse_yes_no,
        Kind.WHOLE_NUMBER: lambda raw: parse_number(raw, whole=True),
        Kind.MONEY: lambda raw: parse_number(raw, whole=False),
        Kind.PERCENT: parse_percent,
        Kind.YEAR_GROUPS: parse_year_groups,
        Kind.CHOICE: lambda raw: parse_choice(raw, choices or ""),
        Kind.CHOICES: lambda raw: parse_choices(raw, choices or ""),
        Kind.BENCHMARKS: parse_benchmarks,
        Kind.IDS: parse_ids,
        Kind.EMAIL: parse_email,
        Kind.PHONE: parse_phone,
        Kind.URL: parse_url,
    }
    return parsers[kind]


def loose_header(text: Any) -> str:
    """Header text compared loosely: case, spacing and punctuation do not matter."""
    return _loose(clean_text(text))
