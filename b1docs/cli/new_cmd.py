"""b1docs new: write the blank standard workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from b1docs.cli.app import app, friendly_errors


@app.command("new")
@friendly_errors
def new(
    path: Annotated[Path, typer.Argument(help="Where to save the blank workbook, for example careers.xlsx.")],
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it already exists.")] = False,
) -> None:
    """Write a blank careers workbook to fill in.

    Example: b1docs new oakfield-careers.xlsx
    """
    from b1docs.workbook.writer import write_blank_workbook

    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    write_blank_workbook(path, force=force)
    typer.echo(f"Wrote a blank careers workbook to {path}. Fill it in, then run: b1docs check {path}")
