"""files.py: outputs appear whole under their final name, or not at all."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from b1docs.errors import OutputError
from b1docs.files import atomic_write, safe_filename


def test_atomic_write_renames_into_place_with_ordinary_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    with atomic_write(target) as temporary:
        assert temporary.parent == tmp_path and temporary.name.startswith(".")
        temporary.write_bytes(b"done")
    assert target.read_bytes() == b"done"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_existing_file_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")
    with pytest.raises(OutputError, match=r"already exists\. Use --force"), atomic_write(target):
        pass
    assert target.read_bytes() == b"old"
    with atomic_write(target, force=True) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"


def test_failure_while_writing_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    with pytest.raises(OutputError, match="disk is full"), atomic_write(target) as temporary:
        temporary.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_file_open_in_word_gets_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(b"old")

    def locked(*_args: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(OutputError, match="close it and try again"), atomic_write(target, force=True) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.docx"]


def test_a_folder_is_not_an_output_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a folder"), atomic_write(tmp_path):
        pass


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Oakfield Academy", "oakfield-academy"),
        ("St Mary's C of E School & Sixth Form", "st-mary-s-c-of-e-school-and-sixth-form"),
        ("../../etc/passwd", "etc-passwd"),
        ("CON", "school-con"),
        ("lpt1 college", "school-lpt1-college"),
        ('a/b\\c:d*?"<>|e', "a-b-c-d-e"),
        ("École Süd 🎓", "ecole-sud"),
        ("🎓🎓", "school"),
        ("", "school"),
    ],
)
def test_safe_filename(name: str, expected: str) -> None:
    assert safe_filename(name) == expected


def test_safe_filename_is_bounded() -> None:
    stem = safe_filename("a very long school name " * 20)
    assert len(stem) <= 80 and not stem.endswith("-")
