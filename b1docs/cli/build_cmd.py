"""b1docs build: check a workbook and write the school's Word documents."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from b1docs.cli.app import app, as_of_date, friendly_errors

BUILD_EXIT_HELP = ("Exit codes: 0 the documents were written (also when the check found gaps); 2 a file could not "
                   "be read or written, a template is broken, or the command was used wrongly; 3 an unexpected "
                   "error in b1docs.")


@app.command("build", epilog=BUILD_EXIT_HELP)
@friendly_errors
def build(
    workbook: Annotated[Path, typer.Argument(metavar="WORKBOOK", help="The careers workbook (.xlsx).")],
    out: Annotated[Path, typer.Option(
        "--out", metavar="DIR", help="The folder to write the documents to (made if missing). Default: the "
        "current folder.", show_default=False)] = Path("."),
    only: Annotated[str | None, typer.Option(
        "--only", metavar="plan,guide,policy", help="Write only some documents, for example plan,guide. Default: "
        "all three; the provider access policy is left out (with a note) for colleges, where the duty does not "
        "apply.")] = None,
    templates: Annotated[Path | None, typer.Option(
        "--templates", metavar="DIR", help="A folder of edited templates (see b1docs templates export). A "
        "template missing from it is replaced by the default one.")] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Also save a PDF of each document (needs LibreOffice).")]
    = False,
    force: Annotated[bool, typer.Option("--force", help="Replace documents that already exist.")] = False,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Check and date the documents as on this day (YYYY-MM-DD); it also "
        "sets the academic year in the file names. Default: today.")] = None,
) -> None:
    """Check WORKBOOK, then write the strategic careers plan, the guide for parents and carers and the
    provider access policy statement as Word documents.

    The documents are written even when the check finds gaps: the plan lists them. Files are named from
    the school and the academic year, for example oakfield-academy-strategic-careers-plan-2026-27.docx.
    Existing files are never replaced without --force.

    Example: b1docs build oakfield-careers.xlsx --out documents --pdf
    """
    from b1docs.benchmark import run_check
    from b1docs.benchmark.formats import summary_lines
    from b1docs.render import TemplateSet, build_documents, parse_only
    from b1docs.workbook.reader import load_workbook

    day = as_of_date(as_of)
    keys = parse_only(only)
    template_set = TemplateSet.load(templates)  # before reading: a broken template fails fast
    model = load_workbook(workbook)
    report = run_check(model, day)
    for line in summary_lines(report):
        typer.echo(line)
    built = build_documents(model, report, out, only=keys, template_set=template_set, force=force, as_of=day,
                            pdf=pdf)
    for note in built.notes:
        typer.echo(f"Note: {note}")
    for path in built.paths:
        typer.echo(f"Wrote {path}")

