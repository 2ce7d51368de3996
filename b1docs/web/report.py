"""The website audit as JSON, plain text and Markdown, all rendered from one SiteAudit.

The JSON keys are documented in docs/web.md; change AUDIT_SCHEMA_VERSION when they change.
"""

from __future__ import annotations

from typing import Any

from b1docs.benchmark.findings import Severity
from b1docs.web.audit import AUDIT_SCHEMA_VERSION, SiteAudit
from b1docs.web.items import AUDIENCES, MATCH, SEND, STATUTORY
from b1docs.workbook.model import format_value

_STATUS_WORDS = {"found": "Found", "missing": "MISSING", "unclear": "Unclear", "not_applicable": "Does not apply"}
_PARTS = (STATUTORY, AUDIENCES, SEND)


def fails(audit: SiteAudit, fail_on: str) -> bool:
    """True when a finding is at or above fail_on (must, expect, good); never for 'never'."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return any(finding.severity.rank <= threshold for finding in audit.findings)


def audit_to_dict(audit: SiteAudit) -> dict[str, Any]:
    return {
        "schema_version": AUDIT_SCHEMA_VERSION,
        "page": audit.page,
        "as_of": audit.as_of.isoformat(),
        "send": audit.send,
        "workbook": audit.workbook,
        "school": {"name": audit.school_name} if audit.school_name is not None else None,
        "summary": {status: audit.count(status) for status in ("found", "missing", "unclear", "not_applicable")},
        "items": [
            {"id": result.item.id, "title": result.item.title, "part": result.item.part, "rule": result.item.rule,
             "status": result.status, "severity": result.item.severity.value, "evidence": result.evidence,
             "where": result.where, "reason": result.reason}
            for result in audit.items
        ],
        "findings": [
            {"rule": finding.rule, "severity": finding.severity.value, "part": finding.part,
             "message": finding.message, "fix": finding.fix, "sheet": finding.sheet, "cell": finding.cell}
            for finding in audit.findings
        ],
    }


def _heading(audit: SiteAudit) -> str:
    school = f" for {audit.school_name}" if audit.school_name else ""
    return f"Careers page audit{school}: {audit.page} (checked on {format_value(audit.as_of)})"


def _tally(audit: SiteAudit) -> str:
    return (f"{audit.count('found')} found, {audit.count('missing')} missing, {audit.count('unclear')} unclear"
            + (f", {audit.count('not_applicable')} not applicable" if audit.count("not_applicable") else ""))


def audit_to_text(audit: SiteAudit) -> str:
    lines = [_heading(audit), _tally(audit) + "."]
    for part in _PARTS:
        results = [result for result in audit.items if result.item.part == part]
        if not results:
            continue
        lines += ["", part]
        for result in results:
            detail = result.evidence or result.reason
            where = f" ({result.where})" if result.where and result.where not in detail else ""
            lines.append(f"  {_STATUS_WORDS[result.status]:<15}{result.item.title}"
                         + (f": {detail}{where}" if detail else ""))
    counts = {severity: sum(1 for f in audit.findings if f.severity is severity) for severity in Severity}
    lines += ["", f"Gaps: {counts[Severity.MUST]} required by law (must), {counts[Severity.EXPECT]} expected, "
                  f"{counts[Severity.GOOD]} good practice."]
    # Laid out like `b1docs check`: severity, the workbook cell when known, the rule; then message and fix.
    for finding in audit.findings:
        place = f"  {finding.sheet}!{finding.cell}" if finding.cell else ""
        lines += ["", f"{finding.severity.value.upper():<6}{place}  [{finding.rule}]", f"  {finding.message}",
                  f"  Fix: {finding.fix}"]
    lines += ["", "b1docs checks the items the law and Gatsby Benchmark 1 ask for. It is not the Careers & "
                  "Enterprise Company's Website Audit Tool."]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def audit_to_markdown(audit: SiteAudit) -> str:
    lines = [f"# {_heading(audit)}", "", _tally(audit) + "."]
    for part in _PARTS:
        results = [result for result in audit.items if result.item.part == part]
        if not results:
            continue
        lines += ["", f"## {part}", "", "| Item | Status | Evidence |", "| --- | --- | --- |"]
        for result in results:
            detail = result.evidence or result.reason
            lines.append(f"| {_cell(result.item.title)} | {_STATUS_WORDS[result.status]} | {_cell(detail)} |")
    lines += ["", "## To fix", ""]
    if not audit.findings:
        lines.append("Nothing to fix.")
    for finding in audit.findings:
        place = f" (workbook: {finding.sheet}!{finding.cell})" if finding.cell else ""
        lines.append(f"- **{finding.severity.value}**: {_cell(finding.message)} {_cell(finding.fix)}{place}")
    return "\n".join(lines) + "\n"


__all__ = ["MATCH", "audit_to_dict", "audit_to_markdown", "audit_to_text", "fails"]
