"""Reading values from workbook records for the template context: text is never None."""

from __future__ import annotations

from typing import Any

from b1docs.render.text import clean
from b1docs.workbook.model import Record
from b1docs.workbook.schema import LISTS

TERM_ORDER = {term: index for index, term in enumerate(LISTS["terms"])}


def text_at(record: Record, key: str) -> str:
    """A field as document text: "" when blank."""
    return clean(record.values[key].value) if key in record.values else ""


def value_at(record: Record, key: str) -> Any:
    """A field's typed value, or None."""
    return record.values[key].value if key in record.values else None


def years_for(value: Any, years: frozenset[int]) -> list[int]:
    """The year groups a row names, limited to those the school teaches ("All" means the school's years)."""
    named = set(value or ())
    return sorted(named & years) if years else sorted(named)


def term_key(row: Record) -> int:
    """Sort key putting rows in the school year's order of terms; rows with no term go last."""
    return TERM_ORDER.get(value_at(row, "term") or "", len(TERM_ORDER))
