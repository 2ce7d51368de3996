"""Faults while writing (issue 8): a folder that cannot be written, a full disk, a file locked by Word, and a
process killed mid-build. Each ends in one clear line and exit code 2, and nothing half-written is ever left
under a final name: every .docx, .html or .xlsx present opens, and the only leftovers are hidden .*.part files.

Tests run as root in CI, where chmod does not stop writes, so permission faults are simulated by making
os.replace or tempfile.mkstemp raise, as Windows does when Word holds a document open; a real chmod test runs
only when the tests do not run as root.
"""

from __future__ import annotations

import errno
import html.parser
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import docx
import openpyxl
import pytest
from conftest import file_digest, run_cli

import b1docs.files
from b1docs.workbook.writer import write_filled_workbook

AS_OF = "2026-12-01"


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from sample_workbooks.data.oakfield import DATA

    return write_filled_workbook(tmp_path_factory.mktemp("faults") / "oakfield.xlsx", DATA)


# Each command that writes a file, as (name, arguments given the workbook and an output folder, final names).
WRITERS: dict[str, Callable[[Path, Path], list[str | Path]]] = {
    "build": lambda wb, out: ["build", wb, "--as-of", AS_OF, "--out", out],
    "publish": lambda wb, out: ["publish", wb, "--as-of", AS_OF, "--out", out / "careers.html"],
    "check-output": lambda wb, out: ["check", wb, "--as-of", AS_OF, "--output", out / "check.txt"],
    "new": lambda wb, out: ["new", out / "blank.xlsx"],
    "templates-export": lambda wb, out: ["templates", "export", out],
}


def opens(path: Path) -> None:
    """A file under a final name must be whole: it opens with the library that reads its kind."""
    if path.suffix == ".docx":
        docx.Document(str(path))
    elif path.suffix == ".xlsx":
        openpyxl.load_workbook(path).close()
    elif path.suffix == ".html":
        parser = html.parser.HTMLParser()
        parser.feed(path.read_text(encoding="utf-8"))
        parser.close()
        assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), path
    else:
        path.read_text(encoding="utf-8")


def assert_nothing_half_written(out: Path) -> None:
    if not out.exists():
        return
    for path in out.rglob("*"):
        if path.is_dir():
            continue
        if path.name.endswith(".part"):
            assert path.name.startswith("."), f"a temporary file that is not hidden: {path.name}"
            continue
        opens(path)


def assert_one_line(result, *gists: str) -> str:
    text = result.stdout + result.stderr
    assert result.exit_code == 2, text
    assert "Traceback" not in text
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("b1docs: "), result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("b1docs: ")]) == 1, result.stderr
    for gist in gists:
        assert gist.lower() in message.lower(), message
    return message


def _final_outputs(out: Path) -> list[Path]:
    if not out.exists():
        return []
    return [path for path in out.rglob("*") if path.is_file() and not path.name.endswith(".part")]


# ---------------------------------------------------------------- a folder that cannot be written


@pytest.mark.parametrize("writer", list(WRITERS))
def test_folder_refuses_new_files(writer, workbook, tmp_path, monkeypatch):
    """Creating the temporary file fails with EACCES, as in a folder the user may not write to."""
    out = tmp_path / "out"
    out.mkdir()

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(b1docs.files.tempfile, "mkstemp", refuse)
    before = file_digest(workbook)
    result = run_cli(*WRITERS[writer](workbook, out))
    assert_one_line(result, "permission denied")
    assert _final_outputs(out) == []
    assert file_digest(workbook) == before


@pytest.mark.parametrize("writer", list(WRITERS))
def test_file_used_as_a_folder(writer, workbook, tmp_path):
    """--out points inside a regular file: the folder can never be made."""
    blocker = tmp_path / "careers-documents"
    blocker.write_text("not a folder")
    result = run_cli(*WRITERS[writer](workbook, blocker / "2026"))
    assert_one_line(result, "cannot be written")
    assert blocker.read_text() == "not a folder"


@pytest.mark.parametrize("writer", ["build", "publish", "new"])
def test_read_only_drive(writer, workbook, tmp_path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(b1docs.files.tempfile, "mkstemp", read_only)
    out = tmp_path / "out"
    result = run_cli(*WRITERS[writer](workbook, out))
    assert_one_line(result, "read-only")
    assert _final_outputs(out) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root ignores folder permissions; the simulated tests above cover it")
@pytest.mark.parametrize("writer", ["build", "publish"])
def test_real_read_only_folder(writer, workbook, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = run_cli(*WRITERS[writer](workbook, out))
        assert_one_line(result, "permission denied")
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o700)


# ---------------------------------------------------------------- a full disk


def _fill_then_fail(real: Callable, cut: Callable[[object], object]) -> Callable:
    """A writer that writes part of its data to the temporary file, then finds the disk full."""

    def write(self, data, *args, **kwargs):
        if self.name.endswith(".part"):
            real(self, cut(data), *args, **kwargs)
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data, *args, **kwargs)

    return write


@pytest.mark.parametrize("writer", ["build", "templates-export"])
def test_disk_full_while_writing_bytes(writer, workbook, tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "write_bytes", _fill_then_fail(Path.write_bytes, lambda data: data[: len(data) // 2]))
    out = tmp_path / "out"
    result = run_cli(*WRITERS[writer](workbook, out))
    assert_one_line(result, "the disk is full")
    assert _final_outputs(out) == []
    assert not list(out.glob(".*.part")), "the half-written temporary file was left behind"


@pytest.mark.parametrize("writer", ["publish", "check-output"])
def test_disk_full_while_writing_text(writer, workbook, tmp_path, monkeypatch):
    monkeypatch.setattr(Path, "write_text", _fill_then_fail(Path.write_text, lambda text: text[: len(text) // 2]))
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(*WRITERS[writer](workbook, out))
    assert_one_line(result, "the disk is full")
    assert _final_outputs(out) == []
    assert not list(out.glob(".*.part"))


def test_disk_full_while_saving_a_workbook(tmp_path, monkeypatch):
    real_save = openpyxl.Workbook.save

    def save(self, filename):
        real_save(self, filename)
        Path(filename).write_bytes(Path(filename).read_bytes()[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", save)
    result = run_cli("new", tmp_path / "blank.xlsx")
    assert_one_line(result, "the disk is full")
    assert list(tmp_path.iterdir()) == []


def test_disk_full_replacing_documents_keeps_the_old_ones(workbook, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_cli(*WRITERS["build"](workbook, out)).exit_code == 0
    before = {path.name: file_digest(path) for path in out.iterdir()}
    monkeypatch.setattr(Path, "write_bytes", _fill_then_fail(Path.write_bytes, lambda data: data[:100]))
    result = run_cli(*WRITERS["build"](workbook, out), "--force")
    assert_one_line(result, "the disk is full")
    assert {path.name: file_digest(path) for path in out.iterdir()} == before


# ---------------------------------------------------------------- a file locked by another program


def _locked(monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    """os.replace onto a file of this kind fails as it does on Windows while Word or Excel has it open."""
    real_replace = os.replace

    def replace(source, target, *args, **kwargs):
        if str(target).endswith(suffix):
            raise PermissionError(errno.EACCES, "The process cannot access the file because it is being used "
                                                "by another process")
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize(("writer", "suffix"), [("build", "-2026-27.docx"), ("publish", ".html"),
                                                ("check-output", ".txt"), ("new", ".xlsx")])
def test_output_locked_by_another_program(writer, suffix, workbook, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run_cli(*WRITERS[writer](workbook, out)).exit_code in (0, 1)
    before = {path.name: file_digest(path) for path in _final_outputs(out)}
    _locked(monkeypatch, suffix)
    result = run_cli(*WRITERS[writer](workbook, out), "--force")
    assert_one_line(result, "permission denied", "open in Word or Excel, close it")
    after = {path.name: file_digest(path) for path in _final_outputs(out)}
    assert after == before, "the locked file (or another) was changed"
    assert not list(out.glob(".*.part"))


# ---------------------------------------------------------------- a process killed mid-build


def _run_and_kill(args: list[str], delay: float, cwd: Path) -> None:
    process = subprocess.Popen([sys.executable, "-m", "b1docs", *args], cwd=cwd, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)


@pytest.mark.parametrize("writer", ["build", "publish"])
def test_killed_at_random_moments_never_leaves_a_partial_file(writer, workbook, tmp_path):
    """Kill the command at several moments, replacing earlier outputs (--force) each time."""
    out = tmp_path / "out"
    args = [str(arg) for arg in WRITERS[writer](workbook, out)] + ["--force"]
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "b1docs", *args], cwd=tmp_path, check=False, timeout=300,
                   capture_output=True)
    duration = time.monotonic() - started
    assert _final_outputs(out), "the command did not write anything to kill"
    assert_nothing_half_written(out)
    moments = random.Random(8).sample(range(5, 100), 6)
    for percent in sorted(moments):
        _run_and_kill(args, duration * percent / 100, tmp_path)
        assert_nothing_half_written(out)
