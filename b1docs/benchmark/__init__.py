"""Benchmark 1 check: rules over the workbook model, giving a Report of findings (no rendering, no CLI here)."""

from __future__ import annotations

from b1docs.benchmark.check import run_check

__all__ = ["run_check"]
