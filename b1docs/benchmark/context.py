"""What every rule receives (the workbook, the date and the school's scope) and what it gives back (gaps).

Rules are pure functions `rule(ctx) -> list[Gap] | NotApplicable`. A Gap is a finding without its rule
metadata: the runner adds the rule id, part and default severity from the registry, so a rule only says
what is wrong, where, and how to fix it.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from b1docs.benchmark.findings import Severity
from b1docs.workbook.model import CareersWorkbook, Table, Value

# When each term on the Programme sheet is over, as (month, day) in the school year; half-term dates vary a
# little between schools, so these are the latest usual dates. "All year" runs to the end of August.
TERM_ENDS = {
    "Autumn 1": (10, 31), "Autumn 2": (12, 31), "Autumn": (12, 31),
    "Spring 1": (2, 28), "Spring 2": (4, 30), "Spring": (4, 30),
    "Summer 1": (5, 31), "Summer 2": (8, 31), "Summer": (8, 31), "All year": (8, 31),
}
COLLEGES = frozenset({"FE college", "Sixth-form college"})
SPECIAL = "Special school"
SIXTH_FORM_YEARS = frozenset({12, 13})
# The careers guidance duty covers Years 7 to 13 (and learners to 25 with an EHC plan, taught as Year 14 on).
DUTY_YEARS = frozenset(range(7, 15))


@dataclass(frozen=True)
class Gap:
    """One thing a rule found missing or wrong, at one cell. severity overrides the rule's default."""

    message: str
    fix: str
    sheet: str
    cell: str
    severity: Severity | None = None


@dataclass(frozen=True)
class NotApplicable:
    """The rule does not apply to this school; reason says why, in plain English."""

    reason: str


RuleResult = list[Gap] | NotApplicable


def gap_at(value: Value, message: str, fix: str, severity: Severity | None = None) -> Gap:
    """A gap pointing at the cell a value came from."""
    return Gap(message, fix, value.sheet, value.cell, severity)


def gap_new_row(table: Table, key: str, message: str, fix: str, severity: Severity | None = None) -> Gap:
    """A gap pointing at the cell where a missing row should be added."""
    return Gap(message, fix, table.sheet.title, table.first_empty_cell(key), severity)


@dataclass(frozen=True)
class Scope:
    """The facts that decide which duties apply (benchmark1-rules.md A1): type, years, academy, EHC plans."""

    institution_type: str
    years: frozenset[int]  # year groups on roll; empty when the workbook does not say
    is_academy: bool | None
    ehcp_pupils: int | None

    @classmethod
    def of(cls, workbook: CareersWorkbook) -> Scope:
        return cls(workbook.institution_type, workbook.school_years, workbook.school.is_academy.value,
                   workbook.school.ehcp_pupils.value)

    @property
    def is_college(self) -> bool:
        return self.institution_type in COLLEGES

    @property
    def is_special(self) -> bool:
        return self.institution_type == SPECIAL

    @property
    def has_sixth_form(self) -> bool:
        # Unknown year groups count as "has": a missing answer should not switch a duty off.
        return not self.years or bool(self.years & SIXTH_FORM_YEARS)

    @property
    def duty_years(self) -> frozenset[int]:
        """The year groups on roll that the careers duty covers (a middle school's Years 5 and 6 are not)."""
        return self.years & DUTY_YEARS

    def has_any(self, years: frozenset[int]) -> bool:
        return not self.years or bool(self.years & years)

    @property
    def pal_reason(self) -> str | None:
        """Why the provider access duty does not apply, or None when it does."""
        if self.is_college:
            article = {"FE college": "a further education (FE) college"}.get(self.institution_type,
                                                                            "a sixth-form college")
            return (f"The provider access duty (section 42B of the Education Act 1997) applies to schools, "
                    f"not to {article}.")
        return None

    @property
    def send_reason(self) -> str | None:
        """Why the SEND rules do not apply, or None when they do."""
        if self.is_special or (self.ehcp_pupils or 0) > 0:
            return None
        return ("The school is not a special school and has no pupils with an education, health and care (EHC) "
                "plan.")

    @property
    def publishing_severity(self) -> Severity:
        """Website items are statutory for maintained schools; academies and colleges are expected to publish."""
        # benchmark1-rules.md part D: academies' duty comes from the funding agreement, so EXPECT.
        if self.is_academy or self.is_college:
            return Severity.EXPECT
        return Severity.MUST

    @property
    def publishing_words(self) -> str:
        return "required by law" if self.publishing_severity is Severity.MUST else "expected"


@dataclass(frozen=True)
class Context:
    """Everything a rule may look at."""

    workbook: CareersWorkbook
    as_of: dt.date

    @cached_property
    def scope(self) -> Scope:
        return Scope.of(self.workbook)

    @cached_property
    def problem_cells(self) -> frozenset[tuple[str, str]]:
        """Cells the reader could not understand; rules say "could not be read" rather than "blank" there."""
        return frozenset((problem.sheet, problem.cell) for problem in self.workbook.problems)

    def unreadable(self, value: Value) -> bool:
        return (value.sheet, value.cell) in self.problem_cells

    def blank_words(self, value: Value) -> str:
        """How to say a value is missing: blank, or typed in a way b1docs could not read."""
        return "b1docs could not read what is typed there" if self.unreadable(value) else "not filled in"

    # Dates -----------------------------------------------------------------------------------------

    def is_future(self, date: dt.date) -> bool:
        return date > self.as_of

    def within_months(self, date: dt.date, months: int) -> bool:
        """True when date is no more than `months` months before as_of (and not after it)."""
        return months_before(self.as_of, months) <= date <= self.as_of

    @cached_property
    def academic_year(self) -> tuple[dt.date, dt.date]:
        """The school year containing as_of: 1 September to 31 August."""
        start_year = self.as_of.year if self.as_of.month >= 9 else self.as_of.year - 1
        return dt.date(start_year, 9, 1), dt.date(start_year + 1, 8, 31)

    def in_academic_year(self, date: dt.date) -> bool:
        start, end = self.academic_year
        return start <= date <= end

    def term_end(self, term: object) -> dt.date | None:
        """The last day of a Programme-sheet term in this school year; None for text that is not a term."""
        if term not in TERM_ENDS:
            return None
        month, day = TERM_ENDS[term]  # type: ignore[index]
        start, _ = self.academic_year
        return dt.date(start.year if month >= 9 else start.year + 1, month, day)

    @property
    def academic_year_words(self) -> str:
        start, end = self.academic_year
        return f"{start.year}-{str(end.year)[2:]}"


def months_before(date: dt.date, months: int) -> dt.date:
    """The same day `months` months earlier (later when negative), clipped to the month's end (29 Feb -> 28 Feb)."""
    total = date.year * 12 + date.month - 1 - months
    year, month = divmod(total, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def words(date: dt.date) -> str:
    """A date as a teacher writes it: 14 March 2025."""
    return f"{date.day} {date.strftime('%B %Y')}"


# Shared checks -------------------------------------------------------------------------------------------


def missing(ctx: Context, value: Value, what: str, fix: str, severity: Severity | None = None) -> list[Gap]:
    """A gap when value is blank (or could not be read); none when it is filled in."""
    if value:
        return []
    return [gap_at(value, f"{what}: {ctx.blank_words(value)}.", fix, severity)]


def past_date(ctx: Context, value: Value, what: str, fix: str, *, months: int | None = None,
              severity: Severity | None = None) -> list[Gap]:
    """A date that should have happened: present, not in the future and, if months, no older than that."""
    if not value:
        return missing(ctx, value, what, fix, severity)
    date = value.value
    if ctx.is_future(date):
        return [gap_at(value, f"{what} is {words(date)}, which is after {words(ctx.as_of)}: it should be a date "
                       "that has already happened.", "Check the year, or type the date it actually happened.",
                       severity)]
    if months is not None and not ctx.within_months(date, months):
        span = "12 months" if months == 12 else f"{months // 12} years" if months % 12 == 0 else f"{months} months"
        return [gap_at(value, f"{what} is {words(date)}, more than {span} before {words(ctx.as_of)}.", fix,
                       severity)]
    return []


def future_date(ctx: Context, value: Value, what: str, fix: str, severity: Severity | None = None) -> list[Gap]:
    """A date that should still be to come: present and after as_of."""
    if not value:
        return missing(ctx, value, what, fix, severity)
    date = value.value
    if not ctx.is_future(date):
        return [gap_at(value, f"{what} is {words(date)}, which has already passed.", fix, severity)]
    return []
