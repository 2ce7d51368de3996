"""Run every rule over a workbook and build the Report. Pure: the same workbook and date give the same report.

How the report counts (documented in docs/check-json.md):
- A rule that does not apply to this school is `not_applicable` with the reason. Whole parts do not apply
  when their duty does not (provider access for colleges; SEND for schools that are not special and have no
  pupils with EHC plans).
- A part's `met` and `total` count its applicable must and expect rules, like Compass's "areas met out of
  total". Good-practice rules still give findings but do not change a part's status: Compass does not score them.
- A part is achieved when every counted rule is met, not achieved when none is, in progress otherwise.
  Benchmark 1 is achieved when every applicable part is, not achieved when none has any rule met.
- Part DATA (what the reader could not understand, and the scope answers) is reported in findings but is not
  a part of Benchmark 1.
"""

from __future__ import annotations

import datetime as dt
import re

from b1docs.benchmark.context import Context, NotApplicable
from b1docs.benchmark.findings import Finding, PartResult, Report, RuleOutcome, Severity, Status
from b1docs.benchmark.registry import BENCHMARK_PARTS, PARTS, RULES, Rule
from b1docs.workbook.model import CareersWorkbook
from b1docs.workbook.schema import SHEETS

_SHEET_ORDER = {sheet.title: index for index, sheet in enumerate(SHEETS)}
COUNTED = frozenset({Severity.MUST, Severity.EXPECT})


def run_check(workbook: CareersWorkbook, as_of: dt.date) -> Report:
    """Check a workbook against Benchmark 1 and the statutory duties on the date as_of."""
    ctx = Context(workbook, as_of)
    part_reasons = {"PAL": ctx.scope.pal_reason, "SEND": ctx.scope.send_reason}
    findings: list[Finding] = []
    outcomes: list[RuleOutcome] = []
    for rule in RULES.values():
        reason = part_reasons.get(rule.part)
        result = NotApplicable(reason) if reason else rule.func(ctx)
        if isinstance(result, NotApplicable):
            outcomes.append(RuleOutcome(rule.id, rule.part, "not_applicable", result.reason))
            continue
        outcomes.append(RuleOutcome(rule.id, rule.part, "not_met" if result else "met"))
        findings += [Finding(rule.id, gap.severity or rule.severity, rule.part, gap.message, gap.fix, gap.sheet,
                             gap.cell) for gap in result]
    parts = tuple(_part(part, outcomes, part_reasons.get(part)) for part in BENCHMARK_PARTS)
    return Report(
        school_name=workbook.school.name.text(),
        institution_type=workbook.institution_type,
        workbook=str(workbook.path),
        as_of=as_of,
        parts=parts,
        benchmark1_status=overall_status(parts),
        findings=tuple(sorted(findings, key=finding_order)),
        outcomes=tuple(outcomes),
    )


def _part(part: str, outcomes: list[RuleOutcome], reason: str | None) -> PartResult:
    counted = [o for o in outcomes if o.part == part and o.outcome != "not_applicable"
               and _rule(o.rule).severity in COUNTED]
    if not counted:
        return PartResult(part, PARTS[part], Status.NOT_APPLICABLE, 0, 0,
                          reason or "None of this part's rules applies to this school.")
    met = sum(1 for o in counted if o.outcome == "met")
    status = (Status.ACHIEVED if met == len(counted) else Status.NOT_ACHIEVED if met == 0
              else Status.IN_PROGRESS)
    return PartResult(part, PARTS[part], status, met, len(counted))


def _rule(rule_id: str) -> Rule:
    return RULES[rule_id]


def overall_status(parts: tuple[PartResult, ...]) -> Status:
    """Benchmark 1 as a whole, from the parts that apply."""
    statuses = [part.status for part in parts if part.status is not Status.NOT_APPLICABLE]
    if not statuses:
        return Status.NOT_APPLICABLE
    if all(status is Status.ACHIEVED for status in statuses):
        return Status.ACHIEVED
    if all(status is Status.NOT_ACHIEVED for status in statuses):
        return Status.NOT_ACHIEVED
    return Status.IN_PROGRESS


def cell_position(cell: str) -> tuple[int, int]:
    """"D14" -> (14, 4): row first, so findings read down the sheet."""
    match = re.fullmatch(r"([A-Z]+)(\d+)", cell or "")
    if not match:
        return (0, 0)
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return (int(match.group(2)), column)


def finding_order(finding: Finding) -> tuple[int, int, tuple[int, int], str]:
    """Severity first, then the workbook's sheet order, then down and across the sheet."""
    return (finding.severity.rank, _SHEET_ORDER.get(finding.sheet, len(_SHEET_ORDER)), cell_position(finding.cell),
            finding.rule)
