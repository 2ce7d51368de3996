"""Each school's output folder: named from the school, unique, and the same whatever order the workers finish in."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from b1docs.batch.school import SchoolResult
from b1docs.errors import OutputError
from b1docs.files import safe_filename


def assign_folders(results: Iterable[SchoolResult]) -> dict[int, str]:
    """Folder names for the schools that have documents, by index, given out in sorted-path order.

    The name comes from the school name (or the file name when the school has none); a second school with
    the same name gets -2, a third -3, and so on. Names are compared case-blind because Windows and macOS
    treat Oakfield and oakfield as one folder.
    """
    taken: set[str] = set()
    names: dict[int, str] = {}
    for result in sorted(results, key=lambda item: item.index):
        if not result.documents:
            continue
        file_stem = safe_filename(PurePosixPath(result.file).stem, fallback="school")
        base = safe_filename(result.school, fallback=file_stem) if result.school.strip() else file_stem
        name, number = base, 1
        while name.casefold() in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name.casefold())
        names[result.index] = name
    return names


def move_documents(source: Path, target: Path, *, force: bool) -> None:
    """Move one school's finished documents from its temporary folder into its output folder.

    A new folder is moved in one rename. Into an existing folder (an earlier run) each file is moved on its
    own, replacing an older file of the same name only with force; other files there are left alone.
    """
    try:
        if not target.exists():
            os.replace(source, target)
            return
        if not target.is_dir():
            raise OutputError("exists and is not a folder. Move it away or choose another --out folder", path=target)
        clashes = sorted(item.name for item in source.iterdir() if (target / item.name).exists())
        if clashes and not force:
            raise OutputError(f"already holds {clashes[0]}. Use --force to replace it, or choose another --out folder",
                              path=target)
        for item in sorted(source.iterdir()):
            os.replace(item, target / item.name)
    except OSError as err:
        raise OutputError(f"could not be written ({err.strerror or err}). Close any document open from it "
                          "and try again", path=target) from err
