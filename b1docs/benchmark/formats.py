"""The report as JSON-ready data, terminal text and Markdown. All three render from the same Report."""

from __future__ import annotations

import os
from typing import Any, TextIO

from b1docs.benchmark.findings import Finding, Report, Severity, Status

REPORT_SCHEMA_VERSION = "1.0"

SEVERITY_WORDS = {
    Severity.MUST: "Must (required by law)",
    Severity.EXPECT: "Expected (Gatsby Benchmark 1 or statutory guidance)",
    Severity.GOOD: "Good practice",
}
_SHORT = {Severity.MUST: "MUST", Severity.EXPECT: "EXPECT", Severity.GOOD: "GOOD"}
_COLOURS = {Severity.MUST: "31", Severity.EXPECT: "33", Severity.GOOD: "36",
            Status.ACHIEVED: "32", Status.IN_PROGRESS: "33", Status.NOT_ACHIEVED: "31", Status.NOT_APPLICABLE: "2"}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data, in the documented, versioned shape of docs/check-json.md."""
    from b1docs import __version__
    from b1docs.benchmark.registry import RULES

    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "generator": f"b1docs {__version__}",
        "school": {"name": report.school_name, "institution_type": report.institution_type},
        "workbook": report.workbook,
        "as_of": report.as_of.isoformat(),
        "benchmark1_status": report.benchmark1_status.value,
        "parts": [{"id": p.id, "title": p.title, "status": p.status.value, "met": p.met, "total": p.total,
                   "reason": p.reason} for p in report.parts],
        "counts": {"must": report.count(Severity.MUST), "expect": report.count(Severity.EXPECT),
                   "good": report.count(Severity.GOOD), "total": len(report.findings)},
        "findings": [{"rule": f.rule, "title": RULES[f.rule].title if f.rule in RULES else f.rule,
                      "severity": f.severity.value, "part": f.part, "message": f.message, "fix": f.fix,
                      "sheet": f.sheet, "cell": f.cell} for f in report.findings],
        "outcomes": [{"rule": o.rule, "part": o.part, "outcome": o.outcome, "reason": o.reason}
                     for o in report.outcomes],
    }


def use_colour(stream: TextIO) -> bool:
    """Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return "NO_COLOR" not in os.environ and hasattr(stream, "isatty") and stream.isatty()


def _paint(text: str, key: Severity | Status, colour: bool) -> str:
    return f"\033[{_COLOURS[key]}m{text}\033[0m" if colour else text


def _heading(report: Report) -> str:
    name = report.school_name or "This school"
    return f"{name}: Gatsby Benchmark 1 check on {report.as_of.day} {report.as_of.strftime('%B %Y')}"


def _counts(report: Report) -> str:
    must, expect, good = (report.count(s) for s in Severity)
    if not report.findings:
        return "No gaps found."
    return f"{must} required by law (must), {expect} expected, {good} good practice."


def summary_lines(report: Report) -> list[str]:
    """Two short lines for commands that check on the way to something else (b1docs build)."""
    parts = [p for p in report.parts if p.status is not Status.NOT_APPLICABLE]
    achieved = sum(1 for p in parts if p.status is Status.ACHIEVED)
    return [f"Benchmark 1: {report.benchmark1_status.words} ({achieved} of {len(parts)} parts achieved).",
            f"Gaps: {_counts(report)}" + (" Run b1docs check for the details." if report.findings else "")]


def report_to_text(report: Report, *, colour: bool = False) -> str:
    """A readable terminal summary: the parts, then each gap with its cell and how to fix it."""
    lines = [_heading(report), "",
             f"Benchmark 1: {_paint(report.benchmark1_status.words, report.benchmark1_status, colour)}", ""]
    width = max(len(p.title) for p in report.parts) + 5
    for part in report.parts:
        label = f"{part.id:<5}{part.title}".ljust(width + 2)
        status = _paint(part.status.words.ljust(16), part.status, colour)
        detail = part.reason if part.status is Status.NOT_APPLICABLE else f"{part.met} of {part.total} met"
        lines.append(f"  {label}{status}{detail}")
    lines += ["", f"Gaps: {_counts(report)}"]
    for finding in report.findings:
        lines += ["", f"{_paint(_SHORT[finding.severity], finding.severity, colour)}  {finding.ref}  "
                  f"[{finding.rule}]", f"  {finding.message}", f"  Fix: {finding.fix}"]
    if report.findings:
        lines += ["", "MUST = required by law; EXPECT = Gatsby Benchmark 1 or statutory guidance; "
                  "GOOD = good practice."]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    # Cell text comes from the workbook; keep it from turning into Markdown formatting.
    return "".join("\\" + char if char in "\\`*_[]<>|#" else char for char in text)


def _md_finding(finding: Finding) -> str:
    return f"- **{_md(finding.ref)}**: {_md(finding.message)} *To fix:* {_md(finding.fix)}"


def report_to_markdown(report: Report) -> str:
    """What a careers leader pastes into an email to senior leaders: status table, then what needs doing."""
    lines = [f"# {_md(_heading(report))}", "",
             f"**Benchmark 1 overall: {report.benchmark1_status.words}.** {_counts(report)}", "",
             "| Part | Status | Areas met |", "| --- | --- | --- |"]
    for part in report.parts:
        met = "" if part.status is Status.NOT_APPLICABLE else f"{part.met} of {part.total}"
        lines.append(f"| {_md(part.title)} | {part.status.words} | {met} |")
    skipped = [p for p in report.parts if p.status is Status.NOT_APPLICABLE]
    if skipped:
        lines += [""] + [f"*{_md(p.title)}* does not apply: {_md(p.reason)}" for p in skipped]
    for severity in Severity:
        found = [f for f in report.findings if f.severity is severity]
        if found:
            lines += ["", f"## {SEVERITY_WORDS[severity]}", ""] + [_md_finding(f) for f in found]
    if not report.findings:
        lines += ["", "Nothing needs doing: every rule b1docs checks is met."]
    lines += ["", "Each place is a sheet and cell of the careers workbook, for example Leadership!B6.",
              "Checked with b1docs; areas met count the rules that are required by law or expected."]
    return "\n".join(lines) + "\n"


def report_schema() -> dict[str, Any]:
    """The JSON Schema of report_to_dict's output (b1docs/benchmark/report-schema.json)."""
    import json
    from importlib.resources import files

    return json.loads(files("b1docs.benchmark").joinpath("report-schema.json").read_text(encoding="utf-8"))
