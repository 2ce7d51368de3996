"""b1docs: one careers workbook in, a Gatsby Benchmark 1 check and the school's careers documents out."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["B1DocsError", "__version__", "load_workbook"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `b1docs --help` does not pay for importing openpyxl.
    if name == "load_workbook":
        from b1docs.workbook.reader import load_workbook

        return load_workbook
    if name == "B1DocsError":
        from b1docs.errors import B1DocsError

        return B1DocsError
    raise AttributeError(name)
