"""b1docs publish: write the school's careers web page from the workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from b1docs.cli.app import app, as_of_date, friendly_errors


@app.command("publish")
@friendly_errors
def publish(
    workbook: Annotated[Path, typer.Argument(help="The careers workbook (.xlsx).")],
    out: Annotated[Path | None, typer.Option(
        "--out", help="Where to save the page. Default: the school's name followed by -careers.html.")] = None,
    fragment: Annotated[bool, typer.Option(
        "--fragment", help="Write only the page content, to paste into your website editor under its own "
                           "page title.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace the file if it already exists.")] = False,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", metavar="DATE", help="The date published, when the workbook does not give one (YYYY-MM-DD). "
                                        "Default: today.")] = None,
) -> None:
    """Write an accessible careers web page with everything the law asks schools to publish.

    The page is one file with no links to outside styles or scripts. Open it in a browser to check it,
    then upload it or, with --fragment, paste its content into your website editor.

    Example: b1docs publish careers.xlsx --out careers.html

    Exit codes: 0 the page was written (a warning names anything the workbook lacks); 2 the workbook could not
    be read, the page could not be written, or the command was used wrongly.
    """
    from b1docs.files import atomic_write, safe_filename
    from b1docs.web.page import render_page
    from b1docs.workbook.reader import load_workbook

    day = as_of_date(as_of)
    model = load_workbook(workbook)
    page = render_page(model, fragment=fragment, as_of=day)
    if out is None:
        stem = safe_filename(model.school.name.text())
        out = workbook.parent / f"{stem}-careers{'-fragment' if fragment else ''}.html"
    with atomic_write(out, force=force) as temporary:
        temporary.write_text(page.html, encoding="utf-8")
    typer.echo(f"Wrote the careers {'page content' if fragment else 'page'} to {out}.")
    for missing in page.missing:
        typer.echo(f"Warning: {missing.message}", err=True)
    if page.missing:
        typer.echo("Fill these in and run publish again before the page goes on your website.", err=True)
