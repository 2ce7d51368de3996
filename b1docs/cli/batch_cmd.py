"""b1docs batch: check and build every school's workbook in a folder, and summarise them in one spreadsheet."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from b1docs.cli.app import EXIT_CODES_HELP, app, as_of_date, friendly_errors, usage_error


@app.command("batch", epilog=EXIT_CODES_HELP)
@friendly_errors
def batch(
    folder: Annotated[Path, typer.Argument(
        metavar="FOLDER", help="The folder holding the schools' workbooks (subfolders too).")],
    out: Annotated[Path, typer.Option(
        "--out", metavar="DIR", help="Where to write each school's folder and the summary.")],
    workers: Annotated[int | None, typer.Option(
        "--workers", metavar="N", help="How many schools to build at once. Default: the number of processor "
        "cores.")] = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="Check as on this date (YYYY-MM-DD). Default: today.")] = None,
    pdf: Annotated[bool, typer.Option("--pdf", help="Also save each document as PDF (needs LibreOffice).")]
    = False,
    only: Annotated[str | None, typer.Option(
        "--only", metavar="plan,guide,policy", help="Build only some documents, for example plan,guide. "
        "Default: all three.")] = None,
    fail_on: Annotated[Literal["must", "expect", "good", "never"], typer.Option(
        "--fail-on", help="Exit with code 1 when any school has findings this serious or worse: must, expect, "
        "good, or never (then only schools that could not be checked count).")] = "must",
    templates: Annotated[Path | None, typer.Option(
        "--templates", metavar="DIR", help="Use the Word templates in this folder (see b1docs templates export) "
        "instead of the built-in ones.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an earlier summary and earlier documents.")]
    = False,
) -> None:
    """Check and build every workbook in FOLDER, one output folder per school, plus summary.xlsx and summary.csv.

    Lock files (~$name.xlsx) and hidden files are skipped. A workbook that cannot be read is reported and
    the others carry on. Exit code 1 when a school could not be checked or has findings at or above
    --fail-on; 2 when the folder, the options or the output folder are wrong.

    Example: b1docs batch trust-workbooks --out trust-results --as-of 2026-12-01
    """
    from b1docs.batch import BatchOptions, run_batch

    if workers is not None and workers < 1:
        raise usage_error("--workers must be 1 or more, for example --workers 2")
    from b1docs.render import parse_only

    selected = parse_only(only)
    options = BatchOptions(as_of=as_of_date(as_of), only=tuple(selected) if selected else None, pdf=pdf,
                           templates=templates)
    with _ProgressBar() as bar:
        result = run_batch(folder, out, options, workers=workers, force=force, progress=bar.update)
    for school in result.failed:
        typer.echo(f"b1docs: {school.file}: {school.error}", err=True)
    typer.echo(_closing_lines(result, fail_on))
    raise typer.Exit(result.exit_code(fail_on))




def _closing_lines(result: Any, fail_on: str) -> str:
    schools = result.schools
    built = sum(1 for school in schools if school.folder)
    statuses: dict[str, int] = {}
    for school in schools:
        if school.benchmark1_status:
            statuses[school.benchmark1_status] = statuses.get(school.benchmark1_status, 0) + 1
    words = {"achieved": "achieved", "in_progress": "in progress", "not_achieved": "not achieved",
             "not_applicable": "not applicable"}
    failed = len(result.failed)
    lines = [f"Checked {len(schools)} workbook{'s' if len(schools) != 1 else ''} ({result.workers} at a time): "
             f"documents written for {built}"
             + (f"; {failed} with an error (see the Error column of the summary)." if failed else ".")]
    if statuses:
        lines.append("Benchmark 1: " + ", ".join(f"{statuses[key]} {words[key]}" for key in words if key in statuses)
                     + ".")
    if fail_on != "never":
        flagged = len(result.flagged(fail_on))
        lines.append(f"{flagged} school{' has' if flagged == 1 else 's have'} findings at or above '{fail_on}'.")
    lines.append(f"Summary: {result.summary_xlsx} and {result.summary_csv}")
    return "\n".join(lines)


class _ProgressBar:
    """A rich progress bar on stderr when a person is watching a terminal; nothing otherwise.

    The bar starts on the first update, which the batch sends only after its worker processes exist:
    rich draws from a thread, and starting worker processes by fork while a thread runs is unsafe.
    """

    def __init__(self) -> None:
        self.enabled = _wants_bar()
        self.progress: Any = None
        self.task: Any = None

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.stop()

    def update(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.progress is None:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.progress = Progress(TextColumn("Building schools"), BarColumn(), MofNCompleteColumn(),
                                     TimeRemainingColumn(), console=Console(stderr=True), transient=True)
            self.progress.start()
            self.task = self.progress.add_task("batch", total=total)
        self.progress.update(self.task, completed=done, total=total)


def _wants_bar() -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stderr.isatty()
