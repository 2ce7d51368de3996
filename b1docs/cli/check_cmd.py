"""b1docs check: check a workbook against Benchmark 1 and the statutory duties."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from b1docs.cli.app import EXIT_CODES_HELP, app, as_of_date, friendly_errors, write_text_output
from b1docs.errors import EXIT_FINDINGS, EXIT_OK


@app.command("check", epilog=EXIT_CODES_HELP)
@friendly_errors
def check(
    workbook: Annotated[Path, typer.Argument(help="The careers workbook (.xlsx).")],
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Check as on this date (YYYY-MM-DD). Default: today.")] = None,
    format: Annotated[Literal["text", "json", "markdown"], typer.Option(
        "--format", help="text for the terminal, json for other tools, markdown to paste into an email.")] = "text",
    fail_on: Annotated[Literal["must", "expect", "good", "never"], typer.Option(
        "--fail-on", help="Exit with 1 when any gap is this serious or more: must (required by law), expect, "
        "good, or never.")] = "must",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write the report to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --output file if it exists.")] = False,
) -> None:
    """Check a careers workbook against Gatsby Benchmark 1 and the statutory duties.

    Every gap names the sheet and cell to change and says how to fix it.

    Example: b1docs check oakfield-careers.xlsx --format markdown --output check.md

    Exit codes: 0 no gap at or above --fail-on; 1 gaps found; 2 the workbook could not be read or the
    options were wrong.
    """
    from b1docs.benchmark import run_check
    from b1docs.benchmark.formats import report_to_dict, report_to_markdown, report_to_text, use_colour
    from b1docs.workbook.reader import load_workbook

    date = as_of_date(as_of)
    report = run_check(load_workbook(workbook), date)
    if format == "json":
        text = json.dumps(report_to_dict(report), indent=2, ensure_ascii=False)
    elif format == "markdown":
        text = report_to_markdown(report)
    else:
        text = report_to_text(report, colour=output is None and use_colour(sys.stdout))
    write_text_output(text, output, force)
    raise typer.Exit(EXIT_FINDINGS if report.fails(fail_on) else EXIT_OK)
