"""b1docs audit-site: check a published careers page for the statutory items and audience sections."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer

from b1docs.cli.app import app, as_of_date, friendly_errors, write_text_output


@app.command("audit-site")
@friendly_errors
def audit_site(
    page: Annotated[str, typer.Argument(help="A saved careers web page (.html) or its web address (https://...).")],
    send: Annotated[bool, typer.Option(
        "--send", help="Also look for the SEND items: links to the SEN information report and the Local "
                       "Offer, and how the programme is adapted.")] = False,
    workbook: Annotated[Path | None, typer.Option(
        "--workbook", help="The careers workbook, to check that the page matches it.")] = None,
    format: Annotated[Literal["text", "json", "markdown"], typer.Option(
        "--format", help="text, json or markdown.")] = "text",
    fail_on: Annotated[Literal["must", "expect", "good", "never"], typer.Option(
        "--fail-on", help="Exit with 1 when a finding is this serious or more: must, expect, good or never.")]
    = "must",
    output: Annotated[Path | None, typer.Option("--output", help="Write the report to this file.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace the --output file if it exists.")] = False,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Check as on this date (YYYY-MM-DD). Default: today.")] = None,
) -> None:
    """Check a careers web page for the items schools must publish, and each audience's section.

    Each item is reported as found, missing or unclear, with the text that was found. Only the one
    page is read: no images, scripts or linked pages.

    Example: b1docs audit-site https://www.example.sch.uk/careers --workbook careers.xlsx

    Exit codes: 0 nothing at or above --fail-on; 1 something is; 2 the page or workbook could not be read.
    """
    from b1docs.web.audit import audit_page
    from b1docs.web.fetch import read_page
    from b1docs.web.report import audit_to_dict, audit_to_markdown, audit_to_text, fails
    from b1docs.workbook.reader import load_workbook

    today = as_of_date(as_of)
    model = load_workbook(workbook) if workbook is not None else None
    fetched = read_page(page)
    audit = audit_page(fetched.html, page=fetched.source, as_of=today,
                       send=send, workbook=model)
    if format == "json":
        text = json.dumps(audit_to_dict(audit), indent=2, ensure_ascii=False)
    elif format == "markdown":
        text = audit_to_markdown(audit)
    else:
        text = audit_to_text(audit)
    write_text_output(text, output, force)
    raise typer.Exit(1 if fails(audit, fail_on) else 0)
