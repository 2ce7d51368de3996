"""docs/rules.md, generated from the registry so the catalogue cannot drift from the code.

Regenerate with: python -m b1docs.benchmark.catalogue > docs/rules.md
"""

from __future__ import annotations

import sys

from b1docs.benchmark.registry import BENCHMARK_PARTS, PARTS, RULES

_INTRO = """\
# The rules b1docs checks

Generated from `b1docs/benchmark/registry.py` by `python -m b1docs.benchmark.catalogue > docs/rules.md`.
Do not edit by hand: a test fails when this page and the registry disagree.

{count} rules in {parts} parts. Each finding names the rule, the sheet and cell to change, and how to fix it.

**Severity**

- **must**: required by law (statute or regulations: "must" in the statutory guidance).
- **expect**: Gatsby Benchmark 1, a statutory-guidance "should", or a Compass (the Careers and Enterprise
  Company's self-evaluation) criterion.
- **good**: good practice from the Careers and Enterprise Company (CEC), careers hubs or The Key.

Some rules change severity with the school. Website items are required by law of maintained schools and
expected of academies and colleges (an academy's duty comes from its funding agreement). The provider access
policy address stays "must" for academies, because the provider access duty itself covers them.

**Which rules apply.** The institution type and year groups on the School sheet decide. Provider access does
not apply to FE or sixth-form colleges; key phase 3 applies only with a sixth form; the SEND part applies to
special schools and to schools with pupils who have an education, health and care (EHC) plan. A rule that does
not apply is reported as not applicable, with the reason.

**Status of a part.** Like Compass's "areas met out of total": met and total count the part's applicable
must and expect rules. Good-practice rules give findings but do not change a status. A part is achieved when
every counted rule is met, not achieved when none is, in progress otherwise. The DATA part (what b1docs could
not read, and the scope answers) is not part of Benchmark 1.

Sources marked (secondary) paraphrase the Department for Education (DfE) or Gatsby rather than quote them;
shared/domain/benchmark1-rules.md lists what is not yet confirmed against the statutory guidance.
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def catalogue_markdown() -> str:
    """The rule catalogue as Markdown: one table per part, every rule with id, title, severity, source."""
    lines = [_INTRO.format(count=len(RULES), parts=len(PARTS))]
    for part in (*BENCHMARK_PARTS, "DATA"):
        rules = [rule for rule in RULES.values() if rule.part == part]
        lines += [f"## {part}: {PARTS[part]}", "", "| Rule | Title | Severity | What it checks | Source |",
                  "| --- | --- | --- | --- | --- |"]
        lines += [f"| `{r.id}` | {_cell(r.title)} | {r.severity.value} | {_cell(r.description)} | {_cell(r.source)} |"
                  for r in rules]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(catalogue_markdown())
