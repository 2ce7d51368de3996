"""b1docs batch from the command line: usage errors, exit codes, the summary, and identical results per worker count."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import run_cli


@pytest.fixture
def one_school(tmp_path: Path, make_workbook: Callable[..., Path]) -> Path:
    make_workbook({"school": {"name": "Oakfield Academy"}}, name="trust/oakfield.xlsx")
    return tmp_path / "trust"


@pytest.mark.parametrize(("args", "message"), [
    (["--workers", "0"], "--workers must be 1 or more"),
    (["--as-of", "1/12/2026"], "is not a date"),
    (["--only", "plan,letter"], "choose one or more of plan, guide and policy"),
])
def test_bad_options_are_usage_errors(one_school: Path, tmp_path: Path, args: list[str], message: str) -> None:
    """Verify bad options exit 2 with one plain line and write nothing."""
    result = run_cli("batch", one_school, "--out", tmp_path / "out", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "out").exists()


def test_missing_or_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    """Verify a folder that does not exist, or holds no workbooks, exits 2 and says so."""
    result = run_cli("batch", tmp_path / "nowhere", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "folder not found" in result.stderr
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "~$lock.xlsx").write_bytes(b"lock")
    result = run_cli("batch", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "no workbooks" in result.stderr


def test_out_that_cannot_be_written_is_a_usage_error(one_school: Path, tmp_path: Path) -> None:
    """Verify an --out that is a file, or lies under one, exits 2."""
    (tmp_path / "a-file").write_text("x")
    assert run_cli("batch", one_school, "--out", tmp_path / "a-file").exit_code == 2
    result = run_cli("batch", one_school, "--out", tmp_path / "a-file" / "out")
    assert result.exit_code == 2 and "cannot be written" in result.stderr


def test_existing_summary_without_force_is_a_usage_error(one_school: Path, tmp_path: Path) -> None:
    """Verify an earlier summary stops the batch (exit 2) unless --force is given."""
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "summary.csv").write_text("old")
    result = run_cli("batch", one_school, "--out", tmp_path / "out")
    assert result.exit_code == 2 and "--force" in result.stderr
    assert (tmp_path / "out" / "summary.csv").read_text() == "old"
