"""Finding the workbooks in a trust's folder: every .xlsx/.xlsm below it, in a fixed order."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from b1docs.errors import UsageError

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def find_workbooks(folder: Path, *, exclude: Path | None = None) -> list[Path]:
    """Every workbook below folder, sorted by its path relative to folder.

    Skips Office lock files (~$name.xlsx, which Excel leaves while a workbook is open), hidden files and
    hidden folders, and the folder `exclude` (the output folder, when it sits inside the input folder).
    """
    folder = Path(folder)
    if not folder.exists():
        raise UsageError("folder not found. Check the name and try again", path=folder)
    if not folder.is_dir():
        raise UsageError("is not a folder. Give the folder that holds the schools' workbooks", path=folder)
    excluded = exclude.resolve() if exclude is not None else None
    found: list[Path] = []
    for root, folders, files in os.walk(folder):
        root_path = Path(root)
        # Pruning in place stops os.walk from descending into hidden folders and the output folder.
        folders[:] = [name for name in folders
                      if not _hidden(root_path / name) and (root_path / name).resolve() != excluded]
        for name in files:
            path = root_path / name
            if name.lower().endswith(WORKBOOK_SUFFIXES) and not name.startswith("~$") and not _hidden(path):
                found.append(path)
    return sorted(found, key=lambda path: sort_key(path, folder))


def relative_name(path: Path, folder: Path) -> str:
    """The path as the summary shows it: relative to the input folder, with forward slashes on every system."""
    return path.relative_to(folder).as_posix()


def sort_key(path: Path, folder: Path) -> tuple[str, str]:
    # Case-folded first so the order is the same on Windows, macOS and Linux; the exact text breaks ties.
    name = relative_name(path, folder)
    return (name.casefold(), name)


def _hidden(path: Path) -> bool:
    if path.name.startswith("."):
        return True
    # Windows marks hidden files with an attribute rather than a leading dot.
    try:
        attributes = getattr(path.lstat(), "st_file_attributes", 0)
    except OSError:
        return False
    return bool(attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0))
