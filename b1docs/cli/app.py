"""The Typer application and the one place where errors become a line of text and an exit code."""

from __future__ import annotations

import datetime as dt
import functools
import sys
import traceback
from collections.abc import Callable
from typing import Annotated, Any

import typer

from b1docs import __version__
from b1docs.errors import EXIT_BUG, EXIT_INPUT, B1DocsError

EXIT_CODES_HELP = (
    "Exit codes: 0 all fine; 1 the check found gaps at or above --fail-on (or a school in a batch failed); "
    "2 a file could not be read or written, or the command was used wrongly; 3 an unexpected error in b1docs."
)

app = typer.Typer(
    name="b1docs",
    help="Check a careers workbook against Gatsby Benchmark 1 and write the school's careers documents.",
    epilog=EXIT_CODES_HELP,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help text: rich markup would swallow square brackets such as [--force].
    rich_markup_mode=None,
)
templates_app = typer.Typer(help="Export the Word templates for editing, and check edited ones.",
                            no_args_is_help=True, rich_markup_mode=None)
app.add_typer(templates_app, name="templates")


class _State:
    debug = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"b1docs {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the full traceback when something goes wrong.")]
    = False,
) -> None:
    _State.debug = debug


def friendly_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a B1DocsError into one line on stderr and its exit code; any other error into exit 3."""
    from typing import get_type_hints

    # Resolve the string annotations (from __future__ import annotations) once, here: otherwise Typer compiles and
    # evaluates every one of them twice per command on every run, --help included (about 12 ms; issue 7).
    func.__annotations__ = get_type_hints(func, include_extras=True)

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except B1DocsError as err:
            if _State.debug:
                traceback.print_exc()
            typer.echo(f"b1docs: {err}", err=True)
            raise typer.Exit(err.exit_code) from None
        except KeyboardInterrupt:
            typer.echo("b1docs: stopped.", err=True)
            raise typer.Exit(130) from None
        except Exception as err:
            if _State.debug:
                traceback.print_exc()
            typer.echo(f"b1docs: unexpected error ({type(err).__name__}: {err}). This is a bug in b1docs; "
                       "run the command again with --debug and send us the output.", err=True)
            raise typer.Exit(EXIT_BUG) from None

    return wrapper


def as_of_date(text: str | None) -> dt.date:
    """--as-of as a date (today when not given); a usage error with one clear line when it is not one."""
    if text is None:
        return dt.date.today()
    from b1docs.workbook.normalise import parse_date

    value, _ = parse_date(text)
    if value is None:
        raise usage_error(f"--as-of '{text}' is not a date. Write it as YYYY-MM-DD, for example 2026-12-01.")
    return value


def usage_error(message: str) -> typer.Exit:
    """Print a usage problem and return the Exit to raise."""
    typer.echo(f"b1docs: {message}", err=True)
    return typer.Exit(EXIT_INPUT)


def write_text_output(text: str, output: Any, force: bool) -> None:
    """Print text, or write it atomically to output when given."""
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from b1docs.files import atomic_write

    with atomic_write(output, force=force) as temporary:
        temporary.write_text(text, encoding="utf-8")
    typer.echo(f"Wrote {output}", err=True)
