"""Findings and the report: plain data that every output (text, JSON, Markdown, documents) renders from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """must = statute; expect = a benchmark or statutory-guidance "should"; good = good practice."""

    MUST = "must"
    EXPECT = "expect"
    GOOD = "good"

    @property
    def rank(self) -> int:
        return {"must": 0, "expect": 1, "good": 2}[self.value]


class Status(StrEnum):
    """Compass's words for how far a part, or Benchmark 1 as a whole, is met."""

    ACHIEVED = "achieved"
    IN_PROGRESS = "in_progress"
    NOT_ACHIEVED = "not_achieved"
    NOT_APPLICABLE = "not_applicable"

    @property
    def words(self) -> str:
        return {"achieved": "Achieved", "in_progress": "In progress", "not_achieved": "Not achieved",
                "not_applicable": "Not applicable"}[self.value]


@dataclass(frozen=True)
class Finding:
    """One gap: which rule, how serious, where in the workbook, and how to fix it."""

    rule: str
    severity: Severity
    part: str
    message: str
    fix: str
    sheet: str
    cell: str

    @property
    def ref(self) -> str:
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet


@dataclass(frozen=True)
class RuleOutcome:
    """Whether one rule was met, not met, or does not apply (with the reason)."""

    rule: str
    part: str
    outcome: str  # "met", "not_met" or "not_applicable"
    reason: str = ""


@dataclass(frozen=True)
class PartResult:
    """One part of the check (S1 leadership and backing, ... PAL provider access)."""

    id: str
    title: str
    status: Status
    met: int
    total: int
    reason: str = ""  # why the part does not apply, when status is not_applicable


@dataclass(frozen=True)
class Report:
    """The result of checking one workbook on one date."""

    school_name: str
    institution_type: str
    workbook: str
    as_of: dt.date
    parts: tuple[PartResult, ...]
    benchmark1_status: Status
    findings: tuple[Finding, ...]
    outcomes: tuple[RuleOutcome, ...] = field(default=())

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity is severity)

    def part(self, part_id: str) -> PartResult:
        """The result for one part, by id (S1 ... SEND)."""
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(part_id)

    def fails(self, fail_on: str) -> bool:
        """True when any finding is at or above fail_on ("must", "expect", "good"; "never" never fails)."""
        if fail_on == "never":
            return False
        threshold = Severity(fail_on).rank
        return any(finding.severity.rank <= threshold for finding in self.findings)
