"""b1docs inspect: show what b1docs read from a workbook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer

from b1docs.cli.app import app, friendly_errors


@app.command("inspect")
@friendly_errors
def inspect(
    workbook: Annotated[Path, typer.Argument(help="The careers workbook (.xlsx).")],
    format: Annotated[Literal["text", "json"], typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show every value b1docs read, with its cell, and any data it could not understand.

    Example: b1docs inspect careers.xlsx --format json
    """
    from b1docs.workbook.export import workbook_to_dict, workbook_to_text
    from b1docs.workbook.reader import load_workbook

    model = load_workbook(workbook)
    if format == "json":
        typer.echo(json.dumps(workbook_to_dict(model), indent=2, ensure_ascii=False))
    else:
        typer.echo(workbook_to_text(model))
