"""Finding workbooks: every .xlsx/.xlsm below the folder, lock and hidden files skipped, in a fixed order."""

from __future__ import annotations

from pathlib import Path

import pytest

from b1docs.batch import find_workbooks
from b1docs.errors import UsageError


def touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x")
    return path


def names(paths: list[Path], folder: Path) -> list[str]:
    return [path.relative_to(folder).as_posix() for path in paths]


def test_finds_workbooks_in_subfolders_sorted(tmp_path: Path) -> None:
    """Verify workbooks in every subfolder are found, .xlsm and upper-case suffixes too, sorted by path."""
    for name in ("zeta.xlsx", "North/b.XLSX", "alpha.xlsm", "north/a.xlsx", "notes.txt", "old.xls", "data.csv"):
        touch(tmp_path, name)
    assert names(find_workbooks(tmp_path), tmp_path) == ["alpha.xlsm", "north/a.xlsx", "North/b.XLSX", "zeta.xlsx"]


def test_skips_lock_files_hidden_files_and_hidden_folders(tmp_path: Path) -> None:
    """Verify ~$ lock files, dot files and anything in a dot folder are left out."""
    for name in ("school.xlsx", "~$school.xlsx", ".hidden.xlsx", ".git/inside.xlsx", "sub/.cache/deep.xlsx",
                 "sub/~$lock.xlsm", "sub/kept.xlsx"):
        touch(tmp_path, name)
    assert names(find_workbooks(tmp_path), tmp_path) == ["school.xlsx", "sub/kept.xlsx"]


def test_skips_the_output_folder_inside_the_input_folder(tmp_path: Path) -> None:
    """Verify an earlier batch's summary.xlsx inside --out is not taken for a school's workbook."""
    touch(tmp_path, "school.xlsx")
    touch(tmp_path, "results/summary.xlsx")
    assert names(find_workbooks(tmp_path, exclude=tmp_path / "results"), tmp_path) == ["school.xlsx"]


def test_missing_folder_and_file_are_usage_errors(tmp_path: Path) -> None:
    """Verify a missing folder, or a file given as the folder, is a usage error naming it."""
    with pytest.raises(UsageError, match="folder not found"):
        find_workbooks(tmp_path / "nowhere")
    with pytest.raises(UsageError, match="is not a folder"):
        find_workbooks(touch(tmp_path, "one.xlsx"))
