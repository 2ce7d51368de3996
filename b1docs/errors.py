"""All exceptions raised by b1docs. Every one means "cannot go on"; problems in the data are findings.

Each message is one plain-English line for a careers leader: what is wrong, where, and what to do.
"""

from __future__ import annotations

from pathlib import Path

# Exit codes, documented in the README and in every command's help.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2
EXIT_BUG = 3


class B1DocsError(Exception):
    """Base class. Raised when b1docs cannot go on; the CLI prints the message and exits with exit_code."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, *, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        super().__init__(f"{self.path}: {message}" if self.path is not None else message)


class WorkbookError(B1DocsError):
    """Raised when a workbook cannot be opened or is not one b1docs can read."""


class WorkbookStructureError(WorkbookError):
    """Raised when a b1docs workbook lacks a sheet, a question row or a column that b1docs needs."""


class OutputError(B1DocsError):
    """Raised when an output file cannot be written, or exists and --force was not given."""


class TemplateError(B1DocsError):
    """Raised when a Word template cannot be used: bad syntax, unknown variable or a sandbox violation."""


class PageError(B1DocsError):
    """Raised when a web page to audit cannot be fetched or read."""


class UsageError(B1DocsError):
    """Raised when the options given to a command do not make sense together."""
