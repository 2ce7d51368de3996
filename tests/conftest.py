"""Shared test helpers: tiny workbooks built in code, and a CLI runner with a plain terminal."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from b1docs.cli import app
from b1docs.workbook.writer import write_filled_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_workbooks"
PLAIN_ENV = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
# Samples describe the 2026-27 academic year; tests check them on this fixed date.
AS_OF = dt.date(2026, 12, 1)


@pytest.fixture
def make_workbook(tmp_path: Path) -> Callable[..., Path]:
    """Write a workbook from {sheet key: {field: value} or [rows]} and return its path."""
    counter = iter(range(10_000))

    def make(data: dict[str, Any] | None = None, name: str | None = None) -> Path:
        path = tmp_path / (name or f"workbook-{next(counter)}.xlsx")
        return write_filled_workbook(path, data or {})

    return make


def run_cli(*args: str | Path) -> Any:
    """Run b1docs in-process as a user would; returns the click Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(app, [str(arg) for arg in args], env=PLAIN_ENV)


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def require_program(name: str) -> str:
    """The path of an external program the test needs (soffice, chromium).

    Skips on a developer machine without it, but fails in CI (CI=true), where .ci/run installs it, so a
    missing install step can never turn into a silently skipped test.
    """
    import os
    import shutil

    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is not installed, but CI must run this test (.ci/run installs it)")
    pytest.skip(f"{name} is not installed")
