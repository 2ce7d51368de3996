"""b1docs templates export / check: copy the default Word templates, and check edited ones."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from b1docs.cli.app import EXIT_CODES_HELP, friendly_errors, templates_app

CHECK_EXIT_HELP = "Exit codes: 0 the templates are fine; 1 a problem was found; 2 the folder cannot be read."


@templates_app.command("export", epilog=EXIT_CODES_HELP)
@friendly_errors
def export(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="The folder to copy the templates into.")],
    force: Annotated[bool, typer.Option("--force", help="Replace templates already in the folder.")] = False,
) -> None:
    """Copy the three default Word templates into DIR, to edit in Word.

    Then check them with b1docs templates check DIR and use them with b1docs build --templates DIR.

    Example: b1docs templates export my-templates
    """
    from b1docs.render.templates_io import export_templates

    for path in export_templates(folder, force=force):
        typer.echo(f"Wrote {path}")
    typer.echo(f"Edit them in Word, then run: b1docs templates check {folder}")


@templates_app.command("check", epilog=CHECK_EXIT_HELP)
@friendly_errors
def check(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="The folder of edited templates.")],
) -> None:
    """Check edited templates in DIR: broken tags, names b1docs does not know, and tags the sandbox refuses.

    Prints one line for each problem, with the words around it so you can find it in Word.

    Example: b1docs templates check my-templates
    """
    from b1docs.render.checker import check_folder

    problems, notes = check_folder(folder)
    for note in notes:
        typer.echo(f"Note: {note}")
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        typer.echo(f"{len(problems)} problem(s) found. See docs/templates.md for the names templates can use.")
        raise typer.Exit(1)
    typer.echo("The templates are fine.")
